// Gloss — English word classes. See lexicon.hpp.
//
// Index of this file:
// [SECTION] Word table
// [SECTION] Word classes
#include "lexicon.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <unordered_set>
#include <utility>

#include "gloss/dates.hpp"

namespace gloss::lexicon {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Word table
//-----------------------------------------------------------------------------
// Every closed list below goes into one open-addressing table, built once:
// a word maps to the set of classes it belongs to (and, for number words, its
// value). A lookup hashes the word once instead of comparing it with each
// entry of each list.

// The number words: ones (1–19), tens (20–90), their compounds ("seventy-seven")
// and the two counting nouns.
constexpr std::string_view kOnes[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                      "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::string_view kTens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::string_view kCountingNouns[] = {"dozen", "hundred"};

// The shape table of lexicon.hpp, computed at compile time from the lists above.
constexpr NumberWordShapes number_word_shapes() {
    NumberWordShapes s{};
    for (std::uint8_t& i : s.initial) i = 0xFF;
    const auto add = [&s](std::size_t length, char initial, char last) {
        s.of[length][initial - 'a'] |= 1u << (last - 'a');
        s.initial[static_cast<unsigned char>(initial)] = static_cast<std::uint8_t>(initial - 'a');
        s.initial[static_cast<unsigned char>(initial - 'a' + 'A')] = static_cast<std::uint8_t>(initial - 'a');
    };
    for (const std::string_view w : kOnes) add(w.size(), w[0], w[w.size() - 1]);
    for (const std::string_view w : kTens) add(w.size(), w[0], w[w.size() - 1]);
    for (const std::string_view w : kCountingNouns) add(w.size(), w[0], w[w.size() - 1]);
    for (const std::string_view t : kTens)
        for (std::size_t k = 0; k < 9; ++k) add(t.size() + 1 + kOnes[k].size(), t[0], kOnes[k][kOnes[k].size() - 1]);
    return s;
}

enum WordClass : std::uint32_t {
    Function     = 1u << 0,
    ChangeNounUp = 1u << 1,
    ChangeNounDn = 1u << 2,
    ChangeVerbUp = 1u << 3,
    ChangeVerbDn = 1u << 4,
    Reporting    = 1u << 5,
    Vague        = 1u << 6,
    Identifier   = 1u << 7,
    Measure      = 1u << 8,   // case as written ("MW" is not "mw")
    NumberWord   = 1u << 9,
    SourceNoun   = 1u << 10,
    DataNoun     = 1u << 11,
    DataVerb     = 1u << 12,
    StanceVerb   = 1u << 13,
    NounLikeVerb = 1u << 14,
    OrgNoun      = 1u << 15,
    MakesKnown   = 1u << 16,  // a verb of stance that makes news known: "announced", "confirmed", "noted"
    Announces    = 1u << 17,  // …and whatever its object, the news is its subject's: "announced", "disclosed"
};

struct WordEntry {
    std::string_view word;
    std::uint32_t    classes = 0;
    int              number = 0;
    std::uint32_t    hash = 0;   // hash(word): most slots that are not the word are told by it alone
};

class WordTable {
public:
    static const WordTable& get() {
        static const WordTable table;
        return table;
    }
    // The entry for `w` exactly as given (callers lower-case first where the list is lower case).
    const WordEntry* find(std::string_view w) const {
        if (w.empty() || w.size() > kMaxWord) return nullptr;
        const std::uint32_t h = hash(w);
        for (std::size_t k = h & kMask;; k = (k + 1) & kMask) {
            const WordEntry& e = slots_[k];
            if (e.word.empty()) return nullptr;
            if (e.hash == h && e.word.size() == w.size() && std::memcmp(e.word.data(), w.data(), w.size()) == 0) return &e;
        }
    }
    // The entry for `w` lower-cased (ASCII), without copying it.
    const WordEntry* find_any_case(std::string_view w) const {
        if (w.empty() || w.size() > kMaxWord) return nullptr;
        for (std::size_t k = word_hash(w, true) & kMask;; k = (k + 1) & kMask) {
            const WordEntry& e = slots_[k];
            if (e.word.empty()) return nullptr;
            if (e.word.size() != w.size()) continue;
            std::size_t i = 0;
            while (i < w.size() && fold(w[i]) == static_cast<unsigned char>(e.word[i])) ++i;
            if (i == w.size()) return &e;
        }
    }
    std::uint32_t classes(std::string_view w) const {
        const WordEntry* e = find(w);
        return e ? e->classes : 0;
    }

private:
    static constexpr std::size_t kSlots = 2048;  // a power of two, at least twice the entries (about 1,000)
    static constexpr std::size_t kMask = kSlots - 1;
    static constexpr std::size_t kMaxWord = kNumberWordMaxLength;

    static unsigned char fold(char c) { return fold_ascii(c); }
    static std::uint32_t hash(std::string_view w) { return word_hash(w, false); }
    WordEntry& slot(std::string_view w) {
        const std::uint32_t h = hash(w);
        for (std::size_t k = h & kMask;; k = (k + 1) & kMask) {
            WordEntry& e = slots_[k];
            if (e.word.empty() || e.word == w) { e.word = w; e.hash = h; return e; }
        }
    }
    template <std::size_t N>
    void add(const std::string_view (&list)[N], std::uint32_t cls) {
        for (const std::string_view& w : list) {
            slot(w).classes |= cls;
            if (cls == Reporting && w.size() < 32 && w[0] >= 'a' && w[0] <= 'z') reporting_shapes_[w.size()] |= 1u << (w[0] - 'a');
        }
    }

public:
    // Whether some reporting verb has the length and (lower-case) initial of `w`.
    bool reporting_shape(std::string_view w) const {
        if (w.empty() || w.size() >= 32) return false;
        const char c = static_cast<char>(fold_ascii(w[0]));
        return c >= 'a' && c <= 'z' && (reporting_shapes_[w.size()] & (1u << (c - 'a')));
    }
    const std::uint32_t* reporting_shapes() const { return reporting_shapes_; }

private:
    std::uint32_t reporting_shapes_[32] = {};
    void add_number(std::string_view w, int value) {
        WordEntry& e = slot(w);
        e.classes |= NumberWord;
        e.number = value;
    }

    WordTable();

    WordEntry     slots_[kSlots];

    std::string compounds_;  // "twenty-one" … "ninety-nine": the table's views point into it
};

WordTable::WordTable() {
    static constexpr std::string_view function_words[] = {
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "as", "and", "or",
        "but", "nor", "so", "than", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "can",
        "may", "might", "must", "should", "shall", "do", "does", "did", "not", "no", "according", "since", "until",
        "after", "before", "during", "while", "when", "where", "if", "because", "although", "though", "per",
        "into", "onto", "over", "under", "between", "among", "across", "through", "about", "around", "against",
        "including", "each", "every", "all", "both", "more", "less", "fewer", "most", "up", "down", "out", "off",
        "there", "here", "then", "also", "only", "just", "still", "yet", "already", "now", "last", "next", "ago",
        "compared", "versus", "vs", "via", "whereas", "we", "they", "he", "she", "you", "i", "their", "his",
        "her", "our", "your", "my", "them", "him", "us", "such", "what", "how", "why", "alone", "apiece",
        "earlier", "later", "total", "overall",
        "a-year", "annually", "respectively", "instead", "too", "either", "neither", "toward", "towards"};
    static constexpr std::string_view change_nouns_up[] = {"increase", "rise", "growth", "jump", "gain", "surge", "hike",
                                                           "climb", "boost", "increases", "rises", "gains", "upswing",
                                                           "spike", "expansion"};
    static constexpr std::string_view change_nouns_down[] = {"decrease", "decline", "drop", "fall", "cut", "reduction",
                                                             "loss", "plunge", "slump", "contraction", "declines",
                                                             "drops", "cuts", "dip", "slide"};
    static constexpr std::string_view change_verbs_up[] = {"grew", "grow", "grows", "grown", "rose", "rise", "rises",
                                                           "risen", "increased", "increase", "increases", "climbed",
                                                           "jumped", "surged", "gained", "expanded", "soared", "up",
                                                           "raised", "boosted", "added", "add", "adds", "adding", "doubled", "tripled",
                                                           "accelerated", "widened", "widens"};
    static constexpr std::string_view change_verbs_down[] = {"fell", "fall", "falls", "fallen", "declined", "decreased",
                                                             "narrowed", "narrows",
                                                             "dropped", "shrank", "shrunk", "slid", "plunged",
                                                             "contracted", "down", "cut", "reduced", "lost", "slumped",
                                                             "dipped", "lowered", "tumbled", "eased", "slowed",
                                                             "halved"};
    static constexpr std::string_view reporting_verbs[] = {
        "says", "said", "say", "estimates", "estimate", "estimated", "reports", "reported", "claims",
        "claimed", "claim", "notes", "noted", "stated", "announced", "announces", "told", "wrote",
        "writes", "argues", "argued", "warned", "warns", "found", "finds", "believes", "believe", "counted",
        "counts", "recorded", "records", "puts", "put", "calculated", "calculates", "suggest", "suggests",
        "tells", "added", "adds", "warn", "forecast", "forecasts", "predicted", "predicts", "predict", "expects",
        "announce", "insisted", "insists", "explained", "explains", "commented", "cautioned", "acknowledged",
        "admitted", "confirmed", "denied", "showed", "shows", "show", "quoted", "urged", "urges", "called",
        "stressed", "stresses", "conceded", "disclosed", "revealed", "reckons", "reckoned", "indicated",
        "indicates", "concluded", "concludes", "observed", "remarked", "gave", "gives", "given", "countered", "counters",
        "retorted", "replied", "replies",
        "emphasised", "emphasized", "maintained", "maintains", "complained", "asserted", "replied", "declared",
        "contended", "contends", "expected", "polled", "surveyed", "suggested", "testified", "alleged", "alleges",
        "states", "recalled", "recalls", "explain", "argue", "insist", "asked", "asks", "tweeted", "expect",
        "points", "pointed", "point", "cited", "recommends", "recommended", "recommend", "conclude", "shown",
        "demonstrated", "demonstrates", "demonstrate", "believed", "thought", "ruled", "note", "caution",
        "cautions", "clarified", "clarifies", "reiterated", "reiterates", "acknowledges", "acknowledge", "admits",
        "admit", "confirms", "confirm", "denies", "reveals", "stress", "emphasises", "emphasizes", "observes",
        "declares", "concedes", "concede", "complains", "replies", "testifies", "suspect", "suspects", "suspected",
        "understands", "understood", "underscored", "underscores", "highlighted", "highlights", "underlined",
        "underlines", "heard", "projects", "projected", "determined", "agreed", "agrees", "agree",
        // A characterisation or a charge, with its own complement ("described the plan as …", "accused the
        // board of …"): reporting_clause asks for it.
        "described", "describes", "accused", "accuses",
        // Base forms, after a plural subject ("Prosecutors allege that", "Critics contend", "Analysts reckon").
        "allege", "contend", "reckon", "maintain", "observe", "emphasise", "emphasize", "thinks",
        // The progressive, after a form of "be" only ("Harlow Bank is forecasting", "analysts are warning"):
        // reporting_clause asks for it.
        "saying", "forecasting", "predicting", "warning", "estimating", "claiming", "arguing", "insisting",
        "reporting", "telling", "suggesting", "expecting", "alleging", "urging", "projecting"};
    // Who reports, when a lower-case noun is the subject of a reporting verb ("traders said", "a ministry spokesman told").
    static constexpr std::string_view source_nouns[] = {
        "official", "officials", "analyst", "analysts", "economist", "economists", "trader", "traders", "dealer",
        "dealers", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "minister",
        "ministers", "ministry", "banker", "bankers", "expert", "experts", "executive", "executives", "director",
        "directors", "chairman", "chairwoman", "chair", "president", "governor", "secretary", "company", "firm",
        "government", "bank", "group", "researcher", "researchers", "scientist", "scientists", "police",
        "authorities", "observers", "critics", "diplomat", "diplomats", "industry", "union", "unions", "agency",
        "department", "council", "committee", "commission", "board", "institute", "organisation", "organization",
        "association", "federation", "office", "regulator", "regulators", "statement", "report", "reports",
        "survey", "study", "studies", "poll", "polls", "analysis", "paper", "newspaper", "agency", "broker",
        "brokers", "manager", "managers", "producer", "producers", "exporters", "importers", "buyers", "sellers",
        "delegates", "delegate", "leader", "leaders", "chief", "head", "founder", "professor", "lawyer", "lawyers",
        "negotiators", "negotiator", "others", "some", "many", "insiders", "activists", "campaigners", "residents",
        "witnesses", "people", "farmers", "workers", "investors", "participants", "members", "member", "planners",
        "forecasters", "strategists", "commentators", "historians", "academics", "specialists", "organisers",
        "organizers", "ambassador", "envoy", "mayor", "senator", "lawmaker", "lawmakers", "legislators", "mp",
        "mps", "premier", "chancellor", "judge", "court", "prosecutors", "prosecutor", "army", "military",
        "treasury", "cabinet", "administration", "authority", "corporation", "partner", "partners", "consultants",
        "consultancy", "adviser", "advisers", "advisor", "advisors", "coach", "manager", "player", "players",
        "critic", "observer", "website", "magazine", "journal", "broadcaster", "operator", "operators",
        "utility", "airline", "carrier", "retailer", "maker", "makers", "producer", "firms", "companies",
        "banks", "governments", "ministries", "groups", "agencies", "spokesmen", "charity", "charities", "watchdog",
        "monitor", "monitors", "pollster", "pollsters", "think-tank", "thinktank", "ngo", "ngos", "campaign",
        "regulator", "inspectors", "auditors", "auditor", "statisticians", "economists", "spokespeople",
        "correspondent", "correspondents", "reporter", "reporters", "growers", "manufacturers", "suppliers",
        "retailers", "employers", "owners", "shareholders", "house", "houses", "respondents", "watchers", "creditors", "lenders", "merchants", "miners",
        "exporter", "importer", "officers", "commanders", "doctors", "teachers", "engineers", "scholars",
        "representative", "representatives", "management", "publicist", "ceo", "cfo", "cto", "coo", "supporters", "opponents", "proponents",
        "users", "user", "elders", "customers", "voters", "citizens", "protesters", "demonstrators", "parents", "students", "author", "authors", "writer", "writers",
        // People by trade, party or standing, as news names them when it names no one.
        "politicians", "politician", "hawks", "doves", "physicians", "physician", "clinicians", "nurses", "nurse",
        "patients", "epidemiologists", "psychologists", "biologists", "physicists", "chemists", "climatologists",
        "meteorologists", "statistician", "journalists", "journalist", "editors", "editor", "developers",
        "programmers", "designers", "entrepreneurs", "founders", "professors", "educators", "administrators",
        "consumers", "shoppers", "drivers", "passengers", "pilots", "fishermen", "fishers", "medics", "paramedics",
        "firefighters", "neighbours", "neighbors", "relatives", "colleagues", "friends", "families", "victims",
        "survivors", "refugees", "migrants", "soldiers", "troops", "detectives", "investigators", "senators",
        "rebels", "militants", "insurgents", "unionists", "villagers", "locals", "landlords", "tenants",
        "homeowners", "taxpayers", "conservationists", "environmentalists", "lobbyists", "lobbyist",
        "bureaucrats", "technocrats", "engineer", "vets", "veterinarians",
        "pharmacists", "dentists", "surgeons", "surgeon", "psychiatrists", "therapists", "counsellors",
        "counselors", "coaches", "fans", "athletes", "artists", "musicians", "actors", "filmmakers", "publishers",
        // …and one of them ("a farmer told local radio", "one resident said").
        "farmer", "worker", "investor", "resident", "witness", "participant", "planner", "forecaster", "commentator",
        "organiser", "organizer", "insider", "campaigner", "teacher", "doctor", "officer", "commander", "grower",
        "manufacturer", "supplier", "employer", "owner", "shareholder", "customer", "voter", "citizen", "protester",
        "demonstrator", "parent", "student", "supporter", "opponent", "inspector", "patient", "developer", "designer",
        "entrepreneur", "educator", "administrator", "consumer", "shopper", "passenger", "fisherman", "medic",
        "paramedic", "firefighter", "neighbour", "neighbor", "victim", "survivor", "refugee", "migrant", "soldier",
        "detective", "investigator", "villager", "landlord", "tenant", "homeowner", "taxpayer", "veterinarian",
        "athlete", "actor", "filmmaker", "publisher", "plaintiff", "defendant", "merchant", "miner", "lender", "creditor",
        "insurers", "underwriters", "shippers", "hauliers", "carriers", "airlines",
        "person", "persons", "aide", "aides", "media", "team", "teams", "defense", "defence", "prosecution",
        "plaintiffs", "defendants", "jury", "judges", "club", "clubs", "league",
        // Bodies, as news names them again after naming them in full ("the bureau said", "the fund said").
        "bureau", "service", "tribunal", "panel", "parliament", "congress", "senate", "assembly", "secretariat",
        "embassy", "consulate", "fund", "foundation", "trust", "centre", "center", "university", "hospital",
        "clinic", "laboratory", "observatory", "museum", "party", "alliance", "coalition", "insurer", "lender",
        "exchange", "inspectorate", "ombudsman", "coroner", "coastguard", "navy", "brigade", "network",
        "publisher", "broadcaster", "studio", "startup", "start-up", "cooperative", "watchdog",
        "opposition", "presidency", "palace", "regime", "junta", "city", "county", "municipality", "school", "guard",
        "schools", "college", "church", "diocese", "prison", "hospitals", "eyewitnesses", "eyewitness", "bystanders",
        // Who plays and who reports in sport and science news ("the striker said", "co-author Ana Ruiz").
        "striker", "midfielder", "defender", "goalkeeper", "winger", "referee", "captain", "skipper", "batsman",
        "bowler", "pitcher", "quarterback", "jockey", "driver", "rider", "sprinter", "co-author", "coauthor",
        "astronomers", "astronomer"};
    // What data or a document shows, as the subject of "showed", "found", "put": "figures from the council showed".
    static constexpr std::string_view data_nouns[] = {
        "figures", "data", "statistics", "survey", "surveys", "poll", "polls", "report", "reports", "study",
        "studies", "census", "estimates", "estimate", "research", "analysis", "calculations", "numbers", "results",
        "review", "audit", "index", "records", "registry", "tally", "count", "projections", "forecasts", "predictions", "paper",
        "statement", "report's", "documents", "document", "release", "inquiry", "investigation", "probe", "assessment",
        "article", "findings", "guidelines", "indictment", "complaint", "lawsuit", "filing", "affidavit", "ruling",
        "judgment", "judgement", "memo", "memorandum", "dossier", "transcript"};
    // Verbs that report only with a data or institution subject ("figures showed"), never with a lower-case person alone.
    static constexpr std::string_view data_verbs[] = {"showed", "shows", "show", "found", "finds", "counted", "counts",
                                                      "recorded", "records", "puts", "put", "calculated",
                                                      "calculates", "suggest", "suggests", "indicated", "indicates",
                                                      "revealed", "projected", "projects", "estimated", "estimates",
                                                      "estimate", "reported", "reports", "report", "polled",
                                                      "surveyed", "shown", "demonstrated", "demonstrates", "demonstrate",
                                                      "gave", "gives", "given"};
    static constexpr std::string_view vague_subjects[] = {"others", "some", "experts", "critics", "observers",
                                                          "analysts", "sources", "officials", "many", "activists",
                                                          "insiders", "reports", "estimates", "media", "people", "respondents",
                                                          "residents", "witnesses", "diplomats", "traders", "dealers",
                                                          "bankers", "economists", "investors"};
    static constexpr std::string_view identifier_labels[] = {
        "volume", "vol", "issue", "no", "number", "article", "section", "chapter", "page", "resolution", "decree",
        "law", "case", "flight", "route", "room", "item", "paragraph", "rule", "amendment", "bill", "directive",
        "regulation", "table", "figure", "fig", "nos", "pp", "p", "ward", "district", "precinct", "building", "lot",
        "unit", "gate", "platform", "line", "highway", "interstate", "episode", "season", "part", "box", "appendix",
        "annex", "isbn", "issn", "doi", "squadron", "battalion", "brigade", "regiment", "terminal", "berth",
        "runway", "pier"};
    static constexpr std::string_view measure_units[] = {
        "TEU", "TEUs", "FEU", "tonnes", "tonne", "tons", "ton", "kg", "kilograms", "kilogram", "grams", "g", "km",
        "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre", "meter",
        "m2", "km2", "hectares", "hectare", "acres", "acre", "litres", "liters", "litre", "liter", "barrels",
        "barrel", "bpd", "sq", "MW", "GW", "kW", "kWh", "MWh", "GWh", "TWh", "bcm", "cubic", "square", "feet", "foot",
        "inches", "inch", "cm", "mm", "mi", "ft", "mph", "degrees", "\xC2\xB0""C", "\xC2\xB0""F", "units", "doses", "beds", "calories",
        "megawatts", "gigawatts", "terawatt-hours", "ounces", "pounds-weight", "bushels", "carats", "Mt", "kt",
        "bytes", "kilobytes", "megabytes", "gigabytes", "terabytes", "byte", "kilobyte", "megabyte", "gigabyte",
        "terabyte", "KB", "MB", "GB", "TB", "Mbps", "Gbps",
        "mg", "milligrams", "milligram", "micrograms", "microgram", "mcg", "ml", "mL", "millilitres", "milliliters",
        "IU", "mmHg", "mmol", "ppm", "ppb", "millimetres", "millimeters", "millimetre", "millimeter", "centimetres",
        "centimeters", "centimetre", "centimeter", "yards", "yard", "gallons", "gallon", "knots", "kilowatts", "watts",
        "kph", "teraflops", "petaflops", "gigaflops", "TFLOPS", "megapixels", "megapixel"};

    add(function_words, Function);
    add(change_nouns_up, ChangeNounUp);
    add(change_nouns_down, ChangeNounDn);
    add(change_verbs_up, ChangeVerbUp);
    add(change_verbs_down, ChangeVerbDn);
    add(reporting_verbs, Reporting);
    add(vague_subjects, Vague);
    add(source_nouns, SourceNoun);
    add(data_nouns, DataNoun);
    add(data_verbs, DataVerb);
    // Verbs of stance that take an object ("noted the importance of"): reporting only before a clause.
    static constexpr std::string_view stance_verbs[] = {
        "noted", "notes", "stressed", "stresses", "emphasised", "emphasized", "observed", "remarked",
        "explained", "explains", "revealed", "disclosed", "conceded", "denied", "confirmed", "welcomed", "urged",
        "announced", "maintained", "maintains", "note", "confirms", "confirm", "stress", "reveals", "observes",
        "acknowledges", "acknowledge", "admits", "admit", "denies", "reiterated",
        "reiterates", "clarified", "clarifies", "emphasises", "emphasizes", "underscored", "underscores",
        "highlighted", "highlights", "underlined", "underlines", "maintain", "observe", "emphasise", "emphasize"};
    add(stance_verbs, StanceVerb);
    // Verbs of stance that make news known, not of attitude or upkeep ("stressed", "denied", "maintains"): their
    // object reports when it carries a figure ("noted the 12 percent fall"); those that announce report any
    // object ("announced the fines", "disclosed the names", "revealed a plan").
    static constexpr std::string_view announcing_verbs[] = {"announced", "announces", "announce", "disclosed",
                                                            "discloses", "revealed", "reveals"};
    static constexpr std::string_view confirming_verbs[] = {"confirmed", "confirms", "confirm", "noted", "notes", "note"};
    add(announcing_verbs, MakesKnown | Announces);
    add(confirming_verbs, MakesKnown);
    // Verb forms that are as often plural nouns ("industry reports", "the estimates").
    static constexpr std::string_view noun_like_verbs[] = {"estimates", "reports", "notes", "claims", "finds", "shows",
                                                           "puts", "suggests", "counts", "records", "states",
                                                           "forecasts", "calculates", "indicates", "projects"};
    add(noun_like_verbs, NounLikeVerb);
    // A kind of organisation, as a description names it ("Ferry Aid, a charity that rescues boats,").
    static constexpr std::string_view organisation_nouns[] = {
        "agency", "airline", "association", "bank", "body", "broadcaster", "carrier", "charity", "company",
        "consultancy", "cooperative", "developer", "firm", "foundation", "group", "insurer", "institute", "lender",
        "maker", "manufacturer", "militia", "movement", "network", "newspaper", "non-profit", "nonprofit",
        "operator", "organisation", "organization", "party", "publisher", "regulator", "retailer", "startup",
        "start-up", "think-tank", "union", "watchdog", "website", "ngo", "fund", "utility", "club", "trust",
        "alliance", "coalition", "federation", "council", "commission", "authority", "ministry", "university",
        "hospital", "college", "consortium", "conglomerate", "multinational", "centre", "center", "laboratory",
        "observatory", "academy"};
    add(organisation_nouns, OrgNoun);
    add(identifier_labels, Identifier);
    add(measure_units, Measure);
    for (int i = 0; i < 19; ++i) add_number(kOnes[i], i + 1);
    for (int i = 0; i < 8; ++i) add_number(kTens[i], (i + 2) * 10);
    add_number(kCountingNouns[0], 12);
    add_number(kCountingNouns[1], 100);
    // Compounds ("seventy-seven") live in one buffer sized up front, so the views stay valid.
    std::size_t bytes = 0;
    for (const std::string_view& t : kTens)
        for (int k = 0; k < 9; ++k) bytes += t.size() + 1 + kOnes[k].size();
    compounds_.reserve(bytes);
    for (int i = 0; i < 8; ++i)
        for (int k = 0; k < 9; ++k) {
            const std::size_t at = compounds_.size();
            compounds_.append(kTens[i]).append(1, '-').append(kOnes[k]);
            add_number(std::string_view(compounds_).substr(at), (i + 2) * 10 + k + 1);
        }
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Word classes
//-----------------------------------------------------------------------------

int change_participle(std::string_view lw) {
    static constexpr std::string_view up[] = {"rising", "growing", "increasing", "climbing", "jumping", "surging",
                                              "gaining", "soaring", "advancing", "rebounding"};
    static constexpr std::string_view down[] = {"falling", "declining", "decreasing", "dropping", "shrinking", "sliding",
                                                "plunging", "slumping", "dipping", "tumbling", "sinking", "slipping"};
    if (lw.size() < 6 || lw.substr(lw.size() - 3) != "ing") return 0;
    for (const std::string_view w : up)
        if (lw == w) return 1;
    for (const std::string_view w : down)
        if (lw == w) return -1;
    return 0;
}

bool is_money_noun(std::string_view lw) {
    static constexpr std::string_view nouns[] = {"surplus", "surpluses", "deficit", "deficits", "profit", "profits",
                                                 "loss", "losses", "revenue", "revenues", "debt", "debts", "turnover",
                                                 "earnings", "budget", "budgets", "income", "sales", "spending"};
    return std::find(std::begin(nouns), std::end(nouns), lw) != std::end(nouns);
}

bool is_modal(std::string_view lw) {
    return lw == "would" || lw == "could" || lw == "should" || lw == "might" || lw == "may" || lw == "must";
}

bool is_indefinite_object(std::string_view lw) {
    return lw == "what" || lw == "whatever" || lw == "anything" || lw == "everything" || lw == "something" ||
           lw == "nothing";
}
bool is_function_word(std::string_view w) { return WordTable::get().classes(w) & Function; }

bool is_descriptor_participle(std::string_view w) {
    return w == "based" || w == "born" || w == "led" || w == "owned" || w == "backed" || w == "run" || w == "funded" ||
           w == "controlled" || w == "headquartered";
}

bool is_place_descriptor(std::string_view w) {
    const std::size_t h = w.rfind('-');
    return h != std::string_view::npos && h > 0 && is_descriptor_participle(w.substr(h + 1));
}

bool is_change_noun(std::string_view w, int* dir) {
    const std::uint32_t c = WordTable::get().classes(w);
    if (c & ChangeNounUp) { *dir = 1; return true; }
    if (c & ChangeNounDn) { *dir = -1; return true; }
    return false;
}

bool is_change_verb(std::string_view w, int* dir) {
    const std::uint32_t c = WordTable::get().classes(w);
    if (c & ChangeVerbUp) { *dir = 1; return true; }
    if (c & ChangeVerbDn) { *dir = -1; return true; }
    return false;
}

bool is_reporting_verb(std::string_view w) { return WordTable::get().classes(w) & Reporting; }

bool may_be_reporting_verb(std::string_view w) { return WordTable::get().reporting_shape(w); }

const std::uint32_t* reporting_verb_shapes() { return WordTable::get().reporting_shapes(); }

bool is_vague_subject(std::string_view w) { return WordTable::get().classes(w) & Vague; }

bool is_trade_by_suffix(std::string_view w) {
    const auto ends = [&](std::string_view tail) { return w.size() > tail.size() + 3 && w.substr(w.size() - tail.size()) == tail; };
    if (ends("icians") || ends("ician") || ends("ologists") || ends("ologist")) return true;
    const bool ist = ends("ists") || ends("ist");
    if (!ist) return false;
    // Verbs ("insists", "exists", "twists") and lists ("checklists", "playlists") end so too.
    const std::string_view stem = w.substr(0, w.size() - (w.back() == 's' ? 4 : 3));
    const char last = stem.back();
    if (last == 's' || last == 'x' || last == 'w' || last == 'i') return false;  // insist, exist, twist, assist
    if (last == 'l') {
        static constexpr std::string_view lists[] = {"check", "play", "short", "black", "white", "wait", "wish", "set",
                                                     "book", "hit", "long", "en", "price", "song"};
        for (const std::string_view l : lists)
            if (stem.size() == l.size() + 1 && stem.substr(0, l.size()) == l) return false;
    }
    return true;
}

// "prisoners", "days" — but not "homeless", "status", "analysis" (a final "s"
// after a letter other than s, u, i; and more than the "s" alone), nor the
// nouns that end in "s" but are singular ("measles cases", "news reports").
bool plural_like(std::string_view lw) {
    const std::size_t n = lw.size();
    if (n < 2 || lw[n - 1] != 's') return false;
    const char before = lw[n - 2];
    // "the group's", "the group’s": a possessive, whose noun follows.
    if (before == '\'' || (n >= 4 && lw.substr(n - 4, 3) == "\xE2\x80\x99")) return false;
    if (n > 2 && (before == 's' || before == 'u' || before == 'i')) return false;
    static constexpr std::string_view kSingular[] = {"measles", "mumps", "rabies", "diabetes", "herpes", "scabies",
                                                     "news", "series", "species", "physics", "economics", "politics",
                                                     "mathematics", "athletics", "gymnastics", "electronics", "logistics"};
    return std::find(std::begin(kSingular), std::end(kSingular), lw) == std::end(kSingular);
}

bool is_manner_adverb(std::string_view w) {
    // (Nouns in "-ly": "the family said", "40 family members".)
    static constexpr std::string_view nouns[] = {"family", "assembly", "supply", "monopoly", "rally", "ally", "anomaly",
                                                 "bully", "reply", "jelly", "belly", "folly", "melancholy", "homily",
                                                 "lily", "butterfly"};
    return w.size() >= 6 && w.substr(w.size() - 2) == "ly" && std::find(std::begin(nouns), std::end(nouns), w) == std::end(nouns);
}

bool is_agent_plural(std::string_view w) {
    const auto ends = [&](std::string_view tail) { return w.size() >= tail.size() + 3 && w.substr(w.size() - tail.size()) == tail; };
    // People by a plural of their own: "people", "fishermen", "businesswomen", "children".
    if (w == "people" || w == "men" || w == "women" || w == "children" || w == "folk" || ends("men")) return true;
    if (!(ends("ers") || ends("ants") || ends("ents"))) return false;
    // Plurals of things, not of people who do something.
    static const std::unordered_set<std::string_view> things{"numbers", "orders", "matters", "powers", "answers", "offers", "letters", "waters",
                                "layers", "filters", "chapters", "quarters", "barriers", "borders", "corners", "dinners",
                                "papers", "containers", "computers", "centers", "meters", "liters", "towers", "rivers",
                                "flowers", "members", "others", "events", "elements", "comments", "documents", "payments",
                                "plants", "grants", "statements", "moments", "agreements", "investments", "amendments",
                                "arguments", "comments", "segments", "components", "instruments", "governments",
                                "departments", "apartments", "contents", "percents", "cents", "parents", "students",
                                "residents", "variants", "restaurants", "markets", "sweaters", "registers", "headers",
                                "folders", "trousers", "shoulders", "fingers", "dangers", "changers", "characters"};
    return things.count(w) == 0;
}

bool is_maker_noun(std::string_view w) { return w.size() > 7 && w.substr(w.size() - 5) == "maker"; }

bool is_source_noun(std::string_view w) {
    return (WordTable::get().classes(w) & SourceNoun) || is_trade_by_suffix(w) || is_maker_noun(w);  // "the carmaker said"
}

bool is_data_noun(std::string_view w) { return WordTable::get().classes(w) & DataNoun; }

bool is_organisation_noun(std::string_view w) { return (WordTable::get().classes(w) & OrgNoun) || is_maker_noun(w); }

bool is_data_verb(std::string_view w) { return WordTable::get().classes(w) & DataVerb; }

bool is_stance_verb(std::string_view w) { return WordTable::get().classes(w) & StanceVerb; }

bool is_noun_like_verb(std::string_view w) { return WordTable::get().classes(w) & NounLikeVerb; }

VerbKinds verb_kinds(std::string_view w) {
    const std::uint32_t c = WordTable::get().classes(w);
    VerbKinds k;
    k.stance = (c & StanceVerb) != 0;
    k.data = (c & DataVerb) != 0;
    k.noun_like = (c & NounLikeVerb) != 0;
    k.makes_known = (c & MakesKnown) != 0;
    k.announces = (c & Announces) != 0;
    return k;
}

bool is_identifier_label(std::string_view w) { return WordTable::get().classes(w) & Identifier; }

bool is_day_word(std::string_view w) {
    return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" || w == "friday" || w == "saturday" ||
           w == "sunday" || w == "today" || w == "yesterday" || w == "tonight";
}

bool is_comparative(std::string_view w) {
    static constexpr std::string_view comparatives[] = {"lower", "higher", "greater", "smaller", "less", "more", "fewer",
                                                        "bigger", "larger", "cheaper", "dearer", "faster", "slower",
                                                        "shorter", "longer", "better", "worse", "stronger", "weaker"};
    return std::find(std::begin(comparatives), std::end(comparatives), w) != std::end(comparatives);
}

bool takes_share_with_up(std::string_view w) {
    // The verbs whose "up" is a particle with the amount as object: how much of a whole a thing takes.
    // Not "closed up 2%", "ended up 5% higher", "picked up 3%": a market's move, a change.
    static constexpr std::string_view verbs[] = {
        "make", "makes", "made", "making", "take", "takes", "took", "taken", "taking", "eat", "eats", "ate",
        "eaten", "eating", "use", "uses", "used", "using", "soak", "soaks", "soaked", "soaking", "swallow",
        "swallows", "swallowed", "swallowing", "gobble", "gobbles", "gobbled", "gobbling", "snap", "snaps",
        "snapped", "snapping", "buy", "buys", "bought", "buying", "tie", "ties", "tied", "tying"};
    return std::find(std::begin(verbs), std::end(verbs), w) != std::end(verbs);
}

bool is_activity_noun(std::string_view w) {
    static constexpr std::string_view nouns[] = {
        "spending", "funding", "lending", "borrowing", "financing", "housing", "training", "shipping", "fishing",
        "farming", "mining", "manufacturing", "clothing", "heating", "advertising", "banking", "processing",
        "marketing", "trading", "packaging", "schooling", "nursing", "policing", "polling", "voting", "catering",
        "logging", "ranching", "printing", "publishing", "broadcasting", "gambling", "recycling", "retailing",
        "engineering", "accounting", "consulting", "plumbing", "cleaning", "lodging", "staffing", "sourcing"};
    return w.size() > 6 && w.substr(w.size() - 3) == "ing" &&
           std::find(std::begin(nouns), std::end(nouns), w) != std::end(nouns);
}

char pronoun_of_person_noun(std::string_view w) {
    static constexpr std::string_view she[] = {
        "actress", "waitress", "heiress", "mother", "wife", "daughter", "sister", "grandmother", "granddaughter",
        "widow", "girl", "girlfriend", "queen", "princess", "duchess", "countess", "baroness", "niece", "aunt",
        "mum", "mom", "lady", "stepmother", "nun", "congresswoman", "spokeswoman", "chairwoman", "businesswoman"};
    static constexpr std::string_view he[] = {
        "father", "husband", "son", "brother", "grandfather", "grandson", "widower", "boy", "boyfriend", "king",
        "prince", "duke", "baron", "nephew", "uncle", "dad", "stepfather", "monk", "man", "chairman", "spokesman",
        "businessman", "congressman", "councilman", "policeman", "fisherman", "sportsman", "statesman", "salesman",
        "frontman", "gunman", "craftsman"};
    if (w.size() < 3) return 0;
    // Any "-woman" ("councilwoman", "sportswoman"); "-man" only as listed ("human", "German", "Roman" are not men).
    if (w.size() >= 5 && (w.substr(w.size() - 5) == "woman" || w.substr(w.size() - 5) == "women")) return 's';
    if (std::find(std::begin(she), std::end(she), w) != std::end(she)) return 's';
    if (std::find(std::begin(he), std::end(he), w) != std::end(he)) return 'h';
    return 0;
}

bool is_courtesy_title(std::string_view w) {
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    return pronoun_of_courtesy_title(w) != 0 || w == "Mx" || w == "Dr" || w == "Prof";
}

char pronoun_of_courtesy_title(std::string_view w) {
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    if (w == "Mr" || w == "Sir" || w == "Lord") return 'h';
    if (w == "Mrs" || w == "Ms" || w == "Miss" || w == "Lady" || w == "Dame") return 's';
    return 0;
}

bool is_world_region(std::string_view name) {
    static constexpr std::string_view regions[] = {
        "europe", "asia", "africa", "oceania", "antarctica", "the arctic", "arctic", "the americas", "americas",
        "north america", "south america", "latin america", "central america", "the caribbean", "caribbean",
        "the middle east", "middle east", "southeast asia", "south asia", "east asia", "central asia",
        "eastern europe", "western europe", "central europe", "northern europe", "southern europe",
        "sub-saharan africa", "north africa", "west africa", "east africa", "southern africa", "scandinavia",
        "the balkans", "balkans", "the sahel", "sahel"};
    // By length and folded initial (bit initial − 'a' of shapes[length]): most names are refused by one test.
    static const auto shapes = [] {
        std::array<std::uint32_t, 21> m{};
        for (const std::string_view r : regions) m[r.size()] |= 1u << (r[0] - 'a');
        return m;
    }();
    if (name.size() > 20 || name.empty()) return false;
    const unsigned initial = static_cast<unsigned>(fold_ascii(name[0])) - 'a';
    if (initial >= 26 || !((shapes[name.size()] >> initial) & 1u)) return false;
    for (const std::string_view r : regions)
        if (equals_lower(name, r)) return true;
    return false;
}

bool is_time_unit(std::string_view w, Text* singular) {
    static constexpr Text units[] = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
                                     "millisecond", "microsecond", "nanosecond"};
    for (const Text u : units) {
        const std::string_view us = u.view();
        if (w == us || (w.size() == us.size() + 1 && w.substr(0, us.size()) == us && w.back() == 's')) {
            *singular = u;
            return true;
        }
    }
    if (w == "centuries") { *singular = "century"; return true; }
    if (w == "ms") { *singular = "millisecond"; return true; }  // "300 ms"
    return false;
}

bool is_measure_unit(std::string_view w) { return WordTable::get().classes(w) & Measure; }

double scale_word(std::string_view w) {
    if (w == "thousand") return 1e3;
    if (w == "million" || w == "mln" || w == "mn" || w == "m") return 1e6;
    if (w == "billion" || w == "bn" || w == "b" || w == "bln") return 1e9;
    if (w == "trillion" || w == "tn" || w == "trn") return 1e12;
    if (w == "k") return 1e3;
    if (w == "lakh" || w == "lakhs") return 1e5;    // South Asian: 100,000
    if (w == "crore" || w == "crores") return 1e7;  // South Asian: 10 million
    if (w == "dozen") return 12;                    // "three dozen firms": 36
    return 0;
}

const char* currency_symbol(std::string_view s) {
    if (s == "$") return "USD";
    if (s == "\xE2\x82\xAC") return "EUR";   // €
    if (s == "\xC2\xA3") return "GBP";       // £
    if (s == "\xC2\xA5") return "JPY";       // ¥
    if (s == "\xE2\x82\xBD") return "RUB";   // ₽
    if (s == "\xE2\x82\xB9") return "INR";   // ₹
    if (s == "\xE2\x82\xB4") return "UAH";   // ₴
    if (s == "\xE2\x82\xA9") return "KRW";   // ₩
    if (s == "\xE2\x82\xA6") return "NGN";   // ₦
    if (s == "\xE2\x82\xBA") return "TRY";   // ₺
    return nullptr;
}

const char* currency_word(std::string_view w) {
    if (w == "euros" || w == "euro" || w == "eur") return "EUR";
    if (w == "dollars" || w == "dollar" || w == "usd" || w == "dlrs" || w == "dlr") return "USD";  // "dlrs": newswire
    if (w == "stg" || w == "sterling") return "GBP";                                                 // "300 mln stg"
    if (w == "pounds" || w == "gbp") return "GBP";
    if (w == "rubles" || w == "roubles" || w == "rub") return "RUB";
    if (w == "yuan" || w == "renminbi" || w == "cny") return "CNY";
    if (w == "yen" || w == "jpy") return "JPY";
    if (w == "hryvnias" || w == "hryvnia" || w == "uah") return "UAH";
    if (w == "zlotys" || w == "zloty" || w == "pln") return "PLN";
    if (w == "francs" || w == "chf") return "CHF";
    if (w == "rupees" || w == "inr") return "INR";
    if (w == "naira" || w == "ngn") return "NGN";
    if (w == "rand" || w == "zar") return "ZAR";
    if (w == "reais" || w == "brl") return "BRL";
    if (w == "lira" || w == "liras") return "TRY";
    if (w == "kes") return "KES";
    if (w == "krw") return "KRW";
    if (w == "mxn") return "MXN";
    // Currencies of newswire years and of markets news names by their plural.
    if (w == "guilders" || w == "guilder") return "NLG";
    if (w == "lire") return "ITL";
    if (w == "kwacha") return "ZMW";
    if (w == "sdr" || w == "sdrs") return "XDR";  // special drawing rights, the IMF's unit of account
    if (w == "baht") return "THB";
    if (w == "ringgit") return "MYR";
    if (w == "rupiah") return "IDR";
    if (w == "shekels" || w == "shekel") return "ILS";
    if (w == "kronor") return "SEK";
    if (w == "forints" || w == "forint") return "HUF";
    if (w == "pesetas") return "ESP";
    if (w == "drachmas") return "GRD";
    if (w == "escudos") return "PTE";
    if (w == "tenge") return "KZT";
    return nullptr;
}

const char* currency_of_several(std::string_view w) {
    // (Where the text names the country, its ISO code is found first: figures.cpp, kCountryCurrencies.)
    static constexpr std::pair<std::string_view, const char*> kWords[] = {
        {"crowns", "crowns"},       {"crown", "crowns"},     {"pesos", "pesos"},   {"peso", "pesos"},
        {"dinars", "dinars"},       {"dinar", "dinars"},     {"shillings", "shillings"}, {"shilling", "shillings"},
        {"kroner", "kroner"},       {"krone", "kroner"},     {"riyals", "riyals"}, {"riyal", "riyals"},
        {"dirhams", "dirhams"},     {"dirham", "dirhams"},   {"rials", "rials"},   {"rial", "rials"}};
    for (const auto& [word, plural] : kWords)
        if (w == word) return plural;
    return nullptr;
}

const char* currency_abbreviation(std::string_view w) {
    if (w == "ksh") return "KES";  // Kenyan shilling, written "KSh 180,000"
    return nullptr;
}

int number_word(std::string_view w) {
    const WordEntry* e = WordTable::get().find(w);
    return e && (e->classes & NumberWord) ? e->number : 0;
}

constexpr NumberWordShapes kNumberWordShapes = number_word_shapes();

int number_word_of_shape(std::string_view w) {
    const WordEntry* e = WordTable::get().find_any_case(w);
    return e && (e->classes & NumberWord) ? e->number : 0;
}

bool month_like(std::string_view lw) { return lw.size() > 3 && gloss::month_from_word(lw) != 0; }

} // namespace gloss::lexicon
