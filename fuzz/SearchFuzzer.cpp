// Search-query normalisation: TextNormalizer::fold and foldCode, then SearchEngine::search against the
// catalogue generated from the shipped data (read-only), on anything a person could type or paste.
#include "FuzzSupport.h"

#include "Catalogue.h"
#include "SearchEngine.h"
#include "TextNormalizer.h"

#include <cstdlib>
#include <memory>

using namespace recall;

namespace {

std::unique_ptr<Catalogue> catalogue;
std::unique_ptr<SearchEngine> engine;

void checkFold(const QString &text)
{
    const QString folded = TextNormalizer::fold(text);
    for (QChar c : folded) {
        FUZZ_CHECK(!c.isSpace());
        FUZZ_CHECK(c.unicode() < 0x3041 || c.unicode() > 0x3096); // hiragana became katakana
        FUZZ_CHECK(c.unicode() != 0x30FC);                          // long vowel marks are dropped
    }
    FUZZ_CHECK(folded.size() <= 18 * text.size()); // NFKC expands one character to at most 18

    const QString code = TextNormalizer::foldCode(text);
    FUZZ_CHECK(code == code.trimmed());
}

void checkSearch(const QString &query)
{
    const int limit = 5;
    auto response = engine->search(query, limit);
    FUZZ_CHECK(response.ok()); // a read-only catalogue that opened fine never fails a query
    FUZZ_CHECK(response->results.size() <= std::size_t(limit));
    if (response->status != SearchResponse::Status::Ok)
        FUZZ_CHECK(response->results.empty());
    for (const SearchResult &r : response->results) {
        FUZZ_CHECK(!r.model.isEmpty());
        FUZZ_CHECK(r.rank >= 0 && r.rank <= 3);
        FUZZ_CHECK(!matchKindKey(r.matchedBy).isEmpty());
        FUZZ_CHECK(r.variant.isEmpty() || r.variants.contains(r.variant));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    auto opened = Catalogue::open(QStringLiteral(RECALL_FUZZ_CATALOGUE));
    if (!opened) {
        std::fprintf(stderr, "cannot open the catalogue %s\n", RECALL_FUZZ_CATALOGUE);
        std::exit(1);
    }
    catalogue = std::move(*opened);
    engine = std::make_unique<SearchEngine>(*catalogue);
    // Close the connection at exit before QtSql's own statics go (they were created after these globals,
    // so they would be destroyed first).
    std::atexit([] {
        engine.reset();
        catalogue.reset();
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = fuzz::asUtf8(data, size);
    const QString raw = fuzz::asUtf16(data, size);
    checkFold(typed);
    checkFold(raw);
    checkSearch(typed);
    checkSearch(raw);
    return 0;
}
