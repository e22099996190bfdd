// Gloss export — the worksheet: questions, the article with numbered
// paragraphs, and the answer key on its own page. See gloss/classroom.hpp.
#include <string>

#include "article_html.hpp"
#include "article_words.hpp"
#include "gloss/classroom.hpp"
#include "gloss/document.hpp"
#include "html_text.hpp"
#include "page_style.hpp"
#include "questions.hpp"

namespace gloss {

bool parse_question_families(std::string_view list, unsigned* families, std::string* error) {
    unsigned bits = 0;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string_view::npos) comma = list.size();
        std::string_view name = list.substr(start, comma - start);
        while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
        while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
        if (name == "figures") bits |= QuestionFigures;
        else if (name == "sources") bits |= QuestionSources;
        else if (name == "conflicts") bits |= QuestionConflicts;
        else if (name == "terms") bits |= QuestionTerms;
        else if (name == "all") bits |= QuestionAll;
        else {
            *error = name.empty() ? std::string("empty kind in the list (kinds: figures, sources, conflicts, terms, all)")
                                  : "unknown kind \"" + std::string(name) + "\" (kinds: figures, sources, conflicts, terms, all)";
            return false;
        }
        start = comma + 1;
    }
    *families = bits;
    return true;
}

std::string write_worksheet(const ClassroomInput& input, const WorksheetOptions& options) {
    static const AnnotationSet empty_set;
    const AnnotationSet& set = input.set ? *input.set : empty_set;
    const Document doc(input.text);
    const std::vector<html::Question> questions = html::make_questions(doc, set, options);
    const std::string title = input.title.empty() ? html::excerpt(input.text, 120) : input.title;

    std::string out;
    out.reserve(input.text.size() * 2 + 32768);
    html::append_page_start(out, input.lang, "Worksheet: " + title);
    out += "<header>\n<p class=\"kicker\">Worksheet</p>\n<h1>";
    html::append_text(out, title);
    out += "</h1>\n<p class=\"meta\">";
    bool any = false;
    if (!input.publication.empty()) { html::append_text(out, input.publication); any = true; }
    if (!set.publication_date.empty()) {
        out += any ? " \xC2\xB7 " : "";
        html::append_text(out, html::date_in_words(set.publication_date));
        any = true;
    }
    if (html::is_safe_http_url(input.source_url)) {
        out += any ? " \xC2\xB7 " : "";
        out += "<a href=\"";
        html::append_text(out, input.source_url);
        out += "\">the article online</a>";
    }
    out += "</p>\n<p class=\"sheet-head\"><span>Name</span><span>Class</span><span>Date</span></p>\n</header>\n<main>\n";

    out += "<section class=\"questions\" aria-labelledby=\"h-questions\">\n<h2 id=\"h-questions\">Questions</h2>\n";
    if (questions.empty()) {
        out += "<p>Gloss found nothing in this article to ask about with the chosen kinds of question.</p>\n";
    } else {
        out += "<p>The article follows the questions, its paragraphs numbered \xC2\xB6\xC2\xA0" "1, \xC2\xB6\xC2\xA0" "2, \xE2\x80\xA6 "
               "Each question says which paragraph it is about. Answer in the space below it.</p>\n<ol>\n";
        for (std::size_t k = 0; k < questions.size(); ++k) {
            const html::Question& q = questions[k];
            const std::string n = std::to_string(k + 1);
            out += "<li class=\"question\" id=\"q" + n + "\" data-type=\"" + q.type + "\"><span class=\"num\">" + n + ".</span><div>";
            out += q.prompt_html;
            out += " <a class=\"see\" href=\"#" + html::paragraph_id(q.paragraph) + "\">See \xC2\xB6\xC2\xA0" +
                   std::to_string(q.paragraph + 1) + "</a>";
            out += q.extra_html;
            if (q.extra_html.empty()) out += "<span class=\"answer-lines\" aria-hidden=\"true\"></span>";
            out += "</div></li>\n";
        }
        out += "</ol>\n";
    }
    out += "</section>\n";

    out += "<section class=\"article-copy\" aria-labelledby=\"h-article\">\n<h2 id=\"h-article\">The article</h2>\n<article>\n";
    html::ArticleOptions ao;
    ao.paragraph_numbers = true;
    ao.fallback_title = title;
    ao.title_level = 3;
    html::append_article(out, doc, {}, ao);
    out += "</article>\n</section>\n";

    if (!questions.empty()) {
        out += "<section class=\"key\" aria-labelledby=\"h-key\">\n<h2 id=\"h-key\">Answer key</h2>\n<ol>\n";
        for (std::size_t k = 0; k < questions.size(); ++k) {
            const html::Question& q = questions[k];
            const std::string n = std::to_string(k + 1);
            out += "<li class=\"answer\" id=\"a" + n + "\" data-type=\"" + q.type + "\"><span class=\"num\"><a href=\"#q" + n +
                   "\" aria-label=\"Question " + n + "\">" + n + ".</a></span><div>";
            out += q.answer_html;
            out += "</div></li>\n";
        }
        out += "</ol>\n</section>\n";
    }
    out += "</main>\n<footer>Made with Gloss from the article\xE2\x80\x99s own figures, sources and terms. "
           "The same article always gives the same sheet.</footer>\n";
    html::append_page_end(out);
    return out;
}

} // namespace gloss
