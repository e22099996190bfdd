// Gloss — relations between figures. See figure_relations.hpp.
//
// Index of this file:
// [SECTION] Numbers as text
// [SECTION] Elided nouns
// [SECTION] Sources
// [SECTION] Derived bases
// [SECTION] Conflicts
// [SECTION] Unsourced figures
#include "figure_relations.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <unordered_map>

#include "lexicon.hpp"

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Numbers as text
//-----------------------------------------------------------------------------

std::string format_number(double v) {
    if (!std::isfinite(v)) return "?";
    const bool neg = v < 0;
    double a = std::fabs(v);
    if (a >= 1000) {
        // Round to four significant digits: a / 10^(e-3), where 10^e <= a < 10^(e+1).
        static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        int e = 3;
        while (e < 22 && a >= kPow10[e + 1]) ++e;
        const double mag = e < 22 ? kPow10[e - 3] : std::pow(10.0, std::floor(std::log10(a)) - 3);
        a = std::round(a / mag) * mag;
        char digits[64];
        if (a < 1e18) {
            // What "%.0f" prints (round half to even), without printf.
            std::uint64_t u = static_cast<std::uint64_t>(std::nearbyint(a));
            char* p = digits + sizeof digits;
            *--p = '\0';
            do { *--p = static_cast<char>('0' + u % 10); u /= 10; } while (u);
            std::memmove(digits, p, static_cast<std::size_t>(digits + sizeof digits - p));
        } else {
            std::snprintf(digits, sizeof digits, "%.0f", a);
        }
        const std::size_t n = std::strlen(digits);
        std::string out;
        out.reserve(1 + n + n / 3);
        if (neg) out += '-';
        for (std::size_t i = 0; i < n; ++i) {
            out += digits[i];
            if ((n - i - 1) % 3 == 0 && i + 1 < n) out += ',';
        }
        return out;
    }
    // Four significant digits, as "%.4g" prints them (to_chars is specified to
    // match printf), without printf's cost.
    char buf[64];
    const std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::general, 4);
    return (neg ? "-" : "") + std::string(buf, r.ptr);
}

