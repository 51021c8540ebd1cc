#include "Texts.h"

#include "Translations.h"

#include <QLocale>

using namespace recall;

QString Texts::tx(const char *source) const
{
    return Translations::translate(m_language, "Texts", source);
}

QString Texts::txn(const char *source, int n) const
{
    return Translations::translate(m_language, "Texts", source, n);
}

QLocale Texts::locale() const
{
    return Translations::locale(m_language);
}

const QString &Texts::pick(const LocalizedText &text) const
{
    const QString &preferred = text.in(m_language);
    return preferred.isEmpty() ? text.in(m_language == Language::Japanese ? Language::English : Language::Japanese)
                               : preferred;
}

QString Texts::date(const QDate &d) const
{
    if (!d.isValid())
        return tx(QT_TR_NOOP("unknown date"));
    //: Date format for dates in running text. Japanese: yyyy年M月d日
    return locale().toString(d, tx(QT_TR_NOOP("d MMMM yyyy")));
}

QString Texts::verdictHeadline(Verdict verdict) const
{
    switch (verdict) {
    case Verdict::Affected: return tx(QT_TR_NOOP("Covered by a recall"));
    case Verdict::LikelyAffected: return tx(QT_TR_NOOP("Probably covered by a recall: check officially"));
    case Verdict::NotAffected: return tx(QT_TR_NOOP("Not covered by the recalls in this data"));
    case Verdict::NoRecord: return tx(QT_TR_NOOP("No recall on record in this data"));
    case Verdict::InvalidInput: return tx(QT_TR_NOOP("Please check what you entered"));
    }
    return {};
}

QString Texts::verdictNextStep(Verdict verdict) const
{
    switch (verdict) {
    case Verdict::Affected:
        return tx(QT_TR_NOOP("Stop using it now. Apply for the free exchange on the official page or by phone."));
    case Verdict::LikelyAffected:
        return tx(QT_TR_NOOP("Only the official serial check can confirm it. Stop using it if it is hot or swollen, and "
                  "enter the serial number on the official page or call the number below."));
    case Verdict::NotAffected:
        return tx(QT_TR_NOOP("If the product becomes hot, swollen, smells or makes noises, stop using it anyway."));
    case Verdict::NoRecord:
        return tx(QT_TR_NOOP("This does not mean the product is safe: this data covers only the recalls listed in it. "
                  "Check the manufacturer's website and the Consumer Affairs Agency's recall list."));
    case Verdict::InvalidInput: return tx(QT_TR_NOOP("Correct the entry and check again."));
    }
    return {};
}

QString Texts::noRecordStatement(const QDate &asOf) const
{
    return tx(QT_TR_NOOP("No recall on record in this data as of %1.")).arg(date(asOf));
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
    case ReasonCode::SerialOnAffectedList: return tx(QT_TR_NOOP("The serial number is on the list of affected units."));
    case ReasonCode::AllUnitsCovered: return tx(QT_TR_NOOP("Every unit of this model and colour sold in the period is covered."));
    case ReasonCode::OfficialCheckRequired:
        return tx(QT_TR_NOOP("Only some units are affected; the official serial number check decides."));
    case ReasonCode::SerialNotOnPartialList:
        return tx(QT_TR_NOOP("The serial number is not on the published list, but that list is not complete."));
    case ReasonCode::ColourNotGiven: return tx(QT_TR_NOOP("Some colours are not covered: tell us the colour for a clearer answer."));
    case ReasonCode::ColourNotInData: return tx(QT_TR_NOOP("The sources do not list the colours of this product."));
    case ReasonCode::PurchaseDateNotGiven:
        return tx(QT_TR_NOOP("No purchase date given: units bought before the covered period are not covered."));
    case ReasonCode::PurchaseDateDisputed:
        return tx(QT_TR_NOOP("The sources disagree on when the covered period starts (up to %1); to be safe this unit is "
                  "treated as possibly covered."))
            .arg(date(d));
    case ReasonCode::PurchasedAfterSalePeriod:
        return tx(QT_TR_NOOP("Bought after the covered sale period ended (%1); shops may still have sold older stock.")).arg(date(d));
    case ReasonCode::ColourNotCovered: return tx(QT_TR_NOOP("This colour is not covered by this recall."));
    case ReasonCode::PurchasedOnOrBeforeCutoff: return tx(QT_TR_NOOP("Bought on or before %1, which is not covered.")).arg(date(d));
    case ReasonCode::PurchasedBeforeSalePeriod:
        return tx(QT_TR_NOOP("Bought before the covered period started (%1).")).arg(date(d));
    case ReasonCode::SerialNotOnCompleteList:
        return tx(QT_TR_NOOP("The serial number is not on the complete list of affected units."));
    case ReasonCode::ProductNotInData: return tx(QT_TR_NOOP("This product is not in the recall data."));
    case ReasonCode::NoCampaignNamesProduct: return tx(QT_TR_NOOP("No recall in this data names this product."));
    case ReasonCode::NoProductGiven: return tx(QT_TR_NOOP("Enter a model number, variant code or JAN code."));
    case ReasonCode::InvalidJan:
        return tx(QT_TR_NOOP("\"%1\" is not a valid JAN code (13 digits with a correct check digit).")).arg(r.detail);
    case ReasonCode::InvalidSerial: return tx(QT_TR_NOOP("The serial number is not valid."));
    case ReasonCode::InvalidPurchaseDate:
        return tx(QT_TR_NOOP("\"%1\" is not a date. Write it as year-month-day, for example 2024-05-31.")).arg(r.detail);
    case ReasonCode::ImpossiblePurchaseDate: return tx(QT_TR_NOOP("The date \"%1\" does not exist.")).arg(r.detail);
    case ReasonCode::PurchaseDateInFuture: return tx(QT_TR_NOOP("The purchase date %1 is in the future.")).arg(date(d));
    case ReasonCode::ColourNotOfProduct: return tx(QT_TR_NOOP("This product was not sold in the colour \"%1\".")).arg(r.detail);
    case ReasonCode::ColourDiffersFromVariant:
        return tx(QT_TR_NOOP("The colour does not match the variant code or JAN entered."));
    }
    return {};
}

