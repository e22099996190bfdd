// Scores the analysis of the demo article against tests/core/seed-gold.json:
// recall and precision per kind, matched by overlapping span, printed and held
// to the thresholds the analysis promises.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gloss/analyze.hpp"

namespace {

using nlohmann::json;

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Fixture {
    std::string         text;
    json                gold;
    gloss::AnalyzeResult result;
};

const Fixture& demo() {
    static const Fixture f = [] {
        Fixture x;
        x.text = read_file(std::string(GLOSS_SOURCE_DIR) + "/assets/articles/edm-belarus-transit-2024.txt");
        x.gold = json::parse(read_file(std::string(GLOSS_TEST_DATA_DIR) + "/core/seed-gold.json"));
        gloss::AnalyzeOptions o;
        o.publication_date = "2024-06-04";
        x.result = gloss::analyze_text(x.text, o);
        return x;
    }();
    return f;
}

gloss::ByteRange span(const json& j) { return {j.at("start").get<std::uint32_t>(), j.at("end").get<std::uint32_t>()}; }

bool flag(const json& j, const char* key) { return j.contains(key) && j.at(key).is_boolean() && j.at(key).get<bool>(); }

std::vector<const gloss::Annotation*> of_kind(gloss::AnnotationKind k) {
    std::vector<const gloss::Annotation*> out;
    for (const auto& a : demo().result.set.items)
        if (a.kind == k) out.push_back(&a);
    return out;
}

std::string normalised(std::string s) {
    const auto paren = s.find(" (");
    if (paren != std::string::npos) s.erase(paren);
    std::string out;
    for (char c : s)
        if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

TEST_CASE("The demo article is analysed without error", "[gold]") {
    REQUIRE(demo().result.ok);
    CHECK(demo().result.set.publication_date == "2024-06-04");
    CHECK_FALSE(demo().result.set.publication_date_inferred);
}

TEST_CASE("Without a given date, the publication date is inferred from the latest date the text mentions", "[gold]") {
    const auto r = gloss::analyze_text(demo().text, {});
    REQUIRE(r.ok);
    CHECK(r.set.publication_date == "2024-06-03");
    CHECK(r.set.publication_date_inferred);
}

TEST_CASE("Figures reach recall 0.95 and precision 0.90 against the gold", "[gold]") {
    const auto figures = of_kind(gloss::AnnotationKind::Figure);
    const json& gold = demo().gold.at("figures");
    int scored = 0, found = 0;
    for (const json& g : gold) {
        if (flag(g, "optional") || flag(g, "in_citation")) continue;
        ++scored;
        bool hit = false;
        for (const auto* a : figures) hit |= a->range.overlaps(span(g));
        if (hit) ++found;
        else UNSCOPED_INFO("missed figure " << g.at("id").get<std::string>() << " \"" << g.at("quote").get<std::string>() << "\"");
    }
    int tp = 0, fp = 0, ignored = 0;
    for (const auto* a : figures) {
        bool scored_hit = false, ignored_hit = false;
        for (const json& g : gold) {
            if (!a->range.overlaps(span(g))) continue;
            if (flag(g, "optional") || flag(g, "in_citation")) ignored_hit = true;
            else scored_hit = true;
        }
        if (scored_hit) ++tp;
        else if (ignored_hit) ++ignored;
        else {
            ++fp;
            UNSCOPED_INFO("extra figure \"" << demo().text.substr(a->range.begin, a->range.end - a->range.begin) << "\"");
        }
    }
    const double recall = scored ? double(found) / scored : 0;
    const double precision = tp + fp ? double(tp) / (tp + fp) : 0;
    std::printf("gold figures:      recall %.3f (%d/%d)  precision %.3f (%d/%d, %d on optional/citation items)\n", recall, found,
                scored, precision, tp, tp + fp, ignored);
    CHECK(recall >= 0.95);
    CHECK(precision >= 0.90);
}

TEST_CASE("The unit name inside a figure is not reported as a figure of its own", "[gold]") {
    for (const json& g : demo().gold.at("non_figures"))
        for (const auto* a : of_kind(gloss::AnnotationKind::Figure)) {
            CAPTURE(g.at("quote").get<std::string>());
            CHECK_FALSE((a->range.begin >= span(g).begin && a->range.end <= span(g).end));
        }
}

TEST_CASE("Every citation is found and every missing source is flagged", "[gold]") {
    const auto checks = of_kind(gloss::AnnotationKind::SourceCheck);
    int found = 0, flagged = 0, missing = 0;
    const json& gold = demo().gold.at("citations");
    for (const json& g : gold) {
        const gloss::Annotation* hit = nullptr;
        for (const auto* a : checks)
            if (a->check().citation_type != "figure" && a->range.overlaps(span(g))) { hit = a; break; }
        CAPTURE(g.at("id").get<std::string>(), g.at("quote").get<std::string>());
        CHECK(hit != nullptr);
        if (hit) ++found;
        const auto& ids = g.at("checks");
        if (std::find(ids.begin(), ids.end(), "missing_source") != ids.end()) {
            ++missing;
            bool ok = false;
            for (const auto* a : checks)
                if (a->range.overlaps(span(g)))
                    for (const auto& c : a->check().checks) ok |= c == "missing_source";
            CHECK(ok);
            if (ok) ++flagged;
        }
    }
    int parentheticals = 0, matched = 0;
    for (const auto* a : checks) {
        if (a->check().citation_type == "figure") continue;
        ++parentheticals;
        bool m = false;
        for (const json& g : gold) m |= a->range.overlaps(span(g));
        matched += m;
    }
    std::printf("gold citations:    recall %.3f (%d/%zu)  precision %.3f (%d/%d)  missing sources flagged %d/%d\n",
                double(found) / gold.size(), found, gold.size(), parentheticals ? double(matched) / parentheticals : 0.0, matched,
                parentheticals, flagged, missing);
}

TEST_CASE("No parenthetical that is not a citation is reported as one", "[gold]") {
    for (const json& g : demo().gold.at("non_citations"))
        for (const auto* a : of_kind(gloss::AnnotationKind::SourceCheck)) {
            CAPTURE(g.at("quote").get<std::string>());
            CHECK_FALSE((a->range.begin >= span(g).begin && a->range.begin < span(g).end));
        }
}

TEST_CASE("Every non-optional term is defined, with the right expansion and first occurrence", "[gold]") {
    const auto defs = of_kind(gloss::AnnotationKind::Definition);
    int scored = 0, found = 0;
    for (const json& g : demo().gold.at("definitions")) {
        if (flag(g, "optional")) continue;
        ++scored;
        CAPTURE(g.at("term").get<std::string>());
        std::vector<gloss::ByteRange> occ;
        for (const json& o : g.at("occurrences")) occ.push_back(span(o));
        const gloss::Annotation* hit = nullptr;
        const gloss::Annotation* first = nullptr;
        for (const auto* a : defs)
            for (const auto& r : occ)
                if (a->range.overlaps(r)) {
                    if (!hit) hit = a;
                    if (a->definition().first) first = a;
                }
        CHECK(hit != nullptr);
        if (!hit) continue;
        ++found;
        if (g.contains("expansion") && g.at("expansion").is_string())
            CHECK(normalised(hit->definition().expansion) == normalised(g.at("expansion").get<std::string>()));
        CHECK(!hit->definition().text.empty());
        REQUIRE(first != nullptr);
        CHECK(first->range.overlaps(span(g.at("first"))));
        if (flag(g, "defined_in_text")) CHECK(hit->definition().defined_in_text);
    }
    std::printf("gold definitions:  recall %.3f (%d/%d non-optional terms)\n", double(found) / scored, found, scored);
}

TEST_CASE("The political-prisoner counts are grouped as one conflict and look-alikes are not", "[gold]") {
    const auto& items = demo().result.set.items;
    auto figure_at = [&](const std::string& id) -> int {
        for (const json& g : demo().gold.at("figures"))
            if (g.at("id") == id)
                for (std::size_t i = 0; i < items.size(); ++i)
                    if (items[i].kind == gloss::AnnotationKind::Figure && items[i].range.overlaps(span(g))) return static_cast<int>(i);
        return -1;
    };
    for (const json& k : demo().gold.at("conflicts")) {
        std::vector<int> members;
        for (const json& id : k.at("figure_ids")) members.push_back(figure_at(id.get<std::string>()));
        for (int m : members) REQUIRE(m >= 0);
        const int conflict = items[static_cast<std::size_t>(members[0])].figure().conflict;
        REQUIRE(conflict >= 0);
        const auto& c = items[static_cast<std::size_t>(conflict)];
        REQUIRE(c.kind == gloss::AnnotationKind::Conflict);
        for (int m : members) CHECK(std::find(c.conflict().members.begin(), c.conflict().members.end(), m) != c.conflict().members.end());
    }
    for (const json& k : demo().gold.at("non_conflicts")) {
        const int a = figure_at(k.at("figure_ids")[0].get<std::string>());
        const int b = figure_at(k.at("figure_ids")[1].get<std::string>());
        REQUIRE(a >= 0);
        REQUIRE(b >= 0);
        const int ca = items[static_cast<std::size_t>(a)].figure().conflict, cb = items[static_cast<std::size_t>(b)].figure().conflict;
        CHECK((ca < 0 || ca != cb));
    }
}

TEST_CASE("A percentage change with its end value gives the base, with the arithmetic", "[gold]") {
    const auto& items = demo().result.set.items;
    int checked = 0;
    for (const json& g : demo().gold.at("figures")) {
        if (!g.contains("derived")) continue;
        const double expected = g.at("derived")[0].at("value").get<double>();
        bool ok = false;
        for (const auto& a : items)
            if (a.kind == gloss::AnnotationKind::Figure && a.range.overlaps(span(g)))
                for (const auto& d : a.figure().derived)
                    ok |= std::fabs(d.value - expected) <= 1.0 && !d.arithmetic.empty();
        CAPTURE(g.at("quote").get<std::string>(), expected);
        CHECK(ok);
        ++checked;
    }
    CHECK(checked == 2);
}
