// Definitions: Schwartz & Hearst acronyms, glossary packs, user packs.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <memory>
#include <fstream>
#include <string>
#include <vector>

#include "acronyms.hpp"
#include "languages.hpp"
#include "analysis_probe.hpp"
#include "gloss/knowledge.hpp"
#include "lexical_data.hpp"

#include <filesystem>
#include <unistd.h>

// A folder of this process's own under the system's temporary folder: test cases run as parallel
// processes, and two writing the same files would read each other's half-written ones.
static std::string private_temp_dir(const std::string& name) {
    return std::filesystem::temp_directory_path().string() + "/" + name + "-" + std::to_string(::getpid());
}

using gloss::AnnotationKind;

namespace {

// The description the text gives of `term` (its in-text form), or "(none)" when the term is not defined in the text.
std::string in_text_description(const std::string& text, const std::string& term) {
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition && std::string(a.definition().term) == term && a.definition().defined_in_text)
            return std::string(a.definition().in_text_form);
    return "(none)";
}

// The term of the definition that marks exactly `quote` in `text`, or "" when none does.
std::string term_marked_at(const std::string& text, const std::string& quote) {
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition && text.substr(a.range.begin, a.range.end - a.range.begin) == quote)
            return std::string(a.definition().term);
    return "";
}

// Whether the analysis gives `term` a definition card (from `pack`, when one is named).
bool defines(const gloss::AnalyzeResult& r, const std::string& term, const std::string& pack = "") {
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition && std::string(a.definition().term) == term &&
            (pack.empty() || a.definition().pack == pack))
            return true;
    return false;
}

} // namespace

TEST_CASE("Schwartz & Hearst finds where the long form starts", "[definitions]") {
    auto [sf, lf, expected] = GENERATE(table<std::string, std::string, std::string>({
        {"HMM", "we use a hidden Markov model", "hidden Markov model"},
        {"WHO", "the World Health Organization", "World Health Organization"},
        {"EIB", "a loan from the European Investment Bank", "European Investment Bank"},
    }));
    const std::size_t at = gloss::schwartz_hearst_start(sf, lf);
    REQUIRE(at != std::string::npos);
    CHECK(lf.substr(at) == expected);
}

