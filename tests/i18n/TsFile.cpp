#include "tests/i18n/TsFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::test {
namespace {

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source"_s) {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            message.translationType = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus) {
                message.translation = xml.readElementText();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == u"numerusform"_s)
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
        if (xml.name() == u"name"_s)
            name = xml.readElementText();
        else if (xml.name() == u"message"_s)
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
    if (xml.readNextStartElement() && xml.name() == u"TS"_s) {
        file.language = xml.attributes().value(u"language"_s).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() == u"context"_s)
                readContext(xml, file);
            else
                xml.skipCurrentElement();
        }
    } else if (!xml.hasError()) {
        file.error = u"not a Qt Linguist TS file"_s;
    }
    if (xml.hasError())
        file.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return file;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:[1-9][0-9]?|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

} // namespace passerelle::test