QString Texts::serialProblem(const SerialProblem &p) const
{
    switch (p.kind) {
    case SerialProblemKind::Empty: return tx(QT_TR_NOOP("No serial number entered."));
    case SerialProblemKind::TooShort:
        return txn(QT_TR_N_NOOP("Too short: %n character(s); a serial number has 16."), p.length);
    case SerialProblemKind::TooLong:
        return txn(QT_TR_N_NOOP("Too long: %n character(s); a serial number has 16."), p.length);
    case SerialProblemKind::WrongFirstCharacter:
        return tx(QT_TR_NOOP("A serial number starts with the letter A, not \"%1\".")).arg(p.character);
    case SerialProblemKind::BadCharacter:
        return tx(QT_TR_NOOP("Character %1 (\"%2\") cannot be in a serial number: only letters A-Z and digits."))
            .arg(p.position)
            .arg(p.character);
    }
    return {};
}

QString Texts::confusableHint(const ConfusableCharacter &c) const
{
    QStringList alikes;
    for (QChar a : c.lookalikes)
        alikes << QString(a);
    return tx(QT_TR_NOOP("Character %1 is \"%2\": on the label it looks like \"%3\". Check it."))
        .arg(c.position)
        .arg(c.character)
        .arg(alikes.join(QStringLiteral("\", \"")));
}

QString Texts::catalogueError(const CatalogueError &error) const
{
    switch (error.kind) {
    case CatalogueError::Kind::Missing: return tx(QT_TR_NOOP("The recall data file is missing: %1")).arg(error.path);
    case CatalogueError::Kind::CannotOpen:
        return tx(QT_TR_NOOP("The recall data file cannot be opened: %1 (%2)")).arg(error.path, error.detail);
    case CatalogueError::Kind::NotACatalogue:
        return tx(QT_TR_NOOP("The recall data file is damaged or is not recall data: %1")).arg(error.path);
    case CatalogueError::Kind::SchemaTooOld:
        return tx(QT_TR_NOOP("The recall data file is from an older version of Recall Lookup: %1")).arg(error.path);
    case CatalogueError::Kind::SchemaTooNew:
        return tx(QT_TR_NOOP("The recall data file needs a newer version of Recall Lookup: %1")).arg(error.path);
    case CatalogueError::Kind::QueryFailed:
        return tx(QT_TR_NOOP("The recall data could not be read (%1).")).arg(error.detail);
    case CatalogueError::Kind::Locked:
        return tx(QT_TR_NOOP("The recall data file is locked by another program: %1")).arg(error.path);
    }
    return {};
}

