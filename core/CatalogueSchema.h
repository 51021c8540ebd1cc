#pragma once

#include <QStringList>

namespace recall::CatalogueSchema {

// Bump when a table or column changes; the app refuses catalogues of another version and restores its
// built-in copy.
inline constexpr int version = 1;

// Product details, campaigns and notes are stored as their source JSON records (`doc` columns), parsed by
// the same code that validated them; everything that is searched or joined on has its own indexed column.
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
        QStringLiteral("CREATE TABLE products(id INTEGER PRIMARY KEY, model TEXT NOT NULL UNIQUE, "
                       "name_ja TEXT NOT NULL, name_en TEXT NOT NULL, category_id TEXT NOT NULL, doc TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE variants(id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL "
                       "REFERENCES products(id), ordinal INTEGER NOT NULL, code TEXT UNIQUE, jan TEXT UNIQUE, "
                       "colour_id TEXT NOT NULL REFERENCES colours(id))"),
        QStringLiteral("CREATE INDEX variants_by_product ON variants(product_id)"),
        QStringLiteral("CREATE TABLE campaigns(id TEXT PRIMARY KEY, announced TEXT NOT NULL, official_url TEXT, "
                       "doc TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE campaign_products(id INTEGER PRIMARY KEY, campaign_id TEXT NOT NULL "
                       "REFERENCES campaigns(id), product_id INTEGER NOT NULL REFERENCES products(id), "
                       "sale_start TEXT, sale_end TEXT, units INTEGER, coverage TEXT NOT NULL, "
                       "serial_list_complete INTEGER, UNIQUE(product_id, campaign_id))"),
        QStringLiteral("CREATE INDEX campaign_products_by_campaign ON campaign_products(campaign_id)"),
        QStringLiteral("CREATE TABLE campaign_excluded_colours(campaign_product_id INTEGER NOT NULL "
                       "REFERENCES campaign_products(id), colour_id TEXT NOT NULL REFERENCES colours(id), "
                       "PRIMARY KEY(campaign_product_id, colour_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE photos(name TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE affected_serials(campaign_product_id INTEGER NOT NULL "
                       "REFERENCES campaign_products(id), serial_from TEXT NOT NULL, serial_to TEXT NOT NULL, "
                       "PRIMARY KEY(campaign_product_id, serial_from)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE search_terms(id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL "
                       "REFERENCES products(id), variant_id INTEGER REFERENCES variants(id), kind TEXT NOT NULL, "
                       "term TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX search_terms_by_term ON search_terms(term)"),
        QStringLiteral("CREATE VIRTUAL TABLE search_fts USING fts5(term, content='search_terms', "
                       "content_rowid='id', tokenize='trigram')"),
    };
}

} // namespace recall::CatalogueSchema
