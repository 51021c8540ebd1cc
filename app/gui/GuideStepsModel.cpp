#include "GuideStepsModel.h"

#include "AppSettings.h"
#include "Texts.h"
#include "UiLanguage.h"

GuideStepsModel::GuideStepsModel(AppSettings &settings, QObject *parent) : QAbstractListModel(parent), m_settings(settings)
{
}

void GuideStepsModel::setSteps(const QString &model, const recall::Campaign *campaign)
{
    beginResetModel();
    m_steps = campaign ? campaign->steps : std::vector<recall::Step>{};
    m_key = campaign ? model + u'/' + campaign->id : QString();
    m_done = m_key.isEmpty() ? QStringList() : m_settings.guideStepsDone(m_key);
    endResetModel();
}

int GuideStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant GuideStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const recall::Step &step = m_steps[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return Texts(uiLanguage()).pick(step.text);
    case Qt::CheckStateRole: return m_done.contains(step.id) ? Qt::Checked : Qt::Unchecked;
    case StepIdRole: return step.id;
    default: return {};
    }
}

bool GuideStepsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString id = m_steps[std::size_t(index.row())].id;
    const bool done = value.value<Qt::CheckState>() == Qt::Checked;
    if (done == m_done.contains(id))
        return true;
    if (done)
        m_done << id;
    else
        m_done.removeAll(id);
    m_settings.setGuideStepsDone(m_key, m_done);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags GuideStepsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsUserCheckable : base;
}

QHash<int, QByteArray> GuideStepsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StepIdRole, "stepId");
    return names;
}
