// Text and TextStore: the strings annotations are made of.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "analysis_probe.hpp"
#include "gloss/annotation.hpp"
#include "gloss/annotation_text.hpp"

using gloss::Text;
using gloss::TextStore;

TEST_CASE("A literal Text needs no store and is NUL-terminated", "[text]") {
    const Text t = "as many as";
    CHECK(t.size() == 10);
    CHECK(t == "as many as");
    CHECK(t.c_str()[t.size()] == '\0');
    CHECK(Text().empty());
    CHECK(std::string(Text().c_str()).empty());
}

TEST_CASE("A TextStore keeps every string intact across its blocks", "[text]") {
    TextStore store;
    std::vector<std::string> originals;
    std::vector<Text> kept;
    // Many small strings, then ones larger than a block, so several blocks are used.
    for (int i = 0; i < 20000; ++i) originals.push_back("figure " + std::to_string(i) + " counts political prisoners");
    originals.push_back(std::string(200000, 'x'));
    originals.push_back(std::string(3u << 20, 'y'));
    originals.push_back("");
    for (const std::string& s : originals) kept.push_back(store.keep(s));
    for (std::size_t i = 0; i < originals.size(); ++i) {
        REQUIRE(kept[i] == originals[i]);
        REQUIRE(kept[i].c_str()[kept[i].size()] == '\0');
    }
}

TEST_CASE("An annotation set's Texts stay valid in a copy after the original is gone", "[text]") {
    gloss::AnnotationSet copy;
    std::string rule, expansion, message;
    {
        const std::string text = "About 90,000 twenty-foot equivalent units (TEU) passed (, January 27, 2022).";
        gloss::AnalyzeResult r = probe::analyze(text);
        REQUIRE(r.ok);
        REQUIRE_FALSE(r.set.items.empty());
        for (const auto& a : r.set.items) {
            if (a.kind == gloss::AnnotationKind::Definition && expansion.empty()) expansion = a.definition().in_text_form;
            if (a.kind == gloss::AnnotationKind::SourceCheck && message.empty() && !a.check().messages.empty())
                message = a.check().messages.front();
        }
        rule = r.set.items.front().rule;
        copy = r.set;
    }  // the analysis result and its own set are destroyed here
    REQUIRE_FALSE(rule.empty());
    REQUIRE_FALSE(expansion.empty());
    REQUIRE_FALSE(message.empty());
    CHECK(copy.items.front().rule == rule);
    bool saw_expansion = false, saw_message = false;
    for (const auto& a : copy.items) {
        saw_expansion |= a.kind == gloss::AnnotationKind::Definition && a.definition().in_text_form == expansion;
        saw_message |= a.kind == gloss::AnnotationKind::SourceCheck && !a.check().messages.empty() && a.check().messages.front() == message;
    }
    CHECK(saw_expansion);
    CHECK(saw_message);
}

TEST_CASE("AnnotationSet::keep makes a store for a set built by hand", "[text]") {
    gloss::AnnotationSet set;
    std::string dynamic = "built ";
    dynamic += "at run time";
    const Text t = set.keep(dynamic);
    dynamic.assign(dynamic.size(), '?');
    CHECK(t == "built at run time");
    REQUIRE(set.texts != nullptr);
}
