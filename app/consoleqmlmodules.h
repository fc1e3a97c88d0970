#pragma once
// The console's QML modules are static libraries: an executable that loads Main.qml imports their
// plugins once. Include this header in exactly one source file of such an executable (main.cpp and
// the tests that drive the real UI), and add `qrc:/` to the engine's import path (Qt 6.4).

#include <QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Pilothouse_AppPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_BoardPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_ConversationPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_QueuePlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_TeamPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_AnalyticsPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_HistoryPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_RulesPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_AdminPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_ShellPlugin)