TEST_CASE("Acronyms defined in the text are found, with numerals and inner words", "[definitions]") {
    auto [text, term, long_form] = GENERATE(table<std::string, std::string, std::string>({
        {"Traffic reached 90,000 20-foot equivalent units (TEU) in May.", "TEU", "20-foot equivalent units"},
        {"The Office of the UN High Commissioner for Human Rights (OHCHR) estimates so.", "OHCHR",
         "Office of the UN High Commissioner for Human Rights"},
        {"The Capital Improvement Program (CIP) grew.", "CIP", "Capital Improvement Program"},
        {"Members of the Zonal Planning Board (ZPB) met. The ZPB agreed.", "ZPB", "Zonal Planning Board"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* d = probe::find(r, text, AnnotationKind::Definition, term);
    REQUIRE(d != nullptr);
    CHECK(d->definition().defined_in_text);
    CHECK(d->definition().first);
    CHECK(d->definition().in_text_form == long_form);
    CHECK(text.substr(d->definition().definition_site.begin, d->definition().definition_site.end - d->definition().definition_site.begin) ==
          long_form + " (" + term + ")");
}

TEST_CASE("Every occurrence is annotated and only the first is marked first", "[definitions]") {
    const std::string text = "The European Union met. The EU agreed. Later the EU's envoy left.";
    const auto r = probe::analyze(text);
    int n = 0, first = 0;
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition && a.definition().term == "EU") { ++n; first += a.definition().first; }
    CHECK(n == 3);
    CHECK(first == 1);
}

TEST_CASE("A term the text defines again and again keeps one annotation per occurrence and its first definition", "[definitions]") {
    std::string text;
    for (int i = 0; i < 40; ++i)
        text += "The Zonal Planning Board (ZPB) met in May. The ZPB agreed, and two ZPBs disagreed.\n\n";
    const auto r = probe::analyze(text);
    REQUIRE(r.ok);
    int occurrences = 0, first = 0;
    std::uint32_t last_begin = 0;
    for (const auto& a : r.set.items) {
        if (a.kind != AnnotationKind::Definition || a.definition().term != "ZPB") continue;
        ++occurrences;
        first += a.definition().first;
        CHECK(a.range.begin >= last_begin);
        last_begin = a.range.begin + 1;
        CHECK(a.definition().defined_in_text);
        CHECK(a.definition().in_text_form == "Zonal Planning Board");
        CHECK(a.definition().definition_site.begin < 40);  // the first definition, in the first paragraph
    }
    CHECK(occurrences == 40 * 3);  // "(ZPB)", "ZPB", "ZPBs" in each paragraph
    CHECK(first == 1);
}

TEST_CASE("Glossary forms match whole words only", "[definitions]") {
    const std::string text = "The EURO area and the UNESCO office.";
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items) CHECK_FALSE((a.kind == AnnotationKind::Definition && (a.definition().term == "EU" || a.definition().term == "UN")));
}

TEST_CASE("Every bundled pack parses", "[packs]") {
    const auto kb = gloss::KnowledgeBase::bundled();
    CHECK(kb->glossary().size() >= 20);
    CHECK(kb->sources().size() >= 10);
    REQUIRE(kb->find_term("TEU") != nullptr);
    CHECK(kb->find_source("Interfax") != nullptr);
}

TEST_CASE("No two bundled glossary entries share a term or a form, whatever its case", "[packs]") {
    // Terms are looked up case-insensitively (a name the glossary knows is never looked up in WordNet),
    // so "GPs" in one entry would hide "GPS" as surely as a duplicate would.
    const auto kb = gloss::KnowledgeBase::bundled();
    std::map<std::string, std::string> owner;  // lower-cased form -> term
    for (const gloss::GlossaryEntry& e : kb->glossary()) {
        std::vector<std::string> names = e.forms;
        names.push_back(e.term);
        for (std::string n : names) {
            for (char& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            const auto [it, added] = owner.emplace(n, e.term);
            CAPTURE(n, e.term, it->second);
            CHECK((added || it->second == e.term));
        }
    }
    CHECK(owner.size() > 300);
}

namespace {
std::string write_temp(const std::string& name, const std::string& body) {
    const std::string path = std::string("gloss-test-") + name;
    std::ofstream(path, std::ios::binary) << body;
    return path;
}
} // namespace

TEST_CASE("A user pack overrides a bundled entry", "[packs]") {
    const std::string path = write_temp("override.json",
        R"({"schema_version": 1, "name": "mine", "kind": "glossary", "entries": [
             {"term": "TEU", "forms": ["TEU"], "expansion": "twenty-foot equivalent unit", "definition": "My own words."}]})");
    gloss::AnalyzeOptions o;
    o.pack_paths = {path};
    const std::string text = "It moved 500 TEU.";
    const auto r = gloss::analyze_text(text, o);
    std::remove(path.c_str());
    REQUIRE(r.ok);
    CHECK(r.set.warnings.empty());
    const gloss::Annotation* d = probe::find(r, text, AnnotationKind::Definition, "TEU");
    REQUIRE(d != nullptr);
    CHECK(d->definition().text == "My own words.");
    CHECK(d->definition().pack == "mine");
}

TEST_CASE("A broken user pack gives a warning and the analysis goes on", "[packs]") {
    auto [body, fragment] = GENERATE(table<std::string, std::string>({
        {"{ not json", "not valid JSON"},
        {R"({"entries": []})", "schema_version"},
        {R"({"schema_version": 7, "entries": []})", "unsupported schema_version"},
        {R"({"schema_version": 1, "kind": "glossary", "entries": [{"forms": ["X"]}]})", "no \"term\""},
    }));
    const std::string path = write_temp("broken.json", body);
    gloss::AnalyzeOptions o;
    o.pack_paths = {path, "no-such-pack.json"};
    const std::string text = "The EU met.";
    const auto r = gloss::analyze_text(text, o);
    std::remove(path.c_str());
    REQUIRE(r.ok);
    REQUIRE(r.set.warnings.size() == 2);
    CHECK(r.set.warnings[0].find(fragment) != std::string::npos);
    CHECK(r.set.warnings[1].find("cannot open") != std::string::npos);
    CHECK(probe::find(r, text, AnnotationKind::Definition, "EU") != nullptr);
}

TEST_CASE("Lexical data gives acronyms, organisations and codes with their source", "[definitions]") {
    const std::string dir = private_temp_dir("gloss-lexical-test");
    std::filesystem::create_directories(dir);
    {
        std::ofstream wn(dir + "/data.noun", std::ios::binary);
        wn << "  1 This is a licence header line\n"
              "00000001 14 n 02 Vexlan_Trade_Council 0 VTC 0 000 | a council of grain traders; \"the VTC met\"\n"
              "00000002 14 n 01 Northgate_Shipping_Union 0 000 | a union of shipping firms\n"
              "00000003 04 n 01 harbour 0 000 | a sheltered port\n";
        std::ofstream iso(dir + "/iso_4217.json", std::ios::binary);
        iso << R"({"4217": [{"alpha_3": "QZX", "name": "Quazi Mark", "numeric": "999"}]})";
    }
    const gloss::LexicalData data(dir, dir);
    std::filesystem::remove_all(dir);  // read whole at construction
    auto [name, term, pack] = GENERATE(table<std::string, std::string, std::string>({
        {"VTC", "VTC", "WordNet 3.0"},
        {"Vexlan Trade Council", "VTC", "WordNet 3.0"},
        {"Northgate Shipping Union", "Northgate Shipping Union", "WordNet 3.0"},
        {"QZX", "QZX", "ISO 4217"},
    }));
    CAPTURE(name);
    const gloss::GlossaryEntry* e = data.find(name);
    REQUIRE(e != nullptr);
    CHECK(e->term == term);
    CHECK(e->pack == pack);
    CHECK(e->definition.find('"') == std::string::npos);  // examples left out
    CHECK(data.find("harbour") == nullptr);                // a common word is no term
    CHECK(data.find_title_case_acronym("Vtc") == data.find("VTC"));
}

TEST_CASE("WordNet is read whole across long lines and a last line without a line break", "[definitions]") {
    const std::string dir = private_temp_dir("gloss-lexical-blocks");
    std::filesystem::create_directories(dir);
    {
        std::ofstream wn(dir + "/data.noun", std::ios::binary);
        wn << "  1 This is a licence header line\n"
              "00000010 06 n 02 XQZ 0 Xeno_Quartz_Zone 0 000 | a unit of invented measure\n"
              "00000011 18 n 01 Ada_Vexley 0 000 | an invented person\n"
              "00000012 06 n 01 QQW 0 000 | an all-caps word without a long form\n"
              "00000013 04 n 01 longword 0 000 | "
           << std::string(std::size_t(3) << 19, 'x')  // 1.5 MiB: longer than one block of the reader
           << "\n00000014 14 n 01 Brindle_Harbour_Board 0 000 | an invented harbour board";  // no final line break
    }
    const gloss::LexicalData data(dir, "");
    std::filesystem::remove_all(dir);
    auto [name, found] = GENERATE(table<std::string, bool>({
        {"XQZ", true},                    // an acronym with its long form, outside noun.group
        {"Xeno Quartz Zone", true},
        {"Brindle Harbour Board", true},  // an organisation on the last line
        {"Ada Vexley", false},            // a person's kind (no "@i" instance pointer): no one person
        {"QQW", false},                   // an acronym without a long form
    }));
    CAPTURE(name);
    CHECK((data.find(name) != nullptr) == found);
    CHECK(data.status().find("2 names and acronyms of 5 noun synsets") != std::string::npos);
}

TEST_CASE("WordNet gives named people, wars, events and periods, but no office, no date and no shared name", "[definitions]") {
    const std::string dir = private_temp_dir("gloss-lexical-named");
    std::filesystem::create_directories(dir);
    {
        std::ofstream wn(dir + "/data.noun", std::ios::binary);
        wn << "  1 This is a licence header line\n"
              "00000030 18 n 02 Ada_Vexley 0 Ada_M._Vexley 0 001 @i 00000099 n 0000 | an invented explorer (1800-1870)\n"
              "00000031 18 n 01 Harbour_Warden 0 001 @ 00000098 n 0000 | an invented office\n"
              "00000032 04 n 01 Vexlan_War 0 001 @i 00000097 n 0000 | an invented war\n"
              "00000033 04 n 01 Harbour_Secretary 0 001 @ 00000096 n 0000 | an invented post\n"
              "00000034 11 n 01 Vexlan_Cup 0 000 | an invented race\n"
              "00000035 28 n 02 Quiet_Years 0 Vexlan_May_5 0 000 | an invented period\n"
              "00000036 18 n 01 Ivo_Brandt 0 001 @i 00000099 n 0000 | one invented captain\n"
              "00000037 18 n 01 Ivo_Brandt 0 001 @i 00000099 n 0000 | another invented captain\n";
    }
    const gloss::LexicalData data(dir, "");
    std::filesystem::remove_all(dir);
    auto [name, kind] = GENERATE(table<std::string, std::string>({
        {"Ada Vexley", "person"},       // one person: an instance of a kind
        {"Ada M. Vexley", "person"},
        {"Vexlan War", "event"},
        {"Vexlan Cup", "event"},
        {"Quiet Years", "period"},
        {"Harbour Warden", ""},         // an office, no one person
        {"Harbour Secretary", ""},
        {"Vexlan May 5", ""},           // a date is a figure
        {"Ivo Brandt", ""},             // two people share the name
    }));
    CAPTURE(name);
    const gloss::GlossaryEntry* e = data.find(name);
    CHECK((e ? e->kind : std::string()) == kind);
}

TEST_CASE("A WordNet person is marked by full name, not inside a longer name nor where the text introduces a namesake", "[definitions]") {
    auto [text, term, marked] = GENERATE(table<std::string, std::string, bool>({
        {"In 1940 Winston Churchill spoke on the radio.", "Winston Churchill", true},
        {"Winston Churchill, a farmer in Tarrow, sold hay.", "Winston Churchill", false},  // the text's own
        {"She studied at the Isaac Newton' Harbour School.", "Isaac Newton", false},
        {"He taught at the Isaac Newton Institute.", "Isaac Newton", false},
        // Nor alone where the text also writes the longer name: it is as likely the longer name's.
        {"She studied at the Isaac Newton Institute. An Isaac Newton lecturer spoke.", "Isaac Newton", false},
        // …unless a title shows the person meant.
        {"The Isaac Newton Institute opened. Sir Isaac Newton wrote the laws.", "Isaac Newton", true},
    }));
    CAPTURE(text);
    CHECK(defines(probe::analyze(text), term, "WordNet 3.0") == marked);
}

TEST_CASE("A person's family name alone is marked after the full name, not inside a longer name", "[definitions][people]") {
    auto [text, term] = GENERATE(table<std::string, std::string>({
        {"Newton was late. In 1687 Isaac Newton wrote it. Newton was right. The Newton Harbour opened. Newton's law held.", "Isaac Newton"},
        {"Lind was late. Ivo Lind, the mayor of Harlow, spoke. Lind was right. The Lind Harbour opened. Lind's law held.", "Ivo Lind"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    std::vector<std::string> marked;
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition && std::string(a.definition().term) == term)
            marked.push_back(text.substr(a.range.begin, a.range.end - a.range.begin) + "@" + std::to_string(a.range.begin));
    const std::string family = term.substr(term.find(' ') + 1);
    const std::vector<std::string> expected{term + "@" + std::to_string(text.find(term)),
                                            family + "@" + std::to_string(text.find(family + " was right")),
                                            family + "@" + std::to_string(text.find(family + "'s"))};
    CHECK(marked == expected);
}

TEST_CASE("A WordNet acronym with a lower-case long form that spells it is a term, in capitals only", "[definitions]") {
    const std::string dir = private_temp_dir("gloss-lexical-lower");
    std::filesystem::create_directories(dir);
    {
        std::ofstream wn(dir + "/data.noun", std::ios::binary);
        wn << "  1 This is a licence header line\n"
              "00000020 06 n 04 quartz-vapour_zone 0 quartz_zone 0 QVZ 0 quartz_vapor_zone 0 000 | an invented zone\n"
              "00000021 06 n 02 QRB 0 harbour_bell 0 000 | a bell that spells nothing of QRB\n"
              "00000022 06 n 02 hull_x_ray 0 HXR 0 000 | an invented scan\n";
    }
    const gloss::LexicalData data(dir, "");
    std::filesystem::remove_all(dir);
    const gloss::GlossaryEntry* qvz = data.find("QVZ");
    REQUIRE(qvz != nullptr);
    CHECK(qvz->expansion == "quartz-vapour zone");  // the form whose initials are the acronym
    CHECK(data.find("HXR") != nullptr);             // letters in order: h(ull) x(-ray) r(ay)
    CHECK(data.find("HXRs") == data.find("HXR"));   // and its plural
    CHECK(data.find("QRB") == nullptr);             // a long form that does not spell it
    CHECK(data.find_title_case_acronym("Qvz") == nullptr);
}

TEST_CASE("Missing lexical data says so in one line and finds nothing", "[definitions]") {
    const gloss::LexicalData data("/nonexistent-gloss-folder", "/nonexistent-gloss-folder");
    CHECK(data.empty());
    CHECK(data.status().find("WordNet not found") != std::string::npos);
    CHECK(data.status().find('\n') == std::string::npos);
}

TEST_CASE("Short forms, long forms without parentheses and glossed foreign terms are defined in the text", "[definitions]") {
    auto [text, term, expansion] = GENERATE(table<std::string, std::string, std::string>({
        {"Ministers of the Group of Nine (G9) met in Lyon.", "G9", "Group of Nine"},
        // Words whose initials spell the short form, though a shorter match lies inside them.
        {"The Tarrow Soybean Association (TSA) met.", "TSA", "Tarrow Soybean Association"},
        {"Harlow Health Service (HHS) figures show waiting lists grew.", "HHS", "Harlow Health Service"},
        // Letters found inside words start the match mid-name: the name's capitalised words before it count,
        // never across a comma.
        {"Stocks fell. The Tarrow Harbour Index (HOX) lost 3.1%.", "HOX", "Tarrow Harbour Index"},
        {"Unlike Tove, Harlow Bank Ostland NV (HBO) said so.", "HBO", "Harlow Bank Ostland NV"},
        // A short form's plural before its long form in parentheses.
        {"Sales of TPDs (tiny portable devices) rose in May.", "TPDs", "tiny portable devices"},
        {"The Tarn Valley Growers Association met on Monday. Prices rose, the TVGA said.", "TVGA", "Tarn Valley Growers Association"},
        {"Delegates of the Northern Timber Board came. Later the NTB voted.", "NTB", "Northern Timber Board"},
        // The initials of "of", "and", "for" inside the long form, in capitals or written small.
        {"The Bank of Harlow raised rates. BOH said inflation was high.", "BOH", "Bank of Harlow"},
        {"The Department of Ports issued rules. The DoP said fees would rise.", "DoP", "Department of Ports"},
        {"The Department for Tarrow issued rules. The DfT said fees would rise.", "DfT", "Department for Tarrow"},
        // A short form in title case, as British style writes the longer ones.
        {"The Harlow Education Funding Council for Tarrow met. The Hefct report said fees rose.", "Hefct",
         "Harlow Education Funding Council for Tarrow"},
        // A name translated from another language, its initials in the other language's order.
        {"The Lusitanian Cork Institute (ILC) cut its forecast.", "ILC", "Lusitanian Cork Institute"},
        // Another name for the words before it, given after a comma.
        {"Loans in the kalbuni, or KLB, are cheaper.", "KLB", "kalbuni"},
        {"Trains on the Harbour Express Line, also known as HXL, ran late.", "HXL", "Harbour Express Line"},
        // …with an article before the short form, and "for the" or "of the" inside the name.
        {"The Harbour Fisheries Organisation for the North Sea, known as the HFO-NS, cut quotas.", "HFO-NS",
         "Harbour Fisheries Organisation for the North Sea"},
        // A list of lower-case words that "and" ends, commas between them.
        {"It funds monitoring, control and surveillance (MCS) of boats.", "MCS", "monitoring, control and surveillance"},
        {"It fights illegal, unreported and unregulated (IUU) fishing.", "IUU", "illegal, unreported and unregulated"},
        {"Its harbour data office, known as HDO, met.", "HDO", "harbour data office"},
        // A name needs no determiner, and a year may stand between the determiner and the name.
        {"It met at the 2019 Summit on Harbour Safety, or SOHS, in Tarrow.", "SOHS", "Summit on Harbour Safety"},
        {"Talks began at Tarrow-Harlow Port Council, or THPC, in May.", "THPC", "Tarrow-Harlow Port Council"},
        // A plural needs no determiner, and a hyphen joins a word.
        {"He sold tidal-energy credits, or TECs, for $5.", "TECs", "tidal-energy credits"},
        {"Its tidal power buoys, known as TPBs, are big.", "TPBs", "tidal power buoys"},
        {"Local councils, or \xD1\x81\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x82\xD1\x8B (councils), voted.", "\xD1\x81\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x82\xD1\x8B", "councils"},
        // A country's initials before the name of its body, the country named before in the sentence.
        {"New Ostland's rates will fall, the Institute of Trade Research (NOITR) said.", "NOITR", "Institute of Trade Research"},
        // A comma between the capitalised words of the long form.
        {"The Office of Rail, Road and Canals (ORRC) set fares.", "ORRC", "Office of Rail, Road and Canals"},
        // The long form after the short form: in parentheses with "the", between commas, "stands for".
        {"TEMB (the Tarrow Emergency Management Board) sent boats.", "TEMB", "Tarrow Emergency Management Board"},
        {"HPA, the Harlow Port Authority, sent boats.", "HPA", "Harlow Port Authority"},
        {"The HPA, or Harlow Port Authority, sent boats.", "HPA", "Harlow Port Authority"},
        {"HRC stands for Harlow Rescue Council.", "HRC", "Harlow Rescue Council"},
        // …in lower case after "stands for" or "is short for", connectors inside.
        {"QRT stands for quay rotation time, a measure of waiting.", "QRT", "quay rotation time"},
        {"TAL is short for the tide alert level.", "TAL", "tide alert level"},
        {"HWM stands for high water of the moon.", "HWM", "high water of the moon"},
        // A possessive ending after the long form stays out of it.
        {"The Harlow Boat Centre's (HBC) staff sent boats.", "HBC", "Harlow Boat Centre"},
        // A long form between dashes of its own, in a sense the glossary gives other letters' owner.
        {"The Harlow Tide Service \xE2\x80\x93 HTS \xE2\x80\x93 sent boats.", "HTS", "Harlow Tide Service"},
        // A plural's possessive mark inside the long form, where the lexical data knows the letters as another body.
        {"Members of the Fishers' Welfare Scheme \xE2\x80\x93 FWS \xE2\x80\x93 get a pension.", "FWS", "Fishers' Welfare Scheme"},
        {"The Skippers' Welfare Scheme met. Later the SWS voted.", "SWS", "Skippers' Welfare Scheme"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* d = nullptr;
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition && std::string(a.definition().term) == term && a.definition().first) d = &a;
    REQUIRE(d != nullptr);
    CHECK(d->definition().defined_in_text);
    CHECK(std::string(d->definition().expansion) == expansion);
    CHECK(std::string(d->definition().pack) == "text");
}

TEST_CASE("A short form the text describes instead of spelling out gets the description", "[definitions]") {
    auto [text, term, description] = GENERATE(table<std::string, std::string, std::string>({
        {"Viewers said the state-owned radio and news channel KVBN is losing money.", "KVBN", "state-owned radio and news channel"},
        {"The town may sell its municipal water company, TWPC, to a fund.", "TWPC", "municipal water company"},
        {"The deal includes KVBN, a regional state broadcaster, and two papers.", "KVBN", "regional state broadcaster"},
        // A kind of body alone after a determiner, or after the sentence's first word; or after the short form.
        {"Fees rose, said the broadcaster KVTV.", "KVTV", "broadcaster"},
        {"Cable company KVL is trialling faster lines.", "KVL", "cable company"},
        {"Delegates of the ruling KVP party left early.", "KVP", "ruling KVP party"},
        {"She founded the KVG consultancy in 2001.", "KVG", "KVG consultancy"},
        // Before a verb of saying; a kind of body after a plural word.
        {"The arms maker KVDM said it would close.", "KVDM", "arms maker"},
        {"Viewers trust the news channel KVNC.", "KVNC", "news channel"},
        // A verb after a plural subject is no description: "the screens use KVML".
        {"The screens use KVML for layout.", "KVML", "(none)"},
        {"The firms want KVPC to pay.", "KVPC", "(none)"},
    }));
    CAPTURE(text);
    CHECK(in_text_description(text, term) == description);
}

TEST_CASE("An installed WordNet term of art is marked in capitals and in its plural, never in title case", "[definitions]") {
    auto [text, marked] = GENERATE(table<std::string, bool>({
        {"Sales of PDAs rose.", true},
        {"One PDA was sold.", true},
        {"Ask Pda about it.", false},
    }));
    CAPTURE(text);
    CHECK(defines(probe::analyze(text), "PDA", "WordNet 3.0") == marked);
}

TEST_CASE("An installed WordNet name inside a longer capitalised name is not marked", "[definitions]") {
    auto [text, marked] = GENERATE(table<std::string, bool>({
        {"In the United States the People's Party won the vote.", true},
        {"In the United States the ruling Tarrow People's Party won the vote.", false},
    }));
    CAPTURE(text);
    CHECK(defines(probe::analyze(text), "People's Party", "WordNet 3.0") == marked);
}

TEST_CASE("An installed WordNet body its gloss places in one country is marked only where the text names that country", "[definitions]") {
    // WordNet's People's Party is "a former political party in the United States"; its National Guard the
    // United States' reserves; its Labour Party Great Britain's.
    auto [text, term, marked] = GENERATE(table<std::string, std::string, bool>({
        {"Ostland's ruling People's Party won the vote.", "People's Party", false},
        {"The People's Party won votes across America in 1892.", "People's Party", true},
        {"The US People's Party won votes in 1892.", "People's Party", true},
        {"The Harlow governor called out the National Guard.", "National Guard", false},
        {"The governor called out the National Guard, Washington said.", "National Guard", true},
        {"Ostland's Labour Party won the vote.", "British Labour Party", false},
        {"Labour Party members met in London.", "British Labour Party", true},
    }));
    CAPTURE(text);
    CHECK(defines(probe::analyze(text), term, "WordNet 3.0") == marked);
}

TEST_CASE("A glossary term found in any case is not marked inside a longer capitalised name, but is in a heading", "[definitions]") {
    auto [text, marked] = GENERATE(table<std::string, bool>({
        {"Ferries joined a scheme of emissions trading last year.", true},
        {"Ferries joined the Harlow Emissions Trading Scheme last year.", false},
        {"Ferries Join Emissions Trading Scheme\n\nFerries joined it last year.", true},  // a heading
    }));
    CAPTURE(text);
    CHECK(defines(probe::analyze(text), "cap and trade", "glossary") == marked);
}

TEST_CASE("A WordNet term stays beside a glossary term its plural spells in other case", "[definitions]") {
    // WordNet's HTTP has the plural "HTTPs"; the glossary's HTTPS is another term, not the same one.
    const auto r = probe::analyze("Servers speak HTTP, and browsers prefer HTTPS.");
    CHECK(defines(r, "HTTP", "WordNet 3.0"));
    CHECK(defines(r, "HTTPS", "glossary"));
}

TEST_CASE("A possessive of an acronym is looked up without its ending", "[definitions]") {
    auto [text] = GENERATE(table<std::string>({
        {"She won the PDA's design prize."},
        {"She won the PDA\xE2\x80\x99s design prize."},
    }));
    CAPTURE(text);
    CHECK(defines(probe::analyze(text), "PDA", "WordNet 3.0"));
}

TEST_CASE("Initials that open a compound are looked up on their own, and marked alone", "[definitions]") {
    auto [text, term, words] = GENERATE(table<std::string, std::string, std::string>({
        {"Ostland agreed an IMF-backed loan.", "IMF", "IMF"},
        {"Ostland joined a NATO-led mission.", "NATO", "NATO"},
        {"Talks at the Harlow Energy Agency (HEA) ended. Ostland signed an HEA-backed deal.", "HEA", "HEA"},
        {"The G7-style summit ended.", "G7", "G7"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const auto last = std::find_if(r.set.items.rbegin(), r.set.items.rend(), [&](const gloss::Annotation& a) {
        return a.kind == AnnotationKind::Definition && std::string(a.definition().term) == term;
    });
    REQUIRE(last != r.set.items.rend());
    CHECK(text.substr(last->range.begin, last->range.end - last->range.begin) == words);
}

TEST_CASE("Capitals glued to a capitalised word or to digits open no compound term", "[definitions]") {
    for (const std::string text : {"The IMF-Harlow deal ended.", "It used IMF-7 rules.", "A TEUs-heavy ship."}) {
        CAPTURE(text);
        const auto r = probe::analyze(text);
        for (const auto& a : r.set.items)
            if (a.kind == AnnotationKind::Definition) CHECK(a.range.end <= text.find('-'));
    }
}

TEST_CASE("Initialisms of sport, business, health, politics and computing are in the glossary", "[definitions]") {
    auto [text, term] = GENERATE(table<std::string, std::string>({
        {"The NBA season opens in October.", "NBA"},
        {"Our CTO left in May.", "CTO"},
        {"Children with ADHD were studied.", "ADHD"},
        {"The SDF took the town.", "SDF"},
        {"Write the SQL by hand.", "SQL"},
        {"The new OS has a cleaner UI.", "OS"},
        {"The firm's EBITDA margin and P/E ratio rose.", "P/E"},
        {"The Riksbank raised rates.", "Riksbank"},
        {"KPMG audited the accounts.", "KPMG"},
        {"Harlow Media LLC was sold.", "LLC"},
        {"The launch is at 9 am EDT.", "EDT"},
        // Groups named in full, with no short form.
        {"The Cato Institute disagreed.", "Cato Institute"},
        {"Doctors Without Borders ran the clinic.", "MSF"},
        // The internet's bodies and terms of software; parties and services; a form in other capitals.
        {"The W3C wrote the draft.", "W3C"},
        {"Each SRE team keeps an SLO for the ferry app.", "SRE"},
        {"The PVV lost seats in the vote.", "PVV"},
        {"ASIO raised the threat level.", "ASIO"},
        {"The ferry was built before WW2.", "WWII"},
        {"The AFDB lent the money.", "AfDB"},
        // Initialisms with an ampersand or a digit; agencies and taxes.
        {"Harlow spends more on R&D than its rivals.", "R&D"},
        {"The ferry's 4G signal dropped.", "4G"},
        {"The ESA launched a weather probe.", "ESA"},
        {"Tarrow cut the GST on ferry tickets.", "GST"},
        // Campaign groups, pollsters and banks news quotes by name.
        {"Greenpeace boarded the trawler.", "Greenpeace"},
        {"A YouGov poll put the party ahead.", "YouGov"},
        {"Economists at Goldman Sachs cut their forecast.", "Goldman Sachs"},
        // An event news names more often than the lexical data's sense of the words.
        {"Harlow lost to Tarrow in the Six Nations.", "Six Nations"},
        // Bodies many countries name alike: the glossary's card says so, not one country's.
        {"Ostland's Supreme Court struck down the ferry law.", "Supreme Court"},
        {"The State Department said the talks would go on.", "State Department"},
        // Parties, space agencies and sport named by their own names; a numbered climate conference.
        {"Fidesz won a fourth term.", "Fidesz"},
        {"The ISRO probe reached the Moon.", "ISRO"},
        {"Delegates flew to Harlow for COP29.", "COP"},
        // Companies of health and retail news, and EU laws named in full.
        {"Harlow signed a vaccine deal with Pfizer and Moderna.", "Moderna"},
        {"Harlow opened an IKEA store.", "IKEA"},
        {"The ferry app must follow the Digital Markets Act.", "Digital Markets Act"},
        // Health, climate and technology initialisms, where WordNet knows another sense or none.
        {"Few children had the MMR jab.", "MMR"},
        {"Cases of RSV rose in May.", "RSV"},
        {"Tarrow trained its own LLMs.", "LLM"},
        {"Steel now pays CBAM on entry.", "CBAM"},
        {"The ELN freed two hostages.", "ELN"},
        {"The ferry app must follow the DMA.", "Digital Markets Act"},
        // British unions, prosecutors and conciliators, as British news names them.
        {"The NASUWT balloted its members.", "NASUWT"},
        {"The CPS dropped the case.", "CPS"},
        {"Talks at Acas broke down.", "Acas"},
    }));
    CAPTURE(text);
    CHECK(defines(probe::analyze(text), term, "glossary"));
}

TEST_CASE("After a number an organisation's initials from WordNet are a unit, other WordNet terms stay", "[definitions]") {
    auto [text, term, marked] = GENERATE(table<std::string, std::string, bool>({
        {"The game runs at 30 FPS on the new console.", "FPS", true},  // the glossary's frames per second, over
                                                                      // WordNet's federal service
        {"The dish turns at 30 FRS on the new mount.", "FRS", false},  // not WordNet's Federal Reserve System
        {"The rocket lifted off at 1451 GMT on Friday.", "GMT", true},
    }));
    CAPTURE(text);
    CHECK(defines(probe::analyze(text), term) == marked);
}

TEST_CASE("A term the text defines in a sense of its own keeps the text's sense over the knowledge's", "[definitions]") {
    auto [text, term, expansion, pack] = GENERATE(table<std::string, std::string, std::string, std::string>({
        // The glossary's IMF and the installed WordNet's ATF name other things.
        {"The Internal Migration Forum (IMF) met. The IMF said so.", "IMF", "Internal Migration Forum", "text"},
        {"The Async Task Frame (ATF) runs jobs. ATF is fast.", "ATF", "Async Task Frame", "text"},
        // One word of the name in common is not enough: the name's own words must all be the knowledge's.
        {"The International Migration Fund (IMF) met. The IMF said so.", "IMF", "International Migration Fund", "text"},
        // The same sense in other words keeps the knowledge's card, which says more.
        {"The International Monetary Fund (IMF) met. The IMF said so.", "IMF", "International Monetary Fund", "glossary"},
        // …in another spelling, or with a company's ending.
        {"The Shanghai Co-operation Organisation (SCO) met. The SCO said so.", "SCO", "Shanghai Cooperation Organisation", "glossary"},
        {"The World Health Organisation (WHO) met. WHO said so.", "WHO", "World Health Organization", "glossary"},
        {"Taiwan Semiconductor Manufacturing Company Ltd (TSMC) sold it. TSMC said so.", "TSMC",
         "Taiwan Semiconductor Manufacturing Company", "glossary"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    std::size_t cards = 0;
    for (const auto& a : r.set.items) {
        if (a.kind != AnnotationKind::Definition || std::string(a.definition().term) != term) continue;
        ++cards;
        CHECK(std::string(a.definition().expansion) == expansion);
        CHECK(std::string(a.definition().pack) == pack);
    }
    CHECK(cards == 2);
}

TEST_CASE("A currency code is explained only where it is used as one", "[definitions]") {
    auto [text, defined] = GENERATE(table<std::string, bool>({
        {"The loan is AMD 500,000.", true},
        {"Loans were denominated in AMD already.", true},
        {"AMD chips sold well.", false},
    }));
    CAPTURE(text);
    CHECK(defines(probe::analyze(text), "AMD") == defined);
}

TEST_CASE("Each occurrence of a currency code is marked only where it is used as one", "[definitions]") {
    const std::string text = "The loan is CAD 500,000. Engineers use CAD tools.";
    const auto r = probe::analyze(text);
    std::size_t cards = 0;
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition && std::string(a.definition().term) == "CAD") {
            ++cards;
            CHECK(a.range.begin == text.find("CAD"));
        }
    CHECK(cards == 1);
}

TEST_CASE("A country code is explained beside a number or in parentheses, not as any word in capitals", "[definitions]") {
    auto [text, defined] = GENERATE(table<std::string, bool>({
        {"The relay team (DEU) won, and DEU 3 beat FRA 2.", true},
        {"Mail is sent over TLS now.", false},
        {"Keep rows WHERE z NOT BETWEEN -1 AND 1 only.", false},  // a function word in capitals, beside numbers
        {"The medal table put NOR 2 (NOR) ahead.", true},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    bool found = false;
    for (const auto& a : r.set.items)
        found = found || (a.kind == AnnotationKind::Definition && std::string(a.definition().pack) == "ISO 3166-1");
    CHECK(found == defined);
}

TEST_CASE("A capitalised word is no abbreviation of words it only happens to spell", "[definitions]") {
    auto [text, term, defined] = GENERATE(table<std::string, std::string, bool>({
        {"Tasks send heartbeats during task execution (Heartbeat) to the server.", "Heartbeat", false},
        {"The Valley Orchard Livestock and Cattle Association (Volca) said so.", "Volca", true},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    bool found = false;
    for (const auto& a : r.set.items)
        found = found || (a.kind == AnnotationKind::Definition && std::string(a.definition().term) == term && a.definition().defined_in_text);
    CHECK(found == defined);
}

TEST_CASE("A sentence that says a person or a state is something defines no organisation", "[definitions]") {
    auto [text, term] = GENERATE(table<std::string, std::string>({
        {"Ana Ruiz is a ferry skipper.", "Ana Ruiz"},
        {"The Harlow Council is a mess.", "Harlow Council"},
        {"The Harlow Bank is a lender that said rates would rise.", "Harlow Bank"},  // what it said is no description
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition && std::string(a.definition().term) == term)
            CHECK(std::string(a.definition().text).rfind("Described in the text", 0) != 0);
}

TEST_CASE("An organisation described between commas after its name is defined by the description", "[definitions]") {
    auto [text, term, description] = GENERATE(table<std::string, std::string, std::string>({
        {"The report was shown on Varna Television, a state broadcaster in Ostland, last week.", "Varna Television", "state broadcaster in Ostland"},
        {"Ada Lind, a fellow at the Brook Institute, a think tank on trade, said prices rose.", "Brook Institute", "think tank on trade"},
        // A possessive before the name stays out of it.
        {"Ostland's Fenwick Steel Co, a leading maker of rail, cut jobs.", "Fenwick Steel Co", "leading maker of rail"},
        // A name with no organisation's word, when the description says what kind of body it is.
        {"The boats went to Ferry Aid, a charity that rescues old boats, last year.", "Ferry Aid", "charity that rescues old boats"},
        {"Tarn Analytics, a consultancy in Harlow, said so.", "Tarn Analytics", "consultancy in Harlow"},
        // One word after a preposition of place, when the description says it is a body.
        {"Shares in Tarrowsoft, the software maker, fell 18% on Thursday.", "Tarrowsoft", "software maker"},
        // A place glued to "-based" inside the description; one word naming a kind of body.
        {"Harlow Watch, a Tarrow-based rights group, said the ferries were unsafe.", "Harlow Watch", "Tarrow-based rights group"},
        {"Harlow Aid, the charity, said the fees were high.", "Harlow Aid", "charity"},
        // Before the name: lower-case words ending in a kind of body.
        {"Ferry operator Tarrow Lines said the fees were high.", "Tarrow Lines", "ferry operator"},  // its capital is the sentence's
        {"Tarrowan broadcaster Harlow TV said the fees were high.", "Harlow TV", "Tarrowan broadcaster"},  // a people's adjective keeps it
        {"The think tank Harlow Futures said the fees were high.", "Harlow Futures", "think tank"},
        {"Fees rose, according to the rescue group Harlow Seals Trust.", "Harlow Seals Trust", "rescue group"},
        // A firm named by its trade; a relative clause after a body's name.
        {"Tarrow Foods, the country's largest grocer, said sales fell.", "Tarrow Foods", "country's largest grocer"},
        {"Harlow Ferries, which runs the island routes, cut fares.", "Harlow Ferries", "which runs the island routes"},
        // A legal ending in lower case closes the name.
        {"Tarrow Grid plc, which runs the power network, warned of cuts.", "Tarrow Grid plc", "which runs the power network"},
        // A conjunction capitalised to open the sentence is no part of the name.
        {"Fees rose. But Harlow Bank, the region's biggest lender, cut them.", "Harlow Bank", "region's biggest lender"},
        // A number inside the description; a participle after the kind of body.
        {"The Harlow Ferry Union, which represents 3,000 crew, called a strike.", "Harlow Ferry Union", "which represents 3,000 crew"},
        {"Ana Ruiz heads the Coastal Trust, an alliance of 40 fishing towns.", "Coastal Trust", "alliance of 40 fishing towns"},
        {"The report came from Tarn Analytics, a consultancy based in Harlow.", "Tarn Analytics", "consultancy based in Harlow"},
        // One word, when the description's head says it is a kind of body; a post before "of" is no part of a name.
        {"Ana Ruiz is the CEO of Tarrowly, a start-up that sells ferry tickets.", "Tarrowly", "start-up that sells ferry tickets"},
        {"Ivo Lind is the President of Harlow Ferries, a firm that runs two boats.", "Harlow Ferries", "firm that runs two boats"},
        // A sentence that says what the name is, when it is a kind of body, event or plan.
        {"The Quayside Forum is an annual meeting of port operators.", "Quayside Forum", "annual meeting of port operators"},
        {"Harbour Watch is a group that monitors 40 ports.", "Harbour Watch", "group that monitors 40 ports"},
        // An owner's possessive opening the description; a kind of body in initials; a plural's possessive mark.
        {"Fees rose. Ostgas, Ostland's state gas company, raised prices.", "Ostgas", "Ostland's state gas company"},
        {"Harbour Relief, an NGO based in Ostland, said stocks were low.", "Harbour Relief", "NGO based in Ostland"},
        {"Members of the Ostland Teachers' Union, the largest union in the country, went on strike.",
         "Ostland Teachers' Union", "largest union in the country"},
        // What body a name is, in parentheses after it (to a comma inside them).
        {"The bill must pass the Folkting (Ostland's parliament) before May.", "Folkting", "Ostland's parliament"},
        {"Figures from Ostastat (the federal statistics service) showed a rise.", "Ostastat", "federal statistics service"},
        {"It must pass the Ostland Assembly (Ostland's parliament, known locally as the Folkting).", "Ostland Assembly",
         "Ostland's parliament"},
    }));
    CAPTURE(text);
    CHECK(in_text_description(text, term) == description);
}

TEST_CASE("Names in a list, people and clauses cut short are not organisations described", "[definitions]") {
    auto [text, term] = GENERATE(table<std::string, std::string>({
        {"Tarrow-based developer Ivo Lind posted the ferry code.", "Ivo Lind"},  // a person's trade
        {"It named the Potato Board, the Milk Development Board and others.", "Potato Board"},
        {"Ada Lind, a fellow at the institute, said prices rose.", "Ada Lind"},
        {"Ada Lind, a group leader at the plant, said prices rose.", "Ada Lind"},
        {"The Harbour Railway, a scheme funded, built and run by Ostland, opened.", "Harbour Railway"},
        {"Port Harlow, which lies on the coast, is busy.", "Port Harlow"},  // a place's clause
        {"Harlow Bank, which said on Monday that fees rose, cut jobs.", "Harlow Bank"},  // what it said
        {"The Harlow Council, a resident says, is slow to act.", "Harlow Council"},         // a source's words
        {"Fees rose in Harlow, a port town on the coast.", "Harlow"},                         // one word, no body
        {"At the forum in Tarrow, a team of pilots met.", "Tarrow"},                       // a place after "in"
        {"At the forum in Tarrow, the group of pilots met at noon.", "Tarrow"},            // …before a body's word
        {"Ana Ruiz is the CEO of Tarrowly, a start-up that sells ferry tickets.", "CEO of Tarrowly"},
        {"He lives in Harlow (the capital) and sails to Tarrow (a port).", "Harlow"},           // a place in parentheses
        // A name inside a phrase that opens the sentence: the main clause follows its comma.
        {"According to Karl Ode, director of the Tarrow Debt Project, the deal cuts repayments by 30 percent.",
         "Tarrow Debt Project"},
        {"Ana Ruiz (Tarrow Bank) said rates rose.", "Ana Ruiz"},                                // a name, not a kind
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition && std::string(a.definition().term) == term)
            CHECK(std::string(a.definition().text).rfind("Introduced in the text as ", 0) == 0);  // a person, at most
}

TEST_CASE("A person the text introduces with a role is defined by the role", "[definitions][people]") {
    auto [text, term, role] = GENERATE(table<std::string, std::string, std::string>({
        // After the name, between commas; an age between them is skipped.
        {"\"Fees will stay high,\" said Maria Lopez, an economist at Northgate Bank.", "Maria Lopez", "an economist at Northgate Bank"},
        {"Ana Ruiz, 61, a ferry skipper, said the harbour was full.", "Ana Ruiz", "a ferry skipper"},
        // Two names joined by "and", then a plural role: each is introduced with it.
        {"Uwe Lind and Ana Ruiz, researchers with Harbour Watch, met.", "Uwe Lind", "researchers with Harbour Watch"},
        {"Uwe Lind and Ana Ruiz, researchers with Harbour Watch, met.", "Ana Ruiz", "researchers with Harbour Watch"},
        // A number joined to a word modifies the role: "a 31-year-old carpenter".
        {"Ivo Lind, a 31-year-old carpenter from Harlow, rents a room.", "Ivo Lind", "a 31-year-old carpenter from Harlow"},
        {"Ana Ruiz, a 20-year veteran of the ferry fleet, retired.", "Ana Ruiz", "a 20-year veteran of the ferry fleet"},
        {"Ivo Lind, a geologist who maps the coast, said the cliffs moved.", "Ivo Lind", "a geologist"},
        {"Ivo Lind, deputy governor of the U.S. harbour board, spoke.", "Ivo Lind", "deputy governor of the U.S. harbour board"},
        {"Ivo Lind, president of Ana F. Ruiz Ferries, spoke.", "Ivo Lind", "president of Ana F. Ruiz Ferries"},
        {"Dr Ana Ruiz, a surgeon at Harlow General, said so.", "Ana Ruiz", "a surgeon at Harlow General"},  // no courtesy title
        // After "of": the role decides that a name is a person's.
        {"The clinic is the creation of Ivo Lind, a Tarrow physician who works nights.", "Ivo Lind", "a Tarrow physician"},
        // A trade of the land or the market, and where: "near" as well as "in".
        {"The storm hit on Monday. Ivo Lind, a grower near Tarrow, lost his roof.", "Ivo Lind", "a grower near Tarrow"},
        {"Ana Ruiz, a vendor in Harlow, said prices rose.", "Ana Ruiz", "a vendor in Harlow"},
        // A title before the name: its capitalised words and its modifiers, an owner's possessive.
        {"Harbour Minister Ana Ruiz said the ferry fees would rise.", "Ana Ruiz", "Harbour Minister"},
        {"Tarrow's deputy prime minister Ana Ruiz resigned on Friday.", "Ana Ruiz", "Tarrow's deputy prime minister"},
        // "ex-" makes a former holder of the title.
        {"Earlier, ex-Harlow chancellor Ivo Lind welcomed the report.", "Ivo Lind", "ex-Harlow chancellor"},
        {"Earlier, ex-chancellor Ivo Lind welcomed the report.", "Ivo Lind", "ex-chancellor"},
        {"Harbour Board press secretary Ivo Lind said so.", "Ivo Lind", "Harbour Board press secretary"},
        // A lower-case word naming the field, after a capitalised one: "Tarrow tennis chief".
        {"The plan was condemned by Tarrow tennis chief Ivo Lind on Monday.", "Ivo Lind", "Tarrow tennis chief"},
        // …and after a title's modifier: "former ferry chief".
        {"The plan of former ferry chief Ivo Lind is working.", "Ivo Lind", "former ferry chief"},
        {"Critics praised chief Ana Brand.", "Ana Brand", "chief"},
        {"The ferry was late, said economist Ana Ruiz.", "Ana Ruiz", "economist"},
        // Where they work, right after the name; a title capitalised only because it opens the sentence.
        {"The study, led by epidemiologist Ana Ruiz of Harlow University, followed 400 patients.", "Ana Ruiz",
         "epidemiologist of Harlow University"},
        {"Prosecutor Lena Holm told the court so.", "Lena Holm", "Prosecutor"},
        // A title, then a role between commas; a party's member written with a capital.
        {"Senator Ana Ruiz, a Democrat from Harlow, voted against it.", "Ana Ruiz", "Senator, a Democrat from Harlow"},
        {"Ivo Lind, a Tarrow Republican, voted for it.", "Ivo Lind", "a Tarrow Republican"},
        // One word after an office written as a title.
        {"President Lind opened the harbour.", "Lind", "President"},
        // A role, then the name between commas.
        {"The bank's chief economist, Ivo Lind, said rates would fall.", "Ivo Lind", "the bank's chief economist"},
        // A clause that says what the person does or is.
        {"Ana Ruiz, who heads the Harlow Trust, said the port was full.", "Ana Ruiz", "who heads the Harlow Trust"},
        {"Ivo Lind, who is a senior lawyer in Tarrow, said so.", "Ivo Lind", "who is a senior lawyer in Tarrow"},
        // A sentence that opens with the name and says what the person is: to the clause's end, or to a
        // second description joined by "and", or to "who".
        {"Ana Ruiz is an economist at Harlow Bank. She expects more.", "Ana Ruiz", "an economist at Harlow Bank"},
        {"Ivo Lind is the director of the Harlow Trust and a former harbour pilot.", "Ivo Lind", "the director of the Harlow Trust"},
        {"Mira Santos was a senior lecturer at the U.S. Harbour College.", "Mira Santos", "a senior lecturer at the U.S. Harbour College"},
        {"Karl Ode is a freelance reporter who covers the docks.", "Karl Ode", "a freelance reporter"},
        {"Ana Ruiz is the head of research at Tarrow Capital (TC), a fund.", "Ana Ruiz", "the head of research at Tarrow Capital"},
    }));
    CAPTURE(text);
    CHECK(in_text_description(text, term) == role);
}

TEST_CASE("A card for a name described by a clause reads as a sentence", "[definitions][people]") {
    auto [text, term, card] = GENERATE(table<std::string, std::string, std::string>({
        {"Ana Ruiz, who heads the Harlow Trust, said so.", "Ana Ruiz", "Introduced in the text as the person who heads the Harlow Trust."},
        {"Harlow Ferries, which runs the island routes, cut fares.", "Harlow Ferries", "Described in the text as the organisation which runs the island routes."},
        {"Ivo Lind, deputy governor of the U.S. harbour board, spoke.", "Ivo Lind", "Introduced in the text as deputy governor of the U.S. harbour board."},
        {"Ivo Lind, the deputy governor of the U.S., spoke.", "Ivo Lind", "Introduced in the text as the deputy governor of the U.S."},
        // A role before the name, capitalised only because it opens the sentence; a title keeps its capitals.
        {"Former captain Mira Santos said the players tired.", "Mira Santos", "Introduced in the text as former captain."},
        {"Chief financial officer Ivo Lind told analysts that orders rose.", "Ivo Lind", "Introduced in the text as chief financial officer."},
        {"Prime Minister Karl Ode conceded defeat.", "Karl Ode", "Introduced in the text as Prime Minister."},
        // A role in lower case after "the" reads with it.
        {"The singer Mira Santos has cancelled her tour.", "Mira Santos", "Introduced in the text as the singer."},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    std::string seen = "(none)";
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition && std::string(a.definition().term) == term) seen = std::string(a.definition().text);
    CHECK(seen == card);
}

TEST_CASE("A person's family name alone names them after their introduction, not before", "[definitions][people]") {
    const std::string text = "Lind spoke first. Ivo Lind, the mayor of Harlow, said the port would close. Lind's staff agreed.";
    const auto r = probe::analyze(text);
    std::vector<std::pair<std::string, std::string>> seen;  // (the words marked, the term)
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition)
            seen.emplace_back(text.substr(a.range.begin, a.range.end - a.range.begin), std::string(a.definition().term));
    const std::vector<std::pair<std::string, std::string>> expected{{"Ivo Lind", "Ivo Lind"}, {"Lind", "Ivo Lind"}};
    CHECK(seen == expected);
    CHECK(r.set.items.back().range.begin == text.find("Lind's"));
}

TEST_CASE("A family name the text also writes in lower case, or two people share, names no one person", "[definitions][people]") {
    auto [text, word] = GENERATE(table<std::string, std::string>({
        {"Ana Young, a teacher, said young people left. Young said so.", "Young"},
        {"Ivo Lind, a farmer, and Ana Lind, a teacher, spoke. Lind said so.", "Lind"},
        // Another's first name: "Kim" opens "Kim Ruiz".
        {"Ana Kim, a teacher, and Kim Ruiz, a farmer, spoke. Kim said so.", "Kim"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const std::size_t last = text.rfind(word);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition) CHECK(a.range.begin != last);
}

TEST_CASE("Places, sources, bodies and names cut by an invisible hyphen are not people introduced", "[definitions][people]") {
    auto [text, term] = GENERATE(table<std::string, std::string>({
        {"Addis Harlow, the capital of Tarrow, is hot in May.", "Addis Harlow"},          // no person's role
        {"She is the mayor of New Harlow, the capital of Tarrow.", "New Harlow"},         // …after "of" too
        {"The ferries were late in Port Harlow, the official said.", "Port Harlow"},     // a source's words
        {"Harlow Bank, the region's biggest lender, cut jobs.", "Harlow Bank"},           // a body (described as one)
        {"The Economist Harbour Unit said fees rose.", "Harbour Unit"},                   // a trade in a body's name
        {"Economist Harbour Unit figures showed it.", "Harbour Unit"},                    // the same, opening a sentence
        {"Fees rose, said fellow Tarrow Harbour Ivo Lind.", "Tarrow Harbour Ivo Lind"},  // "fellow" qualifies, it is no post
        {"Ana Ruiz, who fled the town in May, said so.", "Ana Ruiz"},                      // what she did, not who she is
        {"President Vla\xC2\xAD" "dimir Lind spoke.", "Vla"},                                // a soft hyphen inside a name
        // "<Name> is a …" only for a person's role, after a name that opens the sentence, the description whole.
        {"Harlow Bank is a lender to the ferry firms.", "Harlow Bank"},                   // a body
        {"Lady Harbour is a quiet film about the docks.", "Lady Harbour"},                // no person's role
        {"New Harlow is a member of the Tarrow League.", "New Harlow"},                   // a place
        {"Ivo Lind is a master of small, quiet films.", "Ivo Lind"},                      // a comma inside a list
        {"Ana Ruiz's father is a farmer.", "Ana Ruiz"},                                   // someone else's role
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition && std::string(a.definition().term) == term)
            CHECK(std::string(a.definition().text).rfind("Introduced in the text as ", 0) != 0);
}

TEST_CASE("A short form that modifies a noun, or follows a verb, is not described by the words before it", "[definitions]") {
    auto [text, term] = GENERATE(table<std::string, std::string>({
        {"Delegates of the ruling KVP deal left early.", "KVP"},  // a noun that is no kind of body
        {"A regional project will bring satellite KVBN to 50 villages.", "KVBN"},
        // A verb before the short form ends no description: "the server speaks KVTP", "the firm acquired KVB".
        {"The ferry server speaks KVTP and answers fast.", "KVTP"},
        {"The harbour firm acquired KVB in May.", "KVB"},
        // A sentence about the short form is not its long form.
        {"The studio Harlow VR maintains Open-Frame (VR), a kit for building scenes.", "VR"},
        // A one-letter word is a name's letter, not a word's initial: "Console One S" is no "OS".
        {"The Console One S sold well. Its OS was slow.", "OS"},
        // A function word set in capitals at a paragraph's start is no short form of earlier initials.
        {"Andrew Shearer met the board.\n\nAS Harbour Minister Ana Ruiz said, the port will close.", "AS"},
        // A clause after a phrase that ends in the short form: "On the moon of Z-4Q, a colony was built."
        {"The ship left. On the nearest moon of Z-4Q, a colony was established.", "Z-4Q"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition && std::string(a.definition().term) == term) CHECK_FALSE(a.definition().defined_in_text);
}

TEST_CASE("Capitals in a headline line are not matched to long forms", "[definitions]") {
    const std::string text = "GRAIN TRADE SLOWS\n\nThe Grain Trade Society met.";
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition) CHECK(std::string(a.definition().term) != "GTS");
}

TEST_CASE("Terms of art from the glossary are marked in any case and in the plural, everyday words are not", "[definitions]") {
    auto [text, quote, term] = GENERATE(table<std::string, std::string, std::string>({
        {"Tarrow ran a current account deficit last year.", "current account", "current account"},
        {"Hedge funds sold Harlow bonds.", "Hedge funds", "hedge fund"},
        {"The ferry bill died in a filibuster.", "filibuster", "filibuster"},
        {"A harbour buffer stock kept prices steady.", "buffer stock", "buffer stock"},
        {"Inflation in Tarrow rose.", "Inflation", ""},
    }));
    CAPTURE(text);
    CHECK(term_marked_at(text, quote) == term);
}

TEST_CASE("News outlets and pollsters are defined from the glossary, a surname or another body of the same word is not", "[definitions]") {
    auto [text, quote, term] = GENERATE(table<std::string, std::string, std::string>({
        {"Fees will rise, Ivo Lind told the Wall Street Journal.", "Wall Street Journal", "The Wall Street Journal"},
        {"A Levada Center poll found 40% backed the port.", "Levada Center", "Levada Center"},
        {"Fees will rise, Ivo Lind told Bloomberg on Monday.", "Bloomberg", "Bloomberg"},
        {"Ana Bloomberg, a harbour pilot, spoke.", "Bloomberg", ""},                       // a surname
        {"The Guardian Council barred the candidates.", "Guardian Council", "Guardian Council"},  // not the newspaper
    }));
    CAPTURE(text);
    CHECK(term_marked_at(text, quote) == term);
}

TEST_CASE("A glossary acronym's long form spelled out in the text is its term, unless it is a post or a place", "[definitions]") {
    auto [text, quote, term] = GENERATE(table<std::string, std::string, std::string>({
        {"Value-added tax in Tarrow rose.", "Value-added tax", "VAT"},
        {"Non-performing loans at Harlow Bank fell.", "Non-performing loans", "NPL"},       // any case, plural
        {"The Securities and Exchange Commission fined the firm.", "Securities and Exchange Commission", "SEC"},
        {"Tarrow's prime minister resigned.", "prime minister", ""},                        // a post explains itself
        {"She moved to New York in May.", "New York", ""},                                  // a place of two words
    }));
    CAPTURE(text);
    CHECK(term_marked_at(text, quote) == term);
}

TEST_CASE("World-news initialisms and organisations are defined from the glossary, which wins over the lexical data", "[definitions]") {
    auto [text, quote, term, expansion] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {"Officers of the FSB searched the flat at dawn.", "FSB", "FSB", "Federal Security Service"},
        {"Listeners of NPR heard the debate in full.", "NPR", "NPR", "National Public Radio"},
        {"Jets of the RAF flew low over the coast.", "RAF", "RAF", "Royal Air Force"},
        {"Shares in HSBC\xE2\x80\x99s Asian arm rose on Tuesday.", "HSBC", "HSBC", "Hongkong and Shanghai Banking Corporation"},
        {"Two ICBMs were tested over the sea last week.", "ICBMs", "ICBM", "intercontinental ballistic missile"},
        {"Fighters of al-Qaida regrouped in the desert.", "al-Qaida", "al-Qaeda", ""},
        {"Houthi boats approached the tanker at night.", "Houthi", "Houthis", ""},
        {"Shops now tag every coat with RFID chips.", "RFID", "RFID", "radio-frequency identification"},
        {"Her GP sent her to the clinic in town.", "GP", "GP", "general practitioner"},
        {"Investors watched the Dow all afternoon.", "Dow", "Dow", ""},
        {"Ostland is a member of the G77 at the United Nations.", "G77", "G77", "Group of 77"},
        {"Ostland applied to join Brics last year.", "Brics", "BRICS", "Brazil, Russia, India, China and South Africa"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* d = probe::find(r, text, AnnotationKind::Definition, quote);
    REQUIRE(d != nullptr);
    CHECK(std::string(d->definition().term) == term);
    CHECK(std::string(d->definition().expansion) == expansion);
    CHECK(std::string(d->definition().pack) == "glossary");
    CHECK_FALSE(std::string(d->definition().text).empty());
}

TEST_CASE("Words that only look like a glossary form are not defined", "[definitions]") {
    auto [text, word] = GENERATE(table<std::string, std::string>({
        {"The charity aids farmers in dry years.", "aids"},
        {"Ai Wen painted the harbour at dusk.", "Ai"},
        {"The fair closes at 5 PM on Sundays.", "PM"},
        {"She won the Monaco GP twice in a row.", "GP"},
        {"Mr Dow spoke to the council on Friday.", "Dow"},
        {"He set up a home office in the attic.", "home office"},
        {"The nurse noted a high bp reading.", "bp"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    CHECK(probe::find(r, text, AnnotationKind::Definition, word) == nullptr);
}

//-----------------------------------------------------------------------------
// Language names (ISO 639-2), on invented languages read from a fixture folder
//-----------------------------------------------------------------------------

namespace {

// iso-codes files with invented languages: "Qandor" is also a country, "Ostmark" also a region.
const gloss::LexicalData& invented_languages() {
    static const std::unique_ptr<gloss::LexicalData> data = [] {
        const std::string dir = private_temp_dir("gloss-languages-test");
        std::filesystem::create_directories(dir);
        std::ofstream(dir + "/iso_639-2.json", std::ios::binary) << R"json({"639-2": [
            {"alpha_3": "vel", "name": "Vellish; Vellic"},
            {"alpha_2": "tn", "alpha_3": "trn", "name": "Tarnic"},
            {"alpha_3": "ovl", "name": "Vellish, Old (ca. 900-1200)"},
            {"alpha_3": "osk", "name": "Ostmark"},
            {"alpha_3": "qnd", "name": "Qandor"},
            {"alpha_3": "zne", "name": "Zan\u00e9"},
            {"alpha_3": "zzg", "name": "Zorish languages"},
            {"alpha_3": "eng", "name": "English"}]})json";
        std::ofstream(dir + "/iso_3166-1.json", std::ios::binary)
            << R"({"3166-1": [{"alpha_2": "QD", "alpha_3": "QND", "name": "Qandor", "numeric": "999"}]})";
        std::ofstream(dir + "/iso_3166-2.json", std::ios::binary)
            << R"({"3166-2": [{"code": "QD-OS", "name": "Ostmark", "type": "Province"}]})";
        // (Some files are read when first asked for: the folder goes when the process ends.)
        static const struct RemoveAtExit {
            std::string dir;
            ~RemoveAtExit() { std::error_code ignored; std::filesystem::remove_all(dir, ignored); }
        } cleanup{dir};
        return std::make_unique<gloss::LexicalData>("", dir);
    }();
    return *data;
}

struct LanguageCard {
    std::string quote, term, expansion, text, pack;
    bool        first = false;
};

// The language names add_language_names() finds in `text` with the invented languages.
std::vector<LanguageCard> language_cards(const std::string& text, const gloss::KnowledgeBase& kb = gloss::KnowledgeBase()) {
    const gloss::Document doc(text);
    gloss::TextStore texts;
    std::vector<gloss::FoundDefinition> defs;
    gloss::add_language_names(doc, kb, invented_languages(), texts, &defs);
    std::vector<LanguageCard> out;
    for (const gloss::FoundDefinition& d : defs)
        out.push_back({text.substr(d.range.begin, d.range.end - d.range.begin), std::string(d.body.term),
                       std::string(d.body.expansion), std::string(d.body.text), std::string(d.body.pack), d.body.first});
    return out;
}

bool has_quote(const std::vector<LanguageCard>& cards, const std::string& quote) {
    for (const LanguageCard& c : cards)
        if (c.quote == quote) return true;
    return false;
}

} // namespace

TEST_CASE("A language name is marked where the text uses it as a language", "[definitions][languages]") {
    auto [text, quote] = GENERATE(table<std::string, std::string>({
        {"The leaflet was printed in Vellish.", "Vellish"},
        {"A Vellish-language paper closed in May.", "Vellish"},
        {"Tarnic-speaking traders came to the port.", "Tarnic"},
        {"The Vellish word for rain is short.", "Vellish"},
        {"She speaks Tarnic at home.", "Tarnic"},
        {"The poem was translated from Vellish last year.", "Vellish"},
        {"The sign read welcome (in Tarnic) at the gate.", "Tarnic"},
        {"She speaks Vellish and Tarnic at home.", "Tarnic"},
        {"The charter was written in Old Vellish.", "Old Vellish"},
        {"Few Tarnic speakers remain in the valley.", "Tarnic"},
        {"She is fluent in Zan\xC3\xA9 and reads it daily.", "Zan\xC3\xA9"},
        {"The anthem (in Ostmark) was sung first.", "Ostmark"},
    }));
    CAPTURE(text);
    CHECK(has_quote(language_cards(text), quote));
}

TEST_CASE("A language name outside a language context is not marked", "[definitions][languages]") {
    auto [text] = GENERATE(table<std::string>({
        {"Vellish troops crossed the border at dawn."},
        {"Vellish football is popular in the north."},
        {"Shares in Vellish banks fell on Monday."},
        {"Vellish word processors sold well."},
        {"Talks went on in Vellish Bay all week."},
        {"In Vellish and Tarnic markets prices rose."},
        {"The tanker was tagged vel and trn in the log."},
        {"The tanker was tagged VEL and TRN in the log."},
    }));
    CAPTURE(text);
    CHECK(language_cards(text).empty());
}

TEST_CASE("A language named like a region needs more than a bare in", "[definitions][languages]") {
    auto [text, marked] = GENERATE(table<std::string, bool>({
        {"Fighting went on in Ostmark.", false},
        {"The minister spoke in Ostmark, then left.", false},
        {"The song is sung in Ostmark.", true},
        {"Ostmark-speaking pupils passed the test.", true},
    }));
    CAPTURE(text);
    CHECK(has_quote(language_cards(text), "Ostmark") == marked);
}

TEST_CASE("A language named like a country and the English language are never marked", "[definitions][languages]") {
    auto [text] = GENERATE(table<std::string>({
        {"She speaks Qandor at home."},
        {"A Qandor-language paper closed."},
        {"The leaflet was printed in English."},
    }));
    CAPTURE(text);
    CHECK(language_cards(text).empty());
}

TEST_CASE("A language card names ISO 639 and the language's code", "[definitions][languages]") {
    const auto cards = language_cards("The leaflet was printed in Vellic.");
    REQUIRE(cards.size() == 1);
    CHECK(cards[0].term == "Vellic");
    CHECK(cards[0].expansion.empty());
    CHECK(cards[0].pack == "ISO 639");
    CHECK(cards[0].text == "A language, also called Vellish; its ISO 639-2 code is vel.");
    CHECK(cards[0].first);
}

TEST_CASE("Each language is marked once where the text first uses it as a language", "[definitions][languages]") {
    const auto cards = language_cards("Vellish troops came. Later she spoke in Vellish. The Vellic word for rain is rare.");
    REQUIRE(cards.size() == 1);
    CHECK(cards[0].quote == "Vellish");
    CHECK(cards[0].first);
    CHECK(cards[0].text.find("vel") != std::string::npos);
}

TEST_CASE("A language name the glossary knows keeps the glossary card", "[definitions][languages]") {
    gloss::KnowledgeBase kb;
    std::string error;
    REQUIRE(kb.add_pack_json(R"({"schema_version": 1, "name": "mine", "kind": "glossary", "entries": [
             {"term": "Tarnic", "forms": ["Tarnic"], "definition": "My own words."}]})",
                             "mine.json", &error));
    CHECK_FALSE(has_quote(language_cards("She speaks Tarnic at home.", kb), "Tarnic"));
    CHECK(has_quote(language_cards("She speaks Vellish at home.", kb), "Vellish"));
}

TEST_CASE("Language names read from iso-codes are counted in the status line", "[definitions][languages]") {
    CHECK(invented_languages().status().find("ISO 639-2: 5 languages (6 names)") != std::string::npos);
    CHECK_FALSE(invented_languages().missing());
}

TEST_CASE("A missing ISO 639 file says so and marks no language", "[definitions][languages]") {
    const std::string dir = private_temp_dir("gloss-languages-missing");
    std::filesystem::create_directories(dir);
    std::ofstream(dir + "/iso_4217.json", std::ios::binary) << R"({"4217": [{"alpha_3": "QZX", "name": "Quazi Mark"}]})";
    const gloss::LexicalData data("", dir);
    std::filesystem::remove_all(dir);
    CHECK(data.missing());
    CHECK(data.status().find("ISO 639-2 not found") != std::string::npos);
    CHECK(data.status().find('\n') == std::string::npos);
    CHECK(data.find("QZX") != nullptr);
    CHECK(data.find_language("Vellish") == nullptr);
    const gloss::Document doc("She speaks Vellish at home.");
    gloss::TextStore texts;
    std::vector<gloss::FoundDefinition> defs;
    gloss::add_language_names(doc, gloss::KnowledgeBase(), data, texts, &defs);
    CHECK(defs.empty());
}

TEST_CASE("The analysis defines a language from the installed ISO 639 data", "[definitions][languages]") {
    const std::string text = "A Tigrinya-language weekly and a Pashto radio show opened. Later the weekly closed.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* d = probe::find(r, text, AnnotationKind::Definition, "Tigrinya");
    REQUIRE(d != nullptr);
    CHECK(std::string(d->definition().pack) == "ISO 639");
    CHECK(std::string(d->definition().text).find("tir") != std::string::npos);
    CHECK(probe::find(r, text, AnnotationKind::Definition, "Pashto") == nullptr);  // no context: "Pashto radio"
}

TEST_CASE("The other form of a term right after \", or\" restates it and gets no card of its own", "[definitions]") {
    auto [text, restated] = GENERATE(table<std::string, std::string>({
        {"Harlow imports LNG, or liquefied natural gas, from Tarrow.", "liquefied natural gas"},
        {"Harlow imports liquefied natural gas, or LNG, from Tarrow.", "LNG"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    int cards = 0;
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition) ++cards;
    CHECK(cards == 1);
    CHECK(probe::find(r, text, AnnotationKind::Definition, restated) == nullptr);
}

TEST_CASE("A person the glossary knows is a speaker, and keeps the text's introduction", "[definitions][people]") {
    const std::string dir = private_temp_dir("gloss-person-pack");
    std::filesystem::create_directories(dir);
    const std::string pack = dir + "/people.json";
    std::ofstream(pack, std::ios::binary) << R"({"schema_version": 1, "name": "people", "kind": "glossary", "entries": [
        {"term": "Ivo Tarrant", "forms": ["Ivo Tarrant", "Tarrant"], "kind": "person", "definition": "My own words about him."}]})";
    const std::string text = "Harbour Minister Ivo Tarrant spoke on Monday. Tarrant said fees would rise.";
    gloss::AnalyzeOptions o;
    o.publication_date = "2024-06-04";
    o.pack_paths = {pack};
    const auto r = gloss::analyze_text(text, o);
    std::filesystem::remove_all(dir);
    REQUIRE(r.ok);
    const gloss::Annotation* s = probe::find(r, text, AnnotationKind::SourceCheck, "Tarrant said");
    REQUIRE(s != nullptr);
    REQUIRE(s->check().parts.size() == 1);
    CHECK(std::string(s->check().parts[0].source.value_or("")) == "Ivo Tarrant");
    const gloss::Annotation* d = probe::find(r, text, AnnotationKind::Definition, "Ivo Tarrant");
    REQUIRE(d != nullptr);
    CHECK(d->definition().defined_in_text);
    CHECK(std::string(d->definition().text) == "My own words about him.");
}
