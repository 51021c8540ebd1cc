#pragma once

#include "Model.h"

#include <QByteArray>
#include <QString>

#include <vector>

// Synthetic recall catalogues for benchmarks: made-up products, campaigns and affected-serial lists in the
// real data model, so they are written by the real CatalogueWriter into the real schema. Never shipped.
namespace recall::synthetic {

struct Spec
{
    int products = 1000;   // in total, the shipped products included
    qint64 serials = 0;    // affected-serial entries over all lists
    quint64 seed = 20260107;
};

// The sizes the benchmarks run at.
struct Size
{
    QString name; // "1k", "100k", "1M"
    Spec spec;
};
std::vector<Size> standardSizes();

// Keys known to be in (or, for misses, not in) a generated catalogue, for lookups and checks.
struct Samples
{
    struct Serial
    {
        QString campaign;
        QString model;
        QString serial;
        bool listed = false;
    };
    QStringList jans;
    QStringList variantCodes;
    QStringList models;
    std::vector<Serial> serials;
};

struct Generated
{
    DataSet data;
    Samples samples;
};

// Bump whenever the output for a given Spec changes, or what the catalogue writer makes of it without a new
// schema version (4: search_trigrams; 5: product_records; 6: term ids by product; 7: covering JAN and code
// indexes; 8: campaign_records; 9: campaigns, campaign_records and photos with rowids; 10: search_grams'
// variant, kind and place; 11: product_check_records), so cached catalogues are regenerated.
inline constexpr int generatorVersion = 11;

// The vocabulary (sources, colours, categories), the products and the campaigns of `base` (the shipped data)
// are kept; made-up products, campaigns and serial lists are added until the Spec's counts are reached.
// The same Spec and base always give the same data. Fails (empty error) only on a bug in the generator:
// every record goes through the real record parsers.
struct GenerateResult
{
    Generated generated;
    QString error;
};
GenerateResult generate(const Spec &spec, const DataSet &base);

// A service-desk batch file of `rows` rows (UTF-8 CSV with header jan,model,variant,colour,purchased,serial,store)
// over the products of `generated`: mostly recalled products with serial lists, JAN or model or variant code
// as the key, some serials listed and some not, some invalid input. Deterministic.
QByteArray batchCsv(const Generated &generated, int rows, quint64 seed);

} // namespace recall::synthetic
