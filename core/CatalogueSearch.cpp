// The catalogue's search queries: the terms that hold a word (equal, starting with it, or containing it,
// through the trigram index), the vocabulary of categories and colours, and the summaries a list of results
// shows. The rest of Catalogue is in Catalogue.cpp.
#include "Catalogue.h"

#include "CatalogueSchema.h"
#include "SearchVocabulary.h"
#include "SqlDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace recall {

namespace {

QString upperBoundAfterPrefix(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

// FTS5 phrase syntax: the text in double quotes, inner quotes doubled. Never an operator.
QString ftsPhrase(QString text)
{
    return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

constexpr int ftsMinimumLength = 3; // the trigram tokenizer matches nothing shorter

// "powercore" -> "pow" AND "erc" AND "ore": trigrams that together cover the text, each as an FTS5 phrase.
QString ftsTrigramCover(const QString &text)
{
    QStringList pieces;
    for (qsizetype i = 0; i + ftsMinimumLength <= text.size(); i += ftsMinimumLength)
        pieces << ftsPhrase(text.mid(i, ftsMinimumLength));
    if (text.size() % ftsMinimumLength != 0)
        pieces << ftsPhrase(text.right(ftsMinimumLength));
    return pieces.join(QStringLiteral(" AND "));
}

// Ids as a JSON array, bound as one value and read with json_each: a list never spliced into SQL.
QString idArray(const std::vector<qint64> &ids)
{
    QString json = QStringLiteral("[");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += u',';
        json += QString::number(ids[i]);
    }
    return json + u']';
}

// Texts as a JSON array, bound and read the same way.
QString textArray(const QStringList &texts)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

// Each trigram of the text once, in order of first appearance, counted in code points as the tokenizer does.
QStringList distinctTrigrams(const QString &text)
{
    const QList<uint> points = text.toUcs4();
    QStringList trigrams;
    for (qsizetype i = 0; i + ftsMinimumLength <= points.size(); ++i) {
        const QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + i),
                                                  ftsMinimumLength);
        if (!trigrams.contains(trigram))
            trigrams << trigram;
    }
    return trigrams;
}

// Rows of numbers packed by columns, as SQLite's group_concat(x) gives them: "1,2,3" for the first field of
// every row, "4,5,6" for the second, ... One aggregate step sees every column of a row, so the lists stay in
// step as long as no value is NULL (group_concat skips NULLs: wrap a nullable one in ifnull). Calls `row` with
// each row's numbers. Packing columns apart is cheaper for SQLite than joining each row's fields into one text
// (every || makes a new string).
template <std::size_t Fields, typename Row>
void unpackColumns(const QStringList &columns, Row row)
{
    if (columns.size() != qsizetype(Fields) || columns.front().isEmpty())
        return;
    std::array<const QChar *, Fields> at{};
    std::array<const QChar *, Fields> end{};
    for (std::size_t f = 0; f < Fields; ++f) {
        at[f] = columns.at(qsizetype(f)).constData();
        end[f] = at[f] + columns.at(qsizetype(f)).size();
    }
    while (at.front() != end.front()) {
        std::array<qint64, Fields> numbers{};
        for (std::size_t f = 0; f < Fields; ++f) {
            for (; at[f] != end[f] && *at[f] != u','; ++at[f])
                numbers[f] = numbers[f] * 10 + (at[f]->unicode() - u'0');
            if (at[f] != end[f])
                ++at[f];
        }
        row(numbers);
    }
}

bool isKind(qint64 kind)
{
    return kind >= int(MatchKind::Jan) && kind <= int(MatchKind::Colour);
}

} // namespace

Catalogue::Expected<QString> Catalogue::packed(const QString &sql, const QVariantList &values)
{
    QSqlQuery *q = m_db->run(sql, values);
    if (!q)
        return queryError();
    QString rows = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return rows;
}

Catalogue::Expected<QStringList> Catalogue::packedColumns(const QString &sql, const QVariantList &values, int columns)
{
    QSqlQuery *q = m_db->run(sql, values);
    if (!q)
        return queryError();
    QStringList packed;
    if (q->next()) {
        for (int c = 0; c < columns; ++c)
            packed << q->value(c).toString();
    }
    q->finish();
    return packed;
}

