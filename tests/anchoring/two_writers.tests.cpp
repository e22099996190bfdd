// Two writers on one sidecar (the reader and the CLI, two readers) never lose
// each other's notes; temporary files are handled as their writers' own; a
// read-only sidecar is respected; members Gloss does not write are kept.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

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

std::set<std::string> ids_in(const std::string& path) {
    gloss::NoteStore s;
    REQUIRE(s.load(path).ok);
    std::set<std::string> ids;
    for (const gloss::Note& n : s.notes()) ids.insert(n.id);
    return ids;
}

bool exists(const std::string& path) {
    struct stat st{};
    return ::stat(path.c_str(), &st) == 0;
}

void write_at(const std::string& path, const std::string& bytes, int seconds) {
    std::ofstream(path, std::ios::binary) << bytes;
    struct timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const struct timespec times[2] = {{now.tv_sec + seconds, 0}, {now.tv_sec + seconds, 0}};
    REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
}

} // namespace

TEST_CASE("Two stores that loaded the same sidecar each keep their notes after both save") {
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld");
    {
        gloss::NoteStore first;
        first.open_new(path);
        first.add(note("shared", "before both"));
        REQUIRE(first.save().ok);
    }
    gloss::NoteStore a, b;
    REQUIRE(a.load(path).ok);
    REQUIRE(b.load(path).ok);
    a.add(note("from-a", "written by a"));
    b.add(note("from-b", "written by b"));
    REQUIRE(a.save().ok);
    const gloss::SidecarStatus st = b.save();
    REQUIRE(st.ok);
    CHECK(st.message.find("merged") != std::string::npos);
    CHECK(ids_in(path) == std::set<std::string>{"shared", "from-a", "from-b"});
    CHECK(b.notes().size() == 3);  // the store now holds what the file holds
}

TEST_CASE("A note removed by one store stays removed, and one edited by the other side is kept") {
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld");
    {
        gloss::NoteStore first;
        first.open_new(path);
        first.add(note("gone", "to remove"));
        first.add(note("edited", "to edit there, remove here"));
        REQUIRE(first.save().ok);
    }
    gloss::NoteStore a, b;
    REQUIRE(a.load(path).ok);
    REQUIRE(b.load(path).ok);
    gloss::Note changed = *a.find("edited");
    changed.text = "edited by a";
    REQUIRE(a.update(changed));
    REQUIRE(a.save().ok);
    REQUIRE(b.remove("gone"));
    REQUIRE(b.remove("edited"));
    REQUIRE(b.save().ok);
    gloss::NoteStore check;
    REQUIRE(check.load(path).ok);
    REQUIRE(check.notes().size() == 1);
    CHECK(check.notes()[0].text == "edited by a");
}

TEST_CASE("Two processes saving one sidecar over and over lose no note") {
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld");
    constexpr int kWriters = 2, kNotes = 25;
    pid_t children[kWriters];
    for (int w = 0; w < kWriters; ++w) {
        children[w] = ::fork();
        REQUIRE(children[w] >= 0);
        if (children[w] == 0) {
            gloss::NoteStore store;
            if (!store.load(path).ok) ::_exit(2);
            for (int k = 0; k < kNotes; ++k) {
                store.add(note("w" + std::to_string(w) + "-" + std::to_string(k), "note"));
                if (!store.save().ok) ::_exit(3);
            }
            ::_exit(0);
        }
    }
    for (pid_t child : children) {
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
    }
    CHECK(ids_in(path).size() == std::size_t(kWriters * kNotes));
}

TEST_CASE("A save over a changed sidecar that no longer reads is refused and the file is left as it is") {
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld");
    gloss::NoteStore a;
    a.open_new(path);
    a.add(note("mine", "kept in memory"));
    REQUIRE(a.save().ok);
    std::ofstream(path, std::ios::binary) << "{ broken by another program";
    a.add(note("more", "also mine"));
    const gloss::SidecarStatus st = a.save();
    CHECK_FALSE(st.ok);
    CHECK(st.error == gloss::SidecarError::Conflict);
    CHECK(st.message.find("no longer reads") != std::string::npos);
    CHECK(read_bytes(path) == "{ broken by another program");
    CHECK(a.notes().size() == 2);
}

