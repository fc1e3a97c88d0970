# The console's client side of the network layer (included by net/CMakeLists.txt).
# QtCore/QtNetwork/QtWebSockets only: never QtGui or QtQuick here.
set(_pilothouse_net_dir ${CMAKE_CURRENT_LIST_DIR})

add_library(pilothouse_net STATIC
    ${_pilothouse_net_dir}/session/backoff.h
    ${_pilothouse_net_dir}/session/backoff.cpp
    ${_pilothouse_net_dir}/session/connectionstate.h
    ${_pilothouse_net_dir}/session/heartbeat.h
    ${_pilothouse_net_dir}/session/heartbeat.cpp
    ${_pilothouse_net_dir}/session/metatypes.h
    ${_pilothouse_net_dir}/session/metatypes.cpp
    ${_pilothouse_net_dir}/session/sessionworker.h
    ${_pilothouse_net_dir}/session/sessionworker.cpp
    ${_pilothouse_net_dir}/session/sessionlink.cpp
    ${_pilothouse_net_dir}/session/tlsconfig.h
    ${_pilothouse_net_dir}/session/tlsconfig.cpp
    ${_pilothouse_net_dir}/rest/loginresult.h
    ${_pilothouse_net_dir}/rest/httppost.h
    ${_pilothouse_net_dir}/rest/httppost.cpp
    ${_pilothouse_net_dir}/rest/loginclient.h
    ${_pilothouse_net_dir}/rest/loginclient.cpp
    ${_pilothouse_net_dir}/credentials/tokenstore.h
    ${_pilothouse_net_dir}/credentials/tokenstore.cpp
)
add_library(Pilothouse::net ALIAS pilothouse_net)
target_include_directories(pilothouse_net PUBLIC ${_pilothouse_net_dir})
target_link_libraries(pilothouse_net
    PUBLIC Qt6::Core Qt6::Network Qt6::WebSockets CURL::libcurl qt6keychain
           pilothouse_protocol pilothouse_log
    PRIVATE pilothouse_policy)
set_target_properties(pilothouse_net PROPERTIES AUTOMOC ON)