Catalogue::Expected<std::vector<TermHit>> Catalogue::hits(const QString &sql, const QVariantList &values)
{
    // One row for all: a search step may read thousands of term rows, and QtSql's cost per row (a QVariant
    // per column) is many times SQLite's own. `sql` names its columns p (product), v (variant or null), k (kind).
    auto columns = packedColumns(QStringLiteral("SELECT group_concat(p), group_concat(ifnull(v, 0)), group_concat(k) "
                                                "FROM (")
                                     + sql + u')',
                                 values, 3);
    if (!columns)
        return columns.error();
    std::vector<TermHit> result;
    unpackColumns<3>(*columns, [&](const std::array<qint64, 3> &n) {
        if (isKind(n[2]))
            result.push_back({n[0], n[1], MatchKind(n[2])});
    });
    return result;
}

Catalogue::Expected<const SearchVocabulary *> Catalogue::vocabulary()
{
    if (!m_vocabulary) {
        auto colourList = colours();
        if (!colourList)
            return colourList.error();
        auto categoryList = categories();
        if (!categoryList)
            return categoryList.error();
        m_vocabulary = std::make_unique<SearchVocabulary>(*colourList, *categoryList);
    }
    return m_vocabulary.get();
}

Catalogue::Expected<TermHits> Catalogue::ownTerms(const QString &sql, const QVariantList &values, int rows)
{
    auto found = hits(sql, values);
    if (!found)
        return found.error();
    TermHits result;
    result.complete = int(found->size()) < rows;
    result.hits = std::move(*found);
    return result;
}

Catalogue::Expected<TermHits> Catalogue::withVocabulary(Expected<TermHits> own, const QString &folded, TextMatch how,
                                                        int products)
{
    if (!own)
        return own;
    auto words = vocabulary();
    if (!words)
        return words.error();
    TermHits result = std::move(*own);
    QSet<QString> expanded;
    for (const VocabularyWord *w : (*words)->matching(folded, how)) {
        const QString key = matchKindKey(w->kind) + u'\x1f' + w->id;
        if (expanded.contains(key))
            continue;
        expanded.insert(key);
        // The first products a word names are enough: the others could only rank after them.
        auto more = w->kind == MatchKind::Category
                        ? hits(QStringLiteral("SELECT id AS p, 0 AS v, ? AS k FROM products WHERE category_id = ? "
                                              "ORDER BY id LIMIT ?"),
                               {int(w->kind), w->id, products})
                        : hits(QStringLiteral("SELECT product_id AS p, id AS v, ? AS k FROM variants WHERE colour_id = ? "
                                              "AND product_id IN (SELECT DISTINCT product_id FROM variants "
                                              "WHERE colour_id = ? ORDER BY product_id LIMIT ?) ORDER BY product_id, id"),
                               {int(w->kind), w->id, w->id, products});
        if (!more)
            return more.error();
        QSet<qint64> named;
        for (const TermHit &h : *more)
            named.insert(h.productId);
        result.complete = result.complete && named.size() < products;
        result.hits.insert(result.hits.end(), more->begin(), more->end());
    }
    return result;
}

Catalogue::Expected<TermHits> Catalogue::termsEqual(const QString &folded, TermLimits limits)
{
    return withVocabulary(ownTerms(QStringLiteral("SELECT product_id AS p, variant_id AS v, kind AS k FROM search_terms "
                                                  "WHERE term = ? LIMIT ?"),
                                   {folded, limits.rows}, limits.rows),
                          folded, TextMatch::Equal, limits.products);
}

Catalogue::Expected<TermHits> Catalogue::termsWithPrefix(const QString &folded, TermLimits limits)
{
    return withVocabulary(ownTerms(QStringLiteral("SELECT product_id AS p, variant_id AS v, kind AS k FROM search_terms "
                                                  "WHERE term >= ? AND term < ? LIMIT ?"),
                                   {folded, upperBoundAfterPrefix(folded), limits.rows}, limits.rows),
                          folded, TextMatch::Prefix, limits.products);
}

Catalogue::Expected<QString> Catalogue::ftsMatchFor(const QString &folded, qint64 *rarest)
{
    if (rarest)
        *rarest = -1;
    auto counted = hasOptional(m_hasTrigramCounts, QStringLiteral("search_trigrams"));
    if (!counted)
        return counted.error();
    QStringList trigrams = distinctTrigrams(folded);
    if (!*counted || trigrams.isEmpty())
        return ftsTrigramCover(folded);
    QSqlQuery *q = m_db->run(QStringLiteral("SELECT trigram, terms FROM search_trigrams "
                                            "WHERE trigram IN (SELECT value FROM json_each(?))"),
                             {textArray(trigrams)});
    if (!q)
        return queryError();
    QHash<QString, qint64> terms; // a trigram no term holds is not listed: it counts 0
    while (q->next())
        terms.insert(q->value(0).toString(), q->value(1).toLongLong());
    q->finish();
    std::stable_sort(trigrams.begin(), trigrams.end(),
                     [&](const QString &a, const QString &b) { return terms.value(a) < terms.value(b); });
    if (rarest)
        *rarest = terms.value(trigrams.front());
    // The index intersects the lists of the trigrams asked for, and instr() checks every term it returns:
    // the three rarest keep both small. On the 1M catalogue, against a cover of common trigrams:
    // "soundcoremot" 9-14 -> 0.8-1.3 ms, "voltarochargecell" 12-18 -> 0.3-0.4 ms, "powercore" 2.5-3.9 -> 6.2 ms.
    QStringList pieces;
    for (qsizetype i = 0; i < std::min<qsizetype>(rarestTrigrams, trigrams.size()); ++i)
        pieces << ftsPhrase(trigrams.at(i));
    return pieces.join(QStringLiteral(" AND "));
}

