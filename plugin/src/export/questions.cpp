// Gloss export — worksheet questions from templates. See questions.hpp.
//
// Index of this file:
// [SECTION] Quoting and arithmetic
// [SECTION] One template per kind
// [SECTION] A balanced selection
#include "questions.hpp"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string_view>

#include "article_words.hpp"
#include "gloss/document.hpp"
#include "html_text.hpp"

namespace gloss::html {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Quoting and arithmetic
//-----------------------------------------------------------------------------

constexpr std::size_t kSentenceWords = 240;  // code points of a quoted sentence

std::string quoted(std::string_view words) {
    std::string out = "\xE2\x80\x9C";
    append_text(out, words);
    out += "\xE2\x80\x9D";
    return out;
}

std::string para(int paragraph) { return "\xC2\xB6\xC2\xA0" + std::to_string(paragraph + 1); }

std::string_view slice(std::string_view text, ByteRange r) {
    if (r.end > text.size() || r.begin >= r.end) return {};
    return text.substr(r.begin, r.end - r.begin);
}

bool has_check(const SourceCheckBody& c, std::string_view id, std::string* message) {
    for (std::size_t k = 0; k < c.checks.size(); ++k)
        if (c.checks[k] == id) {
            if (message) *message = k < c.messages.size() ? c.messages[k].str() : std::string();
            return true;
        }
    return false;
}

// A number as a person writes it: at most 4 decimals, trailing zeros dropped.
std::string plain_number(double v) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.4f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

// "END ÷ (1 + P%) ≈ BASE" (the analysis' arithmetic for a base): P and the sign, or false.
bool parse_base_arithmetic(std::string_view arithmetic, double* percent, int* sign) {
    const std::size_t open = arithmetic.find("(1 ");
    if (open == std::string_view::npos) return false;
    std::size_t p = open + 3;
    if (arithmetic.compare(p, 1, "+") == 0) { *sign = +1; p += 1; }
    else if (arithmetic.compare(p, 3, "\xE2\x88\x92") == 0) { *sign = -1; p += 3; }
    else return false;
    while (p < arithmetic.size() && arithmetic[p] == ' ') ++p;
    const std::size_t pct = arithmetic.find('%', p);
    if (pct == std::string_view::npos) return false;
    std::string number(arithmetic.substr(p, pct - p));
    number.erase(std::remove(number.begin(), number.end(), ','), number.end());
    char* end = nullptr;
    *percent = std::strtod(number.c_str(), &end);
    return end && *end == '\0' && !number.empty();
}

// "2022 base (a year earlier)" -> "in 2022"; "Q1 2023 base …" -> "in Q1 2023"; otherwise "before".
std::string base_period(std::string_view label, int sign) {
    const std::size_t b = label.find(" base");
    if (b != std::string_view::npos && b > 0 && (std::isdigit(static_cast<unsigned char>(label[0])) || label[0] == 'Q'))
        return "in " + std::string(label.substr(0, b));
    return sign > 0 ? "before the increase" : "before the decrease";
}

//-----------------------------------------------------------------------------
// [SECTION] One template per kind
//-----------------------------------------------------------------------------

struct Maker {
    const Document&      doc;
    const AnnotationSet& set;
    std::string_view     text;

    bool derived_base(const Annotation& a, Question* q) const {
        const FigureBody& f = a.figure();
        const DerivedValue* base = nullptr;
        const DerivedValue* delta = nullptr;
        for (const DerivedValue& d : f.derived) {
            if (d.label.find("base") != std::string::npos && !base) base = &d;
            else if (!delta) delta = &d;
        }
        double percent = 0;
        int sign = 0;
        if (!base || !parse_base_arithmetic(base->arithmetic, &percent, &sign)) return false;
        // A count of whole things has a whole base: "8 states after 4.6% growth" (7.65 states)
        // is a rate of something else read onto a count, not a question with an answer.
        if (f.kind == "count" && f.value < 1000 && std::fabs(base->value - std::round(base->value)) > 0.1) return false;
        q->type = "derived_base";
        q->family = QuestionFigures;
        q->paragraph = a.paragraph;
        const std::string end = excerpt(slice(text, a.range), 60);
        q->prompt_html = "In " + para(a.paragraph) + " the article says: " + quoted(sentence_words(doc, a.range.begin, kSentenceWords)) +
                         " If " + text_of(end) + " was a " + plain_number(percent) + "% " + (sign > 0 ? "increase" : "decrease") +
                         ", about how much was it " + text_of(base_period(base->label, sign)) + "? Show your working.";
        std::string about = base->text.str();
        if (about.compare(0, 4, "\xE2\x89\x88 ") == 0) about = about.substr(4);
        q->answer_html = "About <strong>" + text_of(about) + "</strong>: <span class=\"arith\">" + text_of(base->arithmetic) +
                         "</span>, since dividing by 1 " + (sign > 0 ? "+ " : "\xE2\x88\x92 ") + plain_number(percent) +
                         "% = " + plain_number(1 + sign * percent / 100) + " undoes the change.";
        if (delta && !delta->text.empty()) {
            std::string d = delta->text.str();
            if (d.compare(0, 4, "\xE2\x89\x88 ") == 0) d = d.substr(4);
            q->answer_html += " The " + text_of(delta->label) + " itself is about " + text_of(d) + ".";
        }
        return true;
    }