namespace {

bool is_amount(const FoundFigure& f) {
    return f.body.kind == "count" || f.body.kind == "quantity" || f.body.kind == "money";
}

// "% " as written: 323 → "323%".
std::string percent_text(double p) { return format_number(p) + "%"; }

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Elided nouns
//-----------------------------------------------------------------------------

void resolve_elided_nouns(const Document& doc, std::vector<FoundFigure>& figures, TextStore& texts) {
    for (std::size_t i = 0; i < figures.size(); ++i) {
        FoundFigure& f = figures[i];
        if (!f.noun_elided || f.body.kind != "count") continue;
        const int para = doc.paragraph_of(f.range.begin);
        const int sent = f.sentence;
        for (std::size_t k = i; k-- > 0;) {
            const FoundFigure& g = figures[k];
            if (doc.paragraph_of(g.range.begin) != para || sent - g.sentence > 3) break;
            if (!is_amount(g) || g.body.counts.empty()) continue;
            f.body.counts = g.body.counts;
            f.body.unit = g.body.unit;
            f.rule = texts.keep(f.rule + "; counts \xE2\x80\x9C" + g.body.counts + "\xE2\x80\x9D, the noun of the count before it");
            break;
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Sources
//-----------------------------------------------------------------------------

namespace {

// Citations (not image credits) whose sentence is `sentence`: [first, last) indices.
std::pair<std::size_t, std::size_t> citations_in_sentence(const Document& doc, const std::vector<FoundCitation>& cites, int sentence) {
    const ByteRange s = doc.sentences()[static_cast<std::size_t>(sentence)];
    auto lo = std::lower_bound(cites.begin(), cites.end(), s.begin,
                               [](const FoundCitation& c, std::uint32_t v) { return c.range.begin < v; });
    auto hi = std::lower_bound(lo, cites.end(), s.end,
                               [](const FoundCitation& c, std::uint32_t v) { return c.range.begin < v; });
    return {static_cast<std::size_t>(lo - cites.begin()), static_cast<std::size_t>(hi - cites.begin())};
}

Text named_source(const FoundCitation& c) {
    for (const CitationPart& p : c.body.parts)
        if (p.source && !c.vague) return *p.source;
    return {};
}

} // namespace

void attach_sources(const Document& doc, std::vector<FoundFigure>& figures, const std::vector<FoundCitation>& citations,
                    TextStore& /*texts*/) {
    if (doc.sentences().empty()) return;
    for (FoundFigure& f : figures) {
        const auto [lo, hi] = citations_in_sentence(doc, citations, f.sentence);
        const FoundCitation* pick = nullptr;
        // The subject of the sentence ("Open Doors counted …") speaks for the figures after it,
        // up to the next subject ("…, while the Health Ministry put the figure at …").
        for (std::size_t k = lo; k < hi; ++k)
            if (citations[k].subject && citations[k].range.end <= f.range.begin) pick = &citations[k];
        if (pick) { f.body.source = named_source(*pick); continue; }
        for (std::size_t k = lo; k < hi; ++k) {
            if (citations[k].body.citation_type == "image_credit") continue;
            if (citations[k].range.begin >= f.range.end) { pick = &citations[k]; break; }
            pick = &citations[k];
        }
        if (pick) f.body.source = named_source(*pick);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Derived bases
//-----------------------------------------------------------------------------

namespace {

// How the amounts derived from a figure are written, following the figure:
// "≈ 13,830 TEU", "≈ $13.66 billion" (a scale word when the figure has one, a
// currency's sign before the number).
struct AmountStyle {
    double      scale = 1;      // 1e6 for "million", ...
    const char* scale_word = "";
    std::string before, after;  // "$" ... ; ... " TEU"
    std::string number(double v) const {
        return scale > 1 ? format_number(v / scale) + " " + scale_word : format_number(v);
    }
    std::string write(double v) const { return before + number(v); }
};

AmountStyle amount_style(const FoundFigure& f) {
    AmountStyle s;
    const bool money = f.body.kind == "money";
    const Text unit = money || !f.body.unit.empty() ? f.body.unit : f.body.counts;
    const char* sign = !money ? nullptr
                       : unit == "USD" ? "$" : unit == "EUR" ? "\xE2\x82\xAC" : unit == "GBP" ? "\xC2\xA3"
                       : unit == "JPY" ? "\xC2\xA5" : nullptr;
    if (sign) s.before = sign;
    else if (!unit.empty()) s.after = " " + unit;
    // The scale the figure was written in: its value over the number as written.
    const double as_written = number_value(f.body.value_text);
    if (as_written > 0) {
        const double ratio = std::fabs(f.body.value) / as_written;
        static constexpr struct { double scale; const char* word; } kScales[] = {
            {1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
        for (const auto& k : kScales)
            if (std::fabs(ratio / k.scale - 1.0) < 1e-6) { s.scale = k.scale; s.scale_word = k.word; break; }
    }
    return s;
}

// "up 85 percent from 7.6 GW": an amount after "from" is the change's base, not its end value.
bool introduced_by_from(const Document& doc, const FoundFigure& f) {
    const std::size_t p = doc.first_token_at_or_after(f.range.begin);
    if (p == 0) return false;
    const Token& t = doc.tokens()[p - 1];
    return t.type == TokenType::Word && lexicon::equals_lower(doc.token_text(p - 1), "from");
}

// "wiping $14 billion off its value", "knocked 5% off": the amount is the change itself, not an end value.
bool followed_by_off(const Document& doc, const FoundFigure& f) {
    const std::size_t p = doc.first_token_at_or_after(f.range.end);
    return p < doc.tokens().size() && doc.tokens()[p].type == TokenType::Word && lexicon::equals_lower(doc.token_text(p), "off");
}

// Whether the words between two figures of a sentence set their clauses against
// each other ("prices fell 12%, but households still pay 40 cents"): then the
// change does not describe the amount.
bool clauses_contrast(const Document& doc, ByteRange a, ByteRange b) {
    const std::uint32_t from = std::min(a.end, b.end), to = std::max(a.begin, b.begin);
    if (from >= to) return false;
    const auto& toks = doc.tokens();
    for (std::size_t k = doc.first_token_at_or_after(from); k < toks.size() && toks[k].begin < to; ++k) {
        const std::string_view w = doc.token_text(k);
        if (toks[k].type == TokenType::Punct) {
            if (w == ";") return true;
            continue;
        }
        if (toks[k].type != TokenType::Word) continue;
        for (const std::string_view c : {"but", "while", "whereas", "although", "though", "yet", "however"})
            if (lexicon::equals_lower(w, c)) return true;
    }
    return false;
}

} // namespace

void derive_bases(const Document& doc, std::vector<FoundFigure>& figures, TextStore& texts) {
    std::size_t i = 0;
    std::vector<bool> used;  // per sentence: amounts already given a base
    while (i < figures.size()) {
        const int sent = figures[i].sentence;
        std::size_t j = i;
        while (j < figures.size() && figures[j].sentence == sent) ++j;
        used.assign(j - i, false);
        for (std::size_t c = i; c < j; ++c) {
            const FoundFigure& change = figures[c];
            if (change.body.kind != "change" || change.body.unit != "percent" || change.direction == 0) continue;
            // The nearest amount in the sentence.
            std::size_t best = j;
            std::uint32_t best_d = ~0u;
            for (std::size_t v = i; v < j; ++v) {
                if (used[v - i] || !is_amount(figures[v]) || figures[v].body.value <= 0) continue;
                if (introduced_by_from(doc, figures[v]) || followed_by_off(doc, figures[v]) ||
                    clauses_contrast(doc, change.range, figures[v].range))
                    continue;
                const std::uint32_t d = figures[v].range.begin > change.range.begin ? figures[v].range.begin - change.range.begin
                                                                                  : change.range.begin - figures[v].range.begin;
                if (d < best_d) { best_d = d; best = v; }
            }
            if (best == j) continue;
            used[best - i] = true;
            FoundFigure& end = figures[best];
            const double p = std::fabs(change.body.value);
            const double factor = 1.0 + change.direction * p / 100.0;
            if (factor <= 0) continue;
            const double base = end.body.value / factor;
            const AmountStyle style = amount_style(end);
            auto amount = [&](double v) { return style.write(v); };
            // The period of the base: a year (or quarter) in the sentence, one year back.
            std::string label = change.direction > 0 ? "base before the increase" : "base before the decrease";
            for (std::size_t y = i; y < j; ++y) {
                const FoundFigure& d = figures[y];
                if (d.body.kind != "date" || d.date.year == 0 || d.date.month) continue;
                label = (d.date.quarter ? "Q" + std::to_string(d.date.quarter) + " " : std::string()) +
                        std::to_string(d.date.year - 1) + " base (a year earlier)";
                break;
            }
            DerivedValue dv;
            dv.label = texts.keep(label);
            dv.value = base;
            dv.text = texts.keep("\xE2\x89\x88 " + amount(base) + style.after);
            dv.arithmetic = texts.keep(style.number(end.body.value) + " \xC3\xB7 (1 " + (change.direction > 0 ? "+" : "\xE2\x88\x92") + " " +
                                       percent_text(p) + ") \xE2\x89\x88 " + style.number(base));
            end.body.derived.push_back(dv);
            DerivedValue delta;
            delta.label = change.direction > 0 ? Text("absolute increase") : Text("absolute decrease");
            delta.value = end.body.value - base;
            delta.text = texts.keep("\xE2\x89\x88 " + amount(std::fabs(delta.value)) + style.after);
            delta.arithmetic = texts.keep(style.number(end.body.value) + " \xE2\x88\x92 " + style.number(base) + " \xE2\x89\x88 " +
                                          style.number(delta.value));
            end.body.derived.push_back(delta);
            end.rule = texts.keep(end.rule + "; with the percentage change in its sentence it gives the base (end \xC3\xB7 (1 + change))");
        }
        i = j;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Conflicts
//-----------------------------------------------------------------------------

namespace {

std::string quantity_key(const FoundFigure& f) {
    if (f.body.counts.empty()) return {};
    // A measure that says only its unit ("14.1 GW", "58,500 TEU") does not say
    // what it measures: two of them are as likely different quantities (this
    // year's, last year's, the total, a target) as disagreeing sources.
    if (!f.body.unit.empty() && ascii_lower(f.body.counts) == ascii_lower(f.body.unit)) return {};
    std::string k = ascii_lower(f.body.counts);
    if (k.size() > 3 && k.back() == 's') k.pop_back();
    if (k == "people" || k == "person" || k == "individual" || k == "time" || k == "case" || k == "unit" ||
        k == "item" || k == "thing" || k == "other" || k == "year" || k == "month" || k == "day")
        return {};
    return k + "|" + f.body.kind + "|" + f.body.unit;
}

// For each sentence that has one, the date figure that names its period with
// "in", "during", "as of", "for", "on" (not "since", "by"). One pass.
std::unordered_map<int, std::size_t> periods_by_sentence(const Document& doc, const std::vector<FoundFigure>& figures) {
    std::unordered_map<int, std::size_t> out;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const FoundFigure& d = figures[i];
        if (d.body.kind != "date") continue;
        const int sent = d.sentence;
        if (out.count(sent)) continue;
        std::size_t p = doc.first_token_at_or_after(d.range.begin);
        char b[32];
        // "the first quarter of 2024": step back over "the".
        if (p > 0 && doc.tokens()[p - 1].type == TokenType::Word && lexicon::lower(doc.token_text(p - 1), b) == "the") --p;
        if (p == 0) continue;
        const std::string_view prev = lexicon::lower(doc.token_text(p - 1), b);
        if (prev == "in" || prev == "during" || prev == "for" || prev == "on" || prev == "throughout" ||
            (prev == "of" && p >= 2 && ascii_lower(doc.token_text(p - 2)) == "as"))
            out.emplace(sent, i);
    }
    return out;
}

} // namespace

std::vector<FoundConflict> find_conflicts(const Document& doc, const std::vector<FoundFigure>& figures) {
    std::unordered_map<std::string, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        if (!is_amount(figures[i])) continue;
        std::string key = quantity_key(figures[i]);
        if (!key.empty()) groups[key].push_back(i);
    }
    const auto periods = periods_by_sentence(doc, figures);
    auto period_of = [&](std::size_t i) -> const FoundFigure* {
        auto it = periods.find(figures[i].sentence);
        return it == periods.end() ? nullptr : &figures[it->second];
    };
    std::vector<FoundConflict> out;
    for (auto& [key, all] : groups) {
        if (all.size() < 2) continue;
        // Figures far apart (more than 30 paragraphs) belong to different stories.
        std::vector<std::vector<std::size_t>> near;
        int last_para = -1000;
        for (std::size_t m : all) {
            const int p = doc.paragraph_of(figures[m].range.begin);
            if (p - last_para > 30) near.emplace_back();
            near.back().push_back(m);
            last_para = p;
        }
        for (const auto& members : near) {
            if (members.size() < 2) continue;
            // Split by period when the figures name different periods.
            std::map<std::string, std::vector<std::size_t>> by_period;
            std::map<std::string, const FoundFigure*> period_date;
            std::vector<std::size_t> undated;
            for (std::size_t m : members) {
                const FoundFigure* p = period_of(m);
                if (!p) { undated.push_back(m); continue; }
                const std::string k = iso_text(p->date);
                by_period[k].push_back(m);
                period_date[k] = p;
            }
            bool compatible = true;
            for (const auto& a : period_date)
                for (const auto& b : period_date)
                    if (compare_dates(a.second->date, b.second->date) != 0) compatible = false;
            std::vector<std::vector<std::size_t>> periods;
            if (compatible) periods.push_back(members);
            else for (auto& [p, v] : by_period) periods.push_back(v);
            // Sources that disagree about one quantity stay within an order of
            // magnitude of each other (1,393 / 1,559 / as many as 5,000); counts
            // of the same noun that are further apart (1.8 million children
            // unvaccinated, 1,500 treated, 16 dead) are different quantities.
            std::vector<std::vector<std::size_t>> parts;
            for (std::vector<std::size_t> period : periods) {
                std::sort(period.begin(), period.end(),
                          [&](std::size_t a, std::size_t b) { return figures[a].body.value < figures[b].body.value; });
                std::vector<std::size_t> cluster;
                for (std::size_t m : period) {
                    if (!cluster.empty() && figures[m].body.value > 10.0 * figures[cluster.back()].body.value) {
                        parts.push_back(std::move(cluster));
                        cluster.clear();
                    }
                    cluster.push_back(m);
                }
                parts.push_back(std::move(cluster));
            }
            for (auto& part : parts) {
                if (part.size() < 2) continue;
                std::sort(part.begin(), part.end());  // reading order
                bool differ = false;
                for (std::size_t m : part) differ |= figures[m].body.value != figures[part[0]].body.value;
                if (!differ) continue;
                FoundConflict c;
                c.quantity = figures[part[0]].body.counts;
                c.members = part;
                out.push_back(std::move(c));
            }
        }
    }
    std::sort(out.begin(), out.end(), [&](const FoundConflict& a, const FoundConflict& b) {
        return figures[a.members[0]].range.begin < figures[b.members[0]].range.begin;
    });
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Unsourced figures
//-----------------------------------------------------------------------------

std::vector<FoundCitation> unsourced_figures(const Document& doc, const std::vector<FoundFigure>& figures,
                                             const std::vector<FoundCitation>& citations) {
    std::vector<FoundCitation> out;
    if (doc.sentences().empty()) return out;
    std::size_t i = 0;
    while (i < figures.size()) {
        const int para = doc.paragraph_of(figures[i].range.begin);
        std::size_t j = i;
        while (j < figures.size() && doc.paragraph_of(figures[j].range.begin) == para) ++j;
        std::vector<std::size_t> bare;
        bool any_sourced = false;
        for (std::size_t k = i; k < j; ++k) {
            const FoundFigure& f = figures[k];
            if (!is_amount(f) && f.body.kind != "percent" && f.body.kind != "change") continue;
            const auto [lo, hi] = citations_in_sentence(doc, citations, f.sentence);
            bool sourced = false;
            for (std::size_t c = lo; c < hi; ++c) sourced |= citations[c].body.citation_type != "image_credit";
            if (sourced) any_sourced = true;
            else bare.push_back(k);
        }
        if (any_sourced) {
            for (std::size_t k : bare) {
                FoundCitation c;
                c.range = figures[k].range;
                c.body.citation_type = "figure";
                c.body.checks.push_back("unsourced_figure");
                c.body.messages.push_back("No source is given for this figure, while the other figures in its paragraph cite one.");
                c.rule = "figure in a sentence without a citation, in a paragraph whose other figures have one";
                out.push_back(std::move(c));
            }
        }
        i = j;
    }
    return out;
}

} // namespace gloss
