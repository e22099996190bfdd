// The sidecar file: round trips, atomic saves with a backup, and corrupt files left untouched.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <algorithm>
#include <sys/stat.h>
#include <random>
#include <string>

#include "gloss/hypothesis.hpp"
#include "gloss/notes.hpp"
#include "temp_folder.hpp"

namespace {

const std::string kText = "The ministry said the new terminal would open in May, \xE2\x80\x9C" "ahead of schedule\xE2\x80\x9D.";

gloss::Note sample_note(const std::string& quote, const std::string& body) {
    const std::size_t at = kText.find(quote);
    auto r = gloss::note_create(kText, gloss::ByteRange{static_cast<std::uint32_t>(at),
                                                        static_cast<std::uint32_t>(at + quote.size())}, body);
    REQUIRE(r.ok);
    r.note.tags = {"transport", "check"};
    r.note.colour = "#ffcc00";
    r.note.author = "A. Reader";
    return r.note;
}

void require_same(const gloss::Note& a, const gloss::Note& b) {
    REQUIRE(a.id == b.id);
    REQUIRE(a.quote.exact == b.quote.exact);
    REQUIRE(a.quote.prefix == b.quote.prefix);
    REQUIRE(a.quote.suffix == b.quote.suffix);
    REQUIRE(a.hint.start_cp == b.hint.start_cp);
    REQUIRE(a.hint.end_cp == b.hint.end_cp);
    REQUIRE(a.hint.start_byte == b.hint.start_byte);
    REQUIRE(a.hint.end_byte == b.hint.end_byte);
    REQUIRE(a.text == b.text);
    REQUIRE(a.tags == b.tags);
    REQUIRE(a.colour == b.colour);
    REQUIRE(a.author == b.author);
    REQUIRE(a.created == b.created);
    REQUIRE(a.modified == b.modified);
}

} // namespace

TEST_CASE("notes survive a save and a load unchanged") {
    TempFolder dir;
    const std::string path = dir.file("article.txt.gloss.jsonld");
    gloss::NoteStore store;
    REQUIRE(store.load(path).ok); // missing file: a new, empty store
    REQUIRE(store.notes().empty());
    store.add(sample_note("ahead of schedule", "Says who? Line one.\nLine two \xE2\x80\x94 \"quoted\"."));
    store.add(sample_note("new terminal", ""));
    REQUIRE(store.save().ok);

    gloss::NoteStore again;
    REQUIRE(again.load(path).ok);
    REQUIRE(again.notes().size() == 2);
    for (std::size_t i = 0; i < 2; ++i) require_same(store.notes()[i], again.notes()[i]);
}

TEST_CASE("members Gloss does not interpret survive a load and a save") {
    nlohmann::json doc = nlohmann::json::parse(gloss::sidecar_serialize({sample_note("new terminal", "text")}, "doc.txt"));
    nlohmann::json& item = doc["first"]["items"][0];
    item["rights"] = "https://creativecommons.org/licenses/by/4.0/";
    item["other:reviewed"] = nlohmann::json{{"by", "editor"}, {"ok", true}};
    item["body"].push_back({{"type", "SpecificResource"}, {"purpose", "linking"}, {"source", "https://example.org/table"}});
    item["target"]["selector"].push_back({{"type", "RangeSelector"}, {"startSelector", {{"type", "XPathSelector"}, {"value", "/p[2]"}}}});

    const gloss::SidecarParse first = gloss::sidecar_parse(doc.dump());
    REQUIRE(first.status.ok);
    REQUIRE(first.notes.size() == 1);
    REQUIRE(first.notes[0].text == "text");
    const nlohmann::json again = nlohmann::json::parse(gloss::sidecar_serialize(first.notes, "doc.txt"));
    const nlohmann::json& back = again["first"]["items"][0];
    CHECK(back["rights"] == item["rights"]);
    CHECK(back["other:reviewed"] == item["other:reviewed"]);
    CHECK(std::count(back["body"].begin(), back["body"].end(), item["body"].back()) == 1);
    CHECK(std::count(back["target"]["selector"].begin(), back["target"]["selector"].end(),
                     item["target"]["selector"].back()) == 1);
    const gloss::SidecarParse second = gloss::sidecar_parse(again.dump());
    REQUIRE(second.status.ok);
    require_same(first.notes[0], second.notes[0]);
    CHECK(second.notes[0].kept_json == first.notes[0].kept_json);
}

