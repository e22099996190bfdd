// Gloss — a reader's own notes: the note model, the sidecar store, re-anchoring.
//
// Index of this file:
// [SECTION] Note
// [SECTION] Creating notes
// [SECTION] Placing notes on a (possibly changed) text
// [SECTION] NoteStore: the sidecar file
//
// A note is what a person wrote about a passage: its text, tags, colour and
// author, and where it belongs, as W3C Web Annotation selectors (the exact
// quote with 32 characters of prefix and suffix, plus a position hint). The
// sidecar file (NAME.txt.gloss.jsonld) holds only notes, never the computed
// annotations. Placing a note never drops it: a note that cannot be found is
// an orphan, kept in the file, and re-attaches when its text comes back.
// The file format, the anchoring algorithm and every error message are in
// docs/notes-and-anchoring.md. No ImGui here.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gloss/annotation.hpp"

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Note
//-----------------------------------------------------------------------------

// W3C TextQuoteSelector: the quoted text and its surroundings, as UTF-8.
struct QuoteSelector {
    std::string exact;   // the annotated text itself (never empty in a valid note)
    std::string prefix;  // up to 32 code points just before `exact` ("" at the start of the text)
    std::string suffix;  // up to 32 code points just after `exact` ("" at the end of the text)
};

// Where the quote was when the note was last placed: a hint, not a promise.
// W3C TextPositionSelector counts code points; Gloss also keeps UTF-8 bytes.
struct PositionHint {
    bool          has_codepoints = false; // start_cp/end_cp are meaningful
    std::uint32_t start_cp = 0;           // code point offset of the quote's first character
    std::uint32_t end_cp = 0;             // code point offset one past its last character
    bool          has_bytes = false;      // start_byte/end_byte are meaningful
    std::uint32_t start_byte = 0;         // UTF-8 byte offset of the quote's start
    std::uint32_t end_byte = 0;           // UTF-8 byte offset one past its end
};

// One note, exactly as the sidecar stores it.
struct Note {
    std::string              id;        // stable, unique in its store: "urn:uuid:…" (imported ids are kept)
    QuoteSelector            quote;     // where it belongs, by content
    PositionHint             hint;      // where it belongs, by position
    std::string              text;      // what the person wrote (may be empty: a bare highlight)
    std::vector<std::string> tags;      // free-form tags, in the order given
    std::string              colour;    // CSS-style "#rrggbb", or "" for the default colour
    std::string              author;    // display name, or "" when unknown
    std::string              created;   // ISO 8601 UTC, "2026-11-28T23:10:00Z"
    std::string              modified;  // ISO 8601 UTC; equals `created` until the note changes
    std::string              kept_json; // members of the stored annotation Gloss does not interpret
                                        // (other tools', newer fields, other body items, other
                                        // selectors), as a JSON object; written back unchanged
};

//-----------------------------------------------------------------------------
// [SECTION] Creating notes
//-----------------------------------------------------------------------------

// Number of code points kept before and after the quote.
constexpr std::size_t kNoteContextCodepoints = 32;

// Result of note_create(): a note, or why none could be made.
struct NoteCreateResult {
    bool        ok = false;
    Note        note;    // when ok: selectors, hint, id and timestamps filled in
    std::string error;   // when !ok: "the range is empty", "the range splits a UTF-8 character", ...
};

// Make a note on document[range) with the given text: builds the quote
// selector (exact + 32-code-point prefix/suffix), the position hint in code
// points and bytes, a fresh id, and created == modified == now (UTC).
// The range must be non-empty, inside the document and on UTF-8 boundaries.
NoteCreateResult note_create(std::string_view document, ByteRange range, std::string text);

// A fresh "urn:uuid:…" (random version 4 UUID).
std::string note_new_id();

// Current UTC time as ISO 8601 with seconds: "2026-11-28T23:10:00Z".
std::string note_timestamp_now();

//-----------------------------------------------------------------------------
// [SECTION] Placing notes on a (possibly changed) text
//-----------------------------------------------------------------------------

// How a note was placed on the current text.
enum class NoteMatch : std::uint8_t {
    Exact,   // the quote was found unchanged (after normalisation)
    Fuzzy,   // the quote was found with `errors` edits (at most about a quarter of its length)
    Orphan,  // the quote is not in the text: the note is kept and listed, but not placed
};

// "exact" | "fuzzy" | "orphan".
const char* note_match_name(NoteMatch how);

// Where one note landed.
struct NotePlacement {
    ByteRange     range;      // bytes of the current text the note covers (empty for orphans)
    NoteMatch     how = NoteMatch::Orphan;
    std::uint32_t errors = 0; // edit distance between the stored quote and the placed text (normalised)
    double        score = 0;  // confidence in [0, 1] (quote, context and position combined); 0 for orphans
};

// Place every note on `text`. Returns one placement per note, same order;
// nothing is ever dropped. The text is normalised once for all notes.
std::vector<NotePlacement> notes_resolve(const std::vector<Note>& notes, std::string_view text);

// Place one note (normalises the text for this call only; prefer notes_resolve for many).
NotePlacement note_resolve(const Note& note, std::string_view text);

// Refresh a placed note's selectors and hint from the current text, so the
// next lookup starts from here (orphans are left as they are). Keeps id,
// body and timestamps. Returns true when anything changed.
bool note_reanchor(Note* note, std::string_view text, const NotePlacement& placement);

// Make the notes' annotations for the overlay: one Annotation of kind Note per
// note (orphans included, with note.orphan = true and an empty range).
std::vector<Annotation> notes_to_annotations(const std::vector<Note>& notes,
                                             const std::vector<NotePlacement>& placements);

//-----------------------------------------------------------------------------
// [SECTION] NoteStore: the sidecar file
//-----------------------------------------------------------------------------

