#include "rest/httppost.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace pilothouse::net {

namespace {

struct Sink {
    QByteArray *body;
    std::size_t limit;
    bool overflow = false;
};

std::size_t writeBody(char *data, std::size_t size, std::size_t count, void *user)
{
    auto *sink = static_cast<Sink *>(user);
    const std::size_t bytes = size * count;
    if (std::size_t(sink->body->size()) + bytes > sink->limit) {
        sink->overflow = true;
        return 0; // makes curl stop with CURLE_WRITE_ERROR
    }
    sink->body->append(data, qsizetype(bytes));
    return bytes;
}

bool isTlsFailure(CURLcode code)
{
    switch (code) {
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
        return true;
    default:
        return false;
    }
}

struct CurlDeleter {
    void operator()(CURL *handle) const { curl_easy_cleanup(handle); }
};
struct SlistDeleter {
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

void ensureCurlInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

HttpReply postJson(const HttpPost &request)
{
    ensureCurlInitialised();
    HttpReply reply;
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl) {
        reply.failure = HttpReply::Failure::Network;
        reply.curlCode = CURLE_FAILED_INIT;
        reply.curlMessage = "curl_easy_init failed";
        return reply;
    }
    curl_slist *headers = curl_slist_append(nullptr, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Accept: application/json");
    std::string authorization;
    if (!request.bearerToken.empty()) {
        authorization = "Authorization: Bearer " + request.bearerToken;
        headers = curl_slist_append(headers, authorization.c_str());
    }
    std::unique_ptr<curl_slist, SlistDeleter> headerGuard(headers);

    Sink sink {&reply.body, request.maxResponseBytes};
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const std::string caFile = request.caFile.toStdString();
    CURL *h = curl.get();
    curl_easy_setopt(h, CURLOPT_URL, request.url.c_str());
#if LIBCURL_VERSION_NUM >= 0x075500 // 7.85 replaced the bitmask option
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(h, CURLOPT_PROTOCOLS, long(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L); // worker threads: no SIGALRM for DNS timeouts
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L); // a redirect must not carry the password elsewhere
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.empty())
        curl_easy_setopt(h, CURLOPT_CAINFO, caFile.c_str());
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeout.count()));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(request.totalTimeout.count()));
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    if (request.get || request.del) {
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L); // and no POSTFIELDS, which would make it a POST again
        if (request.del)
            curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, "DELETE");
    } else {
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        if (request.put || request.patch) // the body goes as for a POST
            curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.put ? "PUT" : "PATCH");
        // POSTFIELDS borrows the caller's buffer (no copy inside curl), so wiping it wipes the password.
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body ? request.body->constData() : "");
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, long(request.body ? request.body->size() : 0));
    }
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &writeBody);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h, CURLOPT_USERAGENT, "Pilothouse");

    const CURLcode code = curl_easy_perform(h);
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &reply.status);
    if (code != CURLE_OK) {
        reply.curlCode = int(code);
        reply.curlMessage = errorBuffer[0] ? std::string(errorBuffer) : std::string(curl_easy_strerror(code));
        if (sink.overflow)
            reply.failure = HttpReply::Failure::TooLarge;
        else if (isTlsFailure(code))
            reply.failure = HttpReply::Failure::Tls;
        else
            reply.failure = HttpReply::Failure::Network;
    }
    return reply;
}

QUrl apiUrl(const QUrl &server, const QString &path)
{
    const QString scheme = server.scheme().toLower();
    if ((scheme != u"http" && scheme != u"https") || server.host().isEmpty())
        return {};
    QUrl url = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

} // namespace pilothouse::net
