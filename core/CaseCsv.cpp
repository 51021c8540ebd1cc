#include "CaseCsv.h"

namespace recall::CaseCsv {

namespace {

QString localTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString date(const std::optional<QDate> &d)
{
    return d ? d->toString(Qt::ISODate) : QString();
}

QString cell(QString value)
{
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        return u'"' + value.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return value;
}

void appendRow(QString &out, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += u',';
        out += cell(values.at(i));
    }
    out += QStringLiteral("\r\n");
}

} // namespace

QStringList header()
{
    return {QStringLiteral("id"), QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("role"),
            QStringLiteral("status"), QStringLiteral("model"), QStringLiteral("variant"), QStringLiteral("colour"),
            QStringLiteral("purchased"), QStringLiteral("serial"), QStringLiteral("verdict"), QStringLiteral("reasons"),
            QStringLiteral("data_as_of"), QStringLiteral("note")};
}

QByteArray encode(const std::vector<CaseRecord> &cases)
{
    QString out;
    appendRow(out, header());
    for (const CaseRecord &c : cases) {
        appendRow(out, {QString::number(c.id), localTime(c.created), localTime(c.updated), caseRoleKey(c.role),
                        caseStatusKey(c.status), c.model, c.variantCode, c.colourId, date(c.purchased),
                        c.serial.value_or(QString()), c.verdict, c.reasons.join(u';'),
                        c.dataAsOf.toString(Qt::ISODate), c.note});
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace recall::CaseCsv
