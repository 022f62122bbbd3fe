#include "tests/i18n/TsFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace passerelle::test {
namespace {

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translation = xml.readElementText();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("numerusform"))
                    message.numerusForms.append(xml.readElementText());
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

void readContext(QXmlStreamReader &xml, TsFile &file)
{
    QString name;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("name"))
            name = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            file.messages.push_back(readMessage(xml, name));
        else
            xml.skipCurrentElement();
    }
}

} // namespace

TsFile readTsFile(const QString &path)
{
    TsFile file;
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        file.error = device.errorString();
        return file;
    }
    QXmlStreamReader xml(&device);
    if (xml.readNextStartElement() && xml.name() == QLatin1String("TS")) {
        file.language = xml.attributes().value(QLatin1String("language")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("context"))
                readContext(xml, file);
            else
                xml.skipCurrentElement();
        }
    } else if (!xml.hasError()) {
        file.error = QStringLiteral("not a Qt Linguist TS file");
    }
    if (xml.hasError())
        file.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return file;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

} // namespace passerelle::test
