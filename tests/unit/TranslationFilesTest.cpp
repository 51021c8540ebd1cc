// Both .ts files are complete: every message translated, every placeholder kept.
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Message
{
    QString source;
    QStringList translations;
    bool unfinished = false;
};

std::vector<Message> readTs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&f);
    std::vector<Message> messages;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"message") {
            messages.emplace_back();
        } else if (xml.name() == u"source" && !messages.empty()) {
            messages.back().source = xml.readElementText();
        } else if (xml.name() == u"translation" && !messages.empty()) {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            messages.back().unfinished = type == u"unfinished";
            if (type == u"vanished" || type == u"obsolete")
                messages.pop_back();
        } else if (xml.name() == u"numerusform" && !messages.empty()) {
            messages.back().translations << xml.readElementText();
        }
        if (xml.isStartElement() && xml.name() == u"translation" && !messages.empty()) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (messages.back().translations.isEmpty() && !text.trimmed().isEmpty())
                messages.back().translations << text;
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

void checkComplete(const QString &language)
{
    const QString path = testing_support::sourceDir() + QStringLiteral("/translations/recall-lookup_") + language
                         + QStringLiteral(".ts");
    const std::vector<Message> messages = readTs(path);
    ASSERT_GT(messages.size(), 50u) << path.toStdString();
    for (const Message &m : messages) {
        EXPECT_FALSE(m.unfinished) << language.toStdString() << ": unfinished: " << m.source.toStdString();
        ASSERT_FALSE(m.translations.isEmpty()) << language.toStdString() << ": untranslated: " << m.source.toStdString();
        for (const QString &t : m.translations) {
            EXPECT_FALSE(t.trimmed().isEmpty()) << m.source.toStdString();
            EXPECT_EQ(placeholders(t), placeholders(m.source))
                << language.toStdString() << ": " << m.source.toStdString() << " -> " << t.toStdString();
        }
    }
}

} // namespace

TEST(TranslationFiles, JapaneseIsComplete)
{
    checkComplete(QStringLiteral("ja"));
}

TEST(TranslationFiles, EnglishIsComplete)
{
    checkComplete(QStringLiteral("en"));
}