    static std::string text_of(std::string_view s) { return html::text(s); }

    // What a citation gives, part by part: "“Harbour Board”, dated “May 3”", "no source, dated “March 9, 2021”".
    std::string citation_gives(const SourceCheckBody& c) const {
        std::string gives;
        for (const CitationPart& p : c.parts) {
            if (!gives.empty()) gives += "; ";
            gives += p.source ? quoted(*p.source) : std::string("no source");
            if (p.date) gives += ", dated " + quoted(*p.date);
        }
        return gives;  // "" when it gives neither a name nor a date
    }

    bool missing_source(const Annotation& a, Question* q) const {
        std::string message;
        if (!has_check(a.check(), "missing_source", &message)) return false;
        q->type = "missing_source";
        q->family = QuestionSources;
        q->paragraph = a.paragraph;
        q->prompt_html = "In " + para(a.paragraph) + " a citation names no source: " +
                         quoted(sentence_words(doc, a.range.begin, kSentenceWords)) + " The citation reads " +
                         quoted(excerpt(slice(text, a.range), 90)) +
                         ". Who could have published this? How would you check it?";
        const std::string gives = citation_gives(a.check());
        q->answer_html = (gives.empty() ? std::string("The text gives neither a name nor a date.")
                                        : "The citation gives " + gives + ".") +
                         " It lacks the name of the source: " + text_of(message) +
                         " To check: search for the claim with its date, look for the original link in the article online, "
                         "or ask who would have recorded such a figure.";
        return true;
    }

    bool vague_source(const Annotation& a, Question* q) const {
        std::string message;
        if (!has_check(a.check(), "vague_source", &message)) return false;
        q->type = "vague_source";
        q->family = QuestionSources;
        q->paragraph = a.paragraph;
        q->prompt_html = "In " + para(a.paragraph) + " the article writes " + quoted(excerpt(slice(text, a.range), 80)) + ": " +
                         quoted(sentence_words(doc, a.range.begin, kSentenceWords)) +
                         " Who might this be? What would you need to know before you trust the claim?";
        q->answer_html = text_of(message) +
                         " A source you can check names the person or organisation, and when and where they said it.";
        return true;
    }

    bool date_after_publication(const Annotation& a, Question* q) const {
        std::string message;
        if (!has_check(a.check(), "date_after_publication", &message)) return false;
        q->type = "date_after_publication";
        q->family = QuestionSources;
        q->paragraph = a.paragraph;
        q->prompt_html = "In " + para(a.paragraph) + " the citation " + quoted(excerpt(slice(text, a.range), 90)) +
                         " gives a date, but the article is dated " + text_of(date_in_words(set.publication_date)) +
                         ". What is odd about this, and what could explain it?";
        q->answer_html = text_of(message) +
                         " Possible explanations: a mistyped year, a date read in another order (day and month), or an "
                         "article updated after it first appeared.";
        return true;
    }

    bool internal_ref(const Annotation& a, Question* q) const {
        std::string message;
        if (!has_check(a.check(), "internal_ref", &message)) return false;
        q->type = "internal_ref";
        q->family = QuestionSources;
        q->paragraph = a.paragraph;
        q->prompt_html = "In " + para(a.paragraph) + " the article writes " + quoted(excerpt(slice(text, a.range), 90)) +
                         ". Is this an outside source? Where would you look to follow it up?";
        const std::string gives = citation_gives(a.check());
        q->answer_html = text_of(message) + (gives.empty() ? std::string(" Look") : " It gives " + gives + ": look") +
                         " in the publisher\xE2\x80\x99s own archive. It is not independent evidence for the claim.";
        return true;
    }

