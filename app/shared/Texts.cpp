#include "Texts.h"

#include <QLocale>

using namespace recall;

const QString &Texts::pick(const LocalizedText &text) const
{
    const QString &preferred = text.in(m_language);
    return preferred.isEmpty() ? text.in(m_language == Language::Japanese ? Language::English : Language::Japanese)
                               : preferred;
}

QString Texts::date(const QDate &d)
{
    if (!d.isValid())
        return tr("unknown date");
    //: Date format for dates in running text. Japanese: yyyy年M月d日
    return QLocale().toString(d, tr("d MMMM yyyy"));
}

QString Texts::verdictHeadline(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Affected: return tr("Covered by a recall");
    case Verdict::LikelyAffected: return tr("Probably covered by a recall: check officially");
    case Verdict::NotAffected: return tr("Not covered by the recalls in this data");
    case Verdict::NoRecord: return tr("No recall on record in this data");
    case Verdict::InvalidInput: return tr("Please check what you entered");
    }
    return {};
}

QString Texts::verdictNextStep(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Affected:
        return tr("Stop using it now. Apply for the free exchange on the official page or by phone.");
    case Verdict::LikelyAffected:
        return tr("Only the official serial check can confirm it. Stop using it if it is hot or swollen, and "
                  "enter the serial number on the official page or call the number below.");
    case Verdict::NotAffected:
        return tr("If the product becomes hot, swollen, smells or makes noises, stop using it anyway.");
    case Verdict::NoRecord:
        return tr("This does not mean the product is safe: this data covers only the recalls listed in it. "
                  "Check the manufacturer's website and the Consumer Affairs Agency's recall list.");
    case Verdict::InvalidInput: return tr("Correct the entry and check again.");
    }
    return {};
}

QString Texts::noRecordStatement(const QDate &asOf)
{
    return tr("No recall on record in this data as of %1.").arg(date(asOf));
}

QString Texts::colourName(const QString &colourId, const std::vector<Colour> &colours) const
{
    for (const Colour &c : colours) {
        if (c.id == colourId)
            return pick(c.name);
    }
    return colourId;
}

QString Texts::reason(const Reason &r) const
{
    const QDate d = QDate::fromString(r.detail, Qt::ISODate);
    switch (r.code) {
    case ReasonCode::SerialOnAffectedList: return tr("The serial number is on the list of affected units.");
    case ReasonCode::AllUnitsCovered: return tr("Every unit of this model and colour sold in the period is covered.");
    case ReasonCode::OfficialCheckRequired:
        return tr("Only some units are affected; the official serial number check decides.");
    case ReasonCode::SerialNotOnPartialList:
        return tr("The serial number is not on the published list, but that list is not complete.");
    case ReasonCode::ColourNotGiven: return tr("Some colours are not covered: tell us the colour for a clearer answer.");
    case ReasonCode::ColourNotInData: return tr("The sources do not list the colours of this product.");
    case ReasonCode::PurchaseDateNotGiven:
        return tr("No purchase date given: units bought before the covered period are not covered.");
    case ReasonCode::PurchaseDateDisputed:
        return tr("The sources disagree on when the covered period starts (up to %1); to be safe this unit is "
                  "treated as possibly covered.")
            .arg(date(d));
    case ReasonCode::PurchasedAfterSalePeriod:
        return tr("Bought after the covered sale period ended (%1); shops may still have sold older stock.").arg(date(d));
    case ReasonCode::ColourNotCovered: return tr("This colour is not covered by this recall.");
    case ReasonCode::PurchasedOnOrBeforeCutoff: return tr("Bought on or before %1, which is not covered.").arg(date(d));
    case ReasonCode::PurchasedBeforeSalePeriod:
        return tr("Bought before the covered period started (%1).").arg(date(d));
    case ReasonCode::SerialNotOnCompleteList:
        return tr("The serial number is not on the complete list of affected units.");
    case ReasonCode::ProductNotInData: return tr("This product is not in the recall data.");
    case ReasonCode::NoCampaignNamesProduct: return tr("No recall in this data names this product.");
    case ReasonCode::NoProductGiven: return tr("Enter a model number, variant code or JAN code.");
    case ReasonCode::InvalidJan:
        return tr("\"%1\" is not a valid JAN code (13 digits with a correct check digit).").arg(r.detail);
    case ReasonCode::InvalidSerial: return tr("The serial number is not valid.");
    case ReasonCode::InvalidPurchaseDate:
        return tr("\"%1\" is not a date. Write it as year-month-day, for example 2024-05-31.").arg(r.detail);
    case ReasonCode::ImpossiblePurchaseDate: return tr("The date \"%1\" does not exist.").arg(r.detail);
    case ReasonCode::PurchaseDateInFuture: return tr("The purchase date %1 is in the future.").arg(date(d));
    case ReasonCode::ColourNotOfProduct: return tr("This product was not sold in the colour \"%1\".").arg(r.detail);
    case ReasonCode::ColourDiffersFromVariant:
        return tr("The colour does not match the variant code or JAN entered.");
    }
    return {};
}