Catalogue::Expected<bool> Catalogue::gramsDescribeTerms()
{
    // The writer adds variant_id, kind and place together.
    auto columns = hasOptional(m_hasGramColumns, QStringLiteral("search_grams"), QStringLiteral("place"));
    if (!columns)
        return columns.error();
    return *columns && m_termIdShift > 0;
}

QString Catalogue::termOfProducts(bool among, const QString &ids, QVariantList &values) const
{
    const QString in = (among ? QStringLiteral(" IN ") : QStringLiteral(" NOT IN "))
                       + QStringLiteral("(SELECT value FROM json_each(?))");
    if (m_termIdShift > 0) {
        values << m_termIdShift << ids;
        return QStringLiteral("(f.rowid >> ?)") + in;
    }
    values << ids;
    return QStringLiteral("t.product_id") + in;
}

Catalogue::Expected<TermHits> Catalogue::termsContaining(const QString &folded, TermLimits limits,
                                                         const std::vector<qint64> &foundProducts)
{
    if (folded.size() >= ftsMinimumLength) {
        // The trigram index finds the terms holding a few of the text's trigrams (see ftsMatchFor; cheaper than
        // matching the phrase: no positions); instr keeps those that hold the text itself. Each is a row read,
        // most often a page of its own: the terms of products found already are left out first, by their
        // ids alone when those say whose terms they are.
        auto match = ftsMatchFor(folded);
        if (!match)
            return match.error();
        QString sql = QStringLiteral("SELECT t.product_id AS p, t.variant_id AS v, t.kind AS k FROM search_fts f "
                                     "JOIN search_terms t ON t.id = f.rowid WHERE search_fts MATCH ? ");
        QVariantList values{*match};
        if (!foundProducts.empty())
            sql += QStringLiteral("AND ") + termOfProducts(false, idArray(foundProducts), values) + u' ';
        sql += QStringLiteral("AND instr(t.term, ?) > 0 LIMIT ?");
        values << folded << limits.rows;
        return withVocabulary(ownTerms(sql, values, limits.rows), folded, TextMatch::Contains, limits.products);
    }
    // Below the trigram index's reach: search_grams lists the first terms holding each 1-2 character piece.
    // When it may have been cut short of what is asked, scan the terms instead.
    auto described = gramsDescribeTerms();
    if (!described)
        return described.error();
    auto listed = *described
                      ? ownTerms(QStringLiteral("SELECT term_id >> ? AS p, variant_id AS v, kind AS k FROM search_grams "
                                                "WHERE gram = ? ORDER BY term_id LIMIT ?"),
                                 {m_termIdShift, folded, limits.rows}, limits.rows)
                      : ownTerms(QStringLiteral("SELECT t.product_id AS p, t.variant_id AS v, t.kind AS k "
                                                "FROM search_grams g JOIN search_terms t ON t.id = g.term_id "
                                                "WHERE g.gram = ? ORDER BY g.term_id LIMIT ?"),
                                 {folded, limits.rows}, limits.rows);
    if (listed && limits.rows > CatalogueSchema::shortGramTermLimit
        && listed->hits.size() >= std::size_t(CatalogueSchema::shortGramTermLimit)) {
        listed = ownTerms(QStringLiteral("SELECT product_id AS p, variant_id AS v, kind AS k FROM search_terms "
                                         "WHERE instr(term, ?) > 0 ORDER BY id LIMIT ?"),
                          {folded, limits.rows}, limits.rows);
    }
    return withVocabulary(std::move(listed), folded, TextMatch::Contains, limits.products);
}