    // True when the words right after a number cannot be what it counts: a
    // stop, a verb or a preposition ("214 according to", "rose to 12."),
    // not a range ("12 to 15 years") or a noun the analysis did not take.
    bool nothing_counted_after(const Annotation& a) const {
        const auto& toks = doc.tokens();
        std::size_t k = doc.first_token_at_or_after(a.range.end);
        if (k >= toks.size()) return true;
        const std::string_view w = doc.token_text(k);
        if (toks[k].type == TokenType::Punct)  // a stop or a closing bracket, not an opening quote before a noun
            return w == "." || w == "," || w == ";" || w == ":" || w == ")" || w == "?" || w == "!";
        if (toks[k].type != TokenType::Word) return false;
        if (k + 1 < toks.size() && toks[k + 1].type == TokenType::Number) return false;  // "12 to 15", "20,000 of the 28,000"
        std::string lower;
        for (const char c : w) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        static const char* const function_words[] = {"according", "and", "or", "to", "in", "on", "at", "by", "for", "from",
                                                     "with", "was", "were", "is", "are", "have", "has", "had", "will",
                                                     "would", "could", "said", "says", "than", "last", "this", "that"};
        for (const char* fw : function_words)
            if (lower == fw) return true;
        return false;
    }

    bool figure_without_unit(const Annotation& a, Question* q) const {
        const FigureBody& f = a.figure();
        if (!f.unit.empty() || !f.counts.empty() || (f.kind != "count" && f.kind != "quantity")) return false;
        if (!nothing_counted_after(a)) return false;
        q->type = "figure_without_unit";
        q->family = QuestionFigures;
        q->paragraph = a.paragraph;
        q->prompt_html = "In " + para(a.paragraph) + " the article gives the number " + quoted(excerpt(slice(text, a.range), 40)) +
                         " without saying what it counts: " + quoted(sentence_words(doc, a.range.begin, kSentenceWords)) +
                         " What could it count? How can you tell?";
        q->answer_html = "The sentence does not name a unit or a thing counted next to " + quoted(excerpt(slice(text, a.range), 40)) +
                         ": the reader has to infer it from the words around it, and may infer wrongly.";
        return true;
    }

    bool conflict(const Annotation& a, Question* q) const {
        const ConflictBody& c = a.conflict();
        std::vector<std::string> values, answers;
        std::vector<double> numbers;
        int first_paragraph = -1;
        for (const int m : c.members) {
            if (m < 0 || static_cast<std::size_t>(m) >= set.items.size()) continue;
            const Annotation& f = set.items[static_cast<std::size_t>(m)];
            const std::string v = figure_value_words(f, text), s = figure_source_words(f);
            if (std::find(numbers.begin(), numbers.end(), f.figure().value) != numbers.end()) continue;
            numbers.push_back(f.figure().value);
            if (first_paragraph < 0) first_paragraph = f.paragraph;
            values.push_back(v);
            answers.push_back("<li>" + text_of(v) + ": " + text_of(s) + " (" + para(f.paragraph) + ")</li>");
        }
        // More than four different values is a list, not a disagreement a class can sort out;
        // values more than ten times apart are different things, not one quantity counted twice.
        if (values.size() < 2 || values.size() > 4) return false;
        const auto [lo, hi] = std::minmax_element(numbers.begin(), numbers.end());
        if (*lo <= 0 || *hi > 10 * *lo) return false;
        q->type = "conflict";
        q->family = QuestionConflicts;
        q->paragraph = first_paragraph;
        std::string list;
        for (std::size_t k = 0; k < values.size(); ++k) list += (k ? (k + 1 == values.size() ? " and " : ", ") : "") + text_of(values[k]);
        static const char* const counts[] = {"", "", "two", "three", "four"};
        const std::string n = counts[values.size()];
        q->prompt_html = "The article gives " + n + " numbers for " + text_of(c.quantity) + ": " + list +
                         ". Who gives each, and why might they differ?";
        q->answer_html = "<ul>";
        for (const std::string& s : answers) q->answer_html += s;
        q->answer_html += "</ul>Counts differ when sources count at different dates, define who counts differently, or "
                          "can only confirm some cases; \xE2\x80\x9C" "at least\xE2\x80\x9D and \xE2\x80\x9C" "as many as\xE2\x80\x9D "
                          "mark a bound, not a count.";
        return true;
    }

    // What a term means, for the matching list: the definition, or for a term the
    // article itself spells out, that long form.
    static std::string meaning(const DefinitionBody& d) {
        if (d.defined_in_text && !d.expansion.empty() && d.expansion != d.term &&
            d.text.find("Defined in the text") != std::string::npos)
            return d.expansion.str();
        return d.text.str();
    }