TEST_CASE("the sidecar is W3C Web Annotation JSON-LD with a format version") {
    const std::string s = gloss::sidecar_serialize({sample_note("new terminal", "text")}, "article.txt");
    const auto j = nlohmann::json::parse(s);
    REQUIRE(j["@context"][0] == "http://www.w3.org/ns/anno.jsonld");
    REQUIRE(j["type"] == "AnnotationCollection");
    REQUIRE(j["gloss:formatVersion"] == gloss::kSidecarFormatVersion);
    const auto& a = j["first"]["items"][0];
    REQUIRE(a["type"] == "Annotation");
    REQUIRE(a["target"]["source"] == "article.txt");
    REQUIRE(a["target"]["selector"][0]["type"] == "TextQuoteSelector");
    REQUIRE(a["target"]["selector"][0]["exact"] == "new terminal");
    REQUIRE(a["target"]["selector"][1]["type"] == "TextPositionSelector");
    REQUIRE(a["body"][0]["purpose"] == "commenting");
    REQUIRE(a["body"][1]["purpose"] == "tagging");
}

TEST_CASE("saving keeps the previous version as .bak and leaves no temporary files") {
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld");
    gloss::NoteStore store;
    store.open_new(path);
    store.add(sample_note("new terminal", "first"));
    REQUIRE(store.save().ok);
    const std::string first = read_bytes(path);
    store.add(sample_note("ahead of schedule", "second"));
    REQUIRE(store.save().ok);
    REQUIRE(read_bytes(path + ".bak") == first);
    REQUIRE(read_bytes(path) != first);
    int files = 0;
    if (DIR* d = ::opendir(dir.path().c_str())) {
        while (dirent* e = ::readdir(d)) files += e->d_name[0] != '.';
        ::closedir(d);
    }
    REQUIRE(files == 2);
}

TEST_CASE("add, update and remove edit notes by id") {
    gloss::NoteStore store;
    store.open_new("unused.gloss.jsonld");
    const std::string id = store.add(sample_note("new terminal", "draft"));
    gloss::Note edited = *store.find(id);
    edited.text = "final";
    edited.modified = "2000-01-01T00:00:00Z";
    REQUIRE(store.update(edited));
    REQUIRE(store.find(id)->text == "final");
    REQUIRE(store.find(id)->modified != "2000-01-01T00:00:00Z");
    REQUIRE(store.dirty());
    REQUIRE(store.remove(id));
    REQUIRE_FALSE(store.remove(id));
    REQUIRE_FALSE(store.update(edited));
    REQUIRE(store.notes().empty());
}

TEST_CASE("a corrupt or unreadable sidecar is an error, and the file stays byte-identical after a save attempt") {
    const std::string good = gloss::sidecar_serialize({sample_note("new terminal", "text")}, "doc.txt");
    nlohmann::json newer = nlohmann::json::parse(good);
    newer["gloss:formatVersion"] = gloss::kSidecarFormatVersion + 1;
    nlohmann::json wrong_exact = nlohmann::json::parse(good);
    wrong_exact["first"]["items"][0]["target"]["selector"][0]["exact"] = 42;
    nlohmann::json wrong_items = nlohmann::json::parse(good);
    wrong_items["first"]["items"] = "none";
    nlohmann::json wrong_tag = nlohmann::json::parse(good);
    wrong_tag["first"]["items"][0]["body"] = nlohmann::json::array({{{"purpose", "tagging"}, {"value", true}}});
    nlohmann::json no_version = nlohmann::json::parse(good);
    no_version.erase("gloss:formatVersion");
    const std::string deep = "{\"gloss:formatVersion\": 1, \"x\": " + std::string(100000, '[') + std::string(100000, ']') + "}";

    using Row = std::tuple<std::string, std::string, gloss::SidecarError>;
    const auto row = GENERATE_COPY(table<std::string, std::string, gloss::SidecarError>({
        Row{"truncated", good.substr(0, good.size() / 2), gloss::SidecarError::Corrupt},
        Row{"empty", "", gloss::SidecarError::Corrupt},
        Row{"not JSON", "notes: yes\n", gloss::SidecarError::Corrupt},
        Row{"newer version", newer.dump(), gloss::SidecarError::NewerVersion},
        Row{"quote of the wrong type", wrong_exact.dump(), gloss::SidecarError::Corrupt},
        Row{"items of the wrong type", wrong_items.dump(), gloss::SidecarError::Corrupt},
        Row{"tag of the wrong type", wrong_tag.dump(), gloss::SidecarError::Corrupt},
        Row{"no format version", no_version.dump(), gloss::SidecarError::Corrupt},
        Row{"top level array", "[1, 2, 3]", gloss::SidecarError::Corrupt},
        Row{"deeply nested", deep, gloss::SidecarError::TooDeep},
    }));
    INFO(std::get<0>(row));
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld");
    write_bytes(path, std::get<1>(row));
    gloss::NoteStore store;
    const gloss::SidecarStatus st = store.load(path);
    REQUIRE_FALSE(st.ok);
    REQUIRE(st.error == std::get<2>(row));
    REQUIRE(st.message.find(path) != std::string::npos);
    REQUIRE(st.message.find("untouched") != std::string::npos);
    REQUIRE(store.read_only());
    store.add(sample_note("new terminal", "a note that must not replace the file"));
    const gloss::SidecarStatus saved = store.save();
    REQUIRE_FALSE(saved.ok);
    REQUIRE(saved.error == gloss::SidecarError::ReadOnly);
    REQUIRE(read_bytes(path) == std::get<1>(row));
}

