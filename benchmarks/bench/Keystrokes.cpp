#include "Keystrokes.h"

namespace recall::bench {

namespace {

void typed(QStringList &out, const QString &query)
{
    for (qsizetype n = 1; n <= query.size(); ++n)
        out << query.left(n);
}

} // namespace

QStringList keystrokes(const synthetic::Samples &samples)
{
    // For profiling one kind of keystroke: RECALL_BENCH_QUERIES="mini spe|ン" replaces the list.
    if (const QString only = qEnvironmentVariable("RECALL_BENCH_QUERIES"); !only.isEmpty())
        return only.split(u'|');
    QStringList out;
    // English product names, categories and multi-word queries.
    typed(out, QStringLiteral("anker powercore 10000"));
    typed(out, QStringLiteral("power bank"));
    typed(out, QStringLiteral("soundcore motion"));
    typed(out, QStringLiteral("speakerphone"));
    typed(out, QStringLiteral("powercore white"));
    typed(out, QStringLiteral("voltaro chargecell"));
    typed(out, QStringLiteral("mini speaker"));
    // Japanese: kana as typed, then the converted word.
    typed(out, QStringLiteral("ぱわーこあ"));
    out << QStringLiteral("パワーコア");
    typed(out, QStringLiteral("もばいるばってりー"));
    out << QStringLiteral("モバイルバッテリー");
    typed(out, QStringLiteral("さうんどこあ あか"));
    out << QStringLiteral("サウンドコア 赤");
    typed(out, QStringLiteral("かいぎようすぴーかー"));
    out << QStringLiteral("会議用スピーカー");
    typed(out, QStringLiteral("ぼるたろ"));
    out << QStringLiteral("充電器") << QStringLiteral("さくら電機") << QStringLiteral("雷神 スピーカー");
    // One and two characters: below the trigram index's reach.
    out << QStringLiteral("白") << QStringLiteral("赤") << QStringLiteral("x") << QStringLiteral("x6")
        << QStringLiteral("ン") << QStringLiteral("電") << QStringLiteral("0") << QStringLiteral("mi");
    // Model numbers and variant codes, typed; JANs scanned (arrive whole) or typed.
    typed(out, QStringLiteral("A1263"));
    typed(out, QStringLiteral("a3130011"));
    for (int i = 0; i < 3 && i < samples.models.size(); ++i)
        typed(out, samples.models.at(i).toLower());
    for (int i = 0; i < 2 && i < samples.variantCodes.size(); ++i)
        typed(out, samples.variantCodes.at(i));
    typed(out, QStringLiteral("4571411205163"));
    for (int i = 0; i < 5 && i < samples.jans.size(); ++i)
        out << samples.jans.at(i);
    // Nothing in the data.
    typed(out, QStringLiteral("iphone 15"));
    return out;
}

} // namespace recall::bench
