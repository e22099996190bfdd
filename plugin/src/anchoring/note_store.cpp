// Gloss — NoteStore: one document's notes, loaded from and saved to its
// sidecar file. Saving is atomic (temporary file, fsync, hard-linked .bak,
// rename, fsync of the folder); a file that could not be read is never
// overwritten; notes a save did not finish renaming are recovered.
//
// Index of this file:
// [SECTION] File helpers (POSIX)
// [SECTION] Names and paths
// [SECTION] Loading and saving
// [SECTION] Editing
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
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
std::string write_temporary(const std::string& path, const std::string& bytes, std::string* error) {
    std::string name = path + ".tmp.XXXXXX";
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        *error = "cannot create a temporary file beside it: " + errno_text();
        return {};
    }
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
    const bool ok = ::fchmod(fd, mode) == 0 && write_all(fd, bytes) && ::fsync(fd) == 0;
    const int e = errno;
    ::close(fd);
    if (!ok) {
        ::unlink(name.c_str());
        *error = std::string("cannot write the temporary file: ") + std::strerror(e);
        return {};
    }
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

} // namespace

// Modification time of `st` in nanoseconds.
std::int64_t mtime_ns(const struct stat& st) {
    return static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

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
    read_only_ = false;
    dirty_ = false;
    recovered_from_.clear();
}

SidecarStatus NoteStore::load(const std::string& path) {
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
    return {};
}

SidecarStatus NoteStore::save() {
    if (path_.empty()) return failure(SidecarError::Io, "notes: no file to save to");
    if (read_only_)
        return failure(SidecarError::ReadOnly, "notes file " + path_ +
                                                   ": not saved, because the file on disk could not be read and is "
                                                   "kept as it is; move it aside to start a new notes file");
    std::string name = document_name_;
    if (name.empty()) {
        name = base_name(path_);
        const std::string suffix = kSidecarSuffix;
        if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            name.resize(name.size() - suffix.size());
    }
    const std::string bytes = sidecar_serialize(notes_, name);
    std::string error;
    const std::string tmp = write_temporary(path_, bytes, &error);
    if (tmp.empty()) return failure(SidecarError::Io, "notes file " + path_ + ": not saved, " + error);
    keep_backup(path_);
    if (::rename(tmp.c_str(), path_.c_str()) != 0) {
        const std::string why = errno_text();
        ::unlink(tmp.c_str());
        return failure(SidecarError::Io, "notes file " + path_ + ": not saved, cannot replace it (" + why + ")");
    }
    fsync_folder(path_);
    dirty_ = false;
    if (!recovered_from_.empty()) {  // its notes are in the sidecar now
        ::unlink(recovered_from_.c_str());
        recovered_from_.clear();
    }
    return {};
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
