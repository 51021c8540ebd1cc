#pragma once

#include <QStringList>

namespace recall::CatalogueSchema {

// Bump when a table or column changes; the app refuses catalogues of another version and restores its
// built-in copy.
// 2: search_terms holds only each product's own words (category and colour words are matched against the
//    small vocabulary tables and expanded through indexes), with kind as a number; search_grams answers 1-2
//    character queries; products.illustration and the range of the product's terms; indexes for search by
//    category and colour.
//    Catalogues written since 2026-12 add search_trigrams, product_records and campaign_records (below); all
//    are optional, so the version stayed: a catalogue without them is searched and read as before. So is the
//    meta key term_id_shift (termIdShift below), and the covering indexes variants_by_jan and
//    variants_by_code (a catalogue without them finds a variant through the column's own unique index and
//    then its row). So are campaigns, campaign_records and photos as tables with rowids (below): the same
//    columns, read by the same statements. So are search_grams' variant_id, kind and place: without them
//    a search reads each listed term's row. So is product_check_records: without it a check reads the
//    product's whole record.
inline constexpr int version = 2;

// search_grams keeps, for each one- or two-character piece of a search term, the ids of at most this many
// terms containing it (the first ones). A search needs at most 16 rows per result wanted; beyond this a
// query falls back to scanning the terms.
inline constexpr int shortGramTermLimit = 1024;

// A product's search terms have the ids (productId << termIdShift) + 1 upward, so the terms of given
// products are read by id range without looking each product up (a lookup in products is a page of its own
// for every product: the costliest part of matching a second word against a few hundred candidates). The
// writer stores the shift as meta term_id_shift; catalogues without it number terms one after another, and
// their ranges are read from products.first_term and last_term (which every catalogue has).
inline constexpr int termIdShift = 16;
inline constexpr qint64 maxTermsPerProduct = (qint64(1) << termIdShift) - 1;

// Product details, campaigns and notes are stored as their source JSON records (`doc` columns), parsed by
// the same code that validated them, and products also in a compact form that is quicker to read
// (product_records); everything that is searched or joined on has its own indexed column.
inline QStringList statements()
{
    return {
        QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE sources(id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT, url TEXT, "
                       "seed TEXT, reliability TEXT NOT NULL, date TEXT, comment TEXT) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE colours(id TEXT PRIMARY KEY, name_ja TEXT NOT NULL, name_en TEXT NOT NULL, "
                       "swatch TEXT NOT NULL, aliases TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE categories(id TEXT PRIMARY KEY, name_ja TEXT NOT NULL, name_en TEXT NOT NULL, "
                       "synonyms TEXT NOT NULL) WITHOUT ROWID"),
        // first_term..last_term: the product's rows in search_terms (written one product after another).
        QStringLiteral("CREATE TABLE products(id INTEGER PRIMARY KEY, model TEXT NOT NULL UNIQUE, "
                       "name_ja TEXT NOT NULL, name_en TEXT NOT NULL, category_id TEXT NOT NULL, "
                       "illustration TEXT NOT NULL, first_term INTEGER NOT NULL, last_term INTEGER NOT NULL, "
                       "doc TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX products_by_category ON products(category_id)"),
        QStringLiteral("CREATE TABLE variants(id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL "
                       "REFERENCES products(id), ordinal INTEGER NOT NULL, code TEXT UNIQUE, jan TEXT UNIQUE, "
                       "colour_id TEXT NOT NULL REFERENCES colours(id))"),
        QStringLiteral("CREATE INDEX variants_by_product ON variants(product_id)"),
        QStringLiteral("CREATE INDEX variants_by_colour ON variants(colour_id, product_id)"),
        // A variant found by its JAN or code without reading its row: one page fewer per lookup, which in a
        // large catalogue is a page not yet read. SQLite prefers the column's unique index for "= ?", so the
        // lookups name these (INDEXED BY) when the catalogue has them.
        QStringLiteral("CREATE INDEX variants_by_jan ON variants(jan, product_id, ordinal)"),
        QStringLiteral("CREATE INDEX variants_by_code ON variants(code, product_id, ordinal)"),
        // Tables whose rows hold documents keep rowids. A WITHOUT ROWID table is a b-tree of whole rows, and a
        // row too big for its page spills into a chain of overflow pages that a lookup by key reads whole for
        // every row it compares on its way down. With a rowid, the key's own index holds only keys: one campaign's
        // record in the 100k synthetic catalogue is 5 pages read, not 16.
        QStringLiteral("CREATE TABLE campaigns(id TEXT PRIMARY KEY, announced TEXT NOT NULL, official_url TEXT, "
                       "doc TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE campaign_products(id INTEGER PRIMARY KEY, campaign_id TEXT NOT NULL "
                       "REFERENCES campaigns(id), product_id INTEGER NOT NULL REFERENCES products(id), "
                       "sale_start TEXT, sale_end TEXT, units INTEGER, coverage TEXT NOT NULL, "
                       "serial_list_complete INTEGER, UNIQUE(product_id, campaign_id))"),
        QStringLiteral("CREATE INDEX campaign_products_by_campaign ON campaign_products(campaign_id)"),
        QStringLiteral("CREATE TABLE campaign_excluded_colours(campaign_product_id INTEGER NOT NULL "
                       "REFERENCES campaign_products(id), colour_id TEXT NOT NULL REFERENCES colours(id), "
                       "PRIMARY KEY(campaign_product_id, colour_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE photos(name TEXT PRIMARY KEY, data BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE affected_serials(campaign_product_id INTEGER NOT NULL "
                       "REFERENCES campaign_products(id), serial_from TEXT NOT NULL, serial_to TEXT NOT NULL, "
                       "PRIMARY KEY(campaign_product_id, serial_from)) WITHOUT ROWID"),
        // A product's own words (codes, names, reading, aliases); ids follow product order; kind is the value
        // of MatchKind (a number: cheaper to read than its key). The term index covers what a search reads.
        QStringLiteral("CREATE TABLE search_terms(id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL "
                       "REFERENCES products(id), variant_id INTEGER REFERENCES variants(id), kind INTEGER NOT NULL, "
                       "term TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX search_terms_by_term ON search_terms(term, product_id, variant_id, kind)"),
        // Each 1-2 character piece with the first terms holding it, and what a search reads of each term: its
        // variant, its kind, and its place (1: the piece is the whole term, 2: it starts the term, 3: it is
        // further in). A search then reads no term's row, each on a page of its own.
        QStringLiteral("CREATE TABLE search_grams(gram TEXT NOT NULL, term_id INTEGER NOT NULL "
                       "REFERENCES search_terms(id), variant_id INTEGER, kind INTEGER NOT NULL, "
                       "place INTEGER NOT NULL, PRIMARY KEY(gram, term_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE VIRTUAL TABLE search_fts USING fts5(term, content='search_terms', "
                       "content_rowid='id', tokenize='trigram')"),
        // How many terms hold each trigram of the index (as the trigram tokenizer writes it), so a search can
        // ask the index for the rarest trigrams of its text instead of common ones.
        QStringLiteral("CREATE TABLE search_trigrams(trigram TEXT PRIMARY KEY, terms INTEGER NOT NULL) WITHOUT ROWID"),
        // Each product as ProductRecord::encode writes it: read instead of parsing products.doc, which takes
        // several times longer. products.doc stays, for readers of catalogues that do not have this table.
        QStringLiteral("CREATE TABLE product_records(id INTEGER PRIMARY KEY REFERENCES products(id), "
                       "record BLOB NOT NULL)"),
        // Each product as ProductRecord::encodeForCheck writes it: the few fields an eligibility check reads,
        // for batches, which look up products by the thousand.
        QStringLiteral("CREATE TABLE product_check_records(id INTEGER PRIMARY KEY REFERENCES products(id), "
                       "record BLOB NOT NULL)"),
        // Each campaign as CampaignRecord::encode writes it, for the same reason.
        QStringLiteral("CREATE TABLE campaign_records(id TEXT PRIMARY KEY REFERENCES campaigns(id), "
                       "record BLOB NOT NULL)"),
    };
}

} // namespace recall::CatalogueSchema
