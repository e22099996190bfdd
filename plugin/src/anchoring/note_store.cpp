// Gloss — NoteStore: one document's notes, loaded from and saved to its
// sidecar file. Saving is atomic (temporary file, fsync, hard-linked .bak,
// rename, fsync of the folder); a file that could not be read is never
// overwritten; notes a save did not finish renaming are recovered; two
// writers are serialised by a lock on the folder and merge each other's
// notes by id instead of replacing them.
//
// Index of this file:
// [SECTION] File helpers (POSIX)
// [SECTION] Locks and stamps
// [SECTION] Merging two writers' notes
// [SECTION] Names and paths
// [SECTION] Loading and saving
// [SECTION] Editing
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "gloss/notes.hpp"

namespace gloss {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] File helpers (POSIX)
//-----------------------------------------------------------------------------

constexpr const char* kSidecarSuffix = ".gloss.jsonld";

SidecarStatus failure(SidecarError e, std::string message) {
    SidecarStatus s;
    s.ok = false;
    s.error = e;
    s.message = std::move(message);
    return s;
}

std::string errno_text() { return std::strerror(errno); }

std::string folder_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

std::string base_name(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool write_all(int fd, const std::string& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// Read a whole file; false with errno set on failure.
bool read_file(const std::string& path, std::string* out) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    out->clear();
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int e = errno;
            ::close(fd);
            errno = e;
            return false;
        }
        if (n == 0) break;
        out->append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return true;
}

// Write `bytes` to a new file beside `path` and fsync it; returns its name or "".
// With `locked_fd`, the file stays open and locked (flock) until the caller
// closes *locked_fd: a live writer's temporary file is never taken for the
// leftover of a save that did not finish.
std::string write_temporary(const std::string& path, const std::string& bytes, std::string* error, int* locked_fd = nullptr) {
    std::string name = path + ".tmp.XXXXXX";
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        *error = "cannot create a temporary file beside it: " + errno_text();
        return {};
    }
    if (locked_fd) ::flock(fd, LOCK_EX | LOCK_NB);  // just made: nobody else holds it
    // mkstemp makes the file private (0600); give it the mode the file it
    // replaces has, or the usual one for a new file (0666 less the umask).
    struct stat st{};
    mode_t mode;
    if (::stat(path.c_str(), &st) == 0) {
        mode = st.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    const bool ok = ::fchmod(fd, mode | S_IWUSR) == 0 && write_all(fd, bytes) && ::fsync(fd) == 0;
    const int e = errno;
    if (!ok) {
        ::unlink(name.c_str());
        ::close(fd);
        *error = std::string("cannot write the temporary file: ") + std::strerror(e) +
                 (e == ENOSPC ? " (free some space on that disk and save again)" : "");
        return {};
    }
    if (locked_fd) *locked_fd = fd;
    else ::close(fd);
    return name;
}

