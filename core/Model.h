#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The recall data model, shared by the source-data reader, the catalogue and the eligibility rules.
// Empty strings stand for facts the sources do not give.
namespace recall {

enum class Language { Japanese, English };

struct LocalizedText
{
    QString ja;
    QString en;

    bool isEmpty() const { return ja.isEmpty() && en.isEmpty(); }
    const QString &in(Language language) const { return language == Language::Japanese ? ja : en; }
};

using SourceIds = QStringList;

// Where the facts of one record come from: the record's default sources and per-field exceptions.
struct Citations
{
    SourceIds record;
    QHash<QString, SourceIds> byField;

    SourceIds forField(const QString &field) const { return byField.value(field, record); }
};

struct Source
{
    QString id;
    QString title;
    QString publisher;
    QString url;
    QString seed;
    QString reliability; // P, N, S, L or T
    QString comment;
    std::optional<QDate> date;
};

struct Colour
{
    QString id;
    LocalizedText name;
    QStringList aliases;
    QString swatch; // #RRGGBB
};

struct Category
{
    QString id;
    LocalizedText name;
    QStringList synonyms;
};

struct Note
{
    QString id;
    QString about;
    LocalizedText text;
    SourceIds sources;
};

struct Variant
{
    QString code; // empty when no source gives it
    QString jan;  // empty when no source gives it
    QString colourId;
    QString photo;       // file in the data folder's photos/, when a licensed photo exists
    QString photoCredit; // shown with the photo
    Citations cite;
};

struct Product
{
    QString model;
    QString brand;
    LocalizedText name;
    QString reading;
    QStringList aliases;
    QString categoryId;
    QString illustration;
    std::vector<Variant> variants;
    std::vector<Note> notes;
    Citations cite;
    QJsonObject record; // the source record as read; the catalogue stores it for display
    QString origin;     // the file it was read from

    const Variant *variantByCode(const QString &code) const;
    const Variant *variantByJan(const QString &jan) const;
    QStringList colourIds() const;
};

enum class Coverage { SerialChecked, AllUnits };

struct ProgressEntry
{
    QDate asOf;
    double ratePercent = 0;
    SourceIds sources;
};

struct DateAlternative
{
    QDate date;
    SourceIds sources;
    QString noteId;
};

struct Replacement
{
    LocalizedText name;
    QString model;
    LocalizedText notes;
    Citations cite;
};

struct CampaignProduct
{
    QString model;
    std::optional<QDate> saleStart;
    std::optional<QDate> saleEnd;
    std::vector<DateAlternative> saleStartAlternatives;
    std::optional<qint64> units;
    Coverage coverage = Coverage::SerialChecked;
    QStringList excludedColours;
    LocalizedText serialLocation;
    std::optional<Replacement> replacement;
    std::vector<ProgressEntry> progress;
    std::vector<Note> notes;
    Citations cite;
};

struct Step
{
    QString id;
    LocalizedText text;
    SourceIds sources;
};

struct CollectedEntry
{
    QDate asOf;
    QString categoryId;
    qint64 approxUnits = 0;
    SourceIds sources;
};

struct Phone
{
    QString number;
    LocalizedText hours;
};

struct Campaign
{
    QString id;
    LocalizedText manufacturer;
    QString market;
    QDate announced;
    QString kind;
    LocalizedText title;
    LocalizedText hazard;
    LocalizedText cause;
    LocalizedText background;
    LocalizedText salesChannels;
    QStringList remedy;
    QString officialUrl;
    std::optional<Phone> phone;
    std::optional<QDate> purchaseCutoff;
    std::optional<qint64> approxTotalUnits;
    std::vector<CollectedEntry> collected;
    std::vector<Step> steps;
    std::vector<Note> notes;
    std::vector<CampaignProduct> products;
    Citations cite;
    QJsonObject record; // the source record as read; the catalogue stores it for display
    QString origin;     // the file it was read from

    const Note *noteById(const QString &id) const;
};

struct SerialRange
{
    QString from;
    QString to;
};

struct AffectedSerialList
{
    QString campaignId;
    QString model;
    bool complete = false;
    SourceIds sources;
    QStringList serials;
    std::vector<SerialRange> ranges;
    QString origin; // the file it was read from
};

struct DataSetInfo
{
    int formatVersion = 0;
    int dataVersion = 0;
    QDate asOf;
    LocalizedText title;
};

struct DataSet
{
    DataSetInfo info;
    std::vector<Source> sources;
    std::vector<Colour> colours;
    std::vector<Category> categories;
    std::vector<Product> products;
    std::vector<Campaign> campaigns;
    std::vector<AffectedSerialList> serialLists;
    QHash<QString, QByteArray> photos; // file name -> bytes, for the variants' photos
};

QString coverageKey(Coverage coverage);
std::optional<Coverage> coverageFromKey(const QString &key);

} // namespace recall
