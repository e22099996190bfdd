// Crash safety: a writer killed (SIGKILL) at random points while saving never
// leaves a mixed or broken sidecar, and never loses a note it reported saved.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <string>

#include "gloss/notes.hpp"
#include "temp_folder.hpp"

namespace {

std::string note_text(std::size_t i) {
    // Long enough that a save takes several write() calls' worth of bytes.
    return "note " + std::to_string(i) + ": " + std::string(300, static_cast<char>('a' + i % 26));
}

// The writer: load, then add one note and save, again and again, reporting
// each completed save on `ack_fd`. Never returns.
[[noreturn]] void run_writer(const std::string& path, int ack_fd) {
    gloss::NoteStore store;
    if (!store.load(path).ok) ::_exit(3);
    std::size_t count = store.notes().size();
    for (;;) {
        ++count;
        gloss::Note n;
        n.id = "note-" + std::to_string(count);
        n.quote.exact = "quote " + std::to_string(count);
        n.text = note_text(count);
        store.add(n);
        if (!store.save().ok) ::_exit(4);
        const std::uint32_t done = static_cast<std::uint32_t>(count);
        if (::write(ack_fd, &done, sizeof done) != sizeof done) ::_exit(5);
    }
}

} // namespace

TEST_CASE("a writer killed mid-save leaves the old or the new sidecar, never a mix, and loses no saved note") {
    TempFolder dir;
    const std::string path = dir.file("doc.txt.gloss.jsonld");
    std::mt19937 rng(20261128);
    std::uint32_t acknowledged = 0;
    for (int round = 0; round < 50; ++round) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(fds[0]);
            run_writer(path, fds[1]);
        }
        ::close(fds[1]);
        // Let one save complete (so every round makes progress), then kill at
        // a random point within about the next two saves.
        const auto t0 = std::chrono::steady_clock::now();
        std::uint32_t done = 0;
        REQUIRE(::read(fds[0], &done, sizeof done) == sizeof done);
        acknowledged = std::max(acknowledged, done);
        const auto one_save = std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now() - t0).count();
        ::usleep(static_cast<useconds_t>(rng() % static_cast<std::uint32_t>(2 * one_save + 1)));
        REQUIRE(::kill(pid, SIGKILL) == 0);
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        REQUIRE(WIFSIGNALED(status)); // killed while still writing, not failed on its own
        while (::read(fds[0], &done, sizeof done) == sizeof done) acknowledged = std::max(acknowledged, done);
        ::close(fds[0]);

        INFO("round " << round << ", saves acknowledged " << acknowledged);
        gloss::NoteStore check;
        const gloss::SidecarStatus st = check.load(path);
        REQUIRE(st.ok);
        const std::size_t n = check.notes().size();
        // The save in flight may or may not have landed; every acknowledged one has.
        REQUIRE(n >= acknowledged);
        REQUIRE(n <= acknowledged + 1);
        for (std::size_t i = 0; i < n; ++i) {
            REQUIRE(check.notes()[i].id == "note-" + std::to_string(i + 1));
            REQUIRE(check.notes()[i].text == note_text(i + 1));
        }
        acknowledged = static_cast<std::uint32_t>(n);
        // The backup, when there is one, is a whole earlier version too.
        const std::string bak = read_bytes(path + ".bak");
        if (!bak.empty()) REQUIRE(gloss::sidecar_parse(bak).status.ok);
    }
    REQUIRE(acknowledged > 0);
}