    // A source named for a claim, without a problem: what kind of source it is
    // and how to find the original.
    bool named_source(const Annotation& a, Question* q) const {
        const SourceCheckBody& c = a.check();
        if (source_check_has_problem(c) || c.parts.empty() || !c.parts[0].source) return false;
        if (has_check(c, "internal_ref", nullptr) || has_check(c, "image_credit", nullptr)) return false;
        const std::string name = c.parts[0].source->str();
        q->type = "named_source";
        q->family = QuestionSources;
        q->paragraph = a.paragraph;
        q->prompt_html = "In " + para(a.paragraph) + " the article relies on " + quoted(name) + ": " +
                         quoted(sentence_words(doc, a.range.begin, kSentenceWords)) +
                         " What kind of source is this, and how would you find what it actually said?";
        q->answer_html = "The text names " + quoted(name);
        if (c.parts[0].date) q->answer_html += " and the date " + quoted(*c.parts[0].date);
        q->answer_html += ". ";
        if (!c.registry_note.empty()) q->answer_html += text_of(c.registry_note) + " ";
        q->answer_html += "To check: find the original statement or report under that name" +
                          std::string(c.parts[0].date ? " and date" : "") + ", and compare it with what the article says.";
        return true;
    }

    // An abbreviation: what it stands for, and whether the article says so.
    bool acronym(const Annotation& a, Question* q) const {
        const DefinitionBody& d = a.definition();
        if (!d.first || d.expansion.empty() || d.expansion == d.term || d.term.size() < 2) return false;
        if (slice(text, a.range) != d.term.view()) return false;  // the article wrote the long form here
        for (const char c : d.term.view())
            if (!(std::isupper(static_cast<unsigned char>(c)) || c == '.' || c == '&')) return false;
        q->type = "acronym";
        q->family = QuestionTerms;
        q->paragraph = a.paragraph;
        q->prompt_html = "In " + para(a.paragraph) + " the article uses " + quoted(d.term) +
                         ". What does it stand for, and does the article tell you?";
        q->answer_html = quoted(d.term) + " stands for " + quoted(d.expansion) + ". ";
        if (d.defined_in_text && d.definition_paragraph >= 0)
            q->answer_html += "The article spells it out in " + para(d.definition_paragraph) + ".";
        else
            q->answer_html += "The article does not spell it out: it assumes the reader knows.";
        return true;
    }

    // Matching terms to definitions: up to six terms, spread over the article;
    // meanings shuffled with the sheet's seed (its own generator, so every
    // platform gives the same order).
    bool terms(std::uint64_t seed, Question* q) const {
        std::vector<const Annotation*> all;
        std::set<std::string> seen;
        for (const Annotation& a : set.items) {
            if (a.kind != AnnotationKind::Definition) continue;
            const DefinitionBody& d = a.definition();
            if (d.text.empty() || d.term.empty()) continue;
            // One thing under two names ("EDM" and its long form) is one term, not two to match.
            if (seen.count(d.term.str()) || (!d.expansion.empty() && seen.count(d.expansion.str()))) continue;
            seen.insert(d.term.str());
            if (!d.expansion.empty()) seen.insert(d.expansion.str());
            all.push_back(&a);
        }
        if (all.size() < 3) return false;
        const std::size_t take = std::min<std::size_t>(6, all.size());
        std::vector<const Annotation*> chosen;
        for (std::size_t k = 0; k < take; ++k) chosen.push_back(all[k * all.size() / take]);
        std::vector<std::size_t> order(take);
        for (std::size_t k = 0; k < take; ++k) order[k] = k;
        std::uint64_t state = seed;
        auto next = [&state] {  // splitmix64
            std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            return z ^ (z >> 31);
        };
        for (std::size_t k = take - 1; k > 0; --k) std::swap(order[k], order[static_cast<std::size_t>(next() % (k + 1))]);
        // A shuffle that leaves every meaning beside its own term teaches nothing: rotate it.
        bool identity = true;
        for (std::size_t k = 0; k < take; ++k) identity = identity && order[k] == k;
        if (identity) std::rotate(order.begin(), order.begin() + 1, order.end());

        q->type = "terms";
        q->family = QuestionTerms;
        q->paragraph = chosen[0]->paragraph;
        q->prompt_html = "Match each term to its meaning: write the number of the meaning beside the letter of the term.";
        std::string terms_list = "<ol class=\"terms\">", meanings = "<ol class=\"meanings\">";
        for (std::size_t k = 0; k < take; ++k) {
            const Annotation& t = *chosen[k];
            terms_list += "<li><span class=\"letter\">" + std::string(1, static_cast<char>('A' + k)) +
                          "</span><span class=\"blank\" aria-hidden=\"true\"></span>" +
                          text_of(excerpt(slice(text, t.range), 60)) + " <a class=\"see\" href=\"#p" + std::to_string(t.paragraph + 1) + "\">" +
                          para(t.paragraph) + "</a></li>";
        }
        for (std::size_t k = 0; k < take; ++k)
            meanings += "<li><span class=\"letter\">" + std::to_string(k + 1) + "</span>" +
                        text_of(meaning(chosen[order[k]]->definition())) + "</li>";
        q->extra_html = "<div class=\"match\">" + terms_list + "</ol>" + meanings + "</ol></div>";
        q->answer_html = "";
        for (std::size_t k = 0; k < take; ++k) {
            const std::size_t meaning = static_cast<std::size_t>(std::find(order.begin(), order.end(), k) - order.begin());
            q->answer_html += (k ? ", " : "") + std::string(1, static_cast<char>('A' + k)) + "\xC2\xA0\xE2\x80\x94\xC2\xA0" +
                              std::to_string(meaning + 1) + " (" + text_of(excerpt(slice(text, chosen[k]->range), 60)) + ")";
        }
        q->answer_html += ".";
        return true;
    }
};

//-----------------------------------------------------------------------------
// [SECTION] A balanced selection
//-----------------------------------------------------------------------------

enum Pool { DerivedBase, MissingSource, Conflict, Terms, VagueSource, DateAfter, InternalRef, NoUnit, NamedSource, Acronym,
            PoolCount };

} // namespace