TEST_CASE("A live writer's locked temporary file is never recovered as an unfinished save") {
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld"), live = path + ".tmp.L1ve00";
    write_at(path, gloss::sidecar_serialize({note("a", "one")}, "doc.txt"), -10);
    write_at(live, gloss::sidecar_serialize({note("a", "one"), note("b", "being written")}, "doc.txt"), 0);
    const int fd = ::open(live.c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    // The lock must be another open file description's: a child process holds it.
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const int own = ::open(live.c_str(), O_RDONLY);
        ::flock(own, LOCK_EX);
        char c = 1;
        if (::write(ready[1], &c, 1) != 1) ::_exit(1);
        ::pause();
        ::_exit(0);
    }
    char c;
    REQUIRE(::read(ready[0], &c, 1) == 1);
    gloss::NoteStore store;
    REQUIRE(store.load(path).ok);
    CHECK(store.notes().size() == 1);
    CHECK(store.recovered_from().empty());
    REQUIRE(store.save().ok);
    CHECK(exists(live));  // still its writer's
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    ::close(fd);
    ::close(ready[0]);
    ::close(ready[1]);
}

TEST_CASE("Stale temporary files older than the sidecar are deleted by the next save") {
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld");
    write_at(path + ".tmp.stale1", gloss::sidecar_serialize({note("x", "old")}, "doc.txt"), -60);
    write_at(path + ".tmp.stale2", "{ cut sho", -50);
    write_at(path, gloss::sidecar_serialize({note("kept", "current")}, "doc.txt"), -5);
    gloss::NoteStore store;
    REQUIRE(store.load(path).ok);
    REQUIRE(store.save().ok);
    CHECK_FALSE(exists(path + ".tmp.stale1"));
    CHECK_FALSE(exists(path + ".tmp.stale2"));
    CHECK(ids_in(path) == std::set<std::string>{"kept"});
}

TEST_CASE("A read-only sidecar is not replaced by a save") {
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld");
    const std::string before = gloss::sidecar_serialize({note("a", "one")}, "doc.txt");
    write_at(path, before, -5);
    REQUIRE(::chmod(path.c_str(), 0444) == 0);
    gloss::NoteStore store;
    REQUIRE(store.load(path).ok);
    store.add(note("b", "two"));
    const gloss::SidecarStatus st = store.save();
    CHECK_FALSE(st.ok);
    CHECK(st.error == gloss::SidecarError::ReadOnly);
    CHECK(st.message.find("read-only") != std::string::npos);
    CHECK(read_bytes(path) == before);
    CHECK(store.notes().size() == 2);
}

TEST_CASE("Unknown members of the collection and of its page survive a load and a save") {
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld");
    nlohmann::json doc = nlohmann::json::parse(gloss::sidecar_serialize({note("a", "one")}, "doc.txt"));
    doc["id"] = "urn:example:collection";
    doc["ex:owner"] = {{"name", "someone"}};
    doc["first"]["ex:pageNote"] = "kept";
    write_at(path, doc.dump(2), -5);
    gloss::NoteStore store;
    REQUIRE(store.load(path).ok);
    store.add(note("b", "two"));
    REQUIRE(store.save().ok);
    const nlohmann::json after = nlohmann::json::parse(read_bytes(path));
    CHECK(after["id"] == "urn:example:collection");
    CHECK(after["ex:owner"]["name"] == "someone");
    CHECK(after["first"]["ex:pageNote"] == "kept");
    CHECK(after["first"]["items"].size() == 2);
}

TEST_CASE("A collection that counts notes but has no page of them is refused, not read as empty") {
    const std::string text = R"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
                                 "gloss:formatVersion": 1, "total": 3})";
    const gloss::SidecarParse p = gloss::sidecar_parse(text);
    CHECK_FALSE(p.status.ok);
    CHECK(p.status.message.find("\"total\" is 3") != std::string::npos);
}

TEST_CASE("An offset beyond the largest is called too large, not negative") {
    nlohmann::json doc = nlohmann::json::parse(gloss::sidecar_serialize({note("a", "one")}, "doc.txt"));
    doc["first"]["items"][0]["target"]["selector"].push_back(
        {{"type", "TextPositionSelector"}, {"start", 1000000000000ull}, {"end", 1000000000001ull}});
    const gloss::SidecarParse p = gloss::sidecar_parse(doc.dump());
    REQUIRE_FALSE(p.status.ok);
    CHECK(p.status.message.find("negative") == std::string::npos);
    CHECK(p.status.message.find("beyond the largest offset") != std::string::npos);
}
