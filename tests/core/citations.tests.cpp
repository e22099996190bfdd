// Source checks: parentheticals, attributions and their checks.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "analysis_probe.hpp"

using gloss::AnnotationKind;

namespace {

// The last attribution found in `r` (these texts have one), or nullptr.
const gloss::Annotation* attribution_in(const gloss::AnalyzeResult& r) {
    const gloss::Annotation* s = nullptr;
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::SourceCheck && a.check().citation_type == "attribution") s = &a;
    return s;
}

// The source check quoted `quote` in `text`, which must be there.
const gloss::Annotation* quoted_check(const gloss::AnalyzeResult& r, const std::string& text, const std::string& quote) {
    const gloss::Annotation* s = probe::find(r, text, AnnotationKind::SourceCheck, quote);
    REQUIRE(s != nullptr);
    return s;
}

// The source of attribution `s`'s only part.
std::string only_source(const gloss::Annotation& s) {
    REQUIRE(s.check().parts.size() == 1);
    REQUIRE(s.check().parts[0].source.has_value());
    return std::string(*s.check().parts[0].source);
}

} // namespace

TEST_CASE("Parenthetical citations are parsed into parts and checked", "[citations]") {
    auto [text, q, check] = GENERATE(table<std::string, std::string, std::string>({
        {"Sanctions followed (, January 27, 2022).", "(, January 27, 2022)", "missing_source"},
        {"It grew (Reuters, August 3, 2025).", "(Reuters, August 3, 2025)", "date_after_publication"},
        {"It grew (BBC, Juen 5).", "(BBC, Juen 5)", "unparseable_date"},
        {"It grew (Reuters).", "(Reuters)", "no_date"},
        {"It grew (see EDM, May 9).", "(see EDM, May 9)", "internal_ref"},
        {"It grew (Interfax, June 29, 2023;, July 31, 2023).", "(Interfax, June 29, 2023;, July 31, 2023)", "multiple_parts"},
        {"It grew (; Viasna, accessed June 3).", "(; Viasna, accessed June 3)", "empty_part"},
        {"It grew (Viasna, accessed June 3).", "(Viasna, accessed June 3)", "accessed_date"},
        {"It grew (see EDM, August 2, 9, 2023).", "(see EDM, August 2, 9, 2023)", "multiple_dates"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text, "2024-06-04");
    REQUIRE(r.ok);
    const gloss::Annotation* c = probe::find(r, text, AnnotationKind::SourceCheck, q);
    REQUIRE(c != nullptr);
    CHECK(probe::has_check(*c, check));
    CHECK(c->check().messages.size() == c->check().checks.size());
}

TEST_CASE("A line of its own that credits an image is an image credit of the names it gives", "[citations]") {
    auto [text, q, source] = GENERATE(table<std::string, std::string, std::string>({
        {"Fees rose.\n\nPhoto: Ivo Lind/Harlow Times\n\nFees fell.", "Photo: Ivo Lind/Harlow Times", "Ivo Lind/Harlow Times"},
        {"Fees rose.\n\nPicture by Ana Ruiz\n\nFees fell.", "Picture by Ana Ruiz", "Ana Ruiz"},
        {"Fees rose.\n\nAna Ruiz/Tarrow Wire/Getty Images\n\nFees fell.", "Ana Ruiz/Tarrow Wire/Getty Images",
         "Ana Ruiz/Tarrow Wire/Getty Images"},
        // After a caption on the same line: the credit alone.
        {"Fees rose.\n\nThe pier at dawn in Harlow Ana Ruiz/Reuters\n\nFees fell.", "Ana Ruiz/Reuters", "Ana Ruiz/Reuters"},
        {"Fees rose.\n\nCreditAna Ruiz/Getty Images\n\nFees fell.", "CreditAna Ruiz/Getty Images", "Ana Ruiz/Getty Images"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* c = probe::find(r, text, AnnotationKind::SourceCheck, q);
    REQUIRE(c != nullptr);
    CHECK(probe::has_check(*c, "image_credit"));
    CHECK(only_source(*c) == source);
}

TEST_CASE("A line that only mentions a photo or a path is no image credit", "[citations]") {
    auto [text] = GENERATE(table<std::string>({
        {"Fees rose.\n\nPhoto: the new pier at dawn\n\nFees fell."},  // a caption, no name
        {"Fees rose.\n\nHarlow/Tarrow ferry times\n\nFees fell."},     // no agency at its end
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    for (const gloss::Annotation& a : r.set.items)
        if (a.kind == AnnotationKind::SourceCheck) CHECK_FALSE(probe::has_check(a, "image_credit"));
}

TEST_CASE("A name in a line that credits an image gets no card of a namesake", "[citations][definitions]") {
    const std::string text = "Fees rose.\n\nIsaac Newton/Harlow Times/Getty Images\n\nFees fell.";
    const auto r = probe::analyze(text);
    CHECK(probe::find(r, text, AnnotationKind::Definition, "Isaac Newton") == nullptr);
}

TEST_CASE("A citation's parts keep source and date apart", "[citations]") {
    const std::string text = "It grew (, April 15, 2012; Our opinion, September 15, 2015).";
    const auto r = probe::analyze(text);
    const gloss::Annotation* c = probe::find(r, text, AnnotationKind::SourceCheck, "(, April 15, 2012; Our opinion, September 15, 2015)");
    REQUIRE(c != nullptr);
    REQUIRE(c->check().parts.size() == 2);
    CHECK_FALSE(c->check().parts[0].source.has_value());
    CHECK(*c->check().parts[0].date == "April 15, 2012");
    CHECK(c->check().parts[0].iso_date == "2012-04-15");
    CHECK(*c->check().parts[1].source == "Our opinion");
    CHECK(*c->check().parts[1].date == "September 15, 2015");
}

TEST_CASE("A page after a citation's date is no part of the date", "[citations]") {
    const std::string text = "Some argue the ferries should merge (Ode, 2020, p. 14).";
    const auto r = probe::analyze(text);
    const gloss::Annotation* c = probe::find(r, text, AnnotationKind::SourceCheck, "(Ode, 2020, p. 14)");
    REQUIRE(c != nullptr);
    REQUIRE(c->check().parts.size() == 1);
    CHECK(*c->check().parts[0].date == "2020");
    CHECK(c->check().parts[0].iso_date == "2020");
    CHECK_FALSE(probe::has_check(*c, "unparseable_date"));
}

TEST_CASE("An unnamed document is named by its sentence's own reference in parentheses after it", "[citations]") {
    auto [text, quote, source, vague] = GENERATE(table<std::string, std::string, std::string, bool>({
        {"A 2022 study found that old ferries burn more fuel (Santos, 2022).", "A 2022 study found", "Santos", false},
        {"Fuel costs rose, according to a recent report (Harlow Transport Review, 2024).", "according to a recent report",
         "Harlow Transport Review", false},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(probe::has_check(*s, "vague_source") == vague);
    CHECK(only_source(*s) == source);
}

TEST_CASE("A reference in another sentence, or people unnamed, leave an attribution vague", "[citations]") {
    auto [text, quote] = GENERATE(table<std::string, std::string>({
        {"A 2022 study found that old ferries burn more fuel. Prices rose (Santos, 2022).", "A 2022 study found"},
        {"Some economists argue the service should merge (Ode, 2020).", "Some economists argue"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(probe::has_check(*s, "vague_source"));
}

TEST_CASE("A source named only by where it works is vague", "[citations]") {
    auto [text, quote, vague] = GENERATE(table<std::string, std::string, bool>({
        {"A Harlow Palace source said the minister would resign.", "A Harlow Palace source said", true},
        {"Harlow Bank sources say the merger is off.", "Harlow Bank sources say", true},
        {"Harlow Bank insiders say the merger is off.", "Harlow Bank insiders say", true},
        {"Harlow Bank says the merger is off.", "Harlow Bank says", false},  // the body itself
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(probe::has_check(*s, "vague_source") == vague);
}

TEST_CASE("A body's kind in lower case with its initials after it is named by the initials", "[citations]") {
    auto [text, quote] = GENERATE(table<std::string, std::string>({
        {"The national public health institute (NPHI) said cases rose.", "The national public health institute (NPHI) said"},
        {"Cases rose, the health institute (NPHI) said on Wednesday.", "the health institute (NPHI) said"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == "NPHI");
}

TEST_CASE("Authors and a year without a comma are a source and a date", "[citations]") {
    const std::string text = "Others disagree (Ruiz and Brand 2021; Lind et al. 2018). The plan (Vision 2030) is new.";
    const auto r = probe::analyze(text, "2024-06-04");
    const gloss::Annotation* c = probe::find(r, text, AnnotationKind::SourceCheck, "(Ruiz and Brand 2021; Lind et al. 2018)");
    REQUIRE(c != nullptr);
    REQUIRE(c->check().parts.size() == 2);
    CHECK(*c->check().parts[0].source == "Ruiz and Brand");
    CHECK(*c->check().parts[0].date == "2021");
    CHECK(*c->check().parts[1].source == "Lind et al.");
    CHECK(probe::find(r, text, AnnotationKind::SourceCheck, "(Vision 2030)") == nullptr);  // a name with a number
}

TEST_CASE("A source in parentheses inside a sentence names where its figures come from, on a line of its own an image's", "[citations]") {
    const std::string text = "Fees rose 7% (Source: Harlow Fund).\n\n(Source: Ana Ruiz)";
    const auto r = probe::analyze(text, "2024-06-04");
    const gloss::Annotation* inside = probe::find(r, text, AnnotationKind::SourceCheck, "(Source: Harlow Fund)");
    REQUIRE(inside != nullptr);
    CHECK(std::string(inside->check().citation_type) == "parenthetical");
    CHECK(*inside->check().parts[0].source == "Harlow Fund");
    CHECK_FALSE(probe::has_check(*inside, "image_credit"));
    const gloss::Annotation* credit = probe::find(r, text, AnnotationKind::SourceCheck, "(Source: Ana Ruiz)");
    REQUIRE(credit != nullptr);
    CHECK(probe::has_check(*credit, "image_credit"));
}

TEST_CASE("Data and who published it in parentheses inside a sentence name where its figures come from", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        {"Transit doubled to 9.4 million tonnes (Harlow Fund data).", "(Harlow Fund data)", "Harlow Fund"},
        {"Transit doubled to 9.4 million tonnes (Tarrow Port Authority figures).", "(Tarrow Port Authority figures)",
         "Tarrow Port Authority"},
        {"Transit doubled to 9.4 million tonnes (figures from the Tarrow Port Authority).",
         "(figures from the Tarrow Port Authority)", "Tarrow Port Authority"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(std::string(s->check().citation_type) == "parenthetical");
    CHECK(*s->check().parts[0].source == source);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "9.4 million tonnes");
    REQUIRE(f != nullptr);
    CHECK(f->figure().source == source);
}

TEST_CASE("Parentheticals that are not citations are not reported", "[citations]") {
    auto [text] = GENERATE(table<std::string>({
        {"Capacity is counted in twenty-foot equivalent units (TEU) here."},
        {"The details follow (see below)."},
        {"Prisoners (Ivo Lind, Ana Ruiz, and others) were released."},
        {"Several cities (for example Lyon and Turin) agreed."},
        {"The rule applies (in most cases) to everyone."},
        {"The thread ran long (12 posted) that week."},   // a count of comments
        {"Run the query (SELECT * FROM ferries WHERE fees > 3) first."},  // code
        {"Run this:\n(\n  SELECT name, fees FROM ferries\n)\nto list them."},
        {"Call it with two numbers (40, 2) to add them."},               // numbers alone
        {"Fees rose. (I doubt they will fall soon.)"},                     // the writer's own sentence
        {"The crew waited (see how long it took?) for days."},
        {"The fleet (Harlow data aside) grew."},                        // data, then more than its publisher
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items) CHECK(a.kind != AnnotationKind::SourceCheck);
}

TEST_CASE("According to one common word alone is a manner, not a source", "[citations]") {
    auto [text, sourced] = GENERATE(table<std::string, bool>({
        {"Fees are set according to size and a 15% cap applies.", false},
        {"The work went according to plan.", false},
        {"The colony, according to his charter, included the islands.", false},
        {"Fees rose, according to its latest figures.", true},
        {"Fees rose, according to officials.", true},
        {"Fees rose, according to government data.", true},
        // …and common words in lower case whose last names no one who reports; a name ends with its line.
        {"Tasks retry according to ferry timetable logic.", false},
        {"Fees rose, according to ferry tracker data.", true},
        {"Fees rose, according to harbour officials.", true},
        {"Prices rose according to ferry timetable logic\n\nHarlow Ferries grew.", false},
        // …and a question word: how, what, whether.
        {"Berths are charged according to how long the boat is.", false},
        {"Fees vary according to whether the boat is full.", false},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    CHECK((attribution_in(r) != nullptr) == sourced);
}

TEST_CASE("An \"according to\" with no name after it is a missing source", "[citations]") {
    for (const std::string text : {"There are 1,559 prisoners according to and 1,393 according to Viasna.",
                                   "There are 1,559 prisoners according to  and more."}) {
        CAPTURE(text);
        const auto r = probe::analyze(text);
        bool missing = false;
        for (const auto& a : r.set.items)
            if (a.kind == AnnotationKind::SourceCheck && a.check().citation_type == "attribution") missing |= probe::has_check(a, "missing_source");
        CHECK(missing);
    }
}

TEST_CASE("Attribution to an unnamed study is vague, and a name after \"by\" or \"from\" is the source", "[citations]") {
    auto [text, source, vague] = GENERATE(table<std::string, std::string, bool>({
        {"Each job costs $1.1 million, according to a 2023 study.", "2023 study", true},
        {"Costs rose, according to a recent survey.", "recent survey", true},
        {"Costs rose, according to a recent report by the IMF.", "IMF", false},
        {"The party leads with 31%, according to an average of polls by the Tarrow Times.", "Tarrow Times", false},
        {"Trust fell, according to a poll from Gallup.", "Gallup", false},
        // A number opening the descriptor, before data or people.
        {"According to 2019 figures gathered by Harlow TV, its channels reach 40% of homes.", "Harlow TV", false},
        {"According to 1,200 residents, the pier is unsafe.", "1,200 residents", true},
        // What the descriptor is of, then who made it.
        {"The party leads with 31%, according to an average of surveys compiled by the Tarrow Times.", "Tarrow Times", false},
        {"Prices rose 4%, according to an analysis of data collected by Harlow Bank.", "Harlow Bank", false},
        {"Risk fell 47%, according to a study of 55,000 adults published on Wednesday in the Harlow Journal of Medicine.",
         "Harlow Journal of Medicine", false},
        // A body named by its kind after "from" or "by".
        {"The party won 54% of the vote, according to results from the electoral commission.", "electoral commission", false},
        {"Costs rose, according to the Ministry of Health.", "Ministry of Health", false},
        {"Trade reached $18 billion, according to figures from Ostland's customs agency.", "Ostland's customs agency", false},
        // Where a study was published names it.
        {"A study published in the Harlow Journal of Medicine found that walking helps.", "Harlow Journal of Medicine", false},
        {"A study published last month in the journal Polar Harbours found that ice shrank.", "Polar Harbours", false},
        // A possessive: someone the text does not name, or the data of the body named last.
        {"The talks failed, according to our reporter.", "our reporter", true},
        {"He was at home, according to his lawyer.", "his lawyer", true},
        {"Harlow Bank reported a profit. Fees rose, according to its latest figures.", "Harlow Bank", false},
        // One who speaks for a body: the body.
        {"According to a spokesman for the Tarrow Council, fees will rise.", "Tarrow Council", false},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = attribution_in(r);
    REQUIRE(s != nullptr);
    CHECK_FALSE(probe::has_check(*s, "missing_source"));
    CHECK(probe::has_check(*s, "vague_source") == vague);
    CHECK(only_source(*s) == source);
    for (const auto& a : r.set.items)  // "a recent report by the" is no definition of the name after it
        if (a.kind == AnnotationKind::Definition) CHECK_FALSE(a.definition().defined_in_text);
}

TEST_CASE("Someone's spokesman after another name, or someone's lawyer, stays unnamed", "[citations]") {
    auto [text, quote] = GENERATE(table<std::string, std::string>({
        {"Ivo Lind said fees rose. Karl Ode returned to Tarrow on Wednesday, his spokesman said.", "his spokesman said"},
        {"Ivo Lind will not run again, his lawyer said.", "his lawyer said"},
        {"His spokesman said the talks had failed.", "His spokesman said"},  // no one named before
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(probe::has_check(*s, "vague_source"));
}

TEST_CASE("What a name is, in lower case between from and the name, leaves the name the source and describes it", "[citations]") {
    auto [text, source] = GENERATE(table<std::string, std::string>({
        {"The damage is €800 million, according to a note from ratings agency Brenna Ratings.", "Brenna Ratings"},
        {"Fees rose 4%, according to a report from port consultancy Harlow Advisers.", "Harlow Advisers"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = attribution_in(r);
    REQUIRE(s != nullptr);
    CHECK_FALSE(probe::has_check(*s, "vague_source"));
    CHECK(only_source(*s) == source);
    const gloss::Annotation* d = probe::find(r, text, AnnotationKind::Definition, source);
    REQUIRE(d != nullptr);
    CHECK(d->definition().defined_in_text);
}

TEST_CASE("According to a name with initials in it, or its own initials after it, names the body", "[citations]") {
    auto [text, source, vague] = GENERATE(table<std::string, std::string, bool>({
        {"Exports fell, according to the U.N. Harbour Agency.", "U.N. Harbour Agency", false},
        {"Exports fell, according to the U.N. Harbour Agency (UNHA).", "UNHA", false},
        {"Exports fell, according to the Harbour and Grain Organization (HGO).", "HGO", false},
        {"Exports fell, according to U.S. officials.", "U.S. officials", true},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = attribution_in(r);
    REQUIRE(s != nullptr);
    CHECK(probe::has_check(*s, "vague_source") == vague);
    CHECK(only_source(*s) == source);
}

TEST_CASE("According to a document only seen by an outlet is a vague source, the outlet recorded", "[citations]") {
    auto [text, outlet] = GENERATE(table<std::string, std::string>({
        {"Fees rose 4%, according to a document seen by the Harlow Courier.", "Harlow Courier"},
        {"Fees rose 4%, according to a memo obtained by Tarrow Wire.", "Tarrow Wire"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = attribution_in(r);
    REQUIRE(s != nullptr);
    CHECK(probe::has_check(*s, "vague_source"));
    CHECK(std::string(s->check().outlet) == outlet);
}

TEST_CASE("A subject before a reporting verb never takes in the headline above it", "[citations]") {
    const std::string text = "Measles Cases Climb Across Europe\n\nThe Health Agency reported 900 cases.";
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items) {
        if (a.kind != AnnotationKind::SourceCheck) continue;
        CAPTURE(std::string(text.substr(a.range.begin, a.range.end - a.range.begin)));
        CHECK(text.substr(a.range.begin, a.range.end - a.range.begin).find('\n') == std::string::npos);
        for (const auto& p : a.check().parts)
            if (p.source) CHECK(std::string(*p.source).find('\n') == std::string::npos);
    }
}

TEST_CASE("Attributions in running text name their source", "[citations]") {
    auto [text, source] = GENERATE(table<std::string, std::string>({
        {"The figure is 5 percent, according to the Belarusian human rights center Viasna.", "Viasna"},
        {"The Office of the UN High Commissioner for Human Rights (OHCHR) estimates that 300,000 left.", "OHCHR"},
        {"The World Bank said growth slowed.", "World Bank"},
        {"Harbour Traffic Slows Again\n\nThe Port Authority said volumes fell.", "Port Authority"},
        {"Grain Prices Climb\nAnalysts at Rabobank said stocks were low.", "Rabobank"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    bool found = false;
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::SourceCheck && a.check().citation_type == "attribution" && !a.check().parts.empty() &&
            a.check().parts[0].source == source)
            found = true;
    CHECK(found);
}

TEST_CASE("A continent or world region before a reporting verb is a place, not a source", "[citations]") {
    auto [text, attributed] = GENERATE(table<std::string, bool>({
        {"Europe recorded 58,114 measles cases in 2023.", false},
        {"Latin America counted 1,200 deaths last year.", false},
        {"Flooding worsened. The Middle East recorded its wettest spring.", false},
        {"Eurostat recorded 58,114 cases in 2023.", true},
        {"The European Commission reported 58,114 cases in 2023.", true},
        // A place that recorded something, in a sentence that ends by saying who reports it: that one only.
        {"Ostland recorded 4,312 flu cases this year, the health institute said on Wednesday.", true},
        {"Ostland recorded 4,312 flu cases this year.", true},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    int attributions = 0;
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::SourceCheck && a.check().citation_type == "attribution") ++attributions;
    CHECK(attributions == (attributed ? 1 : 0));
}

TEST_CASE("A claim attributed to unnamed others gets a vague-source check", "[citations]") {
    const std::string text = "Others estimate that there could be as many as 5,000.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* c = probe::find(r, text, AnnotationKind::SourceCheck, "Others estimate");
    REQUIRE(c != nullptr);
    CHECK(probe::has_check(*c, "vague_source"));
}

TEST_CASE("A document no one is named to own, as the subject of a verb in -s, is a vague source", "[citations]") {
    auto [text, quote] = GENERATE(table<std::string, std::string>({
        {"An analysis shows that ferries carried 27% of freight.", "An analysis shows"},  // "analysis" is singular
        // The verb agrees with the document before "of", not with the plural after it.
        {"An analysis of port statistics shows that ferries carried 27% of freight.", "An analysis of port statistics shows"},
        {"A review of the port figures shows that ferries carried 27% of freight.", "A review of the port figures shows"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* c = probe::find(r, text, AnnotationKind::SourceCheck, quote);
    REQUIRE(c != nullptr);
    CHECK(probe::has_check(*c, "vague_source"));
}

TEST_CASE("A sentence opening with the document it reports from is attributed to it", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        {"In the 2021 census, 64.0% of Tarrow residents were born abroad.", "In the 2021 census", "2021 census"},
        {"In a 2019 survey by Harlow Polls, 40% of riders backed the fare.", "In a 2019 survey by Harlow Polls", "Harlow Polls"},
        {"In an April survey by Harlow Polls, 40% of riders backed the fare.", "In an April survey by Harlow Polls", "Harlow Polls"},
        // "its" document: the body named last's.
        {"The Harlow Fund has warned of risks. In its latest Article IV review, the fund said debt would reach 71% of output.",
         "In its latest Article IV review", "Harlow Fund"},
        // Its owner tells the document apart; the body the clause after it names by its kind is that owner.
        {"The Bank of Harlow held rates. Tarrow Wire polled 20 analysts. In its quarterly report, the bank cut its "
         "forecast to 0.8%.", "In its quarterly report", "Bank of Harlow"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
}

TEST_CASE("A document opening a sentence that nothing tells apart is no source", "[citations]") {
    const std::string text = "In the report, fees rose 4% in May.";
    const auto r = probe::analyze(text);
    CHECK(probe::find(r, text, AnnotationKind::SourceCheck, "In the report") == nullptr);
}

TEST_CASE("A document opening a sentence as its owner's, with no owner named before, is no source", "[citations]") {
    const std::string text = "In its latest Article IV review, debt would reach 71% of output.";
    const auto r = probe::analyze(text);
    CHECK(probe::find(r, text, AnnotationKind::SourceCheck, "In its latest Article IV review") == nullptr);
}

TEST_CASE("A claim attributed after its verb to people described, not named, gets a vague-source check", "[citations]") {
    const std::string text = "Such fees would never be repaid, say those who oppose the Harlow plan.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* c = probe::find(r, text, AnnotationKind::SourceCheck, "say those who oppose the Harlow plan");
    REQUIRE(c != nullptr);
    CHECK(probe::has_check(*c, "vague_source"));
}

TEST_CASE("A figure without a source in a paragraph of sourced figures is flagged", "[citations]") {
    const std::string text = "Exports rose 5 percent (Reuters, May 2). Wages were flat. Imports reached 40,000 tonnes.";
    const auto r = probe::analyze(text);
    bool flagged = false;
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::SourceCheck && probe::has_check(a, "unsourced_figure"))
            flagged = probe::quote(text, a) == "40,000 tonnes";
    CHECK(flagged);
}

TEST_CASE("A small count of things needs no source, a large one does", "[citations]") {
    const std::string text = "Exports rose 5 percent (Reuters, May 2). Wages were flat. Two committees met, and 4,000 boats sailed.";
    const auto r = probe::analyze(text);
    const std::vector<std::string> flagged = probe::quotes_with_check(r, text, "unsourced_figure");
    CHECK(std::find(flagged.begin(), flagged.end(), "4,000 boats") != flagged.end());
    CHECK(std::find(flagged.begin(), flagged.end(), "Two committees") == flagged.end());
}

TEST_CASE("An amount restated in another currency needs no source of its own", "[citations]") {
    const std::string text = "Exports rose 5 percent (Reuters, May 2). Wages were flat. The budget grew to 52bn rupees ($0.6bn).";
    const auto r = probe::analyze(text);
    const std::vector<std::string> flagged = probe::quotes_with_check(r, text, "unsourced_figure");
    CHECK(std::find(flagged.begin(), flagged.end(), "52bn rupees") != flagged.end());
    CHECK(std::find(flagged.begin(), flagged.end(), "$0.6bn") == flagged.end());
}

TEST_CASE("A figure right after an attributed sentence continues its source", "[citations]") {
    auto [text] = GENERATE(table<std::string>({
        {"Exports rose 5 percent, the Grain Board said. Imports reached 40,000 tonnes."},
        {"Exports rose 5 percent (Reuters, May 2). Imports reached 40,000 tonnes."},
        // A paragraph that goes on from one whose last sentence gave a source: its own figures are not flagged
        // for lack of one, though the first is covered by the source before it and the others are not.
        {"Exports rose 5 percent, the Grain Board said.\n\nImports reached 40,000 tonnes. Prices fell 3 percent, "
         "from a revised 6 percent drop."},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::SourceCheck) CHECK_FALSE(probe::has_check(a, "unsourced_figure"));
}

TEST_CASE("A known source gets its registry note", "[citations]") {
    const std::string text = "Traffic fell (Kommersant, April 4).";
    const auto r = probe::analyze(text);
    const gloss::Annotation* c = probe::find(r, text, AnnotationKind::SourceCheck, "(Kommersant, April 4)");
    REQUIRE(c != nullptr);
    CHECK(c->check().registry_note.find("Russian business daily") != std::string::npos);
}

TEST_CASE("Only citations with a problem count as problems, not descriptive checks", "[citations]") {
    auto [text, q, problem] = GENERATE(table<std::string, std::string, bool>({
        {"It grew (Reuters, May 3).", "(Reuters, May 3)", false},
        {"It grew (see EDM, May 9).", "(see EDM, May 9)", false},
        {"It grew (Viasna, accessed June 3).", "(Viasna, accessed June 3)", false},
        {"Sanctions followed (, January 27, 2022).", "(, January 27, 2022)", true},
        {"It grew (Reuters, August 3, 2025).", "(Reuters, August 3, 2025)", true},
        {"It grew (Reuters).", "(Reuters)", true},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text, "2024-06-04");
    REQUIRE(r.ok);
    const gloss::Annotation* c = probe::find(r, text, AnnotationKind::SourceCheck, q);
    REQUIRE(c != nullptr);
    CHECK(gloss::source_check_has_problem(c->check()) == problem);
}

TEST_CASE("An acronym in mixed case names the subject of a reporting verb", "[citations]") {
    const std::string text = "The line will cost 18.5 billion pounds, the Department for Transport (DfT) said on Tuesday.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = attribution_in(r);
    REQUIRE(s != nullptr);
    CHECK(only_source(*s) == "DfT");
}

TEST_CASE("A subject and its reporting verb are read across an inserted clause", "[citations]") {
    auto [text, source, vague] = GENERATE(table<std::string, std::string, bool>({
        // (Unnamed critics, one of them named: that one.)
        {"Critics, including the campaign group Stop HS3, say the cost could reach 25 billion pounds.", "Stop HS3", false},
        {"Critics, some of them on the council, say the cost could reach 25 billion pounds.", "", true},
        {"The Office of Rail and Road, which regulates the railways, said 12 million passengers are expected.",
         "Office of Rail and Road", false},
        {"Harlow Motors, where 300 people work, said it would cut jobs.", "Harlow Motors", false},
        // A body opening the subject, then where it is: the body (by its short form when it has one).
        {"The Harlow Institute in Tarrow said 300 cases were found.", "Harlow Institute", false},
        {"The Harlow Disease Institute (HDI) in Tarrow has also reported a rise, with 1,274 cases.", "HDI", false},
        {"Officials in Tarrow reported a rise in cases.", "Officials in Tarrow", false},
        // A word of what the name is between "the" and the name.
        {"A recent study published in the journal Tarrow Policy found that 14 ports had foreign operators.", "Tarrow Policy",
         false},
        {"Officials in the capital Tarrow said the port was closed.", "Officials in the capital Tarrow", false},
        {"Commenting on the debt Ana Ruiz said it was high.", "Ana Ruiz", false},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = attribution_in(r);
    REQUIRE(s != nullptr);
    CHECK(probe::has_check(*s, "vague_source") == vague);
    if (!vague) CHECK(only_source(*s) == source);
}

TEST_CASE("Reporting clauses of every shape name their source", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        // Inverted, with the speaker's affiliation.
        {"\"Rents will keep rising,\" said Tomas Varga, an analyst at Eastgate Capital.", "said Tomas Varga", "Tomas Varga (Eastgate Capital)"},
        {"Rents will keep rising, said Tomas Varga, who heads the Eastgate Grain Council.", "said Tomas Varga",
         "Tomas Varga (Eastgate Grain Council)"},  // what the speaker leads
        {"Rents will keep rising, said Tomas Varga, who spoke at the Eastgate Forum.", "said Tomas Varga", "Tomas Varga"},
        // An affiliation given as a possessive; a place is no affiliation.
        {"Ada Lind, Harlow's head of research in Europe, said rents rose.", "Ada Lind, Harlow's head of research in Europe, said", "Ada Lind (Harlow)"},
        {"Ada Lind, Tarrow Foods' chief executive, said rents rose.", "Ada Lind, Tarrow Foods' chief executive, said", "Ada Lind (Tarrow Foods)"},
        {"Ada Lind, Harlow Ferry Company's chief executive, said rents rose.", "Ada Lind, Harlow Ferry Company's chief executive, said",
         "Ada Lind (Harlow Ferry Company)"},
        // A role opening the sentence before the name and where the person works.
        {"Analyst Ada Lind of Tarrow Securities said rents rose.", "Analyst Ada Lind of Tarrow Securities said", "Ada Lind (Tarrow Securities)"},
        // An appositive between subject and verb.
        {"Selby Bank, the county's largest lender, said on Monday that deposits fell.", "Selby Bank, the county's largest lender, said", "Selby Bank"},
        // Verb forms beyond "said".
        {"The Wool Board has warned that stocks are thin.", "The Wool Board has warned", "Wool Board"},
        {"Mayor Ilse Brandt was quoted as saying the bridge would reopen.", "Mayor Ilse Brandt was quoted as saying", "Mayor Ilse Brandt"},
        {"The Fishing Federation called for a ban on night trawling.", "The Fishing Federation called for", "Fishing Federation"},
        {"The Fishing Federation called on Monday for a ban on night trawling.", "The Fishing Federation called",
         "Fishing Federation"},  // a time before "for"
        // A maker of something in one word reports as a company does (the business named before it); a plural's
        // possessive inside a name.
        {"Tarrow Motors will cut 2,400 jobs, the carmaker said on Thursday.", "the carmaker said", "Tarrow Motors"},
        {"Jobs will go, the carmaker said on Thursday.", "the carmaker said", "carmaker"},
        {"Crowds fell to 18,400, according to figures from the league.", "according to figures from the league", "league"},
        {"Fees rose, according to the Harlow Ferry Owners' Association.", "according to the Harlow Ferry Owners' Association",
         "Harlow Ferry Owners' Association"},
        {"According to the Harlow Times' Tarrow correspondent, fees rose.", "According to the Harlow Times", "Harlow Times"},
        // What a clause rests on, after "citing".
        {"The council cut fees, citing figures from the Harlow Port Authority.", "citing figures from the Harlow Port Authority",
         "Harlow Port Authority"},
        {"Ana Ruiz attacked the plan, citing a 2021 report by the state audit office that found defences were weak.",
         "citing a 2021 report by the state audit office", "state audit office"},
        {"Fares rose 4%, citing Harlow Bank.", "citing Harlow Bank", "Harlow Bank"},
        // A comparison with what someone expected.
        {"Borrowing rose more than Ivo Lind predicted.", "Ivo Lind predicted", "Ivo Lind"},
        {"Fees were higher than the Harlow Institute expected in May.", "the Harlow Institute expected", "Harlow Institute"},
        // Data as the subject.
        {"Figures from the Orchard Council showed exports slipping.", "Figures from the Orchard Council showed", "Orchard Council"},
        {"Early estimates from the Northern Development Bank put growth at 2 percent.", "Early estimates from the Northern Development Bank put", "Northern Development Bank"},
        // Officials of a place are officials, not the place.
        {"Officials in Valdmoor reported two closures.", "Officials in Valdmoor reported", "Officials in Valdmoor"},
        {"Officials at the port of Valdmoor reported two closures.", "Officials at the port of Valdmoor reported",
         "Officials at the port of Valdmoor"},
        // A leading conjunction stays out of the name.
        {"But Harbour Minister Lena Okafor said the plan stands.", "Harbour Minister Lena Okafor said", "Harbour Minister Lena Okafor"},
        // A title, then the name between commas.
        {"The transport secretary, Piet Molen, said fares would rise.", "The transport secretary, Piet Molen, said", "Piet Molen"},
        // A person "of" where they work, as the subject and inverted.
        {"Ines Marlow of Tarrow Securities Inc noted that yields rose.", "Ines Marlow of Tarrow Securities Inc noted", "Ines Marlow (Tarrow Securities Inc)"},
        {"\"Yields will rise,\" said Ines Marlow of Tarrow Securities.", "said Ines Marlow of Tarrow Securities", "Ines Marlow (Tarrow Securities)"},
        // A body named before the place it is in.
        {"An economist at the Bank of Carrow (BoC) in Lisbon said costs rose.", "An economist at the Bank of Carrow (BoC) in Lisbon said", "Bank of Carrow"},
        // An abbreviation's periods inside the appositive; a place glued to "-based" describes the name.
        {"Ivo Lind, a Ph.D. student of naval history, told the council the ferry was late.",
         "Ivo Lind, a Ph.D. student of naval history, told", "Ivo Lind"},
        {"The Tarrow-based Harlow Policy Centre said fares would rise.", "The Tarrow-based Harlow Policy Centre said", "Harlow Policy Centre"},
        {"The U.S.-based Harlow Policy Centre said fares would rise.", "The U.S.-based Harlow Policy Centre said", "Harlow Policy Centre"},
        // Where a person works: a post without an article, a possessive body, a body before the post.
        {"\"Fares rose,\" said Ana Ruiz, chief executive of Harlow Bank.", "said Ana Ruiz", "Ana Ruiz (Harlow Bank)"},
        {"The Harlow Fund's Ivo Lind said fares would rise.", "The Harlow Fund's Ivo Lind said", "Ivo Lind (Harlow Fund)"},
        {"Harlow Bank chief economist Ivo Lind said fares would rise.", "Harlow Bank chief economist Ivo Lind said",
         "Ivo Lind (Harlow Bank)"},
        {"\"Fares rose,\" said Ana Ruiz, a director of the Council for a Fair Harbour.", "said Ana Ruiz",
         "Ana Ruiz (Council for a Fair Harbour)"},
        {"\"Fares rose,\" said Ana Ruiz, an owner of Tarrow-based Ivo B. Lind Company.", "said Ana Ruiz",
         "Ana Ruiz (Ivo B. Lind Company)"},
        // Inverted, a post after its modifiers or a place ("regional director of", "Tarrow country director for").
        {"\"Fares rose,\" said Rosa Imbert, regional director of the Tarrow Ferry Board.", "said Rosa Imbert",
         "Rosa Imbert (Tarrow Ferry Board)"},
        {"\"Fares rose,\" said Ivo Lind, Tarrow country director for Harbour Watch, a rights group.", "said Ivo Lind",
         "Ivo Lind (Harbour Watch)"},
        // A family name with where the person works now is the person named in full before; a place after
        // a point of the compass is no employer.
        {"Ivo Lind runs the quay. \"Fares rose,\" said Lind, a fellow of the Harlow Institute.", "said Lind",
         "Ivo Lind (Harlow Institute)"},
        {"\"Fares rose,\" says Ana Ruiz, an elder of the Tarrow clan of eastern Harlow.", "says Ana Ruiz", "Ana Ruiz"},
        // Inverted, a role in lower case, the name, then where they work after "from".
        {"\"We are worried,\" said chief inspector Ana Ruiz from the Harlow police.",
         "said chief inspector Ana Ruiz from the Harlow police", "Ana Ruiz (Harlow police)"},
        // A degree between commas after the name; an appositive that opens with where they work.
        {"\"Fares rose,\" says Ana Ruiz, MD, president of the Tarrow Ferry Society.", "says Ana Ruiz",
         "Ana Ruiz (Tarrow Ferry Society)"},
        {"Fares rose, says Ivo B. Lind, PhD, of Harlow University in Tarrow.", "says Ivo B. Lind", "Ivo B. Lind (Harlow University)"},
        {"\"Fares rose,\" said Ada Brand, of the Harlow Institute.", "said Ada Brand", "Ada Brand (Harlow Institute)"},
        // Inverted, where they work after "of" and a description of it in lower case.
        {"\"Fees rose,\" said Ivo Lind of ferry tracker Harlow Counts.", "said Ivo Lind of ferry tracker Harlow Counts",
         "Ivo Lind (Harlow Counts)"},
        // Inverted, a post after a determiner, then the name after a comma (of the body named last, after "its").
        {"The Harlow Port Board met. Fares \"hardly changed\", said its chief executive, Ana Ruiz.",
         "said its chief executive, Ana Ruiz", "Ana Ruiz (Harlow Port Board)"},
        {"Fares rose, said the harbour manager, Ivo Lind.", "said the harbour manager, Ivo Lind", "Ivo Lind"},
        // …a post of a place's staff ("master", "headteacher", "curator").
        {"Fares rose, said the harbour master, Ivo Lind.", "said the harbour master, Ivo Lind", "Ivo Lind"},
        {"Fees rose, said the headteacher, Ana Ruiz.", "said the headteacher, Ana Ruiz", "Ana Ruiz"},
        // A knight named again by title and first name.
        {"Fares rose, said Sir Ivo Lind. Sir Ivo added that more would follow.", "Sir Ivo added", "Sir Ivo Lind"},
        // Where it was said after the verb is no inverted source: the subject before the verb is.
        {"The mayor, Ivo Brand, said on Harbour Radio that fares would rise.", "The mayor, Ivo Brand, said", "Ivo Brand"},
        // A participle's phrase of time between the subject and the verb.
        {"A report by the Harlow Institute, published on Tuesday, found that fares rose 12%.",
         "A report by the Harlow Institute, published on Tuesday, found", "Harlow Institute"},
        // A body by its kind, then its name between commas.
        {"Fares rose after the regulator, the Tarrow Ports Authority, warned of delays.",
         "the regulator, the Tarrow Ports Authority, warned", "Tarrow Ports Authority"},
        // (Initials that say whose body it is stand before its kind: no name of its own.)
        {"More than 60,000 people have fled, the UN refugee agency, HRA, said on Friday.",
         "the UN refugee agency, HRA, said", "HRA"},
        {"The EU statistics office, Ostastat, said prices rose 2%.", "The EU statistics office, Ostastat, said", "Ostastat"},
        // A body whose name holds a plural's possessive mark, after "of the".
        {"Ana Ruiz of the Harlow Ferry Users' Group said the rise was bad.",
         "Ana Ruiz of the Harlow Ferry Users' Group said", "Ana Ruiz (Harlow Ferry Users' Group)"},
        // What a named body's document is about, between the document and its verb.
        {"A Harlow Ports Office review on the 12 busiest quays says costs have risen.",
         "A Harlow Ports Office review on the 12 busiest quays says", "Harlow Ports Office"},
        // The employer before a relative clause about the person.
        {"\"Fares rose,\" said Ana Ruiz, a professor at Tarrow University whose research covers ferries.",
         "said Ana Ruiz", "Ana Ruiz (Tarrow University)"},
        // An executive's initials are a post, after the body it is held in.
        {"CEO Ivo Lind said fares would rise.", "CEO Ivo Lind said", "Ivo Lind"},
        {"Harlow Ferries CEO Ivo Lind said fares would rise.", "Harlow Ferries CEO Ivo Lind said", "Ivo Lind (Harlow Ferries)"},
        // A body's office, capitalised, between the body (or its initials) and the holder's name; a minister's
        // portfolio is no body.
        {"Harbour Council President Ana Ruiz said fees rose.", "Harbour Council President Ana Ruiz said", "Ana Ruiz (Harbour Council)"},
        {"Harbour Council (HC) President Ana Ruiz said fees rose.", "Harbour Council (HC) President Ana Ruiz said", "Ana Ruiz (HC)"},
        {"Harbour Minister Ana Ruiz said fees rose.", "Harbour Minister Ana Ruiz said", "Harbour Minister Ana Ruiz"},
        // Verbs of answering report.
        {"Ana Ruiz countered that the talks had failed.", "Ana Ruiz countered", "Ana Ruiz"},
        {"Ivo Lind retorted that fees were fair.", "Ivo Lind retorted", "Ivo Lind"},
        {"The ministry replied that 40 boats had sunk.", "The ministry replied", "ministry"},
        {"\"Fares rise,\" said Harlow Ferries CEO Ivo Lind.", "said Harlow Ferries CEO Ivo Lind", "Ivo Lind (Harlow Ferries)"},
        {"\"Fares rise,\" said Harbour Council President Ana Ruiz.", "said Harbour Council President Ana Ruiz",
         "Ana Ruiz (Harbour Council)"},
        // The body before a post, the post before the name, inverted or not; a club is a body.
        {"\"We will win,\" said Harlow Bank chief economist Ana Ruiz.", "said Harlow Bank chief economist Ana Ruiz",
         "Ana Ruiz (Harlow Bank)"},
        {"Harlow United striker Ivo Lind said the team was ready.", "Harlow United striker Ivo Lind said", "Ivo Lind (Harlow United)"},
        {"\"We will win,\" said Tarrow Rovers manager Ana Ruiz.", "said Tarrow Rovers manager Ana Ruiz", "Ana Ruiz (Tarrow Rovers)"},
        // A body's possessive before the desk and the post: the body.
        {"The plan failed, the HBC's North America editor Ivo Lind said.", "the HBC's North America editor Ivo Lind said",
         "Ivo Lind (HBC)"},
        {"The Harlow Courier's chief reporter Ana Ruiz said fares rose.", "The Harlow Courier's chief reporter Ana Ruiz said",
         "Ana Ruiz (Harlow Courier)"},
        // An organ of a body, named by the body's possessive: the body.
        {"Ana Ruiz, a member of Harbour Watch's general council, said fares rose.",
         "Ana Ruiz, a member of Harbour Watch's general council, said", "Ana Ruiz (Harbour Watch)"},
        // Quoted or cited "as saying": the one quoted; a report named by where it was published.
        {"The Harlow Courier quoted Ivo Lind as saying fares would rise.", "quoted Ivo Lind as saying", "Ivo Lind"},
        {"Ivo Lind was cited as saying fares would rise.", "Ivo Lind was cited as saying", "Ivo Lind"},
        {"A report in the Harlow Courier said fares rose.", "A report in the Harlow Courier said", "Harlow Courier"},
        {"Ivo Lind, quoted by the Harlow Courier, said fares would rise.", "Ivo Lind, quoted by the Harlow Courier, said", "Ivo Lind"},
        // Science writing: a person and their colleagues, findings where they were published, advice.
        {"Ruiz and her colleagues found that naps help.", "Ruiz and her colleagues found", "Ruiz"},
        {"The findings, published in the journal Harlow Sleep, suggest that naps help.",
         "The findings, published in the journal Harlow Sleep, suggest", "Harlow Sleep"},
        {"The Harlow Health Agency recommends two naps a day.", "The Harlow Health Agency recommends", "Harlow Health Agency"},
        {"Fees rose, according to Harlow Mining Corp figures.", "according to Harlow Mining Corp figures", "Harlow Mining Corp"},
        // One who speaks for a body named before them: the body (not an adjective of place).
        {"A Harlow Council spokesperson said the road would reopen.", "A Harlow Council spokesperson said", "Harlow Council"},
        {"A UN spokesman said the talks would resume.", "A UN spokesman said", "UN"},
        // A person after "according to", with where they work; and the surname after.
        {"According to Ivo Lind, a fellow of the Harlow Institute, the treaty is dead.", "According to Ivo Lind",
         "Ivo Lind (Harlow Institute)"},
        {"Fees rose 4%, according to Ana Ruiz, an analyst at Harlow Bank.", "according to Ana Ruiz",
         "Ana Ruiz (Harlow Bank)"},  // the appositive closed by the sentence's end
        {"Fees will rise \xE2\x80\x94 according to Ana Ruiz, an analyst at Harlow Bank \xE2\x80\x94 by 4%.", "according to Ana Ruiz",
         "Ana Ruiz (Harlow Bank)"},  // …or by a dash
        // A role in a body, then the person's name after a comma.
        {"Fees rose 4%, according to the head of the Harlow Port Authority, Ana Ruiz.", "according to the head of the Harlow Port Authority, Ana Ruiz",
         "Ana Ruiz (Harlow Port Authority)"},
        {"According to the chief economist of Harlow Bank, Ivo Lind, fees rose 4%.",
         "According to the chief economist of Harlow Bank, Ivo Lind", "Ivo Lind (Harlow Bank)"},
        {"The port is idle, according to Ivo Lind. Lind believes it will never turn a profit.", "Lind believes", "Ivo Lind"},
        // A time phrase between the participle of publishing and the author.
        {"Sales rose, according to data issued on Friday by the Harlow Phonographic Board.",
         "according to data issued on Friday by the Harlow Phonographic Board", "Harlow Phonographic Board"},
        // Where a study was published names it; a day after "on" is no part of the name.
        {"The risk fell, according to a study published in the journal Harbour Science on Monday.",
         "according to a study published in the journal Harbour Science", "Harbour Science"},
        // Data owned with a possessive: its owner, by name or by kind.
        {"Fees rose, according to the Harlow Fund's figures.", "according to the Harlow Fund's figures", "Harlow Fund"},
        {"According to the ministry's own figures, 300 boats sank.", "According to the ministry's own figures", "ministry"},
        // The first employer, before a second post or the place it is in; a long appositive.
        {"\"Fares will rise,\" said Ana Lind, a fellow at the Harlow Institute and a founder of the Tarrow Forum.",
         "said Ana Lind", "Ana Lind (Harlow Institute)"},
        {"\"Fares will rise,\" Ivo Brand, a visiting scholar with the Department of Ports at Harlow University in Tarrow, told the council.",
         "Ivo Brand, a visiting scholar with the Department of Ports at Harlow University in Tarrow, told",
         "Ivo Brand (Harlow University)"},
        {"\"Fares will rise,\" said Ivo Brand, a former skipper and a professor of maritime law at Harlow Naval University.",
         "said Ivo Brand", "Ivo Brand (Harlow Naval University)"},
        {"\"Fares will rise,\" said Ana Lind, a 25-year-old teacher of English in Tarrow.", "said Ana Lind", "Ana Lind"},
        // An employer whose name holds a plural's possessive.
        {"\"Fares will rise,\" said Ana Lind, general secretary of the Harlow Pilots' Union.", "said Ana Lind",
         "Ana Lind (Harlow Pilots' Union)"},
        {"A Harlow Courier analysis found that fees rose.", "A Harlow Courier analysis found", "Harlow Courier"},
        {"The Harlow Fund report said fees rose.", "The Harlow Fund report said", "Harlow Fund"},
        // Court news: a document of a case, a court's ruling, one side of a case.
        {"The indictment alleges that Ivo Lind took the boats.", "The indictment alleges", "indictment"},
        {"The judge ruled that the ferry was safe.", "The judge ruled", "judge"},
        {"The court heard that Ivo Lind moved $3.4 million offshore.", "The court heard", "court"},
        {"The defense argued that the ferry was safe.", "The defense argued", "defense"},
        // A club reports like a body; a team's coach keeps the role the text gives.
        {"The club said in a statement that the keeper had signed.", "The club said", "club"},
        {"The coach said the team deserved the win.", "The coach said", "coach"},
        // A body's statement, website or spokesman, owned with a possessive: the body.
        {"The Harlow Fund's statement said fees would rise.", "The Harlow Fund's statement said", "Harlow Fund"},
        {"The Harlow Fund's spokesman said fees would rise.", "The Harlow Fund's spokesman said", "Harlow Fund"},
        {"The Harlow Fund's annual report showed fees rose.", "The Harlow Fund's annual report showed", "Harlow Fund"},
        // A phrase of time or place between commas; an adverb of time before the verb.
        {"Ivo Lind, in a tweet, said fees would rise.", "Ivo Lind, in a tweet, said", "Ivo Lind"},
        {"Ivo Lind has long argued that fees should rise.", "Ivo Lind has long argued", "Ivo Lind"},
        // "points out"; an age, then a description, between commas.
        {"Ivo Lind points out that fares will keep rising.", "Ivo Lind points out", "Ivo Lind"},
        {"Ivo Lind, 54, a ferry captain from Tarrow, said fares would rise.", "Ivo Lind, 54, a ferry captain from Tarrow, said", "Ivo Lind"},
        // An adverb between subject and verb.
        {"Party spokesman Ivo Brand meanwhile said costs rose.", "Party spokesman Ivo Brand meanwhile said", "Ivo Brand"},
        {"Harlow Oil also suggested that prices rise.", "Harlow Oil also suggested", "Harlow Oil"},
        {"Mr Tove firmly denied that costs rose.", "Mr Tove firmly denied", "Mr Tove"},
        // An appositive holding a plural possessive, or a place with its country.
        {"Rents are high, Ana Ruiz, the director of studies at Harlow Colleges' School of Law, said on Monday.",
         "Ana Ruiz, the director of studies at Harlow Colleges' School of Law, said", "Ana Ruiz (Harlow Colleges' School of Law)"},
        {"Rents are high, Ivo Brand, a lecturer at Calder University in Lisbon, Portugal, told the Courier.",
         "Ivo Brand, a lecturer at Calder University in Lisbon, Portugal, told", "Ivo Brand (Calder University)"},
        // A country's initials in capitals are a name, not "us".
        {"The US agency says it will grow.", "The US agency says", "US agency"},
        {"Awareness is low, said the US Harbour Safety Agency (HSA).", "said the US Harbour Safety Agency (HSA)", "HSA"},
        // The owner of the data, without the possessive.
        {"Sir Ivo Brand's inquiry also found the account was wrong.", "Sir Ivo Brand's inquiry also found", "Sir Ivo Brand"},
        // A name and its title with no comma closing the title.
        {"Ana Ruiz, chairman of Harlow Bank NV (HBN) said the policy was cautious.", "Ana Ruiz, chairman of Harlow Bank NV (HBN) said",
         "Ana Ruiz (Harlow Bank NV)"},
        {"However, the ferry company said costs rose.", "the ferry company said", "ferry company"},
        // A name, then "which" or "who", with an aside before the verb.
        {"It comes from Harlow Weekly, which, last week, concluded that the deal was done.",
         "Harlow Weekly, which, last week, concluded", "Harlow Weekly"},
        // Numbers inside the description of who reports.
        {"The poll of 2,000 people in 20 towns found that most wanted more.", "The poll of 2,000 people in 20 towns found",
         "poll of 2,000 people in 20 towns"},
        // A nationality before the data names no one: the phrase as written.
        {"The Ostlandic election results also suggest a swing.", "The Ostlandic election results also suggest", "Ostlandic election results"},
        // A chief officer's initials before the name between commas.
        {"Harlow's CTO, Ivo Brand, acknowledged the flaw.", "Harlow's CTO, Ivo Brand, acknowledged", "Ivo Brand"},
        // Who saw the document is not who wrote it.
        {"Naval reports seen by the Courier suggest the fleet is small.", "Naval reports seen by the Courier suggest", "Naval reports"},
        // A function word set in capitals at a paragraph's start stays out of the name.
        {"AS Harbour Minister Ana Ruiz said, the port will close.", "Harbour Minister Ana Ruiz said", "Harbour Minister Ana Ruiz"},
        // An initial's period inside an inverted source.
        {"\"It is a worry,\" said C. Ada Lind, a fellow at Harlow College.", "said C. Ada Lind", "C. Ada Lind (Harlow College)"},
        {"\"It is a worry,\" said Robert M. Lind.", "said Robert M. Lind", "Robert M. Lind"},
        // Initials after "said" that open the reported clause are no inverted source.
        {"Ada Lind, director of the board, said U.S. growers could gain.", "Ada Lind, director of the board, said", "Ada Lind"},
        // A title's period inside an inverted source.
        {"\"We reasoned so,\" explains Dr. Ana Ruiz.", "explains Dr. Ana Ruiz", "Ana Ruiz"},
        // An abbreviation's periods inside an appositive.
        {"Ana Ruiz, U.S. assistant trade representative, said in a statement that talks failed.",
         "Ana Ruiz, U.S. assistant trade representative, said", "Ana Ruiz"},
        // One name between commas after a person's role or kin.
        {"\"We did what we could,\" her mother, Ines, said on Friday.", "her mother, Ines, said", "Ines"},
        {"The spokesman, Ivo, said the line would reopen.", "The spokesman, Ivo, said", "Ivo"},
        // A present-tense verb after data or a document, and "states" after a body.
        {"A Harlow College study shows that naps help memory.", "A Harlow College study shows", "Harlow College"},
        {"As the Harlow Fund states, the rules are clear.", "the Harlow Fund states", "Harlow Fund"},
        // A word set in capitals at a sentence's start that the text capitalises elsewhere too is a name.
        {"Tarrow claims that its drivers are safe. Riders of Tarrow pay more.", "Tarrow claims", "Tarrow"},
        // A participle of publishing or a time phrase between a document and its author.
        {"Rents are highest in Harlow, a survey released this week by Harbour Living Costs said.",
         "a survey released this week by Harbour Living Costs said", "Harbour Living Costs"},
        // "see" as a forecast, by people who forecast or a body, with a figure after it.
        {"Fares rose. Economists at Harlow Bank now see growth of 0.8%.", "Economists at Harlow Bank now see", "Harlow Bank"},
        {"Fares rose. Harlow Bank sees a 2% fall in output.", "Harlow Bank sees", "Harlow Bank"},
        // A group with one of them named between commas: that person.
        {"Fares rose. Some experts, like Sara Kim of the Ostland Policy Forum, believe the risk is small.",
         "Some experts, like Sara Kim of the Ostland Policy Forum, believe", "Sara Kim (Ostland Policy Forum)"},
        {"Tom Brand, a former minister, spoke. Others, including Brand, have argued that fees rose.",
         "Others, including Brand, have argued", "Tom Brand"},
        {"Fares rose. Critics, including opposition lawmaker Mira Santos, say the loans cost 6 percent.",
         "Critics, including opposition lawmaker Mira Santos, say", "Mira Santos"},
        // …or a body, after "the" and words of its kind, or named as a body's name is.
        {"Fares rose. But critics, including the opposition Ostland Forward party, say the cut is too small.",
         "critics, including the opposition Ostland Forward party, say", "Ostland Forward party"},
        {"Opponents, including the Tarrow Residents' Group, say noise will rise.",
         "Opponents, including the Tarrow Residents' Group, say", "Tarrow Residents' Group"},
        {"Fares rose. Others, including the think tank Tarrow Forward, argue that trams are better.",
         "Others, including the think tank Tarrow Forward, argue", "Tarrow Forward"},
        {"Fares rose. Some lenders, like Harlow Savings Bank, said rates would hold.",
         "Some lenders, like Harlow Savings Bank, said", "Harlow Savings Bank"},
        // A body by its kind, then any name between commas; a plural's possessive mark inside the subject.
        {"A new tram costs more, the riders' association, Ridewell, says.", "the riders' association, Ridewell, says", "Ridewell"},
        {"The dockers' union said pay would rise.", "The dockers' union said", "dockers' union"},
        // A post said in lower case to be of someone, then the holder's name after a comma.
        {"\"We won,\" said the chair of the campaign group, Ada Brennan.", "said the chair of the campaign group, Ada Brennan",
         "Ada Brennan"},
        {"\"We won,\" said the group's chair, Ada Brennan.", "said the group's chair, Ada Brennan", "Ada Brennan"},
        // One who speaks for a body the text names by what it does and its kind.
        {"A spokesman for the transport ministry said fares would rise.", "A spokesman for the transport ministry said",
         "transport ministry"},
        {"A fisheries ministry spokeswoman said quotas would fall.", "A fisheries ministry spokeswoman said", "fisheries ministry"},
        // …and a body a sentence opened with, by a place's name and its kind in lower case.
        {"The Tarrow central bank cut its rate to 4.5 pct, a bank spokesman said.", "a bank spokesman said",
         "Tarrow central bank"},
        {"The Harlow finance ministry raised taxes. It said revenue would rise.", "It said", "Harlow finance ministry"},
        // "The firm" or "the company", with no business spoken yet: the one the text described as a business.
        {"Shares in Tarrowsoft, the software maker, fell. The firm now expects a loss.", "The firm now expects", "Tarrowsoft"},
        // "added" before a clause.
        {"Ivo Lind added the pier would close in May.", "Ivo Lind added", "Ivo Lind"},
        // Remarks in the plural between commas before the verb.
        {"Ivo Lind, in remarks published on Friday, said fees would rise.", "Ivo Lind, in remarks published on Friday, said",
         "Ivo Lind"},
        // A legislator's party and state in parentheses before the verb.
        {"Rep. Ana Ruiz (D-Ostland) said the pier should close.", "Ana Ruiz (D-Ostland) said", "Ana Ruiz"},
        // "called" with its object and a quotation: what someone thinks, in their words.
        {"Sen. Ivo Lind called the fare rise \"deeply unfair\".", "Ivo Lind called", "Ivo Lind"},
        // A surname for the person named in full before with a possessive ("President Ivo Lind's plan").
        {"The pier is the flagship of President Ivo Lind's ferry plan. Lind has called the plan \"a deal for the decade\".",
         "Lind has called", "Ivo Lind"},
        // "declared" before a clause, a quotation or at a clause's end.
        {"\"The pier is safe,\" the minister declared.", "the minister declared", "minister"},
        {"\"The pier is safe,\" Ivo Lind declared on harbour radio.", "Ivo Lind declared", "Ivo Lind"},
        // …and a body named before whose kind heads its name.
        {"The Tarrow Ministry of Ports raised fees. A ministry spokesman said they would rise again.",
         "A ministry spokesman said", "Tarrow Ministry of Ports"},
        // A document's title between commas.
        {"Fares rose. A report by the Harlow Institute, titled \"Harbours\", found that 7 ports were sold.",
         "A report by the Harlow Institute, titled \"Harbours\", found", "Harlow Institute"},
        // A sentence that opens with whose view it gives.
        {"Fares rose. In the Harlow Institute's estimate, 300 ports changed hands.", "In the Harlow Institute's estimate",
         "Harlow Institute"},
        {"Maria Vale, a fellow at Tarrow College, spoke. In Vale's view, the deal will cost 5,000 jobs.", "In Vale's view",
         "Maria Vale (Tarrow College)"},
        // Data and who analysed or collected it.
        {"Fares rose. Buoy data analysed by the Tarrow Sea Centre showed that swells were 3 m high.",
         "Buoy data analysed by the Tarrow Sea Centre showed", "Tarrow Sea Centre"},
        {"Fares rose. Figures collected by Harlow Watch suggest 300 homes are empty.",
         "Figures collected by Harlow Watch suggest", "Harlow Watch"},
        {"An inquiry last week by the Courier, a regional weekly, concluded that the pier was unsafe.",
         "An inquiry last week by the Courier, a regional weekly, concluded", "Courier"},
        // A capitalised word in "-ly" inside a name is no adverb.
        {"An inquiry by Harlow Weekly concluded that the pier was unsafe.", "An inquiry by Harlow Weekly concluded", "Harlow Weekly"},
        // …and one alone before the verb, opening its sentence, that the text never writes in lower case.
        {"Fares rose. Tarrowly said that its riders paid 4% more.", "Tarrowly said", "Tarrowly"},
        {"Fares rose. Tarrowly reported a loss of $4m.", "Tarrowly reported", "Tarrowly"},
        // A short form in title case after the employer's name, with no comma closing the title.
        {"Ivo Brand, chairman of Harlow-Tarrow Bank NV (Hatro) said rates would hold.",
         "Ivo Brand, chairman of Harlow-Tarrow Bank NV (Hatro) said", "Ivo Brand (Harlow-Tarrow Bank NV)"},
        // One word opening the sentence, a name the text capitalises elsewhere, before "and said".
        {"Lind blamed the board for the delay and said the pier would reopen. The pier was built by Lind.", "and said", "Lind"},
        // A verb that is also a plural noun, after "the" and one who reports, before what is reported.
        {"Since then, the company claims its fares have fallen.", "the company claims", "company"},
        // "states" before a quotation.
        {"In a later post, Lind states, \"Nobody checked the figures.\"", "Lind states", "Lind"},
        // A document by its author, then "that" as the verb's subject.
        {"Lind shared an article by Harlow Weekly that claimed the mayor lied.", "article by Harlow Weekly that claimed", "Harlow Weekly"},
        {"Lind shared an article by Tarrow magazine that claimed the mayor lied.", "article by Tarrow magazine that claimed",
         "Tarrow magazine"},  // what the name is, in lower case after it
        // A surname's particle stays in the name.
        {"The lamps suited signs, de Varga notes.", "de Varga notes", "de Varga"},
        {"\"It works,\" said Jan van der Lind.", "said Jan van der Lind", "Jan van der Lind"},
        // "As … recalled": an adverb between the name and the verb.
        {"As Lind later recalled, the ferry was full that night.", "Lind later recalled", "Lind"},
        // "and" after a word in lower case opens a clause of its own, with the name as its subject…
        {"Harlow shipped its first ferry and Ivo Lind said that the deck was new.", "Ivo Lind said", "Ivo Lind"},
        // …but nouns of who reports joined by "and" are one subject.
        {"The debt is safe, local bankers and Harlow officials told the Courier.",
         "local bankers and Harlow officials told", "local bankers and Harlow officials"},
        // An aside in parentheses between the name and its verb.
        {"Ivo Lind (who wrote the review above) noted that Harlow Port raised its fees.",
         "Ivo Lind (who wrote the review above) noted", "Ivo Lind"},
        // A short phrase of time or place opening the sentence without a comma.
        {"In that update Ivo Lind suggested that the pier would reopen.", "Ivo Lind suggested", "Ivo Lind"},
        {"During the hearing Ana Ruiz also argued that the fees were too high.", "Ana Ruiz also argued", "Ana Ruiz"},
        // A phrase of time opening the sentence without a comma, before any subject.
        {"The ferry left. On Monday Harlow Bank said the pier was unsafe.", "Harlow Bank said", "Harlow Bank"},
        {"The ferry left. Late last week Harlow Bank said the pier was unsafe.", "Harlow Bank said", "Harlow Bank"},
        {"The ferry left. On May 3 Harlow Bank said the pier was unsafe.", "Harlow Bank said", "Harlow Bank"},
        {"The ferry left. On Monday the ministry said the pier was unsafe.", "the ministry said", "ministry"},
        {"Ana Ruiz studied the pier. In May she said the pier was unsafe.", "she said", "Ana Ruiz"},
        {"Ana Ruiz studied the pier. In 2019 she found that the pier was unsafe.", "she found", "Ana Ruiz"},
        {"The ferry left. On Monday Jan Lind said the pier was unsafe.", "Jan Lind said", "Jan Lind"},
        {"The ferry left. On Jan 4 Harlow Bank said the pier was unsafe.", "Harlow Bank said", "Harlow Bank"},
        // …or of what the speaker was doing; one word will do there when the text never writes it in lower case.
        {"Commenting on the debt Ana Ruiz said it was high.", "Ana Ruiz said", "Ana Ruiz"},
        {"Ivo Lind runs the port. In that update Lind also suggested that fees rise.", "Lind also suggested", "Ivo Lind"},
        // A description that ends in a person's role before the name ("… 2005 author").
        {"Harlow Guide to Ferries 2005 author Ivo Lind said at least 11 boats were sold.", "Ivo Lind said", "Ivo Lind"},
        // An age between commas after the name; a post on a social network.
        {"Ana Ruiz, 45, said the boats were old.", "Ana Ruiz, 45, said", "Ana Ruiz"},
        {"Ana Ruiz tweeted that the ferry was late.", "Ana Ruiz tweeted", "Ana Ruiz"},
        {"Ana Ruiz posted on social media that the ferry was late.", "Ana Ruiz posted", "Ana Ruiz"},
        {"Harlow Ferries posted on its website that 40 sailings were cancelled.", "Harlow Ferries posted", "Harlow Ferries"},
        // A trade capitalised only because it opens the sentence stays out of the name; an office stays in.
        {"Economist Ana Ruiz said rates would rise.", "Economist Ana Ruiz said", "Ana Ruiz"},
        {"Attorney General Ana Ruiz said 14 people were charged.", "Attorney General Ana Ruiz said",
         "Attorney General Ana Ruiz"},  // a title of two words stays whole
        // A kind of business, or a rival, opening the sentence before the name is no part of it.
        {"Carmaker Tarrow Motors said sales rose 8%.", "Carmaker Tarrow Motors said", "Tarrow Motors"},
        {"Rival Ostsoft said its sales rose 8%.", "Rival Ostsoft said", "Ostsoft"},
        {"Retailer Tarrowmart said sales rose 8%.", "Retailer Tarrowmart said", "Tarrowmart"},
        {"Commenter Ivo Lind noted that the fork was new.", "Commenter Ivo Lind noted", "Ivo Lind"},
        {"President Ana Ruiz said taxes would fall.", "President Ana Ruiz said", "President Ana Ruiz"},
        // Who led a group, or where a document was published, between commas; a year in the subject.
        {"The researchers, led by Ana Ruiz of Harlow University, found that naps help.",
         "The researchers, led by Ana Ruiz of Harlow University, found", "Ana Ruiz (Harlow University)"},
        {"The study, published in the journal Harlow Medicine, found that naps help.",
         "The study, published in the journal Harlow Medicine, found", "Harlow Medicine"},
        {"A 2019 study by Harlow University found that naps help.", "A 2019 study by Harlow University found", "Harlow University"},
        // A reporting verb in the passive, with its source after "by".
        {"Borrowing was 31bn euros, as previously announced by the Harlow Statistics Office.",
         "announced by the Harlow Statistics Office", "Harlow Statistics Office"},
        {"The deal was first reported by the Harlow Courier on Monday.", "reported by the Harlow Courier", "Harlow Courier"},
        {"Port fees are projected by the Harlow Treasury Board to reach 2 billion euros.",
         "projected by the Harlow Treasury Board", "Harlow Treasury Board"},
        {"Subsidies are estimated by the Ostland ministry at 16 billion euros.", "estimated by the Ostland ministry",
         "Ostland ministry"},  // the body's kind after its name
        // A view shared before a clause, or a quotation's speaker after "agreed".
        {"Ana Ruiz, head of the Harlow Grain Council, agreed that the harvest was late.",
         "Ana Ruiz, head of the Harlow Grain Council, agreed", "Ana Ruiz (Harlow Grain Council)"},
        {"\"The number is no worry,\" agreed Ivo Lind of Tarrow Securities.", "agreed Ivo Lind of Tarrow Securities",
         "Ivo Lind (Tarrow Securities)"},
        // The employer's own initials after it in the appositive.
        {"Ivo Lind, director of the ferry program at the Harlow Centre for Port Policy (HCPP), argued that fees would rise.",
         "Ivo Lind, director of the ferry program at the Harlow Centre for Port Policy (HCPP), argued",
         "Ivo Lind (Harlow Centre for Port Policy)"},
        // A characterisation ("described … as") and a charge ("accused … of") report, with their complement.
        {"Ana Ruiz, who chairs the Harlow Grain Council, described the harvest as \"a disaster\".",
         "Ana Ruiz, who chairs the Harlow Grain Council, described", "Ana Ruiz (Harlow Grain Council)"},
        {"Harbour spokesman Ivo Lind accused the board of \"hiding the fees\".", "Harbour spokesman Ivo Lind accused", "Ivo Lind"},
        // "pointed to" a figure gives it a source.
        {"Ana Ruiz pointed to a 12% rise in fuel costs.", "Ana Ruiz pointed", "Ana Ruiz"},
        // A passive's agent right after the figure it gave ("the 1.9% predicted by").
        {"Fees rose 1.4%, below the 1.9% predicted by the Tarrow Fund.", "predicted by the Tarrow Fund", "Tarrow Fund"},
        // "according to the charity": the charity named before.
        {"The charity Ferry Aid, which runs the lifeboats, said fees rose. About 400 boats sank, according to the charity.",
         "according to the charity", "Ferry Aid"},
        {"Previous research by the Harlow Institute suggested that fees rose.", "Previous research by the Harlow Institute suggested",
         "Harlow Institute"},
        // A role, then "and" another role ending with the speaker's name, between commas.
        {"Noted Harlow-watcher, and head of a small ferry consultancy Ana Ruiz, said fares would rise.",
         "Noted Harlow-watcher, and head of a small ferry consultancy Ana Ruiz, said", "Ana Ruiz"},
        {"Veteran port economist, and adviser to the port's pilots Ana Ruiz, said fares would rise.",
         "Veteran port economist, and adviser to the port's pilots Ana Ruiz, said", "Ana Ruiz"},
        // …and in a participle's clause between commas.
        {"The rise, first reported by the Harlow Courier, will add 5% to fares.", "reported by the Harlow Courier", "Harlow Courier"},
        // A role without a name: the person the text named with it before, in lower case too.
        {"Harlow United manager Ivo Lind praised the side. Later the manager said the team had won.", "the manager said",
         "Ivo Lind"},
        // An office without a name: the person the text named with it before.
        {"President Ana Ruiz spoke on Monday. Later the president said taxes would fall.", "the president said",
         "President Ana Ruiz"},
        // A relative clause with no comma before it, after an adverb's comma.
        {"Meanwhile, Harlow Motors which posted a loss, said it was cutting jobs.",
         "Harlow Motors which posted a loss, said", "Harlow Motors"},
        // A verb of stance before a clause: after "that" and a figure, or with its "that" left out.
        {"Ivo Lind announced that 300 ferry jobs would go.", "Ivo Lind announced", "Ivo Lind"},
        // A verb that makes news known, with a figure in its object: the figure's source.
        {"The Harlow Port Authority announced the closure of two quays on Monday.", "The Harlow Port Authority announced",
         "Harlow Port Authority"},
        {"Tarrow Ferries also disclosed a $5 million loss.", "Tarrow Ferries also disclosed", "Tarrow Ferries"},
        {"Ivo Lind, the harbour master, noted the 12 percent fall in traffic.", "Ivo Lind, the harbour master, noted", "Ivo Lind"},
        // "thinks" before a clause: a view.
        {"But Ivo Lind thinks that the pier is too short.", "Ivo Lind thinks", "Ivo Lind"},
        {"Harlow Bank thinks fees will rise.", "Harlow Bank thinks", "Harlow Bank"},
        // "The report said" with no report named before: the report of the body that spoke last.
        {"The Harlow Audit Office said fees rose. The report said the pier was unsafe.", "The report said",
         "Harlow Audit Office"},
        {"Ports fail to report fees. Harlow Bank said so. The report said the pier was unsafe.", "The report said",
         "Harlow Bank"},
        {"Harlow Bank said fees rose. A report came out. The report said the pier was unsafe.", "The report said",
         "report"},
        {"A report by Tarrow University came out. The report said the pier was unsafe.", "The report said",
         "Tarrow University"},  // (its author named at the text's very start)
        // The connectors of names in other languages.
        {"A dealer at the Bank fuer Harlow (BfH) in Tarrow said fees rose.",
         "A dealer at the Bank fuer Harlow (BfH) in Tarrow said", "Bank fuer Harlow"},
        {"Officials of the Banco del Tarrow said fees rose.", "Officials of the Banco del Tarrow said", "Banco del Tarrow"},
        // A party's label before a person's name is no part of it.
        {"The fees rose, and Conservative Ivo Lind said so.", "Conservative Ivo Lind said", "Ivo Lind"},
        {"Labour Ana Ruiz asked about the pier and said fees rose.", "and said", "Ana Ruiz"},
        // A quotation after a colon, its clause opening with who speaks.
        {"Ana Ruiz, a skipper, put it bluntly: \"Fees will rise.\"", "Ana Ruiz, a skipper, put it bluntly:", "Ana Ruiz"},
        {"In a note, Harlow Bank economist Ana Ruiz was blunt: \"Fees will rise.\"",
         "Harlow Bank economist Ana Ruiz was blunt:", "Ana Ruiz (Harlow Bank)"},
        {"Ivo Lind, a skipper, spoke. He was blunt: \"Fees will rise.\"", "He was blunt:", "Ivo Lind"},
        // "the company added": the business that spoke last, whatever its name; never a public body.
        {"Harlow Ferries said sales rose. The company added that fees fell.", "The company added", "Harlow Ferries"},
        {"The Harlow Statistics Office said sales rose. The company added that fees fell.", "The company added",
         "company"},
        {"Tarrowly announced a new ferry. The company added that fees fell.", "The company added", "Tarrowly"},
        {"Lind announced a new ferry. He said it was late. The company added that fees fell.", "The company added",
         "company"},  // one word a "he" stood for is a person's name
        // A body's kind after "the", when another body spoke last: the one body of that kind named before.
        {"The Harlow Ports Ministry said fees rose. Tarrow Bank said rates rose. The ministry added that 40 ships left.",
         "The ministry added", "Harlow Ports Ministry"},
        // Data and who released it between commas, over the name's connectors, by its initials when given.
        {"The figures, released by the Harlow Office for Port Statistics (HOPS) on Tuesday, show that fees rose.",
         "The figures, released by the Harlow Office for Port Statistics (HOPS) on Tuesday, show", "HOPS"},
        // What the subject rests on, between commas, is no subject.
        {"Tarrow Wire, citing three sources familiar with the matter, reported that fees rose.",
         "Tarrow Wire, citing three sources familiar with the matter, reported", "Tarrow Wire"},
        // Data that spoke last is no business for "the company".
        {"Output rose 3%, official data showed. The company, in a filing, said profit fell.", "The company, in a filing, said",
         "company"},
        // A business by its kind, after its shares were named.
        {"Shares in Tarrowsoft rose 11% after the software maker reported higher sales.", "the software maker reported",
         "Tarrowsoft"},
        {"Shares of Harlow Motors fell after the carmaker said sales slowed. The company expects a loss.",
         "The company expects", "Harlow Motors"},
        // A body of that kind named after the last body spoke, and only one.
        {"The Harlow Glacier Network said ice fell. Data from the Tarrow Space Agency's satellites were used. The agency "
         "estimates that 6% was lost.",
         "The agency estimates", "Tarrow Space Agency"},
        {"The Harbour Party won 40 seats. Tarrow Bank said rates rose. The party says it has 900 members.", "The party says",
         "Harbour Party"},
        {"The Harlow Ports Ministry said fees rose. The Tarrow Trade Ministry said exports fell. Tarrow Bank said rates "
         "rose. The ministry added that 40 ships left.",
         "The ministry added", "ministry"},  // two of that kind: which one is not said
        // A body named by its initials has the kind of the long form given with them.
        {"The Harlow Ports Authority (HPA) said fees rose. Tarrow Bank said rates rose. The authority added that 40 ships left.",
         "The authority added", "HPA"},
        {"The Tarrow Glacier Network (TGN) said 40 glaciers shrank. The network said 3 vanished.", "The network said", "TGN"},
        // "the agency", "the organisation": the body that spoke last, unless its name ends in another kind.
        // A stock's ticker in parentheses between the name and its verb.
        {"Tarrowsoft Inc. (TSFT.O) reported a 34% jump in profit.", "Tarrowsoft Inc. (TSFT.O) reported", "Tarrowsoft Inc"},
        {"Tarrow Motors (NYSE:TM) said sales rose 4%.", "Tarrow Motors (NYSE:TM) said", "Tarrow Motors"},
        {"Profit rose 34%, above Harlow Bank forecasts of 30%.", "above Harlow Bank forecasts", "Harlow Bank"},
        {"The opposition said the plan would cost 40 million euros.", "The opposition said", "opposition"},
        {"The presidency said 40 people attended.", "The presidency said", "presidency"},
        {"The school said 400 pupils were sent home.", "The school said", "school"},
        {"Rescuers pulled 180 people from the water, the coast guard said.", "the coast guard said", "coast guard"},
        {"The Harlow Centre for Disease Control (HCDC) said cases rose. The agency counted 900 cases.",
         "The agency counted", "HCDC"},
        {"The Tarrow Health Organization said cases rose. The organisation said 9 died.", "The organisation said",
         "Tarrow Health Organization"},
        {"Harlow Bank said rates rose. The agency said 40 firms failed.", "The agency said", "agency"},
        {"Harlow United sacked its coach, the club announced. The club said 40 players trained.", "The club said",
         "Harlow United"},
        // "the economist said": the one the text introduced with that role.
        {"Ivo Lind, an economist at Harlow Bank, spoke. The economist said fees rose.", "The economist said", "Ivo Lind"},
        {"Ana Ruiz, a senior analyst at Tarrow Ports, waited. Later the analyst said fees rose.", "the analyst said",
         "Ana Ruiz"},
        {"Ivo Lind, an economist at Harlow Bank, spoke. An economist at Tarrow Bank said fees rose. The economist added "
         "that fees fell.",
         "The economist added", "Tarrow Bank"},  // one more with the role, for a body: no longer the one named before
        // A call on someone to act ("urged … to"); a pronoun after a sentence adverb.
        {"The Harlow Audit Office urged the port board to act.", "The Harlow Audit Office urged", "Harlow Audit Office"},
        {"Ana Ruiz, a Harlow pilot, spoke. She urged the port to act.", "She urged", "Ana Ruiz"},
        {"Harlow Bank grew. Indeed they warned that fees would rise.", "they warned", "Harlow Bank"},
        // A body by its kind, then its name between commas, before or after the verb.
        {"The industry body, the Harlow Potato Council, said fees rose.",
         "The industry body, the Harlow Potato Council, said", "Harlow Potato Council"},
        {"Fees rose, said the regulator, the Harlow Port Authority.", "said the regulator, the Harlow Port Authority",
         "Harlow Port Authority"},
        {"Fees rose, said the regulator, which met on Monday.", "said the regulator", "regulator"},
        // …without the article, as before the verb; a body by its kind, the one named before.
        {"The Harlow Ports Ministry met. Fees rose, said the ministry.", "said the ministry", "Harlow Ports Ministry"},
        // A body by its head word alone, capitalised after "the": the one body named so before it.
        {"The Harlow Central Bank cut rates. The Bank said it would act.", "The Bank said", "Harlow Central Bank"},
        {"Officials of the Tarrow Ports Commission met. The Commission found fees rose.", "The Commission found",
         "Tarrow Ports Commission"},
        {"The Harlow Central Bank and the Tarrow Bank cut rates. The Bank said it would act.", "The Bank said", "Bank"},
        {"The Bank said it would act. The Harlow Central Bank cut rates.", "The Bank said", "Bank"},
        // A person's name before "at" or "from" and where the person works.
        {"Ana Ruiz at Harlow Bank said fees rose.", "Ana Ruiz at Harlow Bank said", "Ana Ruiz (Harlow Bank)"},
        {"Economist Ana Ruiz from the Harlow Institute said fees rose.",
         "Economist Ana Ruiz from the Harlow Institute said", "Ana Ruiz (Harlow Institute)"},
        {"Analysts at Harlow Bank said fees rose.", "Analysts at Harlow Bank said", "Harlow Bank"},
        // A family name alone names in full the person the text named so in passing before it, if no one else.
        {"When Ana Ruiz came to Harlow in 1959, the pier was new. Ruiz said fees rose.", "Ruiz said", "Ana Ruiz"},
        {"Meanwhile Ivo Lind sailed on. Lind said fees rose.", "Lind said", "Ivo Lind"},
        {"A letter from Ana Ruiz came. Mrs Ruiz said fees rose.", "Mrs Ruiz said", "Ana Ruiz"},
        {"A letter from Ivo Lind and a note from Ana Lind came. Lind said fees rose.", "Lind said", "Lind"},
        {"Ruiz said fees rose. Then Ana Ruiz left.", "Ruiz said", "Ruiz"},
        {"Ana Ruiz, an analyst, spoke first. According to Harlow Bank’s Ruiz, fees rose.",
         "According to Harlow Bank’s Ruiz", "Ana Ruiz (Harlow Bank)"},  // a surname after its employer's possessive
        {"Ships sail from South Tarrow. Tarrow said fees rose.", "Tarrow said", "Tarrow"},
        {"Ships sail to Port Tarrow. Tarrow said fees rose.", "Tarrow said", "Tarrow"},
        // The one called on, and an owner opening the reported clause, are no inverted source.
        {"Ana Ruiz, the leader of the Harlow Party, urged Lind to step down.",
         "Ana Ruiz, the leader of the Harlow Party, urged", "Ana Ruiz (Harlow Party)"},
        {"Ivo Lind, the Tarrow Party leader, said Ruiz’s “reckless plan” had failed.",
         "Ivo Lind, the Tarrow Party leader, said", "Ivo Lind"},
        {"Ivo Lind, the Tarrow Party leader, said Harlow's plan had failed.", "Ivo Lind, the Tarrow Party leader, said",
         "Ivo Lind"},
        {"\"Act now,\" urged Ana Ruiz.", "urged Ana Ruiz", "Ana Ruiz"},
        // A share of those a poll asked reports for the poll named before it.
        {"A Harlow Courier poll found fees rose. Forty per cent said fees were high.", "Forty per cent said",
         "Harlow Courier"},
        {"A Harlow Courier poll found fees rose. One in four said fees were high.", "One in four said", "Harlow Courier"},
        {"Tarrow Polls surveyed 900 adults. A majority, 58%, said fees were high.", "A majority, 58%, said", "Tarrow Polls"},
        {"Tarrow Polls surveyed 900 adults. A total of 47% of those questioned said fees were high.",
         "A total of 47% of those questioned said", "Tarrow Polls"},
        {"A Harlow Courier poll found fees rose. Two-thirds said fees were high.", "Two-thirds said", "Harlow Courier"},
        // (…or the poll named with who made it, though it reported nothing itself.)
        {"A poll by the Harlow Institute asked 1,000 voters. Almost half those questioned said the pier should close.",
         "Almost half those questioned said", "Harlow Institute"},
        // A trading or auction house speaks as a body does; "what it says will be": a claim inside the sentence.
        {"Harlow Bank grew. The fine-art auction house said fees will rise.", "The fine-art auction house said",
         "fine-art auction house"},
        {"Harlow Bank built what it says will be the longest pier.", "it says", "Harlow Bank"},
        // "… but said" after a subject in lower case that names a body, or whom a spokesperson speaks for.
        {"The ministry declined to comment but said fees rose.", "but said", "ministry"},
        {"A spokeswoman for the ministry declined to comment but said fees rose.", "but said", "ministry"},
        // A verb that announces: whatever its object, the news is its subject's.
        {"The Harlow Port Authority announced the fines on Monday.", "The Harlow Port Authority announced",
         "Harlow Port Authority"},
        {"Tarrow Ferries disclosed the names of its new owners.", "Tarrow Ferries disclosed", "Tarrow Ferries"},
        {"Ana Ruiz spoke at the pier. She also announced a cut in fares.", "She also announced", "Ana Ruiz"},
        // Who made a document, after a phrase of time; one cited "as saying"; a projection of a figure.
        {"The study, issued on Friday by the Harlow Institute, says 40 ferries are idle.",
         "The study, issued on Friday by the Harlow Institute, says", "Harlow Institute"},
        {"The study, issued in early May by the Harlow Institute, says 40 ferries are idle.",
         "The study, issued in early May by the Harlow Institute, says", "Harlow Institute"},
        {"The Harlow Courier cited Ivo Lind as saying the pier was safe.", "cited Ivo Lind as saying", "Ivo Lind"},
        {"The Harlow Courier cited a ministry official as saying the pier would close.", "The Harlow Courier cited",
         "Harlow Courier"},
        {"The Harlow Institute projects growth of 3 percent next year.", "The Harlow Institute projects", "Harlow Institute"},
        {"Harlow Ferries projected that profit would fall.", "Harlow Ferries projected", "Harlow Ferries"},
        {"For 2026, Harlow Ferries is projecting growth of around 5%.", "Harlow Ferries is projecting", "Harlow Ferries"},
        // "determined that": a finding.
        {"The Harlow Port Inquiry determined that the pier was unsafe.", "The Harlow Port Inquiry determined", "Harlow Port Inquiry"},
        // A form as often a plural noun, inside the subject.
        {"A Harlow Audit Office review of the 12 biggest projects says costs rose.",
         "A Harlow Audit Office review of the 12 biggest projects says", "Harlow Audit Office"},
        // A person after "according to", then where they work after "of".
        {"Fees rose, according to Ana Ruiz of Harbour Watch.", "according to Ana Ruiz of Harbour Watch", "Ana Ruiz (Harbour Watch)"},
        {"Fees rose, according to Ana Ruiz of Harbour Watch. Ruiz said more would follow.", "Ruiz said", "Ana Ruiz (Harbour Watch)"},
        {"Fees rose, according to the Bank of Harlow.", "according to the Bank of Harlow", "Bank of Harlow"},
        // A document of an owner in lower case: the owner, or the body of that kind named before.
        {"The company's filing showed a loss of $5 million.", "The company's filing showed", "company"},
        {"The Harlow Ministry of Ports said fees rose. The ministry's statement said 40 boats were idle.",
         "The ministry's statement said", "Harlow Ministry of Ports"},
        // A count in words after the determiner.
        {"The two Harlow ferry firms said fares would rise.", "The two Harlow ferry firms said", "two Harlow ferry firms"},
        // A person introduced by a role with an age compound, then "he".
        {"Ivo Lind, a 31-year-old carpenter, rents a room. \"I pay too much,\" he said.", "he said", "Ivo Lind"},
        {"The Harlow Port Authority confirmed the ferry had sunk.", "The Harlow Port Authority confirmed", "Harlow Port Authority"},
        {"Ivo Lind later clarified that he meant the spring.", "Ivo Lind later clarified", "Ivo Lind"},
        {"Ana Ruiz reiterated that the pier was sound.", "Ana Ruiz reiterated", "Ana Ruiz"},
        {"The Harlow Trust highlights that fees fell.", "The Harlow Trust highlights", "Harlow Trust"},
        {"Ana Ruiz, a fellow at the Harlow Institute, underscored how well the ferry ran.",
         "Ana Ruiz, a fellow at the Harlow Institute, underscored", "Ana Ruiz (Harlow Institute)"},
        // "For its part" between the subject and its verb.
        {"The Harlow Fund, for its part, said fares would ease.", "The Harlow Fund, for its part, said", "Harlow Fund"},
        // Who made a document, between commas after it.
        {"The survey of 900 skippers, conducted by Tarrow Research, found that most back the plan.",
         "The survey of 900 skippers, conducted by Tarrow Research, found", "Tarrow Research"},
        {"The study, carried out by the Harlow Institute, found that 30 percent of gulls had left.",
         "The study, carried out by the Harlow Institute, found", "Harlow Institute"},
        {"Figures provided by the Harlow Port Authority show a 12 percent fall.",
         "Figures provided by the Harlow Port Authority show", "Harlow Port Authority"},
        // …who made it named again by its kind: the body of that kind named before.
        {"The Harlow Port Authority opened a berth. The figures, provided by the authority, show a 12 percent fall.",
         "The figures, provided by the authority, show", "Harlow Port Authority"},
        {"A study, led by researchers at the Harlow Institute, found that gulls had left.",
         "A study, led by researchers at the Harlow Institute, found", "Harlow Institute"},
        {"The report, published by the Harlow Policy Centre on Monday, estimates that 3,000 jobs will go.",
         "The report, published by the Harlow Policy Centre on Monday, estimates", "Harlow Policy Centre"},
        // A role in sport or science: the person the text named with it before; a trade opening a sentence is no name.
        {"Tarrow striker Ivo Brand scored twice. \"It was a great goal,\" the striker said.", "the striker said", "Ivo Brand"},
        {"Co-author Ivo Lind said the results surprised the team.", "Co-author Ivo Lind said", "Ivo Lind"},
        // Data from a body named by its kind; a poll named right before its description.
        {"Figures from the ministry showed imports rose.", "Figures from the ministry showed", "ministry"},
        {"Data from the harbour office shows imports rose 7%.", "Data from the harbour office shows", "harbour office"},  // a verb in -s
        // A body by the kind its name, given before, ends in.
        {"Prices fell, the Tarrow Coffee Board said. A board spokesman said stocks were high.", "A board spokesman said",
         "Tarrow Coffee Board"},
        {"A report by the Harlow Audit Office found waste. The office said money was lost.", "The office said", "Harlow Audit Office"},
        // A plural possessive's apostrophe stands alone: the body is still the owner.
        {"Tarrow Ports' spokesperson later said talks would resume.", "Tarrow Ports' spokesperson later said", "Tarrow Ports"},
        {"The rise came as figures released on Wednesday by the national statistics office showed that jobs fell.",
         "figures released on Wednesday by the national statistics office showed", "national statistics office"},
        {"Preliminary figures from the customs office showed that imports rose.",
         "Preliminary figures from the customs office showed", "customs office"},
        // A body by its kind of two words or less after the participle; a name before its kind in lower case.
        {"Figures released by the statistics office show that imports rose.",
         "Figures released by the statistics office show", "statistics office"},
        {"Data compiled by the Northgate University research group shows that imports rose.",
         "Data compiled by the Northgate University research group shows", "Northgate University research group"},
        {"A Harlow Courier poll of 40 economists forecast growth of 1.8%.", "A Harlow Courier poll of 40 economists forecast",
         "Harlow Courier"},
        // A number's possessive inside an appositive; a party's leader named before, for a surname after.
        {"The minister, speaking on Harlow Radio 4's morning show, said prices would fall.",
         "The minister, speaking on Harlow Radio 4's morning show, said", "minister"},
        {"Harbour Party leader Ivo Lind attacked the plan. Lind said: \"This is a disaster.\"", "Lind said", "Ivo Lind"},
        // A person's role or post before the body they speak for, then their name between commas.
        {"A spokesman for Tarrow Airlines, Ivo Brand, said flights would resume.",
         "A spokesman for Tarrow Airlines, Ivo Brand, said", "Ivo Brand (Tarrow Airlines)"},
        {"The head of the Harlow Fund, Ivo Brand, said fares would rise.", "The head of the Harlow Fund, Ivo Brand, said",
         "Ivo Brand (Harlow Fund)"},
        {"The study's lead author, Ana Ruiz of Harlow University, said the results were clear.",
         "The study's lead author, Ana Ruiz of Harlow University, said", "Ana Ruiz (Harlow University)"},
        // A body's post, owned with a possessive, before the name between commas.
        {"The HPA's chief economist, Ana Ruiz, said growth would slow.", "The HPA's chief economist, Ana Ruiz, said",
         "Ana Ruiz (HPA)"},
        // Any person's post after a body's possessive of several words, which is where the person works.
        {"Harlow Bank's regional officer, Ivo Lind, said rates would rise.", "Harlow Bank's regional officer, Ivo Lind, said",
         "Ivo Lind (Harlow Bank)"},
        // …and a plural's mark on its own after a name of two words or more.
        {"Harlow Terminals' chief executive, Ana Ruiz, said fees rose.", "Harlow Terminals' chief executive, Ana Ruiz, said",
         "Ana Ruiz (Harlow Terminals)"},
        // "Its" post: the body "it" stands for.
        {"The Harbour Workers' Union says 1,000 posts could go. Its general secretary, Mira Santos, told the Courier they "
         "were angry.", "Its general secretary, Mira Santos, told", "Mira Santos (Harbour Workers' Union)"},
        // "put" with its amount after "at", or "as … put it".
        {"The quay is, as Ana Ruiz put it, a ruin.", "Ana Ruiz put", "Ana Ruiz"},
        // …the clause's "As" before a long subject, an appositive inside it.
        {"As Ana Ruiz, an economist at Harlow Bank, put it, \"the money is the easy part.\"",
         "Ana Ruiz, an economist at Harlow Bank, put", "Ana Ruiz (Harlow Bank)"},
        {"Fees rose, as Ivo Lind puts it: \"like a tide.\"", "Ivo Lind puts", "Ivo Lind"},
        {"A poll by Fieldline Research put the party on 48%.", "A poll by Fieldline Research put", "Fieldline Research"},
        // A body after "from the"; a minister's portfolio is no employer.
        {"Ivo Brand, from the Federation of Harbour Traders, said fees would rise.",
         "Ivo Brand, from the Federation of Harbour Traders, said", "Ivo Brand (Federation of Harbour Traders)"},
        {"Lady Lind, Minister for Harbour Works, said fees would rise.", "Lady Lind, Minister for Harbour Works, said", "Lady Lind"},
        {"Ana Ruiz, vice minister of Harbour Works and Trade, said loans rose.",
         "Ana Ruiz, vice minister of Harbour Works and Trade, said", "Ana Ruiz"},
        // What the person leads, in a relative clause.
        {"Ivo Lind, who heads the Harlow Institute, said the treaty was dead.", "Ivo Lind, who heads the Harlow Institute, said",
         "Ivo Lind (Harlow Institute)"},
        // …or where they teach or study, after the verb too (not where they spoke).
        {"\"It is late,\" said Mira Santos, who teaches law at Tarrow University.", "said Mira Santos",
         "Mira Santos (Tarrow University)"},
        {"\"It is late,\" said Mira Santos, who spoke at the Harlow Forum.", "said Mira Santos", "Mira Santos"},
        // What an outlet understands.
        {"The Harlow Courier understands that the talks have collapsed.", "The Harlow Courier understands", "Harlow Courier"},
        // A body by its name and kind after the data's preposition; a person's office opening a sentence.
        {"A statement from the Harlow ministry said 14 people had died.", "A statement from the Harlow ministry said", "Harlow ministry"},
        // A document "from" or "by" a body named by its kind, after "a": that body's.
        {"A report by the ministry said 14 people had died.", "A report by the ministry said", "ministry"},
        {"A statement from the presidency said 14 people had died.", "A statement from the presidency said", "presidency"},
        {"According to a statement released by the presidency, the state will spend $40 million.",
         "According to a statement released by the presidency", "presidency"},
        {"Ivo Lind stayed home. Lind's office said he would not attend.", "Lind's office said", "Ivo Lind"},
        // Who wrote a document, between commas, when they are counted rather than named: the document's owner.
        {"The HTC report, written by 40 scientists from 9 countries, warns that seas will rise.",
         "The HTC report, written by 40 scientists from 9 countries, warns", "HTC"},
        // What the body "it" stands for published; a body named after "according to" is one.
        {"According to the Office for Island Statistics, 85,000 people use the ferries. Its latest figures show fares "
         "rose 11%.", "Its latest figures show", "Office for Island Statistics"},
        // A body's kind that names the owner of the body that spoke: the owner.
        {"Output will fall, the Harlow Ministry's crop bureau said. The ministry said it would release reserves.",
         "The ministry said", "Harlow Ministry"},
        // A kind before what a body published: the body of that kind named in passing since.
        {"The ministry said prices rose. Officials at the Ostland Grain Board declined to comment. Exports fell 9%, "
         "board figures show.", "board figures show", "Ostland Grain Board"},
        // An appositive that opens with "now", "formerly" … and a role.
        {"Ana Ruiz, now a harbour pundit, said the decision was late.", "Ana Ruiz, now a harbour pundit, said", "Ana Ruiz"},
        {"Ivo Brand, formerly the head of the Harlow Trust, said fees rose.",
         "Ivo Brand, formerly the head of the Harlow Trust, said", "Ivo Brand (Harlow Trust)"},
        // A name, its role after "a" or "an", then the employer's own description, before the verb.
        {"Ivo Lind, an analyst with the Harlow Institute, a research group in Tarrow, said the cut hurt.",
         "Ivo Lind, an analyst with the Harlow Institute, a research group in Tarrow, said", "Ivo Lind (Harlow Institute)"},
        {"Ivo Lind, a fellow at the Harlow Institute, a policy group, said the cut hurt.",
         "Ivo Lind, a fellow at the Harlow Institute, a policy group, said", "Ivo Lind (Harlow Institute)"},
        // A post in the body "it" stands for, before a name.
        {"Transparency Tarrow, an anti-corruption watchdog, welcomed the verdict. \"This is a start,\" its director "
         "Mira Santos said.", "its director Mira Santos said", "Mira Santos (Transparency Tarrow)"},
        // One who speaks "for the firm": the business named before.
        {"Harlow Ferries said it was disappointed. A spokesperson for the firm said plans were in place.",
         "A spokesperson for the firm said", "Harlow Ferries"},
        {"Tarrow Steel Corp said it will cut output. A company spokesman said 1,500 jobs would go.",
         "A company spokesman said", "Tarrow Steel Corp"},
        // A body named again by its kind alone.
        {"The bureau said the jobless rate had been 4.5% a year earlier.", "The bureau said", "bureau"},
        {"The fire service said two people died.", "The fire service said", "fire service"},
        // A centre, a laboratory, an academy named again by its kind: the one named before.
        {"The Harlow Polar Data Centre said ice shrank. It covered 13.9 million square km, the centre said.",
         "the centre said", "Harlow Polar Data Centre"},
        {"Scientists at the Harlow Polar Data Centre (HPDC) said ice shrank. It covered 13.9 million square km, the "
         "centre said.", "the centre said", "HPDC"},
        // "the company" in a sentence that opens with a name: that name (a place glued to "-based" no part of
        // it; one word only when the text capitalises it mid-sentence too).
        {"Harlow-based Voltcycle has raised $40m, the company said.", "the company said", "Voltcycle"},
        {"Tarrow Ferries will cut 200 jobs, the company said.", "the company said", "Tarrow Ferries"},
        {"Jobs will go, the carmaker said on Thursday.", "the carmaker said", "carmaker"},
        {"Harlow-based Voltcycle has raised $40m. Voltcycle says it will hire.", "Voltcycle says", "Voltcycle"},
        // A business its owner names is not the body that spoke last; nor is a panel "on" something a business.
        {"The Harlow Panel on Climate found that seas rose. Water use rose 9%, the city's water company said.",
         "the city's water company said", "city's water company"},
        {"The Harlow Panel on Climate found that seas rose. Water use rose 9%, the company said.", "the company said", "company"},
        {"Harlow Bank of Commerce said profits rose. Jobs will go, the company said.", "the company said", "Harlow Bank of Commerce"},
        // The comma before the verb closes the subject's appositive: no inverted source, whatever the object.
        {"Mira Santos, a pundit for Tarrow TV, said the players \"must share the blame\".",
         "Mira Santos, a pundit for Tarrow TV, said", "Mira Santos (Tarrow TV)"},
        {"Former captain Mira Santos, now a pundit, said the players \"must share the blame\".",
         "Former captain Mira Santos, now a pundit, said", "Mira Santos"},
        {"The Harlow Fund said costs rose. Its chief executive, Ivo Lind, called the results \"encouraging\".",
         "Its chief executive, Ivo Lind, called", "Ivo Lind (Harlow Fund)"},
        {"Later, Ostland had six ferry lines that carry cars to the islands, said the report.", "said the report", "report"},
        {"The Harlow Surgeons' College (HSC) said waits were long. Its president, Mira Santos, warned that patients "
         "suffered.", "Its president, Mira Santos, warned", "Mira Santos (HSC)"},
        // Who speaks for the person "he" or "she" stands for, when the text right before names no one else.
        {"Mira Santos has cancelled the dates, her management said on Saturday.", "her management said", "Mira Santos"},
        {"Ivo Lind will not run again, his spokesman said.", "his spokesman said", "Ivo Lind"},
        {"Mira Santos has cancelled the dates. Her management said she was ill.", "Her management said", "Mira Santos"},
        {"Ivo Lind stayed home. His spokesman said fees would rise.", "His spokesman said", "Ivo Lind"},
        // A body named by initials the glossary expands is "the" word of its kind too.
        {"The IMF noted that mining made 38% of exports. The fund urged the government to save more.", "The fund urged", "IMF"},
        // "Its" post after a study, which has no chief executive: the person alone.
        {"The study was funded by the Harlow Fund. Its chief executive, Ivo Lind, called the results \"encouraging\".",
         "Its chief executive, Ivo Lind, called", "Ivo Lind"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
}

TEST_CASE("A body whose initials read as a word is named by its initials", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        {"Cases rose, the World Harbour Organization (WHO) said on Friday.", "the World Harbour Organization (WHO) said", "WHO"},
        {"There were 4,812 cases in 2025, according to WHO data.", "according to WHO data", "WHO"},
        {"There were 12 cases, according to the WHO.", "according to the WHO", "WHO"},
        {"There were 12 cases, according to WHO.", "according to WHO", "WHO"},
        // (A relative clause in parentheses is still an aside.)
        {"Ivo Lind (who wrote the review) noted that fees rose.", "Ivo Lind (who wrote the review) noted", "Ivo Lind"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
    CHECK(s->check().checks.empty());
}

TEST_CASE("A body whose name holds a capitalised Without or Against reports by its whole name", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        {"Skippers Without Borders said 90 boats were idle.", "Skippers Without Borders said", "Skippers Without Borders"},
        {"Skippers Without Borders (SWB) said 90 boats were idle.", "Skippers Without Borders (SWB) said", "SWB"},
        {"The Campaign Against Port Fees said 90 boats were idle.", "The Campaign Against Port Fees said",
         "Campaign Against Port Fees"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
}

TEST_CASE("A poll that gave a party its share reports for who made or published it", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        {"A poll for the Harlow Daily gave the Harbour Union 31%.", "A poll for the Harlow Daily gave", "Harlow Daily"},
        {"A second poll, published by the newspaper Harlow Daily, gave the Harbour Union 31%.",
         "A second poll, published by the newspaper Harlow Daily, gave", "Harlow Daily"},
        // After its auxiliary, "given" reports as "gave" does.
        {"An exit poll by the broadcaster HTV had given the Harbour Union 38% of the vote.",
         "An exit poll by the broadcaster HTV had given", "HTV"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
}

TEST_CASE("A body by its kind after whose it is opens a sentence whose but said reports for it", "[citations]") {
    const std::string text = "The nurses' union welcomed the plan but said it came too late.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = probe::find(r, text, AnnotationKind::SourceCheck, "but said");
    REQUIRE(s != nullptr);
    CHECK(only_source(*s) == "nurses' union");
}

TEST_CASE("One who speaks for the body its stands for reports for that body", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        {"The Harlow Port Authority opened a new pier on Monday. Its spokesman said fees would rise by 4%.",
         "Its spokesman said", "Harlow Port Authority"},
        // A body known as one by the kind of body between commas after it.
        {"Transparency Harlow, an anti-corruption group, welcomed the ruling. Its director said the case was clear.",
         "Its director said", "Transparency Harlow"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
    CHECK_FALSE(probe::has_check(*s, "vague_source"));
}

TEST_CASE("One who speaks for no body named stays unnamed", "[citations]") {
    auto [text, quote] = GENERATE(table<std::string, std::string>({
        {"Its spokesman said fees would rise.", "Its spokesman said"},
        // A company's spokesman after a public body spoke: no business named.
        {"The Harlow Statistics Office said output fell. A company spokesman said jobs would go.", "A company spokesman said"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(probe::has_check(*s, "vague_source"));
}

TEST_CASE("A share of those polled that reports is the poll's, whatever reports after it in its sentence", "[citations][figures]") {
    const std::string text = "Ivo Lind sued, he said. A Harlow Courier poll found fees rose. Two-thirds said Lind was "
                             "right to sue over the pier, a step he says was his last hope.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "Two-thirds");
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().source) == "Harlow Courier");
}

TEST_CASE("A name after said that opens the reported clause is not an inverted source", "[citations]") {
    const std::string text = "Of the voters asked, 52% said Governor Ada Wren had done a good job.";
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::SourceCheck && a.check().citation_type == "attribution")
            for (const auto& part : a.check().parts)
                if (part.source) CHECK(std::string(*part.source) != "Governor Ada Wren");
}

TEST_CASE("A pollster, or the outlet a poll was made for, is the source of its results", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        {"Fieldline polled 1,200 adults online in March.", "Fieldline polled", "Fieldline"},
        {"The Harbour Institute surveyed 300 firms last year.", "The Harbour Institute surveyed", "Harbour Institute"},
        // Named where it is mentioned, not as a subject.
        {"Some 60% of riders in the Valley Courier poll backed the plan.", "the Valley Courier poll", "Valley Courier"},
        {"A fifth of those polled for the Harbour Times wanted a later ferry.", "polled for the Harbour Times", "Harbour Times"},
        {"Economists polled by the Harlow Courier had expected a small rise.", "polled by the Harlow Courier", "Harlow Courier"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
}

TEST_CASE("An attribution opening a paragraph sources the figures that follow in it", "[citations]") {
    const std::string text = "A poll for the Valley Courier found that support was steady. Labour led by 41% to 36%. "
                             "The pollster asked 800 people, and 22% were undecided.\n\nTraffic rose 3%, the council said.";
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::SourceCheck) CHECK_FALSE(probe::has_check(a, "unsourced_figure"));
}

TEST_CASE("Pronouns report for the last named speaker and keep the outlet", "[citations]") {
    const std::string text = "Rosa Imbert, a trader at Calder Grain, said supplies were short. "
                             "\"We are watching the weather,\" she told the Valley Courier.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = probe::find(r, text, AnnotationKind::SourceCheck, "she told");
    REQUIRE(s != nullptr);
    CHECK(only_source(*s) == "Rosa Imbert (Calder Grain)");
    CHECK(std::string(s->check().outlet) == "Valley Courier");
}

TEST_CASE("A person by a role is no body named before, even one whose name ends in that word", "[citations]") {
    const std::string text = "The Harlow Official said fees rose. The official said more.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = probe::find(r, text, AnnotationKind::SourceCheck, "The official said");
    REQUIRE(s != nullptr);
    CHECK(probe::has_check(*s, "vague_source"));
}

TEST_CASE("An interview with an outlet that opens the sentence is where the speaker said it", "[citations]") {
    auto [text, outlet] = GENERATE(table<std::string, std::string>({
        {"In an interview with Harlow Radio, Ana Brook said the deal was dead.", "Harlow Radio"},
        {"Speaking to the Harlow Courier, Ana Brook said the deal was dead.", "Harlow Courier"},
        {"Writing in the Tarrow Journal, Ana Brook argued that the deal was dead.", "Tarrow Journal"},
        {"Speaking to reporters, Ana Brook said the deal was dead.", ""},
        // …or that follows the name after the verb.
        {"\"The deal is dead,\" writes Ana Brook in the Tarrow Review.", "Tarrow Review"},
        // …or right after the verb.
        {"The deal is dead, Ana Brook said in an interview with the Harlow Courier.", "Harlow Courier"},
        // An email, a statement or a phone interview to or with the outlet; a letter to no outlet names none.
        {"Ana Brook said in an email to Harlow Radio that the deal was dead.", "Harlow Radio"},
        {"In a phone interview with the Harlow Courier, Ana Brook said the deal was dead.", "Harlow Courier"},
        {"Ana Brook said in a letter to employees that the deal was dead.", ""},
        // An article, a column or an essay for or in the outlet.
        {"In a recent article for the Harlow Review, Ana Brook argued that the deal was dead.", "Harlow Review"},
        {"Ana Brook said in a column for the Tarrow Times that the deal was dead.", "Tarrow Times"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = nullptr;
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::SourceCheck) s = &a;
    REQUIRE(s != nullptr);
    CHECK(only_source(*s) == "Ana Brook");
    CHECK(std::string(s->check().outlet) == outlet);
}

TEST_CASE("Pronouns find the speaker the text names, whatever the shape of its naming", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        // A person "of" a firm is a person: "he" refers to them.
        {"Ines Marlow of Tarrow Securities Inc noted that yields rose. \"It will last,\" she said.", "she said", "Ines Marlow (Tarrow Securities Inc)"},
        // A title in the name makes it a person's, whatever the title's words ("Mining", "Oil").
        {"Mining Minister Ana Ruiz told reporters exports fell. \"It will pass,\" she said.", "she said", "Mining Minister Ana Ruiz"},
        // A firm whose appositive opens with "which" is not "he".
        {"Ada Lind said sales fell. Kestrel Motors, which posted a loss, said it would cut jobs. \"We are hopeful,\" she said.", "she said", "Ada Lind"},
        // A newspaper after "the" is no person.
        {"Ada Lind said sales fell. The Courier alleged that the deal was rushed. \"We are hopeful,\" she said.", "she said", "Ada Lind"},
        // A person with an office as a sentence's subject, then the surname alone, before an adverb of manner.
        {"Prime Minister Ivo Tarrow spoke on Monday. Tarrow strongly warned against the deal.", "Tarrow strongly warned",
         "Prime Minister Ivo Tarrow"},
        // An office and a surname as a subject stand for the person named in full before.
        {"President Ivo Tarrow Lind spoke on Monday. President Lind also said fares would rise.", "President Lind also said",
         "President Ivo Tarrow Lind"},
        {"President Ivo Tarrow Lind spoke on Monday. President Lind said fares would rise. The president said ferries "
         "would run.", "The president said", "President Ivo Tarrow Lind"},
        // A person named after an executive's initials opening a sentence, for a surname alone later.
        {"Harlow Ferries CEO Ivo Lind knows boats. Fares are low, Lind said.", "Lind said", "Ivo Lind (Harlow Ferries)"},
        // A courtesy title between a role and the name is no part of the name; where they work stays.
        {"\"These results are striking,\" said lead author Dr Ana Ruiz of Tarrow University. Dr Ruiz said more was needed.",
         "Dr Ruiz said", "Ana Ruiz (Tarrow University)"},
        // A surname with its particle, in either case, stands for the person named in full before.
        {"Luis de Lind, a historian at Harlow University, said neon is bright. De Lind points out that firms used it.",
         "De Lind points out", "Luis de Lind (Harlow University)"},
        {"Luis de Lind, a historian at Harlow University, said neon is bright. Neon is cheap, de Lind writes.",
         "de Lind writes", "Luis de Lind (Harlow University)"},
        // A courtesy title and a surname as a subject stand for the person named in full before.
        {"Ivo Lind, a trader, said fees rose. Mr Lind set out a plan. Mr Lind said it would work.", "Mr Lind said",
         "Ivo Lind"},
        // A person named after a role, as a subject after an opening phrase.
        {"At the pier, skipper Ivo Brand has a view of the boats. \"Cod is white,\" he said.", "he said", "Ivo Brand"},
        // A titled person as a sentence's subject, though the sentence reports nothing.
        {"Ada Lind said sales fell. Mr Tove wants an inquiry. He said the cost was absurd.", "He said", "Mr Tove"},
        // A document the text names by its kind, opening a sentence, is what a later "it" refers to.
        {"The study was printed in the Harlow Journal. It found that naps help.", "It found", "study"},
        {"The analysis was released on Monday. It found that fees rose.", "It found", "analysis"},
        // A body opening a sentence is what a later "it" refers to.
        {"The Harlow Audit Office published a review. It says costs rose.", "It says", "Harlow Audit Office"},
        // With no one spoken yet, a titled person named before.
        {"The aim of Harbour Minister Ana Ruiz is growth, which she said would be 4%.", "she said", "Ana Ruiz"},
        {"Some 80% said Mr Tove had done well, though the child he says is his was not asked.", "he says", "Mr Tove"},
        // "said he thought": the pronoun opens the reported clause; the subject before it reports.
        {"Ada Lind said costs rose. Ivo Brand, a member of the board, said he thought the plan would work. "
         "\"It will,\" he said.", "he said", "Ivo Brand"},
        // A person named in full opening a sentence, though the sentence reports nothing, and since then
        // no one else: "she" refers to them, not to the last speaker.
        {"Ada Lind said costs rose. Rosa Imbert issued a plea to buyers. \"It will pass,\" she said.", "she said", "Rosa Imbert"},
        {"Ada Lind said costs rose. Rosa Imbert issued a plea. Imbert said it would pass.", "Imbert said", "Rosa Imbert"},
        // A person named in full after a role in lower case, for a surname alone later.
        {"From the quay, skipper Ivo Varga has seen it all. \"Prices rose,\" Varga said.", "Varga said", "Ivo Varga"},
        // A surname alone opening a sentence is the person named in full before.
        {"Rosa Imbert said costs rose. Ivo Brand agreed. Imbert wants an inquiry. \"It is absurd,\" she said.", "she said", "Rosa Imbert"},
        // A first word the text also writes in lower case is a common word, not a first name.
        {"Ada Lind said the whole fleet was idle. Whole Harbour opened a store. \"It will pass,\" she said.", "she said", "Ada Lind"},
        {"Ada Lind said costs rose. House Liberals introduced a bill. \"It will pass,\" she said.", "she said", "Ada Lind"},
        // One person named by role and the body they speak for: "she" is theirs, and the body's.
        {"Output rose, a spokeswoman for the Harlow Statistics Office said. Trade widened, she added.", "she added",
         "Harlow Statistics Office"},
        {"Ivo Brand said costs rose. An analyst at Tarrow Bank in Lisbon said rates would hold. \"It is clear,\" he said.",
         "he said", "Tarrow Bank"},
        // "The finance minister" without a name is the office holder named before.
        {"Ana Ruiz said costs rose. The finance minister said rates would hold. \"It is clear,\" she said.", "she said", "Ana Ruiz"},
        // The author of a document is not the "he" of a later sentence.
        {"Ada Lind said costs rose. Harlow is dear, a survey by Ivo Brand found. \"It will pass,\" she said.", "she said", "Ada Lind"},
        // A place named the same way is no one.
        {"Ada Lind said costs rose. New Harlow has a port. \"It will pass,\" she said.", "she said", "Ada Lind"},
        // A plural verb has a group as its subject, never the "he" that follows.
        {"Ada Lind said costs rose. The Ngati believe the whales are sacred. He says the beach is closed.", "He says", "Ada Lind"},
        // "asked" after a quoted question.
        {"Ada Lind said costs rose. \"Why would anyone pay that?\" she asked.", "she asked", "Ada Lind"},
        // A person opening a sentence over an appositive that names a role.
        {"Ana Ruiz, chief economist at Harlow Bank, also questioned the mood. \"Did anyone expect a cure?\" she asked.",
         "she asked", "Ana Ruiz (Harlow Bank)"},
        // …with a capitalised post, held in a body after "the".
        {"Ivo Lind, Associate Director of the Tarrow Institute in Harlow, appeared to agree. \"Read labels,\" said Lind.",
         "said Lind", "Ivo Lind (Tarrow Institute)"},
        // "it" after a short opening phrase with no comma.
        {"The Harlow Bank said trade fell. But for the record it noted that imports fell.", "it noted", "Harlow Bank"},
        // A titled person as an object is not the one who speaks next.
        {"Ada Lind said costs rose, and she accused Mr Tove of ducking. \"It is absurd,\" she said.", "she said", "Ada Lind"},
        // A firm named by its trade opening a sentence is the "it" after.
        {"Harlow Ferries is the island's biggest employer. It said profits had doubled.", "It said", "Harlow Ferries"},
        // A person opening a sentence over an age between commas.
        {"Ana Ruiz runs the quay. Ivo Lind, 61, is the mayor of Tarrow. \"We are ready,\" he said.", "he said", "Ivo Lind"},
        // With no one spoken yet, the one person named in passing in the sentence before.
        {"The fare rise was criticised by Ana Ruiz, who heads the Harlow Riders Club. \"We cannot pay,\" she said.",
         "she said", "Ana Ruiz"},
        {"The plan was backed by Ivo Lind. \"It is overdue,\" he said.", "he said", "Ivo Lind"},
        // A surname alone opening the sentence before, of a person given in passing.
        {"Ana Ruiz met her counterpart Ivo Lind. \"We agree,\" Ruiz said. Lind disagreed. \"We do not,\" he said.",
         "he said", "Ivo Lind"},
        // An office and then its holder's name between commas: the holder is the "he" after, not one before.
        {"Ana Ruiz, an analyst, said exports could fall. The ports minister, Ivo Lind, told parliament fees would rise. "
         "He said it would help.",
         "He said", "Ivo Lind"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
}

TEST_CASE("A name written as a function word or a month is a name beside a capitalised word", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        {"He Lanfen, a fellow at the Tarrow Institute, said the deal was fair.",
         "He Lanfen, a fellow at the Tarrow Institute, said", "He Lanfen (Tarrow Institute)"},
        {"In an essay, He Lanfen, a fellow at the Tarrow Institute, wrote that the deal was fair.",
         "He Lanfen, a fellow at the Tarrow Institute, wrote", "He Lanfen (Tarrow Institute)"},
        // The pronoun before a lower-case verb stays the pronoun.
        {"Ivo Lind runs the quay. He said fees would rise.", "He said", "Ivo Lind"},
        // "Per" and "Will" as given names, "May" as a family name.
        {"The fund's manager, Per Olsen, said returns were 4%.", "The fund's manager, Per Olsen, said", "Per Olsen"},
        {"Per Olsen said costs fell.", "Per Olsen said", "Per Olsen"},
        {"Will Hutton, an economist, said rents rose.", "Will Hutton, an economist, said", "Will Hutton"},
        {"Rents rose, Will Hutton said.", "Will Hutton said", "Will Hutton"},
        {"Ana May said exports rose.", "Ana May said", "Ana May"},
        {"Mrs May said exports rose.", "Mrs May said", "Mrs May"},
        {"Exports rose, Ana May said.", "Ana May said", "Ana May"},
        // The month and the modal stay what they are.
        {"Exports rose in May, Ivo Lind said.", "Ivo Lind said", "Ivo Lind"},
        {"Ana Ruiz may say that exports rose.", "Ana Ruiz may say", "Ana Ruiz"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
}

TEST_CASE("The group a text just named is the one its plural with \"the\" names again", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        {"After a storm, Harlow Port officials say, the quay floods. To stop it, the officials said, pumps run.",
         "the officials said", "Harlow Port officials"},
        {"Harlow Port officials said the quay floods. \"Pumps run,\" said the officials.", "said the officials",
         "Harlow Port officials"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
    CHECK_FALSE(probe::has_check(*s, "vague_source"));
}

TEST_CASE("The plural with \"the\" after an unnamed group stays unnamed", "[citations]") {
    const std::string text = "Traders said the quay floods. To stop it, the traders said, pumps run.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = probe::find(r, text, AnnotationKind::SourceCheck, "the traders said");
    REQUIRE(s != nullptr);
    CHECK(probe::has_check(*s, "vague_source"));
}

TEST_CASE("A document named with its author is that author's when the text names it again", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        {"A report issued last week by Tarrow University's Centre for Ports questions that. The report "
         "concluded that fees were too high.", "The report concluded", "Tarrow University's Centre for Ports"},
        {"A study by the Harlow Institute looked at ferries. The study found that fares rose.", "The study found",
         "Harlow Institute"},
        // Another kind of document, or a person as the author, leaves the document as the text names it.
        {"A study by the Harlow Institute looked at ferries. The report found that fares rose.", "The report found", "report"},
        {"A study by Ivo Lind looked at ferries. The study found that fares rose.", "The study found", "study"},
        // A name, then a kind of body in lower case, as the document's author.
        {"A statement from the Harlow ferries ministry was read out. The statement added that fares rose 8%.",
         "The statement added", "Harlow ferries ministry"},
        // A poll is a survey; what it covered may follow it.
        {"A poll by the Tarrow Institute showed that the Harbour Union leads. The survey of 1,200 adults put the "
         "union on 34%.", "The survey of 1,200 adults put", "Tarrow Institute"},
        {"A study by the Harlow Institute looked at ferries. The study of 500 ferries found that fares rose.",
         "The study of 500 ferries found", "Harlow Institute"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
}

TEST_CASE("A reporting verb in the progressive reports after a form of be", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        {"Harlow Bank is forecasting growth of 2.2% in 2030.", "Harlow Bank is forecasting", "Harlow Bank"},
        {"Tarrow Ports has been saying for years that fares will rise.", "Tarrow Ports has been saying", "Tarrow Ports"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
}

TEST_CASE("An -ing form of a reporting verb without a form of be reports nothing", "[citations]") {
    const std::string text = "Harlow Bank issued a warning about fares. The reporting season starts soon.";
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items) CHECK(a.kind != AnnotationKind::SourceCheck);
}

TEST_CASE("Writing about a subject reports no claim", "[citations]") {
    const std::string text = "Ivo Lind has covered ferries since 2012. Before that, he wrote about canals. "
                             "Ana Ruiz has written about the quay.";
    const auto r = probe::analyze(text);
    CHECK(probe::find(r, text, AnnotationKind::SourceCheck, "he wrote") == nullptr);
    CHECK(probe::find(r, text, AnnotationKind::SourceCheck, "Ana Ruiz has written") == nullptr);
}

TEST_CASE("He and she refer to the person the text calls by that pronoun", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        // A role that says which: the later person the pronoun fits, over the last to speak.
        {"Ivo Lind said costs rose. Ana Ruiz, a businesswoman who saw the launch, welcomed it. She said it was apt.",
         "She said", "Ana Ruiz"},
        // A courtesy title says it too.
        {"Ana Ruiz said costs rose. Mr Ivo Lind spoke after her. \"It is clear,\" he said.", "he said", "Mr Ivo Lind"},
        // "Lind said he": the text's own pronoun for a person named in full before.
        {"Ivo Lind, a farmer, met Ana Ruiz, a trader. Lind said he was tired. Ruiz said she was not. \"It is absurd,\" he said.",
         "he said", "Ivo Lind"},
        // Where the text gives no pronoun for anyone, the last to speak, as before.
        {"Ivo Lind said costs rose. The quay belongs to Ana Ruiz, a trader. \"It is absurd,\" she said.", "she said", "Ivo Lind"},
        // A person named with a role where the sentence opens is whom "he" or "she" after refers to.
        {"Ana Ruiz said costs rose. Senator Ivo Lind, a Liberal who opposed the plan, voted for it. \"It will pass,\" he said.",
         "he said", "Ivo Lind"},
        // A person named after a sentence's opening phrase is its subject; an appositive there gives the pronoun.
        {"Ivo Lind said costs rose. Standing at the quay, Ana Ruiz tears open a crate. \"It is fine,\" she says.", "she says",
         "Ana Ruiz"},
        {"Ana Ruiz, a trader, met Ivo Lind, a grower. Ruiz said costs rose. After the sale, Ruiz, a tall woman, left. "
         "\"It is absurd,\" he said.", "he said", "Ivo Lind"},
        // A possessive in the subject's own clause.
        {"Ivo Lind said costs rose. Ana Ruiz, a trader, met him. Ruiz lost her stall. \"It is absurd,\" he said.", "he said",
         "Ivo Lind"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
}

TEST_CASE("A pronoun the person last to speak cannot take names no one rather than them", "[citations]") {
    const std::string text = GENERATE(as<std::string>{}, "Ana Ruiz, a trader, said she was tired. \"It is absurd,\" he said.",
                                      "Ana Ruiz said she was tired. \"It is absurd,\" he said.");
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = probe::find(r, text, AnnotationKind::SourceCheck, "he said");
    CHECK((s == nullptr || only_source(*s) != "Ana Ruiz"));
}

TEST_CASE("He or she never stands for a body, however the body was named", "[citations]") {
    const std::string text = GENERATE(as<std::string>{},
                                      "The ferry's owner, Tarrow Sea Lines, said it would help. \"Water came in,\" she said.",
                                      "Tarrow Sea Lines said it would help. \"Water came in,\" she said.",
                                      "The ferry sank near Tarrow Sea Lines. \"Water came in,\" she said.");
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = probe::find(r, text, AnnotationKind::SourceCheck, "she said");
    CHECK((s == nullptr || only_source(*s) != "Tarrow Sea Lines"));
}

TEST_CASE("A pronoun names no one of several named in passing, nor one named further back", "[citations]") {
    auto [text, quote] = GENERATE(table<std::string, std::string>({
        {"The plan was backed by Ana Ruiz and Ivo Lind. \"It is overdue,\" she said.", "she said"},
        {"The plan was backed by Mr Ivo Lind. \"It is overdue,\" she said.", "she said"},
        {"The plan was backed by Ivo Lind. Fares rose. Ferries were late. \"It is overdue,\" he said.", "he said"},
        // A surname opening a sentence further back is no longer the pronoun's.
        {"The plan was backed by Ivo Lind. Lind disagreed. Fares rose. Ferries were late. \"It is overdue,\" he said.", "he said"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    CHECK(probe::find(r, text, AnnotationKind::SourceCheck, quote) == nullptr);
}

TEST_CASE("An office's holder is never read across a line break", "[citations]") {
    const auto r = probe::analyze("Harlow waits for the visiting president\n\nTarrow trip\n\nLater the president said the ferry was late.");
    const gloss::Annotation* s = attribution_in(r);
    REQUIRE(s != nullptr);
    CHECK(only_source(*s) == "president");
}

TEST_CASE("An office named without its holder, or a group, is no antecedent for a later it", "[citations]") {
    auto [text] = GENERATE(table<std::string>({
        {"The president said rates would hold. It found that costs rose."},
        {"Harlow officials said rates would hold. It found that costs rose."},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    CHECK(probe::find(r, text, AnnotationKind::SourceCheck, "It found") == nullptr);
}

TEST_CASE("A reporting verb after and reports for the name that opens its sentence", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        {"Party spokesman Ivo Brand asked whether the figures were right, and said that 12 papers arrived.", "and said", "Ivo Brand"},
        {"The Harlow Trust welcomed the plan and called for a review.", "and called", "Harlow Trust"},
        // After a phrase of place or time, and over a title in lower case.
        {"In Lisbon, Harlow Port press secretary Ana Ruiz condemned the strike and said talks would go on.", "and said", "Ana Ruiz"},
        {"But on June 9, President Ivo Lind abolished the tax, inspired by the fund, and announced Harlow would go it alone.",
         "and announced", "President Ivo Lind"},
        // After "but", and in a sentence opened by "he" or "she".
        {"Ivo Lind raised fees but insisted the targets would be met.", "but insisted", "Ivo Lind"},
        // In a sentence opened by an office or a role after "the": its holder named before, or the role.
        {"President Ana Ruiz spoke on Monday. The president hailed the pier but denied she was worried.", "but denied",
         "President Ana Ruiz"},
        {"The mayor hailed the pier but denied she was worried.", "but denied", "mayor"},
        // After a role opening the sentence and the name between commas.
        {"Its director, Ana Ruiz, welcomed the ruling but said fees were too high.", "but said", "Ana Ruiz"},
        // Over a role between commas after the name.
        {"Ana Ruiz, the mayor, welcomed the review and said fares were fair.", "and said", "Ana Ruiz"},
        // Over an age between commas; a family name ending in "s" of someone named in full.
        {"The singer Mira Santos cancelled 14 dates. In a statement, Santos, 34, apologised to fans and said she was ill.",
         "and said", "Mira Santos"},
        {"The singer Mira Santos cancelled 14 dates. Santos apologised to fans and said she was ill.", "and said", "Mira Santos"},
        {"Ana Ruiz spoke on Monday. She saw risks in the plan but added she was confident.", "but added", "Ana Ruiz"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
}

TEST_CASE("One described by a place and an employer left unnamed is a vague source", "[citations]") {
    const std::string text = "The Harlow representative of a Tarrowan shipping house said rates rose.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* s =
        probe::find(r, text, AnnotationKind::SourceCheck, "The Harlow representative of a Tarrowan shipping house said");
    REQUIRE(s != nullptr);
    CHECK(probe::has_check(*s, "vague_source"));
    // (An employer named is the source.)
    const std::string named = "The Harlow representative of Tarrow Shipping said rates rose.";
    const auto r2 = probe::analyze(named);
    const gloss::Annotation* s2 = probe::find(r2, named, AnnotationKind::SourceCheck, "The Harlow representative of Tarrow Shipping said");
    REQUIRE(s2 != nullptr);
    CHECK_FALSE(probe::has_check(*s2, "vague_source"));
}

TEST_CASE("A reporting verb after and or but in a sentence opened by unnamed people is a vague source", "[citations]") {
    auto [text, quote, who] = GENERATE(table<std::string, std::string, std::string>({
        {"Officials declined to give details but said 40 people were hurt.", "but said", "Officials"},
        {"Unions have welcomed the plan but say it comes too late.", "but say", "Unions"},
        {"Local residents fled the fire and said 20 homes burned.", "and said", "Local residents"},
        {"Nurses' unions welcomed the plan but said it came too late.", "but said", "Nurses' unions"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    REQUIRE(probe::has_check(*s, "vague_source"));
    const std::string message(s->check().messages.front().view());
    CHECK(message.find("\u201c" + who + "\u201d") != std::string::npos);  // who, in curly quotes
}

TEST_CASE("A reporting participle after a comma reports for the name that opens its sentence", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        {"Ivo Lind, a ferry skipper, disagreed, saying the pier was safe.", "saying", "Ivo Lind"},
        {"The Harlow Port Authority cut fees, warning that traffic would fall.", "warning", "Harlow Port Authority"},
        {"Ana Ruiz spoke on Monday. She denied the charge, saying it was false.", "saying", "Ana Ruiz"},
        {"Opposition leader Ana Ruiz disputes that figure, saying most jobs are part-time.", "saying", "Ana Ruiz"},
        {"Ana Ruiz spoke on Monday. She cut fees, telling reporters that 40 ships had left.", "telling", "Ana Ruiz"},
        // What a document says, for the name that opens the sentence.
        {"The news agency Ostna put out a note saying exports were below the quota.", "note saying", "Ostna"},
        // What is said may open with a number or a quotation.
        {"The ministry issued a statement saying 40 boats sank.", "statement saying", "ministry"},
        {"Ivo Lind spoke on Monday. He dismissed the rumours, saying \"the deal is final.\"", "saying", "Ivo Lind"},
        // A name's possessive opening the sentence: the role it owns.
        {"Ostland's finance minister has rejected that claim, saying the rate is 2.5 percent.", "saying",
         "Ostland's finance minister"},
        {"Harlow Bank's chief economist rejected the claim but said rates would fall.", "but said", "Harlow Bank's chief economist"},
        {"The Fisheries Board answered the skippers in an email saying the quay would reopen.", "email saying",
         "Fisheries Board"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
}

TEST_CASE("A reporting participle names no one when the sentence reported already or opens with no name", "[citations]") {
    auto [text, participle] = GENERATE(table<std::string, std::string>({
        {"Ivo Lind said the pier was old, adding that it was safe.", "adding"},      // one report
        {"A Harlow banker shared Ana Ruiz's view, saying rates would fall.", "saying"},  // the name is no subject
        {"Most Harlow dealers were gloomy, saying nothing had changed.", "saying"},
        {"Crowds gathered, saying the pier must stay.", "saying"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    CHECK(probe::find(r, text, AnnotationKind::SourceCheck, participle) == nullptr);
}

TEST_CASE("A relative clause after a name without a comma is skipped", "[citations]") {
    const std::string text = "Kestrel Motors which posted a loss, said it was cutting 1,000 jobs.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = probe::find(r, text, AnnotationKind::SourceCheck, "Kestrel Motors which posted a loss, said");
    REQUIRE(s != nullptr);
    CHECK(only_source(*s) == "Kestrel Motors");
}

TEST_CASE("A surname alone reports for the person named in full before", "[citations]") {
    auto [later, source] = GENERATE(table<std::string, std::string>({
        {"Stocks are thin, Imbert said.", "Rosa Imbert (Calder Grain)"},
        {"\"Stocks are thin,\" said Ms Imbert.", "Rosa Imbert (Calder Grain)"},
        {"Stocks are thin, Brook said.", "Brook"},  // no one of that name before
        {"Stocks are thin, according to Imbert.", "Rosa Imbert (Calder Grain)"},
        // Between the surname and its verb, an aside (with where they work: the later one).
        {"Imbert, speaking at a fair in Lisbon, said stocks were thin.", "Rosa Imbert (Calder Grain)"},
        {"Imbert, now an adviser at Harlow Bank, said stocks were thin.", "Rosa Imbert (Harlow Bank)"},
        // With the employer's possessive before it, or by the first of the two names.
        {"Calder's Imbert said stocks were thin.", "Rosa Imbert (Calder Grain)"},
        {"Stocks are thin, Rosa said.", "Rosa Imbert (Calder Grain)"},
    }));
    const std::string text = "Rosa Imbert, a trader at Calder Grain, said supplies were short. " + later;
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* last = attribution_in(r);
    REQUIRE(last != nullptr);
    REQUIRE(last->range.begin > text.find("short."));
    CHECK(only_source(*last) == source);
}

TEST_CASE("A name written family name first is that person again by its first word", "[citations]") {
    auto [text, said, source] = GENERATE(table<std::string, std::string, std::string>({
        {"Lin Weiming, a spokesman for the Harlow Shipbreakers Guild, said yards were idle. Lin said prices fell.", "idle.",
         "Lin Weiming (Harlow Shipbreakers Guild)"},
        // Of three words.
        {"Tan Wei Ming, a fellow at the Harlow Institute, says fees rose. Tan says they will fall.", "rose.",
         "Tan Wei Ming (Harlow Institute)"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* last = attribution_in(r);
    REQUIRE(last != nullptr);
    REQUIRE(last->range.begin > text.find(said));
    CHECK(only_source(*last) == source);
}

TEST_CASE("A first word two people named in full share names neither of them", "[citations]") {
    const std::string text = "Rosa Imbert, a trader, said supplies were short. Rosa Lind, a grower, said so too. Stocks are thin, Rosa said.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* last = attribution_in(r);
    REQUIRE(last != nullptr);
    CHECK(only_source(*last) == "Rosa");
}

TEST_CASE("A surname alone reports for a person the text introduced with a role without quoting them", "[citations]") {
    auto [text, source] = GENERATE(table<std::string, std::string>({
        {"The thaw worried Rosa Imbert, a harbour engineer at the port. The pipes will crack, Imbert said.", "Rosa Imbert"},
        {"The board hired skipper-turned-adviser Ivo Lind, who heads the Tarrow Trust. Lind said the fees were high.", "Ivo Lind (Tarrow Trust)"},
        // Introduced by what they are, or by a title and where they work: with where they work.
        {"Ivo Lind is the director of the Harlow Trust. He has run it since May. Lind said the fees were high.", "Ivo Lind (Harlow Trust)"},
        {"Economist Mira Santos of Tarrow University gave a talk. Santos said the fees were high.", "Mira Santos (Tarrow University)"},
        // Two people of one family name named together: neither is meant by it alone; named apart, the later.
        {"The thaw worried Rosa Imbert, a harbour engineer, and Ivo Imbert, a pilot. Imbert said the pipes would crack.", "Imbert"},
        {"Ana Ruiz, the harbour master, said fees rose. Ten days later, Harbour Minister Tomas Ruiz opened the pier. "
         "\"It is safe,\" Ruiz told reporters.", "Tomas Ruiz"},
        // Someone who spoke before keeps where they work.
        {"Rosa Imbert, a trader at Calder Grain, said supplies were short. Later Rosa Imbert, a harbour engineer, met them. Imbert said so.", "Rosa Imbert (Calder Grain)"},
        // Named with an age between commas, and no role.
        {"Prosecutors charged Ivo Lind, 54, with fraud. Lind, a former chief executive of Tarrow Foods, denies it.",
         "Ivo Lind (Tarrow Foods)"},
        // Named after "led by", with where they work.
        {"The team, led by Ana Brook of Tarrow University, followed 900 adults. \"It helps,\" said Brook.", "Ana Brook (Tarrow University)"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* last = attribution_in(r);
    REQUIRE(last != nullptr);
    CHECK(only_source(*last) == source);
}

TEST_CASE("A description opening the sentence and then a name between commas reports for the name", "[citations]") {
    auto [text, source] = GENERATE(table<std::string, std::string>({
        {"The company that owns the building, Harlow Homes, said it was helping the police.", "Harlow Homes"},
        {"The firm behind the ferry app, Tarrow Labs, said the bug was fixed.", "Tarrow Labs"},
        {"The group which speaks for harbour pilots, Harlow Pilots Union, said pay was low.", "Harlow Pilots Union"},
        {"The man who found the boat, Ivo Lind, told the police it was empty.", "Ivo Lind"},
        // A name's possessive before the description, "the" before the name.
        {"Lind's party, the Harbour Union, said it had expelled him.", "Harbour Union"},
        {"Harlow's biggest lender, Tarrow Bank, said fees rose.", "Tarrow Bank"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = attribution_in(r);
    REQUIRE(s != nullptr);
    CHECK(only_source(*s) == source);
    CHECK(s->range.begin == 0);  // the description is part of who reports
}

TEST_CASE("Unnamed groups that report are vague sources", "[citations]") {
    auto [text, quote] = GENERATE(table<std::string, std::string>({
        {"Prices eased in the afternoon, dealers warned.", "dealers warned"},
        {"Analysts, however, say the slump is over.", "Analysts, however, say"},
        {"A ministry spokesman said the talks would resume.", "A ministry spokesman said"},
        // A description after the noun of who reports.
        {"Traders in several ports said the market would ease.", "Traders in several ports said"},
        {"Dealers in all ports agreed that the market would ease.", "Dealers in all ports agreed"},
        // Someone unnamed after the verb, then where they are: the place is no source.
        {"\"Fares will rise,\" said one ferry skipper in Harlow.", "said one ferry skipper in Harlow"},
        {"\"Stocks will fall,\" an analyst from a leading grain house said.", "an analyst from a leading grain house said"},
        {"One dealer at a Danish bank said the rate would hold.", "One dealer at a Danish bank said"},
        {"Cashew growers have said the charges are untrue.", "Cashew growers have said"},
        {"Supporters claimed the rule was unfair.", "Supporters claimed"},
        {"The Harlow Courier reported the deal, citing unnamed officials.", "citing unnamed officials"},
        // People by a plural not in "-s".
        {"Local fishermen said the pier was unsafe.", "Local fishermen said"},
        {"Ordinary people told the Harlow Times that fares were too high.", "Ordinary people told"},
        // A share of them, by a pronoun.
        {"Crowds gathered at the pier. Many of them said they heard of it on the radio.", "Many of them said"},
        {"Skippers met in May, and two of them told the Harlow Times that fees were high.", "two of them told"},
        // One of them.
        {"\"It has never been this dry,\" one farmer told local radio.", "one farmer told"},
        {"A local grower said prices rose.", "A local grower said"},
        {"Insurers estimate that losses could exceed 500 million euros.", "Insurers estimate"},
        {"Research by harbour scientists suggested that the pier was unsafe.", "Research by harbour scientists suggested"},
        {"Local skippers described the fees as \"theft\".", "Local skippers described"},
        // A clause of place between commas, before the verb.
        {"Growers in the south, where most of the grain is grown, say rain is late.",
         "Growers in the south, where most of the grain is grown, say"},
        // A view denied is still a view.
        {"Boat owners do not expect fares to fall this month.", "Boat owners do not expect"},
        // People named by trade or standing only.
        {"Budget hawks have warned for a decade that the bill will come due.", "Budget hawks have warned"},
        {"Harbour politicians acknowledged that the ferries were late.", "Harbour politicians acknowledged"},
        {"Nurses at the clinic said the ward was full.", "Nurses at the clinic said"},
        {"Many economists expect fares to keep rising.", "Many economists expect"},
        // People named in the plural by what they do, whatever the trade.
        {"The ferry left. Local skippers said the pier was unsafe.", "Local skippers said"},
        {"The claimants told the court the pier was unsafe.", "The claimants told"},
        // A count in digits before them.
        {"The ferry left. Some 200 protesters told reporters the pier was unsafe.", "Some 200 protesters told"},
        {"The ferry left. 1,200 workers said the pier was unsafe.", "1,200 workers said"},
        // After a phrase of time that opens the sentence.
        {"The ferry left. Last week officials said the pier was unsafe.", "officials said"},
        {"The ferry left. In 2023 officials said the pier was unsafe.", "officials said"},
        // One who speaks for a body the text does not name, then "but said".
        {"A spokeswoman declined to comment but said fees rose.", "but said"},
        // The base form of a reporting verb after a plural subject.
        {"The ferry left. Prosecutors allege that the pier was unsafe.", "Prosecutors allege"},
        {"The ferry left. Critics contend the pier is unsafe.", "Critics contend"},
        // "a" or "an" before a country's initials with periods, and maybe an adjective.
        {"Fees rose. A U.S. official said so.", "A U.S. official said"},
        {"A senior U.K. banker said fees rose.", "A senior U.K. banker said"},
        // A part of a group, before "of".
        {"The ferry left. Most of the analysts said the pier was unsafe.", "Most of the analysts said"},
        {"The ferry left. Two of the skippers told reporters the pier was unsafe.", "Two of the skippers told"},
        {"Respondents said fees were high.", "Respondents said"},
        {"Ivo Lind, an economist at Harlow Bank, spoke. The diplomat said fees rose.", "The diplomat said"},
        // Someone's aide, named by role and owner only.
        {"His spokesman said the minister was ill.", "His spokesman said"},
        {"An Ostlandic spokesman said the talks would resume.", "An Ostlandic spokesman said"},
        {"A number of economists say that fares will rise.", "A number of economists say"},
        {"Dozens of residents said the water was brown.", "Dozens of residents said"},
        {"The three banks said that fees would rise.", "The three banks said"},
        {"Village elders say the well is dry.", "Village elders say"},
        {"Astronomers said the comet would return in 2061.", "Astronomers said"},
        {"A memo seen by the Harlow Courier shows the firm planned cuts.", "A memo seen by the Harlow Courier shows"},
        {"\"We lost the boat,\" said one resident of the quay.", "said one resident"},
        {"\"It was loud,\" said a witness.", "said a witness"},
        {"\"It is a disaster,\" said one ferry worker on the quay.", "said one ferry worker"},
        {"\"We expect growth,\" the bank's chief economist said.", "the bank's chief economist said"},
        {"Analysts put the cost of the new pier for the Harlow fleet at four billion dlrs.", "Analysts put"},
        {"It was a fair price, one user wrote in a review.", "one user wrote"},
        {"A senior Tarrow official, speaking on condition of anonymity, said the talks failed.",
         "A senior Tarrow official, speaking on condition of anonymity, said"},
        {"State media reported that the ferry sank.", "State media reported"},
        {"Previous studies have shown that naps help.", "Previous studies have shown"},
        {"Opinion polls suggest the race is close.", "Opinion polls suggest"},
        {"A review of 20 studies found that naps help.", "A review of 20 studies found"},
        {"Current guidelines say adults need seven hours of sleep.", "Current guidelines say"},
        {"The authors conclude that naps help.", "The authors conclude"},
        {"The authors note that the sample was small.", "The authors note"},
        {"The paper's authors caution that more work is needed.", "The paper's authors caution"},
        {"The ferry grew late, analysts note.", "analysts note"},
        // People by a trade's suffix, and a belief reported as a suspicion.
        {"Scientists have long suspected that the lake is warming.", "Scientists have long suspected"},
        {"Geologists have long believed that the ridge is older.", "Geologists have long believed"},
        {"Officials confirmed that 20 homes were flooded.", "Officials confirmed"},
        // A claim in the passive with no one to make it.
        {"It is widely believed that the ferry is the oldest.", "It is widely believed"},
        {"The ferry is said to be the oldest in Harlow.", "is said to"},
        {"The new quay is estimated to bring $40 million in trade.", "is estimated to"},
        {"It is understood that the pier will close.", "It is understood"},
        {"Her lawyer told the court the ferry was safe.", "Her lawyer told"},
        // An aside that withholds the name.
        {"The ferry deal is close, said two people familiar with the matter.", "said two people familiar with the matter"},
        {"Two people briefed on the ferry talks said the deal was close.", "Two people briefed on the ferry talks said"},
        {"An aide who spoke on condition of anonymity said the ferry deal was close.",
         "An aide who spoke on condition of anonymity said"},
        {"The ferry deal is close, according to three people familiar with the plans.",
         "according to three people familiar with the plans"},
        {"People close to the harbour minister said the deal was close.", "People close to the harbour minister said"},
        {"Harbour deal\n\nPeople familiar with the talks said the deal was close.", "People familiar with the talks said"},  // not the heading
        {"Fees rose. But two officials close to the board said a cut was near.", "two officials close to the board said"},
        {"Eyewitnesses reported 40 explosions.", "Eyewitnesses reported"},
        {"The ferry deal is close, said a person with knowledge of the talks.", "said a person with knowledge of the talks"},
        {"The ferry deal is close, according to a person with knowledge of the talks.",
         "according to a person with knowledge of the talks"},
        {"The ferry deal is close, according to local media.", "according to local media"},
        // Documents counted, or "some", but not named.
        {"Fees will double, according to some projections.", "according to some projections"},
        {"Fees will double, according to several estimates.", "according to several estimates"},
        // One the text never named, after "the" (an office is its holder's instead).
        {"A harbour spokesman gave the figures. The spokesman added that fees would hold.", "The spokesman added"},
        {"Bankers here said the rate would hold.", "Bankers here said"},
        // A trailing attribution to a document that is not named.
        {"The town has 40 boards, a study claims.", "a study claims"},
        {"\"We would seek profit,\" said one.", "said one"},
        // A word of place or nationality before who reports names no one.
        {"An Ostlandic banker said the debt was high.", "An Ostlandic banker said"},
        {"Another Lisbon dealer said rates would hold.", "Another Lisbon dealer said"},
        // "He" after a person the text does not name.
        {"Ivo Brand said costs rose. \"Rates will rise,\" said a grain trader. He said the trend was lower.", "He said"},
        // Data that no one owns.
        {"Research shows that naps help memory.", "Research shows"},
        {"New research suggests that sleep matters.", "New research suggests"},
        {"Provisional figures suggest that 12 weather stations broke records.", "Provisional figures suggest"},
        {"Twelve stations broke records, provisional figures suggest.", "provisional figures suggest"},
        {"Critics argue that the plan fails.", "Critics argue"},
        // A source the text does not name stays unnamed, even after "the".
        {"A source said the talks failed. The source, who would not give a name, told the Courier the deal was off.",
         "The source, who would not give a name, told"},
        // A quantifier alone, right before the verb.
        {"But most said the port need not close.", "most said"},
        {"Another added, \"Barter is slow.\"", "Another added"},
        {"But some ferry market watchers said the fund may gain.", "some ferry market watchers said"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(probe::has_check(*s, "vague_source"));
}

TEST_CASE("People named together before a reporting verb give one part each", "[citations]") {
    auto [later, first, second] = GENERATE(table<std::string, std::string, std::string>({
        {"Ivo Lind and Ana Ruiz said the ferry was late.", "Ivo Lind", "Ana Ruiz"},
        {"Lind and Ruiz said the ferry was late.", "Ivo Lind", "Ana Ruiz (Harlow Bank)"},
        {"Both Lind and Ruiz said the ferry was late.", "Ivo Lind", "Ana Ruiz (Harlow Bank)"},
    }));
    const std::string text = "Ivo Lind runs the port. Ana Ruiz, an economist at Harlow Bank, said costs rose. "
                             "Ivo Lind told the council that fees rose. " + later;
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* last = attribution_in(r);
    REQUIRE(last != nullptr);
    REQUIRE(last->check().parts.size() == 2);
    CHECK(std::string(*last->check().parts[0].source) == first);
    CHECK(std::string(*last->check().parts[1].source) == second);
}

TEST_CASE("People named together with a role before them and an employer after give one part each, of that employer", "[citations]") {
    const std::string text = "In a paper, economists Ivo Lind and Ana Ruiz of Northgate University argued that 40% was repaid.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* a = attribution_in(r);
    REQUIRE(a != nullptr);
    REQUIRE(a->check().parts.size() == 2);
    CHECK(std::string(*a->check().parts[0].source) == "Ivo Lind (Northgate University)");
    CHECK(std::string(*a->check().parts[1].source) == "Ana Ruiz (Northgate University)");
}

TEST_CASE("Surnames of people given in passing before a reporting verb give one part each", "[citations]") {
    const std::string text = "Ana Ruiz, a trader, said costs rose. She met her rival Ivo Lind on Monday. "
                             "Ruiz and Lind said the ferry was late.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* last = attribution_in(r);
    REQUIRE(last != nullptr);
    REQUIRE(last->check().parts.size() == 2);
    CHECK(std::string(*last->check().parts[1].source) == "Ivo Lind");
}

TEST_CASE("Two surnames the text never named in full stay one name", "[citations]") {
    const auto r = probe::analyze("Marlow and Tove said the shop would open.");
    const gloss::Annotation* s = attribution_in(r);
    REQUIRE(s != nullptr);
    CHECK(only_source(*s) == "Marlow and Tove");
}

TEST_CASE("Coordinated subjects give one part per source", "[citations]") {
    auto [text, parts, last] = GENERATE(table<std::string, std::size_t, std::string>({
        {"The ABF, the KWU and the TRC all said the strike would go ahead.", 3, "TRC"},
        // Two names of two words or more, the first ending in a kind of body.
        {"Harlow Bank and Tarrow Ferries said the strike would go ahead.", 2, "Tarrow Ferries"},
        {"Harlow Bank and Tarrow Bank both said the strike would go ahead.", 2, "Tarrow Bank"},
        // One name with "and" inside stays one.
        {"Harlow Ports and Harbours Authority said the strike would go ahead.", 1, "Harlow Ports and Harbours Authority"},
        {"The Bank of Harlow and Tarrow said the strike would go ahead.", 1, "Bank of Harlow and Tarrow"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = attribution_in(r);
    REQUIRE(s != nullptr);
    REQUIRE(s->check().parts.size() == parts);
    CHECK(std::string(*s->check().parts.back().source) == last);
}

TEST_CASE("A long line that lost its full stop after the first line is a sentence, and may attribute", "[citations]") {
    const std::string text = "Ferries late again\n\nThe mayor said she would keep fighting for a new pier on the north shore\n\nIt will cost more.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = attribution_in(r);
    REQUIRE(s != nullptr);
    CHECK(text.substr(s->range.begin, s->range.end - s->range.begin) == "The mayor said");
}

TEST_CASE("Words that only look like reporting are not attributions", "[citations]") {
    auto [text] = GENERATE(table<std::string>({
        {"Market report\n\nWheat closed higher."},                       // a section label
        {"Harlow admits fees are its 'biggest worry'\n\nFees rose in May."},  // a headline that ends in a quotation
        {"The ferry was late.\n\nHarlow mayor says the port will close\n\nIt will."},  // a headline of fewer than ten words
        {"An estimated 4,000 people attended."},                         // adjective
        {"Output is forecast to fall next year."},                       // passive
        {"The premier noted the importance of the harbour."},            // stance with an object
        {"Harlow Power, which maintains about 9,000 miles of cable, grew."},  // a verb of stance with an amount
        {"We're told the ferry runs late."},                             // a contraction is no name
        {"Several industry reports reached the same view."},             // plural noun
        {"The county's survey results were late."},                      // no verb at all
        {"One could argue that the pier is too long."},                  // "one": anyone
        {"The council gave 40 boats to the fishermen."},                 // "gave" reports a poll's figure only
        {"The council has given 40 boats to the fishermen."},           // "given" too
        {"Given the costs, the council sold 40 boats."},                 // no auxiliary: no verb
        {"As fees rose, Ivo Lind put it away."},                          // "put it" with no way of saying
        {"The port provided 40 boats."},                                 // "provided" with no document
        {"\"Fees are fair,\" gave the Harbour Union 31% of the vote."},   // never with its source after it
        {"The boat was found by Harlow Police at dawn."},                // "found by": an act, not a report
        {"The port asked the council to lower its fees."},               // "asked" without a quoted question
        {"The council called on Thursday a meeting of the port board."},  // a time, and no "for" after it
        {"The Harlow Fund has demonstrated its appetite for lending."},   // "demonstrated" a quality, not a finding
        {"Harlow Ferries has shown a new boat."},                         // "shown" without "that"
        {"The ferry, thought the oldest in Harlow, sank."},              // "thought" without "that" or "to"
        {"The loss was estimated at 5 million euros."},                  // a passive of an amount, not of a claim
        {"The council ruled out a new pier."},                            // "ruled" without "that"
        // A share of those polled is how many answered, not a source.
        {"Three-quarters said the ferry should run at night."},
        {"A majority said the bridge was too narrow."},
        {"One in four said the fares were fair."},
        {"Half agreed, and two-thirds said the market had grown."},
        {"The four northern Ostlandic states that signed the pact grew."},  // "states", the plural of a country
        {"The company reports were late."},                             // a plural noun after a source noun
        {"He read a report from Lisbon that said rents rose."},         // a place after "from" wrote nothing
        {"The Harlow show interrupted by protesters went on."},         // a participle and "by": a noun
        {"Acoustics tells us how rooms ring, as acoustics has long shown."},  // a field, written in lower case elsewhere
        {"Ivo Lind confirmed the deal."},
        {"Harlow Motors posted a loss of 40 million euros."},                // "posted" results, not a post
        {"The notice was posted on the door that morning."},                               // a verb of stance with an object
        {"Profit rose, beating Wall Street estimates."},                // the object of a verb in "-ing"
        {"Profit rose, in line with Harlow Bank projections for the year."},  // the object of a comparison
        {"Harlow Ferries maintain the pier."},                          // …in its base form too
        {"The pier closed and said nothing."},                          // "and said" after no one who reports
        {"Ivo Lind thinks about the pier."},                            // "thinks" without a clause
        {"The think tank Harlow Futures met."},                          // "think" is no verb of a think tank
        {"The skipper stressed the 3 rules of the sea."},               // …with a figure, but no news made known
        {"The report cited rising costs as a cause."},                  // "cited" without "as saying"
        {"Harlow projects include a new pier."},                        // a plural noun before a finite verb
        {"The Harlow Council reports were late."},
        {"The team projected images onto the wall."},                   // a projection with no figure or clause
        {"She determined the cost of the pier."},                       // "determined" without "that"
        {"They were determined to win."},
        {"The port agreed in May to cut its fees."},                    // "agreed" to act, not that something is so
        {"Storms wore the pier down faster than the crews could maintain it."},  // a verb of stance with a pronoun object
        {"The fund sold its stake, citing rising costs."},             // "citing" a cause, not a source
        {"The board resigned, citing Harlow's record."},              // …a name's record
        {"Harlow keeps such rules, citing Ostland as one example."},  // …a name as an example
        {"Harlow Ferries agreed a deal with the council."},
        {"The ferry had a sign saying the pier was closed."},           // "saying" after no document
        {"Large numbers of Harlow seals reported in the bay were sick."},  // a participle after a quantity of things
        {"The new containers showed signs of rust."},                    // things in "-ers" with a verb of data
        {"The report highlighted the risk of floods."},                 // …and another
        {"She heard that the pier had closed."},                        // "heard": only a court, jury or inquiry reports
        {"The team's earlier work, published in 2019, showed similar results."},  // what data shows never follows it
        {"The lamps look best with HDL, which highlighted bright walls."},  // …with an adjective before it
        {"The price of the 30-year Harlow note rose."},                 // "note" as a noun
        {"Please note the ferry leaves at noon."},                      // a request to the reader
        {"A fair point, and one Lind openly acknowledges, too."},       // "acknowledges" with no claim after it
        {"The suspected thief was held by the harbour police."},        // "suspected" without "that"
        {"Ivo Lind understood the risk."},                              // "understood" without "that"
        {"\"Nobody expected it,\" the skipper shouted."},              // an indefinite pronoun is no name
        {"It puts pressure on the growers upstream."},                // "put" without an amount after "at"
        {"Harlow Motors put the gain down to a new model."},
        {"Crews are on call when they put extra boats out."},
        {"Harlow exists and insists on its ferries."},                   // verbs in "-ists" are no trade
        {"Harlow Ferries recorded a heavy loss on its routes."},        // what happened to it, not a count it reports
        {"The Harlow fishing fleet recorded a 4% rise in catches."},
        {"Harlow Mail records these names under your contacts."},  // a count with no figure reports nothing
        {"Ivo Lind counted the days until the pier opened."},
        {"In Tuesday's session, shares fell 3%."},  // a day's, not a view
        {"Fares rose. Visitors to Harlow see 300 birds a day."},  // "see" forecasts only for those who forecast
        {"Fares rose. Ana Ruiz sees 40 ships a day."},
        {"Fares rose. Harlow Bank sees no end to the slump."},  // …and a figure after it
        // What might have been said, not what was.
        {"Ana Ruiz, a director at Harbour Watch, spoke first. She should have told the board sooner."},
        {"Ivo Lind, the Harlow harbour master, left early. He would have said the same."},
        {"The minister could have warned the port."},
        // The things said, not a claim reported.
        {"Ivo Lind, a Harlow skipper, came in. Crews trust anything he says about the tides."},
        {"Ana Ruiz, a Harlow pilot, arrived. Nobody doubts what she says."},
        {"Harlow Bank urged the talks on."},  // "urged" with an object and no call to act
        {"Update: \"Fees will rise.\""},                    // a label before a colon names no one
        {"Critics were blunt: \"Fees will rise.\""},        // nor does one capitalised word alone
        // A share that says something where the text speaks of no poll.
        {"In the vote, 52% said yes."},
        {"The survey asked 900 adults. Almost half those questioned said fees were high."},  // no poll's maker named
        {"Ana Ruiz, a Harlow pilot, arrived. What she says is true."},
        {"Ana Ruiz, a Harlow pilot, arrived. Crews doubt what she says about the tides."},
        {"Ivo Lind, a Harlow skipper, said nothing about the tides."},
        {"The council has declared a state of emergency in three wards."},  // an act, not a claim
        {"The mayor called a meeting for Monday."},                          // "called" without a quotation
        {"Harlow employers added 175,000 jobs in March."},                    // "added" before what was added
        {"The port added a second berth last year."},
        {"The union called the offer an insult."},
        {"Ivo waved. \"Run!\" Ana called.\n\n\"Wait for the ferry!\""},            // "called" as "shouted"
        // A characterisation or a charge without its complement, in the passive, or of the one charged.
        {"Ana Ruiz described the pier in detail."},
        {"The pier was described as unsafe."},
        {"Ivo Lind was accused of fraud."},
        {"The accused denies fraud, as described in the report."},
        {"Ana Ruiz pointed to the door."},  // "pointed to" without a figure
        // A report withheld claims nothing.
        {"The port will close. Its owner did not say when."},
        {"The port will close. Harlow Ferries wouldn't say why."},
        {"The port will close. Harlow Ferries declined to say how many jobs would go."},
        {"The port will close. The mayor has never said so."},
        // A sentence that opens with "If" has its subject later: "If I" names no one for a later "they".
        {"If I read the timetable right, the ferry is late.\n\nCrews laugh at everything they say about it."},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    CHECK(attribution_in(r) == nullptr);
}

TEST_CASE("Whose estimate, count or words a claim is names its source", "[citations]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        {"In the words of Ivo Lind, the port is 40% empty.", "In the words of Ivo Lind", "Ivo Lind"},
        {"The port is 40% empty, by Harlow Bank's count.", "by Harlow Bank's count", "Harlow Bank"},
        {"By the Harlow Fund's estimate, the port is 40% empty.", "By the Harlow Fund's estimate", "Harlow Fund"},
        {"Per Harlow Bank, the port is 40% empty.", "Per Harlow Bank", "Harlow Bank"},
        {"Per the Harlow Ports Office, the port is 40% empty.", "Per the Harlow Ports Office", "Harlow Ports Office"},
        {"Per Olsen, a trader, said the port is 40% empty.", "Per Olsen, a trader, said", "Per Olsen"},  // a given name
        // "his" or "her": the last person named.
        {"Karl Ode argues that mines made few jobs. By his count, they employ 9,000 people.", "By his count", "Karl Ode"},
        {"Ana Ruiz spoke. The mine employs 9,000 people, by her count.", "by her count", "Ana Ruiz"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = quoted_check(r, text, quote);
    CHECK(only_source(*s) == source);
}

TEST_CASE("An estimate no one is named for is a vague source, a passive's agent or the subject's own count is none", "[citations]") {
    auto [text, quote, vague] = GENERATE(table<std::string, std::string, bool>({
        {"By one estimate, the port is 40% empty.", "By one estimate", true},
        {"The port is, by most estimates, 40% empty.", "by most estimates", true},
        {"The port was measured by one count.", "by one count", false},
        {"The port, by its own count, handled 400 ships.", "by its own count", false},
        {"By her estimate, 400 boats sank.", "By her estimate", false},  // no one named before
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = probe::find(r, text, AnnotationKind::SourceCheck, quote);
    CHECK((s != nullptr) == vague);
    if (s) CHECK(probe::has_check(*s, "vague_source"));
}

TEST_CASE("A name after \"per\" and a comma is the source, a rate's \"per\" is not", "[citations]") {
    const std::string text = "Output fell 3%, per the Harlow Ports Office. Fares cost $5 per trip, per day.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* s = probe::find(r, text, AnnotationKind::SourceCheck, "per the Harlow Ports Office");
    REQUIRE(s != nullptr);
    CHECK(only_source(*s) == "Harlow Ports Office");
    int sources = 0;
    for (const auto& a : r.set.items) sources += a.kind == AnnotationKind::SourceCheck;
    CHECK(sources == 1);
}