std::vector<Question> make_questions(const Document& doc, const AnnotationSet& set, const WorksheetOptions& options) {
    const Maker make{doc, set, doc.text()};
    std::vector<Question> pools[PoolCount];
    std::set<std::string> seen_citations;  // one internal-reference question per citation text
    std::set<std::string> seen_sources;    // one named-source question per source
    for (const Annotation& a : set.items) {
        Question q;
        switch (a.kind) {
        case AnnotationKind::Figure:
            if (make.derived_base(a, &q)) pools[DerivedBase].push_back(std::move(q));
            else if (make.figure_without_unit(a, &q)) pools[NoUnit].push_back(std::move(q));
            break;
        case AnnotationKind::SourceCheck: {
            const std::string key(slice(doc.text(), a.range));
            if (make.missing_source(a, &q)) pools[MissingSource].push_back(std::move(q));
            else if (make.date_after_publication(a, &q)) pools[DateAfter].push_back(std::move(q));
            else if (make.vague_source(a, &q)) pools[VagueSource].push_back(std::move(q));
            else if (make.named_source(a, &q)) {
                const std::string name = a.check().parts[0].source->str();  // one question per source
                if (seen_sources.insert(name).second) pools[NamedSource].push_back(std::move(q));
            } else if (make.internal_ref(a, &q)) {
                if (seen_citations.insert(key).second) pools[InternalRef].push_back(std::move(q));
            }
            break;
        }
        case AnnotationKind::Conflict:
            if (make.conflict(a, &q)) pools[Conflict].push_back(std::move(q));
            break;
        case AnnotationKind::Definition:
            if (make.acronym(a, &q)) pools[Acronym].push_back(std::move(q));
            break;
        case AnnotationKind::Note: break;
        }
    }
    {
        Question q;
        if (make.terms(options.seed, &q)) pools[Terms].push_back(std::move(q));
    }
    for (auto& pool : pools)
        pool.erase(std::remove_if(pool.begin(), pool.end(), [&](const Question& q) { return !(q.family & options.families); }),
                   pool.end());

    // Round-robin quotas, then each pool's share spread over the article.
    const std::size_t limit = static_cast<std::size_t>(std::clamp(options.max_questions, 1, 50));
    std::size_t quota[PoolCount] = {};
    for (std::size_t total = 0; total < limit;) {
        bool any = false;
        for (int p = 0; p < PoolCount && total < limit; ++p)
            if (quota[p] < pools[p].size()) { ++quota[p]; ++total; any = true; }
        if (!any) break;
    }
    std::vector<Question> out;
    for (int p = 0; p < PoolCount; ++p)
        for (std::size_t k = 0; k < quota[p]; ++k) out.push_back(pools[p][k * pools[p].size() / quota[p]]);
    std::stable_sort(out.begin(), out.end(), [](const Question& x, const Question& y) {
        const bool xt = std::string_view(x.type) == "terms", yt = std::string_view(y.type) == "terms";
        if (xt != yt) return yt;
        return x.paragraph < y.paragraph;
    });
    return out;
}

} // namespace gloss::html