QString Texts::catalogueEvent(const CatalogueStore::Opened &opened) const
{
    using Event = CatalogueStore::Event;
    const bool fromImport = opened.source == CatalogueStore::Source::LastImport;
    const bool kept = !opened.keptAside.isEmpty();
    QStringList said;
    switch (opened.event) {
    case Event::Installed: break;
    case Event::UsedActive:
        if (!opened.storageProblem.isEmpty())
            said << tx(QT_TR_NOOP("The recall data that came with this version of the app could not be saved (%1); "
                                  "the app answers with the data it had."))
                        .arg(opened.storageProblem);
        break;
    case Event::Upgraded:
        said << tx(QT_TR_NOOP("The recall data was updated with this version of the app."));
        if (opened.importKeptForRollback)
            said << tx(QT_TR_NOOP("The data you had imported is kept: undoing the last data import brings it back."));
        break;
    case Event::Restored:
        if (fromImport) {
            said << tx(QT_TR_NOOP("The recall data was damaged and has been restored from your last data import."));
            if (kept)
                said << tx(QT_TR_NOOP("The damaged file was kept as %1.")).arg(opened.keptAside);
        } else {
            said << (kept ? tx(QT_TR_NOOP("The recall data was damaged and has been restored from the copy built into the app. "
                                          "The damaged file was kept as %1."))
                                .arg(opened.keptAside)
                          : tx(QT_TR_NOOP("The recall data was damaged and has been restored from the copy built into the app.")));
        }
        break;
    case Event::TemporaryCopy:
        if (opened.replacedBecause && opened.replacedBecause->kind == CatalogueError::Kind::Locked) {
            said << tx(QT_TR_NOOP("The recall data file %1 is locked by another program.")).arg(opened.replacedBecause->path);
        } else {
            if (opened.replacedBecause && opened.replacedBecause->kind != CatalogueError::Kind::Missing)
                said << tx(QT_TR_NOOP("The recall data file %1 is damaged or cannot be used.")).arg(opened.replacedBecause->path);
            if (kept)
                said << tx(QT_TR_NOOP("The damaged file was kept as %1.")).arg(opened.keptAside);
            said << tx(QT_TR_NOOP("The app's data folder cannot be written (%1).")).arg(opened.storageProblem);
        }
        said << (fromImport
                     ? tx(QT_TR_NOOP("Until this is fixed, the app answers from a temporary copy of your last imported data."))
                     : tx(QT_TR_NOOP("Until this is fixed, the app answers from a temporary copy of the data built into the app.")));
        break;
    }
    return said.join(m_language == Language::Japanese ? QString() : QStringLiteral(" "));
}

QString Texts::caseLogRecovered(const QString &keptAside) const
{
    return tx(QT_TR_NOOP("The case log was damaged. It was moved to %1 (nothing was deleted) and a new, empty case log "
                         "was started."))
        .arg(keptAside);
}

QString Texts::coverage(Coverage coverage) const
{
    return coverage == Coverage::AllUnits ? tx(QT_TR_NOOP("All units of the covered colours"))
                                          : tx(QT_TR_NOOP("Some units: decided by serial number"));
}

QString Texts::matchKind(MatchKind kind) const
{
    switch (kind) {
    case MatchKind::Jan: return tx(QT_TR_NOOP("JAN code"));
    case MatchKind::VariantCode: return tx(QT_TR_NOOP("variant code"));
    case MatchKind::Model: return tx(QT_TR_NOOP("model number"));
    case MatchKind::Name: return tx(QT_TR_NOOP("name"));
    case MatchKind::Reading: return tx(QT_TR_NOOP("reading"));
    case MatchKind::Alias: return tx(QT_TR_NOOP("name"));
    case MatchKind::Category: return tx(QT_TR_NOOP("product type"));
    case MatchKind::Colour: return tx(QT_TR_NOOP("colour"));
    }
    return {};
}

QString Texts::remedy(const QString &key) const
{
    if (key == u"exchange")
        return tx(QT_TR_NOOP("exchange"));
    if (key == u"refund")
        return tx(QT_TR_NOOP("refund"));
    return key;
}

QString Texts::caseStoreError(const CaseStoreError &error) const
{
    switch (error.kind) {
    case CaseStoreError::Kind::CannotOpen:
        return tx(QT_TR_NOOP("The case log cannot be opened: %1 (%2)")).arg(error.path, error.detail);
    case CaseStoreError::Kind::Damaged:
        return tx(QT_TR_NOOP("The case log is damaged: %1. It has been left unchanged; keep a copy for support."))
            .arg(error.path);
    case CaseStoreError::Kind::ReadOnly: return tx(QT_TR_NOOP("The case log cannot be written (read-only): %1")).arg(error.path);
    case CaseStoreError::Kind::DiskFull: return tx(QT_TR_NOOP("The disk is full: the case log cannot be written: %1")).arg(error.path);
    case CaseStoreError::Kind::SchemaTooNew:
        return tx(QT_TR_NOOP("The case log was written by a newer version of Recall Lookup: %1")).arg(error.path);
    case CaseStoreError::Kind::QueryFailed:
        return tx(QT_TR_NOOP("The case log could not be read or written: %1 (%2)")).arg(error.path, error.detail);
    case CaseStoreError::Kind::NotFound: return tx(QT_TR_NOOP("Case %1 is not in the case log %2.")).arg(error.detail, error.path);
    }
    return {};
}

QString Texts::caseStatus(CaseStatus status) const
{
    switch (status) {
    case CaseStatus::Open: return tx(QT_TR_NOOP("open"));
    case CaseStatus::KitRequested: return tx(QT_TR_NOOP("kit requested"));
    case CaseStatus::Returned: return tx(QT_TR_NOOP("returned"));
    case CaseStatus::Replaced: return tx(QT_TR_NOOP("replaced"));
    case CaseStatus::Closed: return tx(QT_TR_NOOP("closed"));
    }
    return {};
}
