#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace recall {

// The catalogue files in the app-data folder, and the only ways they are changed: whole files replaced in
// one step, under a lock shared by every instance of the app.
//
//   catalogue.sqlite          the active catalogue (catalogue.origin says where it came from)
//   catalogue.previous.sqlite what the last import, rollback or upgrade replaced: `rollback` brings it back
//   catalogue.imported.sqlite a copy of the active imported catalogue, restored if the active one is damaged
//   catalogue.incoming.sqlite an import being built and checked; never opened by the app
//   catalogue.lock            held while one instance changes any of these
class CatalogueFolder
{
public:
    explicit CatalogueFolder(QString directory);

    const QString &directory() const { return m_directory; }
    QString active() const;
    QString activeOrigin() const;
    QString previous() const;
    QString previousOrigin() const;
    QString lastImport() const;
    QString lastImportOrigin() const;
    QString staging() const;

    bool create(QString *error) const;
    // Held until destroyed; null (with the reason) when another instance keeps it for too long or the folder
    // cannot be written.
    std::unique_ptr<QLockFile> lock(QString *error, int timeoutMs = 15000) const;

    // Replaces `path` with `bytes` in one step (written beside it, then renamed over it): a crash or a full
    // disk leaves the old file or the new one, never half of one.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    static bool copy(const QString &from, const QString &to, QString *error);
    // Moves an unusable file aside as `<path>.unusable-yyyyMMdd-HHmmss[-N]`; never deletes it. Empty if it
    // could not be moved.
    static QString keepAside(const QString &path);

private:
    QString file(const char *name) const;

    QString m_directory;
};

} // namespace recall
