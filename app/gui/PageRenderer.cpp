#include "PageRenderer.h"

#include "BatchPage.h"
#include "CheckPanel.h"
#include "DataImport.h"
#include "MainWindow.h"
#include "Handout.h"
#include "ProductPage.h"
#include "ScriptPage.h"
#include "ToolTabs.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>

#include <memory>

using recall::Language;

bool PageRenderer::save(const QString &directory, const QString &name, QStringList &written)
{
    QApplication::processEvents();
    const QString file = QDir(directory).filePath(name + QStringLiteral(".png"));
    if (!m_window.grab().save(file))
        return false;
    written << file;
    return true;
}

bool PageRenderer::renderBatch(const QString &directory, const QString &lang, QStringList &written)
{
    QTemporaryDir scratch;
    const QString csv = scratch.filePath(QStringLiteral("batch.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("model,colour,purchased,serial\r\n"
               "A1652,,2024-06-01,\r\n"
               "A1263,black,2024-03-01,A1B2C3D4E5F6G7H8\r\n"
               "A3130,white,,\r\n"
               "A9999,,,\r\n"
               "A1263,,2025-02-30,\r\n"
               "A1263,black,2024-03-01,A1B2C3D4E5F6G7H8\r\n");
    file.close();
    BatchPage *batch = m_window.batchPage();
    QEventLoop wait;
    QObject::connect(batch, &BatchPage::importFinished, &wait, &QEventLoop::quit);
    batch->importFile(csv);
    wait.exec();
    return save(directory, QStringLiteral("batch-") + lang, written);
}

bool PageRenderer::renderRefusedImport(const QString &directory, const QString &lang, QStringList &written)
{
    QTemporaryDir scratch; // never the person's own app-data folder
    const QString notAPack = scratch.filePath(QStringLiteral("recall-data.rlpack"));
    QFile junk(notAPack);
    if (!scratch.isValid() || !junk.open(QIODevice::WriteOnly) || junk.write("model,serial\nA1263,123\n") < 0)
        return false;
    junk.close();
    DataImport import(&m_window, scratch.filePath(QStringLiteral("app-data")), {}, false);
    const std::unique_ptr<QMessageBox> box(import.outcomeBox(import.importPack(notAPack, false), false));
    box->show();
    QApplication::processEvents();
    const QString file = QDir(directory).filePath(QStringLiteral("import-refused-") + lang + QStringLiteral(".png"));
    if (!box->grab().save(file))
        return false;
    written << file;
    return true;
}

QStringList PageRenderer::renderAll(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return {};
    m_window.resize(1000, 780);
    m_window.show();
    QStringList written;
    for (Language language : {Language::Japanese, Language::English}) {
        m_window.setLanguage(language, false);
        const QString lang = language == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
        const auto page = [&](const QString &name) { return save(directory, name + u'-' + lang, written); };

        m_window.searchNow(QString());
        if (!page(QStringLiteral("home")))
            return {};
        m_window.searchNow(language == Language::Japanese ? QStringLiteral("パワーコア") : QStringLiteral("soundcore"));
        if (!page(QStringLiteral("results")))
            return {};
        m_window.searchNow(QStringLiteral("iPhone 15"));
        if (!page(QStringLiteral("no-results")))
            return {};

        m_window.searchNow(QStringLiteral("A1263"));
        m_window.openProduct(QStringLiteral("A1263"));
        if (!page(QStringLiteral("product")))
            return {};
        ProductPage *product = m_window.productPage();
        product->showTab(ProductPage::CheckTab);
        product->selectVariant(0);
        product->checkPanel()->setPurchaseDate(QStringLiteral("2024-03-01"));
        product->checkPanel()->setSerial(QStringLiteral("SN: A1B2-C3D4-E5F6-G7H8"));
        if (!page(QStringLiteral("check")))
            return {};
        product->showTab(ProductPage::GuideTab);
        if (!page(QStringLiteral("guide")))
            return {};

        m_window.searchNow(QStringLiteral("Motion X600"));
        m_window.openProduct(QStringLiteral("A3130"));
        const auto &variants = product->details()->product.variants;
        for (std::size_t i = 0; i < variants.size(); ++i) {
            if (variants[i].colourId == u"white")
                product->selectVariant(int(i));
        }
        if (!page(QStringLiteral("product-x600")))
            return {};
        product->showTab(ProductPage::CheckTab);
        if (!page(QStringLiteral("check-x600")))
            return {};

        // The call centre's phone script for a caller with a white PowerCore bought in March 2024.
        m_window.setRole(AppSettings::Role::CallCentre, false);
        m_window.searchNow(QStringLiteral("A1263"));
        m_window.openProduct(QStringLiteral("A1263"));
        m_window.tools()->showTool(ToolTabs::Script);
        ScriptPage *script = m_window.scriptPage();
        script->setScriptLanguage(language);
        script->findChild<QComboBox *>()->setCurrentIndex(2);
        script->findChild<QLineEdit *>()->setText(QStringLiteral("2024-03-01"));
        if (!page(QStringLiteral("script")))
            return {};
        m_window.tools()->showTool(ToolTabs::Lookup);
        m_window.setRole(AppSettings::Role::Consumer, false);

        // The service desk's batch: one row of every verdict, a duplicate serial among them.
        m_window.setRole(AppSettings::Role::ServiceDesk, false);
        m_window.tools()->showTool(ToolTabs::Batch);
        if (!renderBatch(directory, lang, written))
            return {};
        // The case log after a few saved checks.
        m_window.tools()->showTool(ToolTabs::Lookup);
        for (const char *model : {"A1263", "A3130", "A1647"}) {
            m_window.openProduct(QString::fromLatin1(model));
            m_window.productPage()->selectVariant(0);
            m_window.saveCase();
        }
        m_window.tools()->showTool(ToolTabs::Cases);
        m_window.statusBar()->clearMessage();
        if (!page(QStringLiteral("cases")))
            return {};
        m_window.tools()->showTool(ToolTabs::Lookup);
        m_window.setRole(AppSettings::Role::Consumer, false);

        // The customer handout of the completed check, as printed.
        m_window.openProduct(QStringLiteral("A1263"));
        ProductPage *handoutProduct = m_window.productPage();
        handoutProduct->selectVariant(2);
        handoutProduct->checkPanel()->setPurchaseDate(QStringLiteral("2024-03-01"));
        const QImage handout = Handout(*handoutProduct->details(), handoutProduct->checkPanel()->result(), language).renderPage(110);
        const QString handoutFile = QDir(directory).filePath(QStringLiteral("handout-") + lang + QStringLiteral(".png"));
        if (!handout.save(handoutFile))
            return {};
        written << handoutFile;

        // File > Import recall data with a file that is not a data pack: the refusal, as a person sees it.
        if (!renderRefusedImport(directory, lang, written))
            return {};

        m_window.searchNow(QString());
        m_window.showSafety();
        if (!page(QStringLiteral("safety")))
            return {};
        m_window.goBack();
    }
    return written;
}
