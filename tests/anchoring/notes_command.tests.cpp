// gloss-annotate FILE --notes SIDECAR: listing notes, their places, and the orphans.
#include <catch2/catch.hpp>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "gloss/notes.hpp"
#include "notes_command.h"
#include "temp_folder.hpp"

namespace {

const std::string kText = "Title of the article\n\n"
                          "First paragraph mentions the harbour authority and its budget.\n\n"
                          "Second paragraph says the budget grew by a fifth in one year.\n";

struct CommandOutput {
    int         code = 0;
    std::string out;
};

CommandOutput run(const std::string& doc, const std::string& sidecar, bool json) {
    std::FILE* f = std::tmpfile();
    REQUIRE(f);
    CommandOutput r;
    r.code = gloss_cli::run_notes_command(doc, sidecar, json, f);
    std::rewind(f);
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) r.out.append(buf, n);
    std::fclose(f);
    return r;
}

void add_note(gloss::NoteStore* store, const std::string& text, const std::string& quote, const std::string& body) {
    const std::size_t at = text.find(quote);
    auto made = gloss::note_create(text, gloss::ByteRange{static_cast<std::uint32_t>(at),
                                                          static_cast<std::uint32_t>(at + quote.size())}, body);
    REQUIRE(made.ok);
    store->add(made.note);
}

} // namespace

TEST_CASE("the notes command lists placed notes with line and paragraph, and the orphans, as JSON") {
    TempFolder dir;
    const std::string doc = dir.file("a.txt");
    const std::string sidecar = gloss::sidecar_path_for(doc);
    gloss::NoteStore store;
    store.open_new(sidecar);
    add_note(&store, kText, "the budget grew by a fifth", "check the base year");
    add_note(&store, kText, "harbour authority", "which one?");
    REQUIRE(store.save().ok);
    // The second note's text disappears from the document.
    std::string changed = kText;
    changed.replace(changed.find("harbour authority"), 17, "city council");
    write_bytes(doc, changed);

    const CommandOutput r = run(doc, sidecar, true);
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["notes"].size() == 2);
    REQUIRE(j["notes"][0]["status"] == "exact");
    REQUIRE(j["notes"][0]["line"] == 5);
    REQUIRE(j["notes"][0]["paragraph"] == 3);
    REQUIRE(j["notes"][0]["found"] == "the budget grew by a fifth");
    REQUIRE(j["notes"][1]["status"] == "orphan");
    REQUIRE(j["orphans"].size() == 1);
    REQUIRE(j["counts"]["orphan"] == 1);
}

TEST_CASE("the notes command prints a readable list with an orphans section") {
    TempFolder dir;
    const std::string doc = dir.file("a.txt");
    const std::string sidecar = dir.file("notes.jsonld");
    gloss::NoteStore store;
    store.open_new(sidecar);
    add_note(&store, kText, "harbour authority", "which one?");
    REQUIRE(store.save().ok);
    write_bytes(doc, "Nothing in common with the earlier text at all.\n");
    const CommandOutput r = run(doc, sidecar, false);
    REQUIRE(r.code == 0);
    REQUIRE(r.out.find("1 note on ") == 0);
    REQUIRE(r.out.find("0 exact, 0 fuzzy, 1 orphan\n") != std::string::npos);
    REQUIRE(r.out.find("orphans (kept in the notes file") != std::string::npos);
    REQUIRE(r.out.find("\"harbour authority\" — which one?") != std::string::npos);
}

TEST_CASE("the notes command fails with exit code 2 on a corrupt sidecar and leaves it untouched") {
    TempFolder dir;
    const std::string doc = dir.file("a.txt");
    const std::string sidecar = dir.file("a.txt.gloss.jsonld");
    write_bytes(doc, kText);
    write_bytes(sidecar, "{\"gloss:formatVersion\": 1, \"first\": {\"items\": [");
    REQUIRE(run(doc, sidecar, true).code == 2);
    REQUIRE(read_bytes(sidecar) == "{\"gloss:formatVersion\": 1, \"first\": {\"items\": [");
    REQUIRE(run(doc, dir.file("missing.jsonld"), true).code == 2);
    REQUIRE(run(dir.file("missing.txt"), sidecar, true).code == 2);
}