QString Texts::serialProblem(const SerialProblem &p)
{
    switch (p.kind) {
    case SerialProblemKind::Empty: return tr("No serial number entered.");
    case SerialProblemKind::TooShort:
        return tr("Too short: %n character(s); a serial number has 16.", nullptr, p.length);
    case SerialProblemKind::TooLong:
        return tr("Too long: %n character(s); a serial number has 16.", nullptr, p.length);
    case SerialProblemKind::WrongFirstCharacter:
        return tr("A serial number starts with the letter A, not \"%1\".").arg(p.character);
    case SerialProblemKind::BadCharacter:
        return tr("Character %1 (\"%2\") cannot be in a serial number: only letters A-Z and digits.")
            .arg(p.position)
            .arg(p.character);
    }
    return {};
}

QString Texts::confusableHint(const ConfusableCharacter &c)
{
    QStringList alikes;
    for (QChar a : c.lookalikes)
        alikes << QString(a);
    return tr("Character %1 is \"%2\": on the label it looks like \"%3\". Check it.")
        .arg(c.position)
        .arg(c.character)
        .arg(alikes.join(QStringLiteral("\", \"")));
}

QString Texts::catalogueError(const CatalogueError &error)
{
    switch (error.kind) {
    case CatalogueError::Kind::Missing: return tr("The recall data file is missing: %1").arg(error.path);
    case CatalogueError::Kind::CannotOpen:
        return tr("The recall data file cannot be opened: %1 (%2)").arg(error.path, error.detail);
    case CatalogueError::Kind::NotACatalogue:
        return tr("The recall data file is damaged or is not recall data: %1").arg(error.path);
    case CatalogueError::Kind::SchemaTooOld:
        return tr("The recall data file is from an older version of Recall Lookup: %1").arg(error.path);
    case CatalogueError::Kind::SchemaTooNew:
        return tr("The recall data file needs a newer version of Recall Lookup: %1").arg(error.path);
    case CatalogueError::Kind::QueryFailed:
        return tr("The recall data could not be read (%1).").arg(error.detail);
    }
    return {};
}

QString Texts::catalogueEvent(const CatalogueStore::Opened &opened)
{
    switch (opened.event) {
    case CatalogueStore::Event::UsedActive:
    case CatalogueStore::Event::Installed: return {};
    case CatalogueStore::Event::Upgraded: return tr("The recall data was updated with this version of the app.");
    case CatalogueStore::Event::Restored:
        return opened.keptAside.isEmpty()
                   ? tr("The recall data was damaged and has been restored from the copy built into the app.")
                   : tr("The recall data was damaged and has been restored from the copy built into the app. "
                        "The damaged file was kept as %1.")
                         .arg(opened.keptAside);
    }
    return {};
}

QString Texts::coverage(Coverage coverage)
{
    return coverage == Coverage::AllUnits ? tr("All units of the covered colours")
                                          : tr("Some units: decided by serial number");
}

QString Texts::matchKind(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Jan: return tr("JAN code");
    case MatchKind::VariantCode: return tr("variant code");
    case MatchKind::Model: return tr("model number");
    case MatchKind::Name: return tr("name");
    case MatchKind::Reading: return tr("reading");
    case MatchKind::Alias: return tr("name");
    case MatchKind::Category: return tr("product type");
    case MatchKind::Colour: return tr("colour");
    }
    return {};
}

QString Texts::remedy(const QString &key)
{
    if (key == u"exchange")
        return tr("exchange");
    if (key == u"refund")
        return tr("refund");
    return key;
}
