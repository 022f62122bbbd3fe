#include "core/sites/BodyDigest.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

#include <ostream>

using namespace passerelle::sites;
using namespace Qt::Literals::StringLiterals;

namespace {

struct FoldCase
{
    const char *name;
    QByteArray body;
    QByteArray folded;
};

void PrintTo(const FoldCase &param, std::ostream *out)
{
    *out << param.name;
}

class Folding : public ::testing::TestWithParam<FoldCase>
{
};

TEST_P(Folding, WhitespaceRunsBecomeOneSpaceNoneAtTheEnds)
{
    EXPECT_EQ(foldWhitespace(GetParam().body), GetParam().folded);
}

// However the body arrives in pieces, the fingerprint is the one of the folded whole.
TEST_P(Folding, StreamedFingerprintIsTheFoldedBodysOne)
{
    const QByteArray expected
        = QCryptographicHash::hash(GetParam().folded, QCryptographicHash::Sha256).toHex();
    const QByteArray &body = GetParam().body;
    for (qsizetype piece = 1; piece <= body.size() + 1; ++piece) {
        BodyDigest digest;
        for (qsizetype at = 0; at < body.size(); at += piece)
            digest.add(QByteArrayView(body).sliced(at, std::min(piece, body.size() - at)));
        EXPECT_EQ(digest.fingerprint(), expected) << "in pieces of " << piece;
        EXPECT_EQ(digest.size(), body.size());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Bodies, Folding,
    ::testing::Values(FoldCase{"Empty", "", ""}, FoldCase{"OnlySpaces", " \t\r\n ", ""},
                      FoldCase{"Plain", "<p>hi</p>", "<p>hi</p>"},
                      FoldCase{"Reindented", "\n  <html>\n\t<body>  a   b </body>\r\n</html>\n\n",
                               "<html> <body> a b </body> </html>"},
                      FoldCase{"FormFeedAndTab", "a\f\v\tb", "a b"}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(BodyDigest, ReindentedPagesHaveTheSameFingerprint)
{
    BodyDigest a;
    a.add("<html><head><title>Shop</title></head>\n<body>Hello</body></html>");
    BodyDigest b;
    b.add("<html>\n  <head>\n    <title>Shop</title>\n  </head>\n  <body>Hello</body>\n</html>\n");
    BodyDigest c;
    c.add("<html><head><title>Shop</title></head>\n<body>Hello!</body></html>");
    EXPECT_NE(a.fingerprint(), b.fingerprint()); // "><" versus "> <": markup layout inside is content
    EXPECT_NE(a.fingerprint(), c.fingerprint());
    BodyDigest d;
    d.add("  <html><head><title>Shop</title></head>\r\n\r\n<body>Hello</body></html>   \n");
    EXPECT_EQ(a.fingerprint(), d.fingerprint());
}

struct TitleCase
{
    const char *name;
    QByteArray html;
    QString title;
};

void PrintTo(const TitleCase &param, std::ostream *out)
{
    *out << param.name;
}

class Titles : public ::testing::TestWithParam<TitleCase>
{
};

TEST_P(Titles, FirstTitleDecodedAndFolded)
{
    EXPECT_EQ(extractTitle(GetParam().html), GetParam().title);
}

INSTANTIATE_TEST_SUITE_P(
    Pages, Titles,
    ::testing::Values(
        TitleCase{"Simple", "<html><head><title>Acme</title></head></html>", u"Acme"_s},
        TitleCase{"UpperCaseWithAttributes", "<TITLE lang=\"en\">  Acme\n  Shop </TITLE>", u"Acme Shop"_s},
        TitleCase{"Entities", "<title>Tom &amp; Jerry &lt;3 &#233;t&#xE9; &quot;x&quot; &nbsp;</title>",
                  u"Tom & Jerry <3 été \"x\""_s},
        TitleCase{"Utf8", "<title>Caf\xc3\xa9 \xe2\x80\x94 menu</title>", u"Café — menu"_s},
        TitleCase{"Latin1Page", "<title>Caf\xe9</title>", u"Café"_s},
        TitleCase{"NoTitle", "<html><body>none</body></html>", QString()},
        TitleCase{"TitlesElementIsNotTitle", "<titles>no</titles><title>yes</title>", u"yes"_s},
        TitleCase{"Unclosed", "<title>cut off", u"cut off"_s},
        TitleCase{"UnknownEntityKept", "<title>a &bogus; b</title>", u"a &bogus; b"_s}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(Titles, AreCutToAReasonableLength)
{
    const QByteArray html = "<title>" + QByteArray(1000, 'a') + "</title>";
    EXPECT_EQ(extractTitle(html).size(), 200);
}

} // namespace
