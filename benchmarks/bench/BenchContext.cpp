#include "BenchContext.h"

#include <QDir>
#include <QFile>

namespace recall::bench {

BenchContext &BenchContext::instance()
{
    static BenchContext context;
    return context;
}

const synthetic::CachedCatalogue *BenchContext::cached(const synthetic::Size &size, benchmark::State &state)
{
    if (auto it = m_cached.find(size.name); it != m_cached.end())
        return &it->second;
    QString error;
    auto cached = synthetic::CatalogueCache(m_paths.cacheDirectory, m_paths.baseData).get(size, m_batchRows, &error);
    if (!cached) {
        skip(state, QStringLiteral("cannot generate the synthetic catalogue: ") + error);
        return nullptr;
    }
    return &m_cached.emplace(size.name, std::move(*cached)).first->second;
}

Catalogue *BenchContext::opened(const synthetic::Size &size, benchmark::State &state)
{
    if (auto it = m_open.find(size.name); it != m_open.end())
        return it->second.get();
    const synthetic::CachedCatalogue *c = cached(size, state);
    if (!c)
        return nullptr;
    auto opened = Catalogue::open(c->cataloguePath);
    if (!opened) {
        skip(state, QStringLiteral("cannot open ") + c->cataloguePath + QStringLiteral(": ") + opened.error().detail);
        return nullptr;
    }
    return m_open.emplace(size.name, std::move(*opened)).first->second.get();
}

QProcessEnvironment BenchContext::childEnvironment()
{
    const QString home = m_scratch.filePath(QStringLiteral("home"));
    if (!m_homePrepared) {
        QDir().mkpath(home + QStringLiteral("/config/recall-lookup"));
        QDir().mkpath(home + QStringLiteral("/data"));
        QDir().mkpath(home + QStringLiteral("/runtime"));
        QFile::setPermissions(home + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile settings(home + QStringLiteral("/config/recall-lookup/recall-lookup.ini"));
        if (settings.open(QIODevice::WriteOnly))
            settings.write("[ui]\nrole=consumer\nlanguage=en\n");
        m_homePrepared = true;
    }
    QProcessEnvironment env;
    for (const QString &keep : {QStringLiteral("PATH"), QStringLiteral("HOME"), QStringLiteral("FONTCONFIG_PATH")}) {
        if (qEnvironmentVariableIsSet(keep.toLatin1().constData()))
            env.insert(keep, qEnvironmentVariable(keep.toLatin1().constData()));
    }
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    return env;
}

} // namespace recall::bench