void fsync_folder(const std::string& path) {
    const int fd = ::open(folder_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// Keep the current file as PATH.bak: a hard link to the same bytes (no copy,
// and PATH itself is never absent), or a copy where links are not possible.
void keep_backup(const std::string& path) {
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0) return; // nothing to keep yet
    const std::string bak = path + ".bak";
    const std::string bak_tmp = bak + ".tmp";
    ::unlink(bak_tmp.c_str());
    if (::link(path.c_str(), bak_tmp.c_str()) != 0) {
        std::string bytes, err;
        if (!read_file(path, &bytes)) return;
        const std::string tmp = write_temporary(bak, bytes, &err);
        if (tmp.empty()) return;
        if (::rename(tmp.c_str(), bak.c_str()) != 0) ::unlink(tmp.c_str());
        return;
    }
    if (::rename(bak_tmp.c_str(), bak.c_str()) != 0) ::unlink(bak_tmp.c_str());
}

//-----------------------------------------------------------------------------
// [SECTION] Locks and stamps
//-----------------------------------------------------------------------------

// An advisory lock (flock) on the sidecar's folder, held from a save's check
// of the file to its rename, and while a load looks at unfinished saves. The
// folder, not a lock file beside the sidecar: nothing more to leave behind.
// Saves take milliseconds; one that waits longer than kLockWaitMs gives up.
constexpr int kLockWaitMs = 5000;

class FolderLock {
public:
    FolderLock(const std::string& path, int how) {
        fd_ = ::open(folder_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd_ < 0) { error_ = errno_text(); return; }
        for (int waited = 0;; waited += 5) {
            if (::flock(fd_, how | LOCK_NB) == 0) { held_ = true; return; }
            if (errno != EWOULDBLOCK && errno != EINTR) { error_ = errno_text(); return; }
            if (waited >= kLockWaitMs) {
                contended_ = true;
                error_ = "another program kept it locked for 5 seconds";
                return;
            }
            const struct timespec pause{0, 5 * 1000 * 1000};
            ::nanosleep(&pause, nullptr);
        }
    }
    ~FolderLock() { if (fd_ >= 0) ::close(fd_); }  // closing releases the lock
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;
    bool held() const { return held_; }
    bool contended() const { return contended_; }  // someone else holds it (not: the folder cannot be opened)
    const std::string& error() const { return error_; }

private:
    int         fd_ = -1;
    bool        held_ = false, contended_ = false;
    std::string error_;
};

// Whether another process holds a lock on `file` (a live writer's temporary file).
bool locked_by_someone(const std::string& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    const bool locked = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return locked;
}

std::uint64_t content_hash(const std::string& bytes) {  // FNV-1a, 64 bits
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    return h;
}

std::int64_t stat_mtime_ns(const struct stat& st) {
    return static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

NoteStore::FileStamp stamp_of(const struct stat& st, const std::string& bytes) {
    NoteStore::FileStamp s;
    s.exists = true;
    s.size = static_cast<std::uint64_t>(st.st_size);
    s.inode = static_cast<std::uint64_t>(st.st_ino);
    s.mtime_ns = stat_mtime_ns(st);
    s.hash = content_hash(bytes);
    return s;
}

//-----------------------------------------------------------------------------
// [SECTION] Merging two writers' notes
//-----------------------------------------------------------------------------

bool same_note(const Note& a, const Note& b) {
    return a.id == b.id && a.quote.exact == b.quote.exact && a.quote.prefix == b.quote.prefix &&
           a.quote.suffix == b.quote.suffix && a.hint.has_codepoints == b.hint.has_codepoints &&
           a.hint.start_cp == b.hint.start_cp && a.hint.end_cp == b.hint.end_cp && a.hint.has_bytes == b.hint.has_bytes &&
           a.hint.start_byte == b.hint.start_byte && a.hint.end_byte == b.hint.end_byte && a.text == b.text &&
           a.tags == b.tags && a.colour == b.colour && a.author == b.author && a.created == b.created &&
           a.modified == b.modified && a.kept_json == b.kept_json;
}

const Note* by_id(const std::vector<Note>& notes, const std::string& id) {
    for (const Note& n : notes)
        if (n.id == id) return &n;
    return nullptr;
}

// Three-way merge by id: `base` is what this store last read or wrote, `ours`
// what it holds now, `theirs` what another writer saved since. Every note
// either side added is kept; a note one side changed takes that side's
// version (both changed: the later `modified`, ours on a tie); a note one side
// removed is removed only when the other side left it as it was.
std::vector<Note> merge_notes(const std::vector<Note>& base, const std::vector<Note>& ours, const std::vector<Note>& theirs) {
    std::vector<Note> out;
    out.reserve(ours.size() + theirs.size());
    for (const Note& t : theirs) {
        const Note* o = by_id(ours, t.id);
        const Note* b = by_id(base, t.id);
        if (!o) {
            // Not here: added there (keep), or removed here (drop only if they did not change it).
            if (!b || !same_note(*b, t)) out.push_back(t);
            continue;
        }
        const bool we_changed = !b || !same_note(*b, *o);
        const bool they_changed = !b || !same_note(*b, t);
        if (we_changed && they_changed) out.push_back(t.modified > o->modified ? t : *o);
        else out.push_back(we_changed ? *o : t);
    }
    for (const Note& o : ours) {
        if (by_id(theirs, o.id)) continue;
        const Note* b = by_id(base, o.id);
        // Added here (keep), or removed there: kept when changed here since.
        if (!b || !same_note(*b, o)) out.push_back(o);
    }
    return out;
}

} // namespace

// Modification time of `st` in nanoseconds.
std::int64_t mtime_ns(const struct stat& st) { return stat_mtime_ns(st); }

// The temporary files save() leaves beside `path` when it is stopped before
// its rename: "NAME.tmp.XXXXXX" (mkstemp's six characters), with their times.
std::vector<std::pair<std::string, std::int64_t>> unfinished_saves(const std::string& path) {
    std::vector<std::pair<std::string, std::int64_t>> out;
    const std::string folder = folder_of(path), prefix = base_name(path) + ".tmp.";
    DIR* dir = ::opendir(folder.c_str());
    if (!dir) return out;
    while (const dirent* e = ::readdir(dir)) {
        const std::string name = e->d_name;
        if (name.size() != prefix.size() + 6 || name.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string full = folder + "/" + name;
        struct stat st{};
        if (::stat(full.c_str(), &st) == 0 && S_ISREG(st.st_mode)) out.emplace_back(full, mtime_ns(st));
    }
    ::closedir(dir);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Names and paths
//-----------------------------------------------------------------------------

const char* sidecar_error_name(SidecarError e) {
    switch (e) {
    case SidecarError::None: return "none";
    case SidecarError::Io: return "io";
    case SidecarError::Corrupt: return "corrupt";
    case SidecarError::NewerVersion: return "newer_version";
    case SidecarError::TooBig: return "too_big";
    case SidecarError::TooDeep: return "too_deep";
    case SidecarError::ReadOnly: return "read_only";
    case SidecarError::Conflict: return "conflict";
    }
    return "none";
}

std::string sidecar_path_for(std::string_view document_path) {
    return std::string(document_path) + kSidecarSuffix;
}

//-----------------------------------------------------------------------------
// [SECTION] Loading and saving
//-----------------------------------------------------------------------------

void NoteStore::open_new(const std::string& path) {
    path_ = path;
    notes_.clear();
    base_.clear();
    kept_json_.clear();
    stamp_ = FileStamp{};
    read_only_ = false;
    dirty_ = false;
    recovered_from_.clear();
}

SidecarStatus NoteStore::load(const std::string& path) {
    // Shared with other loads, exclusive of saves: no save is halfway through
    // while the unfinished ones are looked at. Without the lock (a folder we
    // may not open), the live writer's own flock on its temporary file still
    // keeps it from being taken for an unfinished save.
    const FolderLock lock(path, LOCK_SH);
    SidecarStatus st = load_sidecar(path);
    if (st.ok) st = recover_unfinished_save(st);
    return st;
}

// A save stopped after writing its temporary file but before the rename
// leaves the newest notes there. The newest such file that is newer than the
// sidecar and reads completely replaces what the sidecar gave; files that do
// not read completely (a save stopped while writing them) are left alone.
SidecarStatus NoteStore::recover_unfinished_save(const SidecarStatus& loaded) {
    struct stat st{};
    const std::int64_t sidecar_time = ::stat(path_.c_str(), &st) == 0 ? mtime_ns(st) : -1;
    auto candidates = unfinished_saves(path_);
    std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [file, time] : candidates) {
        if (time <= sidecar_time) break;  // older than the sidecar: an earlier save went through after it
        if (locked_by_someone(file)) continue;  // a live writer's: never taken
        std::string bytes;
        if (::stat(file.c_str(), &st) != 0 || static_cast<std::uint64_t>(st.st_size) > kSidecarMaxBytes || !read_file(file, &bytes))
            continue;
        SidecarParse parsed = sidecar_parse(bytes);
        if (!parsed.status.ok) continue;
        notes_ = std::move(parsed.notes);
        dirty_ = true;
        recovered_from_ = file;
        SidecarStatus s = loaded;
        s.message = "notes file " + path_ + ": recovered " + std::to_string(notes_.size()) + " notes from " + file +
                    ", left by a save that did not finish; they are written to the notes file at the next save";
        return s;
    }
    return loaded;
}

SidecarStatus NoteStore::load_sidecar(const std::string& path) {
    open_new(path);
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) return {}; // a new store: save() creates the file
        read_only_ = true;
        return failure(SidecarError::Io, "notes file " + path + ": cannot be read (" + errno_text() +
                                             "); it was left untouched and will not be overwritten");
    }
    const char* untouched = "; it was left untouched and will not be overwritten";
    if (static_cast<std::uint64_t>(st.st_size) > kSidecarMaxBytes) {
        read_only_ = true;
        return failure(SidecarError::TooBig, "notes file " + path + ": it is larger than " +
                                                 std::to_string(kSidecarMaxBytes / (1024 * 1024)) + " MiB" +
                                                 untouched);
    }
    std::string bytes;
    if (!read_file(path, &bytes)) {
        read_only_ = true;
        return failure(SidecarError::Io, "notes file " + path + ": cannot be read (" + errno_text() + ")" + untouched);
    }
    SidecarParse parsed = sidecar_parse(bytes);
    if (!parsed.status.ok) {
        read_only_ = true;
        parsed.status.message = "notes file " + path + ": " + parsed.status.message + untouched;
        return parsed.status;
    }
    notes_ = std::move(parsed.notes);
    base_ = notes_;
    kept_json_ = std::move(parsed.kept_json);
    stamp_ = stamp_of(st, bytes);
    return {};
}

