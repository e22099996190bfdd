// Notes left in PATH.tmp.XXXXXX by a save stopped before its rename (a crash,
// a kill, power loss after the fsync) are recovered at the next load, and
// nothing that cannot be read completely is touched.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>

#include <fstream>
#include <string>
#include <vector>

#include "gloss/notes.hpp"
#include "temp_folder.hpp"

namespace {

gloss::Note note(const std::string& id, const std::string& body) {
    gloss::Note n;
    n.id = id;
    n.quote.exact = "quoted words " + id;
    n.text = body;
    return n;
}

// Write `bytes` to `path` and set its modification time `seconds` from now.
void write_at(const std::string& path, const std::string& bytes, int seconds) {
    std::ofstream(path, std::ios::binary) << bytes;
    struct timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const struct timespec times[2] = {{now.tv_sec + seconds, 0}, {now.tv_sec + seconds, 0}};
    REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
}

bool exists(const std::string& path) {
    struct stat st{};
    return ::stat(path.c_str(), &st) == 0;
}

} // namespace

TEST_CASE("Notes a save wrote but did not rename are recovered at the next load and saved by the next save") {
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld"), unfinished = path + ".tmp.Ab3xYz";
    write_at(path, gloss::sidecar_serialize({note("n1", "first")}, "doc.txt"), -10);
    write_at(unfinished, gloss::sidecar_serialize({note("n1", "first"), note("n2", "second, newer")}, "doc.txt"), 0);

    gloss::NoteStore store;
    const gloss::SidecarStatus st = store.load(path);
    REQUIRE(st.ok);
    CHECK(st.message.find("recovered 2 notes") != std::string::npos);
    CHECK(st.message.find(unfinished) != std::string::npos);
    REQUIRE(store.notes().size() == 2);
    CHECK(store.find("n2") != nullptr);
    CHECK(store.dirty());
    CHECK(store.recovered_from() == unfinished);

    REQUIRE(store.save().ok);
    CHECK_FALSE(exists(unfinished));  // its notes are in the sidecar now
    gloss::NoteStore again;
    REQUIRE(again.load(path).ok);
    CHECK(again.notes().size() == 2);
    CHECK(again.recovered_from().empty());
}

TEST_CASE("A first save stopped before its rename is recovered though no sidecar exists yet") {
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld");
    write_at(path + ".tmp.q1w2e3", gloss::sidecar_serialize({note("only", "the one note")}, "doc.txt"), 0);
    gloss::NoteStore store;
    REQUIRE(store.load(path).ok);
    REQUIRE(store.notes().size() == 1);
    CHECK(store.notes()[0].text == "the one note");
}

TEST_CASE("An unfinished save older than the sidecar is not recovered, and the next save deletes it") {
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld"), stale = path + ".tmp.OLD123";
    write_at(stale, gloss::sidecar_serialize({note("gone", "deleted since")}, "doc.txt"), -60);
    write_at(path, gloss::sidecar_serialize({note("kept", "current")}, "doc.txt"), -5);
    gloss::NoteStore store;
    const gloss::SidecarStatus st = store.load(path);
    REQUIRE(st.ok);
    CHECK(st.message.empty());
    REQUIRE(store.notes().size() == 1);
    CHECK(store.notes()[0].id == "kept");
    CHECK_FALSE(store.dirty());
    REQUIRE(store.save().ok);
    CHECK_FALSE(exists(stale));  // older than the sidecar and no writer's: stale
}

TEST_CASE("A temporary file cut short while it was written is not recovered, and the sidecar is loaded") {
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld"), cut = path + ".tmp.cut000";
    const std::string newer = gloss::sidecar_serialize({note("a", "one"), note("b", "two")}, "doc.txt");
    write_at(path, gloss::sidecar_serialize({note("a", "one")}, "doc.txt"), -10);
    write_at(cut, newer.substr(0, newer.size() / 2), 0);
    gloss::NoteStore store;
    const gloss::SidecarStatus st = store.load(path);
    REQUIRE(st.ok);
    CHECK(store.notes().size() == 1);
    CHECK(store.recovered_from().empty());
    CHECK(exists(cut));  // loading deletes nothing
}

TEST_CASE("Of several unfinished saves, the newest complete one is recovered") {
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld");
    write_at(path, gloss::sidecar_serialize({note("a", "one")}, "doc.txt"), -30);
    write_at(path + ".tmp.aaaaaa", gloss::sidecar_serialize({note("a", "one"), note("b", "two")}, "doc.txt"), -20);
    const std::string three = gloss::sidecar_serialize({note("a", "one"), note("b", "two"), note("c", "three")}, "doc.txt");
    write_at(path + ".tmp.bbbbbb", three, -10);
    write_at(path + ".tmp.cccccc", three.substr(0, 40), 0);  // newest, but cut short
    write_at(path + ".tmp.toolong", three, 0);              // not a name save() makes
    gloss::NoteStore store;
    REQUIRE(store.load(path).ok);
    CHECK(store.notes().size() == 3);
    CHECK(store.recovered_from() == path + ".tmp.bbbbbb");
}
