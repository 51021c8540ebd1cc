#pragma once

#include "AppSettings.h"
#include "Catalogue.h"
#include "Clock.h"
#include "MainWindow.h"
#include "SqlCaseStore.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UserDatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

// A real main window on the shipped catalogue, offscreen, in a pinned language and with a fixed date.
class GuiFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = recall::Catalogue::open(testing_support::shippedCatalogue());
        ASSERT_TRUE(opened.ok());
        m_catalogue = std::move(*opened);
        m_translations.use(recall::Language::English);
        auto userDatabase = recall::UserDatabase::open(m_userDir.filePath(QStringLiteral("user.sqlite")));
        ASSERT_TRUE(userDatabase.ok());
        m_userDatabase = std::move(*userDatabase);
        m_cases = std::make_unique<recall::SqlCaseStore>(*m_userDatabase);
        m_window = std::make_unique<MainWindow>(*m_catalogue, m_catalogue->path(), m_translations, m_settings, m_clock,
                                                m_cases.get());
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    void TearDown() override
    {
        m_window.reset();
        m_translations.use(recall::Language::English);
    }

    // Types like a person (or a barcode scanner) and waits for the search thread's answer.
    void type(const QString &text);

    recall::FixedClock m_clock{QDate(2026, 11, 21)};
    AppSettings m_settings;
    Translations m_translations;
    std::unique_ptr<recall::Catalogue> m_catalogue;
    QTemporaryDir m_userDir;
    std::unique_ptr<recall::UserDatabase> m_userDatabase;
    std::unique_ptr<recall::SqlCaseStore> m_cases;
    std::unique_ptr<MainWindow> m_window;
};