SidecarStatus NoteStore::save() {
    if (path_.empty()) return failure(SidecarError::Io, "notes: no file to save to");
    if (read_only_)
        return failure(SidecarError::ReadOnly, "notes file " + path_ +
                                                   ": not saved, because the file on disk could not be read and is "
                                                   "kept as it is; move it aside to start a new notes file");
    const FolderLock lock(path_, LOCK_EX);
    // A folder that cannot be opened or locked (some network file systems)
    // is saved to without the lock: the write below reports what is wrong.
    if (lock.contended())
        return failure(SidecarError::Conflict, "notes file " + path_ + ": not saved, cannot lock its folder (" +
                                                   lock.error() + "); your notes are kept in memory, save again");
    return save_locked();
}

SidecarStatus NoteStore::save_locked() {
    SidecarStatus done;
    struct stat st{};
    const bool exists = ::stat(path_.c_str(), &st) == 0;
    if (exists && (st.st_mode & 0222) == 0)
        return failure(SidecarError::ReadOnly, "notes file " + path_ +
                                                   ": not saved, the file is read-only; make it writable "
                                                   "(chmod u+w) to save, your notes are kept in memory until then");
    // Someone else saved since this store read or wrote the file: merge.
    const bool moved = exists != stamp_.exists ||
                       (exists && (static_cast<std::uint64_t>(st.st_size) != stamp_.size ||
                                   static_cast<std::uint64_t>(st.st_ino) != stamp_.inode ||
                                   stat_mtime_ns(st) != stamp_.mtime_ns));
    if (moved && exists) {
        std::string bytes;
        if (static_cast<std::uint64_t>(st.st_size) > kSidecarMaxBytes || !read_file(path_, &bytes))
            return failure(SidecarError::Conflict, "notes file " + path_ +
                                                       ": not saved, another program changed it since it was loaded "
                                                       "and it cannot be read now; your notes are kept in memory");
        if (!stamp_.exists || content_hash(bytes) != stamp_.hash) {
            SidecarParse theirs = sidecar_parse(bytes);
            if (!theirs.status.ok)
                return failure(SidecarError::Conflict, "notes file " + path_ +
                                                           ": not saved, another program changed it since it was "
                                                           "loaded and it no longer reads (" + theirs.status.message +
                                                           "); your notes are kept in memory, move that file aside "
                                                           "and save again");
            const std::size_t before = notes_.size();
            notes_ = merge_notes(base_, notes_, theirs.notes);
            if (!theirs.kept_json.empty()) kept_json_ = std::move(theirs.kept_json);
            done.message = "notes file " + path_ + ": another program saved it since it was loaded; its notes were "
                           "merged with these (" + std::to_string(before) + " here, " +
                           std::to_string(theirs.notes.size()) + " there, " + std::to_string(notes_.size()) +
                           " after the merge)";
        }
    }
    std::string name = document_name_;
    if (name.empty()) {
        name = base_name(path_);
        const std::string suffix = kSidecarSuffix;
        if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            name.resize(name.size() - suffix.size());
    }
    const std::string bytes = sidecar_serialize(notes_, name, kept_json_);
    std::string error;
    int tmp_fd = -1;
    const std::string tmp = write_temporary(path_, bytes, &error, &tmp_fd);
    if (tmp.empty()) return failure(SidecarError::Io, "notes file " + path_ + ": not saved, " + error);
    keep_backup(path_);
    if (::rename(tmp.c_str(), path_.c_str()) != 0) {
        const std::string why = errno_text();
        ::unlink(tmp.c_str());
        ::close(tmp_fd);
        return failure(SidecarError::Io, "notes file " + path_ + ": not saved, cannot replace it (" + why + ")");
    }
    ::close(tmp_fd);
    fsync_folder(path_);
    dirty_ = false;
    base_ = notes_;
    if (::stat(path_.c_str(), &st) == 0) stamp_ = stamp_of(st, bytes);
    if (!recovered_from_.empty()) {  // its notes are in the sidecar now
        ::unlink(recovered_from_.c_str());
        recovered_from_.clear();
    }
    // Leftovers of saves that did not finish, older than this one and not a
    // live writer's: their notes are either in the sidecar or were superseded.
    const std::int64_t now = stamp_.mtime_ns;
    for (const auto& [file, time] : unfinished_saves(path_))
        if (time <= now && !locked_by_someone(file)) ::unlink(file.c_str());
    return done;
}

//-----------------------------------------------------------------------------
// [SECTION] Editing
//-----------------------------------------------------------------------------

std::string NoteStore::add(Note note) {
    if (note.id.empty() || find(note.id)) note.id = note_new_id();
    if (note.created.empty()) note.created = note_timestamp_now();
    if (note.modified.empty()) note.modified = note.created;
    notes_.push_back(std::move(note));
    dirty_ = true;
    return notes_.back().id;
}

bool NoteStore::update(const Note& note) {
    for (Note& n : notes_) {
        if (n.id != note.id) continue;
        n = note;
        n.modified = note_timestamp_now();
        dirty_ = true;
        return true;
    }
    return false;
}

bool NoteStore::remove(const std::string& id) {
    const auto it = std::find_if(notes_.begin(), notes_.end(), [&](const Note& n) { return n.id == id; });
    if (it == notes_.end()) return false;
    notes_.erase(it);
    dirty_ = true;
    return true;
}

const Note* NoteStore::find(const std::string& id) const {
    for (const Note& n : notes_)
        if (n.id == id) return &n;
    return nullptr;
}

} // namespace gloss