TEST_CASE("a 100 MB sidecar is refused without being read, and left as it was") {
    TempFolder dir;
    const std::string path = dir.file("big.txt.gloss.jsonld");
    {
        std::FILE* f = std::fopen(path.c_str(), "wb");
        REQUIRE(f);
        std::fputs("{\"gloss:formatVersion\": 1, \"pad\": \"", f);
        REQUIRE(::ftruncate(::fileno(f), 100L * 1024 * 1024) == 0); // sparse: fast to make
        std::fclose(f);
    }
    gloss::NoteStore store;
    const gloss::SidecarStatus st = store.load(path);
    REQUIRE(st.error == gloss::SidecarError::TooBig);
    REQUIRE(store.save().error == gloss::SidecarError::ReadOnly);
    struct stat sb{};
    REQUIRE(::stat(path.c_str(), &sb) == 0);
    REQUIRE(sb.st_size == 100L * 1024 * 1024);
}

TEST_CASE("sidecar_parse refuses text above the size limit") {
    const std::string huge(gloss::kSidecarMaxBytes + 1, ' ');
    REQUIRE(gloss::sidecar_parse(huge).status.error == gloss::SidecarError::TooBig);
}

TEST_CASE("two notes with one id are refused as corrupt") {
    gloss::Note n = sample_note("new terminal", "x");
    const std::string twice = gloss::sidecar_serialize({n, n}, "doc.txt");
    const gloss::SidecarParse p = gloss::sidecar_parse(twice);
    REQUIRE(p.status.error == gloss::SidecarError::Corrupt);
    REQUIRE(p.status.message.find("twice") != std::string::npos);
}

TEST_CASE("the default sidecar sits beside the document") {
    REQUIRE(gloss::sidecar_path_for("texts/article.txt") == "texts/article.txt.gloss.jsonld");
}

TEST_CASE("randomly damaged sidecar text is either read or refused, never a crash or an exception") {
    std::vector<gloss::Note> notes{sample_note("new terminal", "first"), sample_note("ahead of schedule", "second")};
    const std::string good = gloss::sidecar_serialize(notes, "doc.txt");
    std::mt19937 rng(424242);
    const char junk[] = "{}[]\",:0123456789truefalsenull\\ \n\x80\xC3\xFF";
    int refused = 0;
    for (int round = 0; round < 1500; ++round) {
        std::string damaged = good;
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = rng() % damaged.size();
            switch (rng() % 3) {
            case 0: damaged[at] = junk[rng() % (sizeof junk - 1)]; break;
            case 1: damaged.erase(at, 1 + rng() % 8); break;
            default: damaged.insert(at, 1, junk[rng() % (sizeof junk - 1)]); break;
            }
            if (damaged.empty()) damaged = "{";
        }
        gloss::SidecarParse p;
        REQUIRE_NOTHROW(p = gloss::sidecar_parse(damaged));
        if (!p.status.ok) {
            ++refused;
            REQUIRE(p.notes.empty());
            REQUIRE_FALSE(p.status.message.empty());
        } else {
            for (const gloss::Note& n : p.notes) REQUIRE_FALSE(n.quote.exact.empty());
        }
        REQUIRE_NOTHROW(gloss::hypothesis_import(damaged));
    }
    REQUIRE(refused > 0);
}
