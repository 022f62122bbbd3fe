#include "core/api/HttpErrorMapping.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using Endpoint = httperror::Endpoint;
using Transport = HttpOutcome::Transport;
using Kind = ApiError::Kind;

namespace {

struct MappingCase
{
    const char *name;
    Transport transport;
    int status;
    Endpoint endpoint;
    std::optional<Kind> expected; // nullopt: parse the body
};

class StatusMapping : public ::testing::TestWithParam<MappingCase>
{
};

TEST_P(StatusMapping, Maps)
{
    HttpOutcome outcome;
    outcome.transport = GetParam().transport;
    outcome.httpStatus = GetParam().status;
    const auto error = httperror::errorFor(outcome, GetParam().endpoint);
    ASSERT_EQ(error.has_value(), GetParam().expected.has_value());
    if (error) {
        EXPECT_EQ(error->kind, *GetParam().expected);
    }
}

INSTANTIATE_TEST_SUITE_P(
    All, StatusMapping,
    ::testing::Values(
        MappingCase {"Ok", Transport::Answered, 200, Endpoint::Read, std::nullopt},
        MappingCase {"Accepted", Transport::Answered, 202, Endpoint::Action, std::nullopt},
        MappingCase {"Created", Transport::Answered, 201, Endpoint::SupportRequest, std::nullopt},
        MappingCase {"BadRequest", Transport::Answered, 400, Endpoint::Read, Kind::BadRequest},
        MappingCase {"Unauthorized", Transport::Answered, 401, Endpoint::Read, Kind::KeyRefused},
        MappingCase {"Forbidden", Transport::Answered, 403, Endpoint::Action, Kind::KeyRefused},
        MappingCase {"NotFound", Transport::Answered, 404, Endpoint::Read, Kind::NotFound},
        MappingCase {"NotFoundOnAction", Transport::Answered, 404, Endpoint::Action, Kind::NotFound},
        MappingCase {"SupportNotFound", Transport::Answered, 404, Endpoint::SupportRequest, Kind::NotOffered},
        MappingCase {"SupportNotAllowed", Transport::Answered, 405, Endpoint::SupportRequest, Kind::NotOffered},
        MappingCase {"Conflict", Transport::Answered, 409, Endpoint::Action, Kind::Conflict},
        MappingCase {"Unprocessable", Transport::Answered, 422, Endpoint::Action, Kind::Unprocessable},
        MappingCase {"TooMany", Transport::Answered, 429, Endpoint::Read, Kind::RateLimited},
        MappingCase {"Internal", Transport::Answered, 500, Endpoint::Read, Kind::Server},
        MappingCase {"Unavailable", Transport::Answered, 503, Endpoint::Action, Kind::Server},
        MappingCase {"NotModified", Transport::Answered, 304, Endpoint::Read, Kind::Redirect},
        // An action answered with a 3xx may have been carried out: read back, never "refused".
        MappingCase {"RedirectedActionIsInDoubt", Transport::Answered, 307, Endpoint::Action, Kind::OutcomeUnknown},
        MappingCase {"SeeOtherActionIsInDoubt", Transport::Answered, 303, Endpoint::Action, Kind::OutcomeUnknown},
        MappingCase {"RedirectedSupportIsInDoubt", Transport::Answered, 308, Endpoint::SupportRequest,
                     Kind::OutcomeUnknown},
        MappingCase {"RefusedActionRedirectIsInDoubt", Transport::Redirect, 0, Endpoint::Action, Kind::OutcomeUnknown},
        MappingCase {"Informational", Transport::Answered, 101, Endpoint::Read, Kind::Protocol},
        MappingCase {"Teapot", Transport::Answered, 418, Endpoint::Read, Kind::BadRequest},
        MappingCase {"GetTimeout", Transport::Timeout, 0, Endpoint::Read, Kind::Timeout},
        MappingCase {"PostTimeout", Transport::Timeout, 0, Endpoint::Action, Kind::OutcomeUnknown},
        MappingCase {"GetDropped", Transport::Dropped, 0, Endpoint::Read, Kind::Network},
        MappingCase {"PostDropped", Transport::Dropped, 0, Endpoint::Action, Kind::OutcomeUnknown},
        MappingCase {"SupportDropped", Transport::Dropped, 0, Endpoint::SupportRequest, Kind::OutcomeUnknown},
        MappingCase {"PostRefused", Transport::ConnectionFailed, 0, Endpoint::Action, Kind::Network},
        MappingCase {"Tls", Transport::Tls, 0, Endpoint::Read, Kind::Tls},
        MappingCase {"Redirect", Transport::Redirect, 0, Endpoint::Read, Kind::Redirect},
        MappingCase {"RedirectLoop", Transport::RedirectLoop, 0, Endpoint::Read, Kind::Redirect},
        MappingCase {"TooLarge", Transport::TooLarge, 200, Endpoint::Read, Kind::Protocol},
        MappingCase {"Cancelled", Transport::Cancelled, 0, Endpoint::Read, Kind::Cancelled}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(StatusMapping, ConflictCarriesTheCurrentStatusAndDetail)
{
    HttpOutcome outcome;
    outcome.transport = Transport::Answered;
    outcome.httpStatus = 409;
    outcome.body = QByteArrayLiteral(R"({"detail": "another operation runs", "status": "migrating"})");
    const auto error = httperror::errorFor(outcome, Endpoint::Action);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->currentStatus, u"migrating"_s);
    EXPECT_TRUE(error->message.contains(u"another operation runs"_s));
    EXPECT_EQ(error->httpStatus, 409);
}

TEST(StatusMapping, RateLimitedCarriesRetryAfterInSeconds)
{
    HttpOutcome outcome;
    outcome.transport = Transport::Answered;
    outcome.httpStatus = 429;
    outcome.retryAfterMs = 1500;
    const auto error = httperror::errorFor(outcome, Endpoint::Read);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->retryAfterSeconds, 2);
}

TEST(StatusMapping, KeyRefusedSaysSo)
{
    HttpOutcome outcome;
    outcome.transport = Transport::Answered;
    outcome.httpStatus = 401;
    outcome.body = QByteArrayLiteral("<html>nope</html>");
    const auto error = httperror::errorFor(outcome, Endpoint::Read);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->message.startsWith(u"The API key was refused"_s));
}

// The provider's words lead when it gives some: an unknown account is not a refused key.
TEST(StatusMapping, ARefusalNamesTheProvidersReason)
{
    HttpOutcome outcome;
    outcome.transport = Transport::Answered;
    outcome.httpStatus = 401;
    outcome.body = QByteArrayLiteral(R"({"detail": "Unknown account for this key."})");
    const auto error = httperror::errorFor(outcome, Endpoint::Read);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, ApiError::Kind::KeyRefused);
    EXPECT_TRUE(error->message.startsWith(u"The provider refused the connection: Unknown account for this key."_s))
        << error->message.toStdString();
    EXPECT_FALSE(error->message.contains(u"API key was refused"_s));
}

} // namespace
