#include "core/api/HttpErrorMapping.h"

#include "core/api/ApiContract.h"
#include "core/api/RetryAfter.h"
#include "core/model/Format.h"
#include "core/model/TrContext.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::httperror {

namespace {

// The server's own explanation is shown, but never at any length.
constexpr qsizetype kMaxDetail = 300;

PASSERELLE_TR_CONTEXT(HttpErrorMapping);

QString withDetail(const QString &message, const QString &detail)
{
    if (detail.isEmpty())
        return message;
    return message + u' ' + detail.left(kMaxDetail);
}

// The contract never redirects an action, and a 3xx says nothing of whether it was carried out
// before the redirect: its outcome is unknown, to be read back like a lost answer (never "refused").
ApiError redirectedAction()
{
    return ApiError::make(ApiError::Kind::OutcomeUnknown,
                          HttpErrorMapping::tr("The provider's API answered this request with a redirect, which it "
                                               "never does for an action; the request may or may not have been "
                                               "carried out. Its state is read back before anything is sent again."));
}

ApiError transportError(const HttpOutcome &outcome, bool unsafe)
{
    using T = HttpOutcome::Transport;
    switch (outcome.transport) {
    case T::Timeout:
        if (unsafe)
            return ApiError::make(ApiError::Kind::OutcomeUnknown,
                                  HttpErrorMapping::tr("The request timed out; it may or may not have been carried "
                                                       "out. Its state is read back before anything is sent again."));
        return ApiError::make(ApiError::Kind::Timeout,
                              HttpErrorMapping::tr("The provider's API did not answer in time."));
    case T::Dropped:
        if (unsafe)
            return ApiError::make(ApiError::Kind::OutcomeUnknown,
                                  HttpErrorMapping::tr("The connection broke before the answer arrived; the request "
                                                       "may or may not have been carried out. Its state is read back "
                                                       "before anything is sent again."));
        return ApiError::make(ApiError::Kind::Network,
                              HttpErrorMapping::tr("The connection to the provider's API broke."));
    case T::ConnectionFailed:
        return ApiError::make(ApiError::Kind::Network, HttpErrorMapping::tr("Cannot reach the provider's API."));
    case T::Tls:
        return ApiError::make(ApiError::Kind::Tls,
                              HttpErrorMapping::tr("The secure connection to the provider's API could not be "
                                                   "verified, so it was closed."));
    case T::Redirect:
        if (unsafe)
            return redirectedAction();
        return ApiError::make(ApiError::Kind::Redirect,
                              HttpErrorMapping::tr("The provider's API redirected to another address; the request "
                                                   "was stopped so that the API key is not sent there."));
    case T::RedirectLoop:
        return ApiError::make(ApiError::Kind::Redirect,
                              HttpErrorMapping::tr("The provider's API redirected the request round in a loop; "
                                                   "it was stopped."));
    case T::TooLarge: {
        ApiError error = ApiError::protocol(u"body"_s,
                                            HttpErrorMapping::tr("The provider's answer is too large (over 16 MiB) "
                                                                 "and was not read."));
        error.httpStatus = outcome.httpStatus;
        return error;
    }
    case T::Cancelled:
    case T::Answered:
        break;
    }
    return ApiError::make(ApiError::Kind::Cancelled, HttpErrorMapping::tr("The request was cancelled."));
}

ApiError statusError(const HttpOutcome &outcome, Endpoint endpoint)
{
    const int status = outcome.httpStatus;
    const contract::ErrorBody body = contract::parseErrorBody(outcome.body);
    const auto make = [&](ApiError::Kind kind, const char *text) {
        return ApiError::make(kind, withDetail(HttpErrorMapping::tr(text), body.detail), status);
    };
    if (status == 401 || status == 403) {
        // The provider's own words name the cause (the key, the account, the e-mail): they lead.
        if (!body.detail.isEmpty())
            return ApiError::make(ApiError::Kind::KeyRefused,
                                  HttpErrorMapping::tr("The provider refused the connection: %1 Check the API key and "
                                                       "the account or customer it acts for.")
                                      .arg(body.detail.left(kMaxDetail)),
                                  status);
        if (status == 403)
            return make(ApiError::Kind::KeyRefused,
                        QT_TRANSLATE_NOOP("HttpErrorMapping",
                                          "The provider does not let this API key act for this account or customer. "
                                          "Check the account name or customer e-mail."));
        return make(ApiError::Kind::KeyRefused,
                    QT_TRANSLATE_NOOP("HttpErrorMapping",
                                      "The API key was refused. Check that you copied it whole from the API keys page "
                                      "of your administration panel, that it is still valid, and the account or "
                                      "customer it acts for."));
    }
    if (endpoint == Endpoint::SupportRequest && (status == 404 || status == 405))
        return make(
            ApiError::Kind::NotOffered,
            QT_TRANSLATE_NOOP("HttpErrorMapping", "The provider does not take support requests through the API."));
    if (status == 404)
        return make(ApiError::Kind::NotFound,
                    QT_TRANSLATE_NOOP("HttpErrorMapping", "The provider does not know this migration or account."));
    if (status == 409) {
        ApiError error = make(ApiError::Kind::Conflict,
                              QT_TRANSLATE_NOOP("HttpErrorMapping", "The provider does not allow this now."));
        error.currentStatus = body.status;
        return error;
    }
    if (status == 422)
        return make(ApiError::Kind::Unprocessable,
                    QT_TRANSLATE_NOOP("HttpErrorMapping", "The provider could not process this request."));
    if (status == 429) {
        ApiError error
            = make(ApiError::Kind::RateLimited,
                   QT_TRANSLATE_NOOP("HttpErrorMapping", "The provider's API asks to slow down; try again shortly."));
        if (outcome.retryAfterMs)
            error.retryAfterSeconds = static_cast<int>((*outcome.retryAfterMs + 999) / 1000);
        if (outcome.retryAfterMs && retryafter::exceedsLongestPause(*outcome.retryAfterMs))
            error.message = HttpErrorMapping::tr("The provider's API asks to wait %1 before any further request. "
                                                 "Passerelle does not wait that long: this request was stopped. "
                                                 "Try again later, or ask the provider why.")
                                .arg(format::timeLeft(std::chrono::seconds(error.retryAfterSeconds)));
        return error;
    }
    if (status >= 500 && status <= 599)
        return make(ApiError::Kind::Server,
                    QT_TRANSLATE_NOOP("HttpErrorMapping", "The provider's API has a problem; try again later."));
    if (status >= 300 && status <= 399 && endpoint != Endpoint::Read) {
        ApiError error = redirectedAction();
        error.httpStatus = status;
        return error;
    }
    if (status >= 300 && status <= 399)
        return make(
            ApiError::Kind::Redirect,
            QT_TRANSLATE_NOOP("HttpErrorMapping", "The provider's API redirected the request; it was not followed."));
    if (status >= 400 && status <= 499)
        return make(ApiError::Kind::BadRequest,
                    QT_TRANSLATE_NOOP("HttpErrorMapping", "The provider's API refused the request as malformed."));
    ApiError error = ApiError::protocol(u"status"_s,
                                        HttpErrorMapping::tr("The provider's API gave an unexpected answer."));
    error.httpStatus = status;
    return error;
}

} // namespace

std::optional<ApiError> errorFor(const HttpOutcome &outcome, Endpoint endpoint)
{
    if (outcome.transport != HttpOutcome::Transport::Answered)
        return transportError(outcome, endpoint != Endpoint::Read);
    if (outcome.httpStatus >= 200 && outcome.httpStatus <= 299)
        return std::nullopt;
    return statusError(outcome, endpoint);
}

} // namespace passerelle::httperror
