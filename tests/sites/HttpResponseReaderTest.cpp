#include "core/sites/HttpResponseReader.h"

#include <gtest/gtest.h>

#include <ostream>

using namespace passerelle::sites;
using State = HttpResponseReader::State;

namespace {

struct ReaderCase
{
    const char *name;
    QByteArray stream;
    bool closeAtEnd; // the server closes the connection after `stream`
    State state;
    int status;
    QByteArray body; // what the digest saw
    bool truncated;
};

// ctest lists a case by its name, not by its bytes.
void PrintTo(const ReaderCase &param, std::ostream *out)
{
    *out << param.name;
}

constexpr qint64 kCap = 16;

class ResponseReading : public ::testing::TestWithParam<ReaderCase>
{
protected:
    static void check(HttpResponseReader &reader)
    {
        const ReaderCase &c = GetParam();
        if (c.closeAtEnd && reader.state() != State::Complete && reader.state() != State::Failed)
            reader.finishStream();
        EXPECT_EQ(reader.state(), c.state) << reader.error().toStdString();
        EXPECT_EQ(reader.status(), c.state == State::Failed ? reader.status() : c.status);
        if (c.state == State::Complete) {
            BodyDigest expected;
            expected.add(c.body);
            EXPECT_EQ(reader.body().fingerprint(), expected.fingerprint());
            EXPECT_EQ(reader.body().size(), c.body.size());
            EXPECT_EQ(reader.truncated(), c.truncated);
        }
    }
};

TEST_P(ResponseReading, AllAtOnce)
{
    HttpResponseReader reader(kCap);
    reader.feed(GetParam().stream);
    check(reader);
}

// The network cuts a stream anywhere: byte by byte must read the same.
TEST_P(ResponseReading, ByteByByte)
{
    HttpResponseReader reader(kCap);
    for (const char byte : GetParam().stream)
        reader.feed(QByteArrayView(&byte, 1));
    check(reader);
}

INSTANTIATE_TEST_SUITE_P(
    Responses, ResponseReading,
    ::testing::Values(
        ReaderCase{"ContentLength", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", false, State::Complete, 200,
                   "hello", false},
        ReaderCase{"LengthHeaderAnyCase", "HTTP/1.1 200 OK\r\ncOnTeNt-LeNgTh: 2\r\n\r\nhi", false, State::Complete, 200,
                   "hi", false},
        ReaderCase{"BareLineFeeds", "HTTP/1.0 200 OK\nContent-Length: 2\n\nhi", false, State::Complete, 200, "hi",
                   false},
        ReaderCase{"UntilClose", "HTTP/1.1 200 OK\r\n\r\nuntil the end", true, State::Complete, 200, "until the end",
                   false},
        ReaderCase{"UntilCloseStillOpen", "HTTP/1.1 200 OK\r\n\r\nmore to come", false, State::Body, 200, "", false},
        ReaderCase{"Chunked",
                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\nWiki\r\n5\r\npedia\r\n0\r\nT: 1\r\n\r\n",
                   false, State::Complete, 200, "Wikipedia", false},
        ReaderCase{"ChunkedAfterGzipNamesChunkedLast",
                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: identity, chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n", false,
                   State::Complete, 200, "ok", false},
        ReaderCase{"InterimAnswersSkipped",
                   "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                   "HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\n\r\nnope",
                   false, State::Complete, 404, "nope", false},
        ReaderCase{"NoContent", "HTTP/1.1 204 No Content\r\n\r\n", false, State::Complete, 204, "", false},
        ReaderCase{"EmptyLength", "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", false, State::Complete, 200, "",
                   false},
        ReaderCase{"ExactlyTheCap", "HTTP/1.1 200 OK\r\nContent-Length: 16\r\n\r\n0123456789abcdef", false,
                   State::Complete, 200, "0123456789abcdef", false},
        ReaderCase{"LengthOverTheCap", "HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n0123456789abcdef", false,
                   State::Complete, 200, "0123456789abcdef", true},
        ReaderCase{"UntilCloseOverTheCap", "HTTP/1.1 200 OK\r\n\r\n0123456789abcdefXYZ", false, State::Complete, 200,
                   "0123456789abcdef", true},
        ReaderCase{"ChunkedOverTheCap",
                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\n2\r\nXY\r\n0\r\n\r\n",
                   false, State::Complete, 200, "0123456789abcdef", true},
        ReaderCase{"CutShort", "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf", true, State::Failed, 200, "",
                   false},
        ReaderCase{"ClosedBeforeAnswer", "HTTP/1.1 200 O", true, State::Failed, 0, "", false},
        ReaderCase{"NotHttp", "SSH-2.0-OpenSSH_9.2\r\n\r\n", false, State::Failed, 0, "", false},
        ReaderCase{"StatusOutsideHttpClasses", "HTTP/1.1 999 Whatever\r\nContent-Length: 0\r\n\r\n", false,
                   State::Failed, 0, "", false},
        ReaderCase{"StatusNotThreeDigits", "HTTP/1.1 0200 OK\r\nContent-Length: 0\r\n\r\n", false, State::Failed,
                   0, "", false},
        ReaderCase{"BadLength", "HTTP/1.1 200 OK\r\nContent-Length: -3\r\n\r\n", false, State::Failed, 0, "", false},
        ReaderCase{"TwoLengths", "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", false,
                   State::Failed, 0, "", false},
        ReaderCase{"BadChunkSize", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", false,
                   State::Failed, 0, "", false},
        ReaderCase{"UnaskedUpgrade", "HTTP/1.1 101 Switching Protocols\r\n\r\n", false, State::Failed, 0, "", false}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(ResponseReader, HeadersHaveALimit)
{
    HttpResponseReader reader(kCap);
    reader.feed("HTTP/1.1 200 OK\r\n");
    const QByteArray header = "X-Filler: " + QByteArray(1000, 'a') + "\r\n";
    for (int i = 0; i < 100 && reader.state() == State::Head; ++i)
        reader.feed(header);
    EXPECT_EQ(reader.state(), State::Failed);
}

TEST(ResponseReader, RedirectLocationIsAvailableWithTheHead)
{
    HttpResponseReader reader(kCap);
    reader.feed("HTTP/1.1 302 Found\r\nLocation: /next\r\nContent-Length: 100\r\n\r\n");
    EXPECT_TRUE(reader.headComplete());
    EXPECT_EQ(reader.status(), 302);
    EXPECT_EQ(reader.header("LOCATION"), "/next");
}

} // namespace
