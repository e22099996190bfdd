// Gloss export — the sidecar's notes as an export takes them. See gloss/classroom.hpp.
#include "gloss/classroom.hpp"

#include <cctype>

namespace gloss {

bool classroom_note_is_private(const ClassroomNote& note) {
    for (const std::string& t : note.tags) {
        std::string lower;
        for (const char c : t)
            if (c != ' ' && c != '#') lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower == "private") return true;
    }
    return false;
}

std::vector<ClassroomNote> classroom_notes(const std::vector<Note>& notes, std::string_view text) {
    const std::vector<NotePlacement> placed = notes_resolve(notes, text);
    std::vector<ClassroomNote> out;
    out.reserve(notes.size());
    for (std::size_t k = 0; k < notes.size(); ++k) {
        ClassroomNote c;
        c.id = notes[k].id;
        c.text = notes[k].text;
        c.tags = notes[k].tags;
        c.author = notes[k].author;
        c.orphan = placed[k].how == NoteMatch::Orphan;
        c.range = c.orphan ? ByteRange{} : placed[k].range;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace gloss