Catalogue::Expected<std::vector<RankedHit>> Catalogue::termsOfProductsContaining(const std::vector<qint64> &productIds,
                                                                                 const QString &folded)
{
    std::vector<RankedHit> result;
    if (productIds.empty() || folded.isEmpty())
        return result;
    const QString ids = idArray(productIds);
    // The candidates' terms holding the word, read the cheapest way that finds them all:
    // - one or two characters: search_grams lists every term holding it unless its list was cut at the limit; a
    //   whole list is far fewer rows than every term of every candidate, and empty for a word only the
    //   vocabulary holds (the "wh" of "white", "赤"); it says all that is read of each term when the catalogue
    //   has its optional columns (gramsDescribeTerms);
    // - longer: when fewer terms than that hold its rarest trigram, the trigram index finds them (instr checks);
    // - else every term of every candidate (~12 a product), each tested with instr: by id range when the
    //   catalogue numbers terms by product (CatalogueSchema::termIdShift), else through products.first_term.
    auto listed = folded.size() <= 2 ? packed(QStringLiteral("SELECT count(*) FROM search_grams WHERE gram = ?"), {folded})
                                     : Expected<QString>(QString());
    if (!listed)
        return listed.error();
    const bool wholeList = !listed->isEmpty() && listed->toInt() < CatalogueSchema::shortGramTermLimit;
    qint64 rarest = -1;
    auto match = folded.size() > 2 ? ftsMatchFor(folded, &rarest) : Expected<QString>(QString());
    if (!match)
        return match.error();
    const bool fewTerms = rarest >= 0 && rarest < CatalogueSchema::shortGramTermLimit;
    auto described = wholeList ? gramsDescribeTerms() : Expected<bool>(false);
    if (!described)
        return described.error();
    // Each term's product, variant, kind and place (1 equal to the word, 2 starting with it, 3 holding it).
    QString sql = QStringLiteral("SELECT group_concat(t.product_id), group_concat(ifnull(t.variant_id, 0)), "
                                 "group_concat(t.kind), group_concat(CASE WHEN t.term = ? THEN 1 "
                                 "WHEN substr(t.term, 1, length(?)) = ? THEN 2 ELSE 3 END) ");
    QVariantList values{folded, folded, folded};
    if (fewTerms) {
        sql += QStringLiteral("FROM search_fts f JOIN search_terms t ON t.id = f.rowid WHERE search_fts MATCH ? AND ");
        values << *match;
        sql += termOfProducts(true, ids, values) + QStringLiteral(" AND instr(t.term, ?) > 0");
        values << folded;
    } else if (wholeList && *described) { // the list itself says all of that
        sql = QStringLiteral("SELECT group_concat(term_id >> ?), group_concat(ifnull(variant_id, 0)), "
                             "group_concat(kind), group_concat(place) FROM search_grams "
                             "WHERE gram = ? AND (term_id >> ?) IN (SELECT value FROM json_each(?))");
        values = {m_termIdShift, folded, m_termIdShift, ids};
    } else if (wholeList) {
        sql += QStringLiteral("FROM search_grams g JOIN search_terms t ON t.id = g.term_id "
                              "WHERE g.gram = ? AND t.product_id IN (SELECT value FROM json_each(?))");
        values << folded << ids;
    } else if (m_termIdShift > 0) { // each product's terms by id range, no product looked up
        sql += QStringLiteral("FROM json_each(?) j JOIN search_terms t ON t.id > j.value * ? "
                              "AND t.id < (j.value + 1) * ? WHERE instr(t.term, ?) > 0");
        const qint64 perProduct = qint64(1) << m_termIdShift;
        values << ids << perProduct << perProduct << folded;
    } else {
        sql += QStringLiteral("FROM json_each(?) j JOIN products p ON p.id = j.value "
                              "JOIN search_terms t ON t.id BETWEEN p.first_term AND p.last_term WHERE instr(t.term, ?) > 0");
        values << ids << folded;
    }
    auto own = packedColumns(sql, values, 4);
    if (!own)
        return own.error();
    unpackColumns<4>(*own, [&](const std::array<qint64, 4> &n) {
        if (isKind(n[2]))
            result.push_back({{n[0], n[1], MatchKind(n[2])}, int(n[3])});
    });

    // Category and colour words: the best way each category or colour matches, given to its products.
    auto words = vocabulary();
    if (!words)
        return words.error();
    QHash<QString, int> categoryRank, colourRank;
    for (const VocabularyWord *w : (*words)->matching(folded, TextMatch::Contains)) {
        const int rank = w->word == folded ? 1 : w->word.startsWith(folded) ? 2 : 3;
        QHash<QString, int> &ranks = w->kind == MatchKind::Category ? categoryRank : colourRank;
        ranks[w->id] = ranks.contains(w->id) ? std::min(ranks[w->id], rank) : rank;
    }
    for (auto it = categoryRank.cbegin(); it != categoryRank.cend(); ++it) {
        auto named = packedColumns(QStringLiteral("SELECT group_concat(id) FROM products "
                                                  "WHERE id IN (SELECT value FROM json_each(?)) AND category_id = ?"),
                                   {ids, it.key()}, 1);
        if (!named)
            return named.error();
        unpackColumns<1>(*named, [&](const std::array<qint64, 1> &n) {
            result.push_back({{n[0], 0, MatchKind::Category}, it.value()});
        });
    }
    for (auto it = colourRank.cbegin(); it != colourRank.cend(); ++it) {
        auto named = packedColumns(QStringLiteral("SELECT group_concat(product_id), group_concat(id) FROM variants "
                                                  "WHERE product_id IN (SELECT value FROM json_each(?)) AND colour_id = ?"),
                                   {ids, it.key()}, 2);
        if (!named)
            return named.error();
        unpackColumns<2>(*named, [&](const std::array<qint64, 2> &n) {
            result.push_back({{n[0], n[1], MatchKind::Colour}, it.value()});
        });
    }
    return result;
}

