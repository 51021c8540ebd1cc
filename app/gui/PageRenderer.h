#pragma once

#include <QString>

class MainWindow;

// Renders every main page in Japanese and English to PNG files, for reviews, the README and packaging.
class PageRenderer
{
public:
    explicit PageRenderer(MainWindow &window) : m_window(window) {}

    // Returns the files written; empty when a file could not be written.
    QStringList renderAll(const QString &directory);

private:
    bool save(const QString &directory, const QString &name, QStringList &written);
    bool renderBatch(const QString &directory, const QString &lang, QStringList &written);
    bool renderRefusedImport(const QString &directory, const QString &lang, QStringList &written);

    MainWindow &m_window;
};