// Why a sidecar could not be read or written.
enum class SidecarError : std::uint8_t {
    None,          // no error
    Io,            // the file exists but cannot be read, or the save failed (disk full, permissions, ...)
    Corrupt,       // not valid JSON, truncated, or not the structure Gloss writes (wrong types, missing fields)
    NewerVersion,  // written by a newer Gloss (format version above kSidecarFormatVersion)
    TooBig,        // larger than kSidecarMaxBytes
    TooDeep,       // JSON nested deeper than kSidecarMaxDepth
    ReadOnly,      // save refused: the file on disk could not be read at load and is never overwritten,
                   // or the file is read-only (no write permission bit)
    Conflict,      // save refused: another program changed the file since it was loaded and it cannot
                   // be merged (it no longer reads), or another save held the lock for too long
};

// "io" | "corrupt" | "newer_version" | "too_big" | "too_deep" | "read_only" | "conflict" | "none".
const char* sidecar_error_name(SidecarError e);

constexpr int         kSidecarFormatVersion = 1;            // "gloss:formatVersion" written by this build
constexpr std::size_t kSidecarMaxBytes = 64u * 1024u * 1024u; // larger sidecars are refused (64 MiB)
constexpr int         kSidecarMaxDepth = 32;                // deeper JSON nesting is refused

// Outcome of NoteStore::load / save.
struct SidecarStatus {
    bool         ok = true;
    SidecarError error = SidecarError::None;
    std::string  message;   // one line for a person: what is wrong, with which file, and that it was left untouched
};

// "NAME.txt" -> "NAME.txt.gloss.jsonld" (the default sidecar beside a document).
std::string sidecar_path_for(std::string_view document_path);

// Serialise notes to the sidecar's JSON-LD text (pretty-printed, ends with "\n").
// `document_name` (may be "") becomes the target source of every note.
// `kept_json` is SidecarParse::kept_json: members of the collection and of its
// page that Gloss does not interpret, written back unchanged.
std::string sidecar_serialize(const std::vector<Note>& notes, std::string_view document_name,
                              std::string_view kept_json = {});

// Parse sidecar text. On error `status` says why and `notes` is left empty.
struct SidecarParse {
    SidecarStatus     status;
    std::vector<Note> notes;
    std::string       kept_json;  // {"collection": {...}, "page": {...}}: unknown members, or ""
};
SidecarParse sidecar_parse(std::string_view json_text);

// The notes of one document, backed by one sidecar file.
// Not thread-safe: use from one thread (the overlay's UI thread).
class NoteStore {
public:
    NoteStore() = default;

    // Read `path`. A missing file is not an error (an empty store that
    // save() will create). On error the store is empty and read-only: save()
    // refuses, so the unreadable file is never overwritten.
    // A save stopped before its rename leaves PATH.tmp.XXXXXX: when the
    // newest such file is newer than `path` and reads completely, its notes
    // are loaded instead, the store is dirty, recovered_from() names the file
    // and the status (still ok) has a message saying so; the next save()
    // writes them to `path` and deletes that file.
    SidecarStatus load(const std::string& path);

    // Use `path` for an empty new store (nothing is read or written now).
    void open_new(const std::string& path);

    // Write all notes atomically: a temporary file in the same folder,
    // fsync, the previous version hard-linked (or copied) to PATH.bak, rename
    // over PATH, fsync the folder. The file is always either the old or the
    // new version, never a mix. Refused (ReadOnly) after a failed load and
    // when the file is read-only (no write permission bit).
    //
    // Two writers (the reader and the CLI, two readers) never lose each
    // other's notes: the save holds an advisory lock (flock on the folder)
    // from its check to its rename; when the file changed since this store
    // loaded or last saved it (size, time, inode, then content hash), the
    // file's notes are merged with this store's changes by id (notes added,
    // edited or removed here win for those notes; notes added or edited there
    // are kept; a note edited on one side and removed on the other is kept)
    // and the status (ok) says so. A changed file that no longer reads is not
    // overwritten (Conflict). Afterwards, temporary files of earlier saves that
    // are older than the sidecar and not locked by a live writer are deleted.
    SidecarStatus save();

    // Editing (in memory until save()). add() assigns an id when note.id is
    // empty and returns the id; update() replaces the note with the same id
    // and sets `modified` (false when no such id); remove() returns false
    // when no such id.
    std::string add(Note note);
    bool        update(const Note& note);
    bool        remove(const std::string& id);

    const std::vector<Note>& notes() const { return notes_; }
    const Note*              find(const std::string& id) const;
    const std::string&       path() const { return path_; }
    bool                     read_only() const { return read_only_; }
    bool                     dirty() const { return dirty_; }
    const std::string&       recovered_from() const { return recovered_from_; }  // "" unless load() recovered

    // Name written as every note's target source ("" = the sidecar's name minus ".gloss.jsonld").
    void set_document_name(std::string name) { document_name_ = std::move(name); }

    // What the store last read or wrote, to tell whether someone else saved since.
    struct FileStamp {
        bool          exists = false;
        std::uint64_t size = 0, inode = 0, hash = 0;
        std::int64_t  mtime_ns = 0;
    };

private:
    SidecarStatus load_sidecar(const std::string& path);
    SidecarStatus recover_unfinished_save(const SidecarStatus& loaded);
    SidecarStatus save_locked();

    std::string       path_;
    std::vector<Note> base_;       // the notes as last read or written (the merge's common ancestor)
    std::string       kept_json_;  // unknown collection and page members, written back
    FileStamp         stamp_;
    std::string       recovered_from_;
    std::string       document_name_;
    std::vector<Note> notes_;
    bool              read_only_ = false;
    bool              dirty_ = false;
};

} // namespace gloss