Catalogue::Expected<std::vector<ProductSummary>> Catalogue::summaries(const std::vector<qint64> &productIds)
{
    QHash<qint64, ProductSummary> byId;
    std::vector<qint64> unread;
    for (qint64 id : productIds) {
        if (const ProductSummary *kept = m_summaries.object(id))
            byId.insert(id, *kept);
        else
            unread.push_back(id);
    }
    if (!unread.empty()) {
        auto read = readSummaries(unread);
        if (!read)
            return read.error();
        for (auto it = read->begin(); it != read->end(); ++it) {
            m_summaries.insert(it.key(), new ProductSummary(*it));
            byId.insert(it.key(), std::move(*it));
        }
    }
    std::vector<ProductSummary> result;
    for (qint64 id : productIds) {
        if (auto it = byId.find(id); it != byId.end())
            result.push_back(*it);
    }
    return result;
}

Catalogue::Expected<QHash<qint64, ProductSummary>> Catalogue::readSummaries(const std::vector<qint64> &productIds)
{
    const QString ids = idArray(productIds);
    QHash<qint64, ProductSummary> byId;
    QSqlQuery *p = m_db->run(QStringLiteral("SELECT id, model, name_ja, name_en, category_id, illustration FROM products "
                                            "WHERE id IN (SELECT value FROM json_each(?))"),
                             {ids});
    if (!p)
        return queryError();
    while (p->next()) {
        ProductSummary s;
        s.id = p->value(0).toLongLong();
        s.model = p->value(1).toString();
        s.name = {p->value(2).toString(), p->value(3).toString()};
        s.categoryId = p->value(4).toString();
        s.illustration = p->value(5).toString();
        byId.insert(s.id, std::move(s));
    }
    p->finish();
    QSqlQuery *c = m_db->run(QStringLiteral("SELECT cp.product_id, cp.campaign_id FROM campaign_products cp "
                                            "JOIN campaigns c ON c.id = cp.campaign_id "
                                            "WHERE cp.product_id IN (SELECT value FROM json_each(?)) "
                                            "ORDER BY cp.product_id, c.announced DESC, c.id"),
                             {ids});
    if (!c)
        return queryError();
    while (c->next()) {
        if (auto it = byId.find(c->value(0).toLongLong()); it != byId.end())
            it->campaigns << c->value(1).toString();
    }
    c->finish();
    QSqlQuery *v = m_db->run(QStringLiteral(
        "SELECT v.product_id, v.id, v.code, c.swatch, EXISTS ("
        "  SELECT 1 FROM campaign_products cp WHERE cp.product_id = v.product_id AND NOT EXISTS ("
        "    SELECT 1 FROM campaign_excluded_colours x WHERE x.campaign_product_id = cp.id AND x.colour_id = v.colour_id)) "
        "FROM variants v LEFT JOIN colours c ON c.id = v.colour_id "
        "WHERE v.product_id IN (SELECT value FROM json_each(?)) ORDER BY v.product_id, v.ordinal"),
                             {ids});
    if (!v)
        return queryError();
    while (v->next()) {
        if (auto it = byId.find(v->value(0).toLongLong()); it != byId.end())
            it->variants.push_back({v->value(1).toLongLong(), v->value(2).toString(), v->value(3).toString(),
                                    v->value(4).toInt() != 0});
    }
    v->finish();
    return byId;
}

} // namespace recall
