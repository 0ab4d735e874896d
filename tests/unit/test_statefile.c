/* Unit tests for lib/auth/statefile.c: the files in state_dir. A write
 * replaces the file whole (a reader holding the old one keeps it), with
 * the mode asked for and a later mtime; a lock is a flock(2) on a
 * root-owned 0600 file that no link leads to, given up after timeout
 * seconds; an age is that of a root-owned regular file only. Every
 * owner check needs root: those tests skip elsewhere (CI runs as root). */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "unit.h"

#include "k8s/statefile.h"
#include "k8s/util.h"

#define TOP_TEMPLATE "/tmp/k8s-login-test-statefile.XXXXXX"
static char top[sizeof(TOP_TEMPLATE)];

static int setup(void **state)
{
        (void)state;
        memcpy(top, TOP_TEMPLATE, sizeof(top));
        return mkdtemp(top) && chmod(top, 0755) == 0 ? 0 : -1;
}

static int teardown(void **state)
{
        char cmd[128];

        (void)state;
        snprintf(cmd, sizeof(cmd), "rm -rf '%s'", top);
        return system(cmd) == 0 ? 0 : -1;
}

/* top/name, in one of two static buffers taken in turn (so that
 * symlink(at(a), at(b)) works). */
static const char *at(const char *name)
{
        static char path[2][256];
        static int turn;

        turn = !turn;
        snprintf(path[turn], sizeof(path[turn]), "%s/%s", top, name);
        return path[turn];
}

static void put(const char *name, const char *text, mode_t mode)
{
        int fd = open(at(name), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);

        assert_true(fd >= 0);
        assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
        assert_int_equal(fchmod(fd, mode), 0);
        assert_int_equal(close(fd), 0);
}

/* The whole content of top/name, or "(missing)". */
static const char *content(const char *name)
{
        static char buf[256];
        int fd = open(at(name), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        ssize_t n;

        if (fd < 0)
                return "(missing)";
        n = read(fd, buf, sizeof(buf) - 1);
        close(fd);
        buf[n < 0 ? 0 : n] = '\0';
        return buf;
}

/* How many entries top holds (. and .. not counted): no temporary file
 * may be left behind. */
static int entries(void)
{
        DIR *d = opendir(top);
        struct dirent *e;
        int n = 0;

        assert_non_null(d);
        while ((e = readdir(d)))
                if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
                        n++;
        closedir(d);
        return n;
}

static void set_mtime(const char *name, time_t t)
{
        struct timespec ts[2] = { { t, 0 }, { t, 0 } };

        assert_int_equal(utimensat(AT_FDCWD, at(name), ts, AT_SYMLINK_NOFOLLOW), 0);
}

static void need_root(void)
{
        if (geteuid() != 0)
                skip(); /* the files must be root's to be trusted */
}

/* --- statefile_path ------------------------------------------------- */

static void test_path(void **state)
{
        char buf[16];

        (void)state;
        /* "/st/uids" is 8 bytes and its NUL: 9 is exactly enough. */
        memset(buf, 'Z', sizeof(buf));
        assert_int_equal(statefile_path(buf, 9, "/st", "uids"), 0);
        assert_string_equal(buf, "/st/uids");
        /* One byte short: refused, never cut to "/st/uid". */
        memset(buf, 'Z', sizeof(buf));
        assert_int_equal(statefile_path(buf, 8, "/st", "uids"), -1);
        assert_int_equal(buf[8], 'Z');
        assert_int_equal(statefile_path(buf, sizeof(buf), "/state/dir", "uids.idx"), -1);
        assert_int_equal(statefile_path(buf, sizeof(buf), "/state/dir", "uids"), 0);
        assert_string_equal(buf, "/state/dir/uids");
}

/* --- statefile_write ------------------------------------------------ */

static void test_write_new(void **state)
{
        char err[K8S_ERR_MAX] = "";
        struct stat st;
        mode_t old;

        (void)state;
        /* The mode asked for whatever the umask (a setuid su caller's). */
        old = umask(077);
        assert_int_equal(statefile_write(top, "public", "abc\n", 4, 0644, err, sizeof(err)), 0);
        umask(old);
        assert_string_equal(err, "");
        assert_int_equal(lstat(at("public"), &st), 0);
        assert_true(S_ISREG(st.st_mode));
        assert_int_equal(st.st_mode & 07777, 0644);
        assert_int_equal(st.st_uid, geteuid());
        assert_int_equal(st.st_size, 4);
        assert_string_equal(content("public"), "abc\n");
        /* And a secret one is 0600 even under umask 0. */
        old = umask(0);
        assert_int_equal(statefile_write(top, "secret", "k", 1, 0600, err, sizeof(err)), 0);
        umask(old);
        assert_int_equal(lstat(at("secret"), &st), 0);
        assert_int_equal(st.st_mode & 07777, 0600);
        /* Empty data is an empty file, not an error. */
        assert_int_equal(statefile_write(top, "empty", "", 0, 0600, err, sizeof(err)), 0);
        assert_int_equal(lstat(at("empty"), &st), 0);
        assert_int_equal(st.st_size, 0);
        assert_int_equal(entries(), 3);
}

/* A reader that opened the old file keeps reading the old file whole:
 * the new one is renamed over it, never written into it. */
static void test_write_replaces_atomically(void **state)
{
        char err[K8S_ERR_MAX] = "", buf[32] = "";
        struct stat before, after;
        int reader;

        (void)state;
        put("uids", "old content\n", 0644);
        assert_int_equal(lstat(at("uids"), &before), 0);
        reader = open(at("uids"), O_RDONLY | O_CLOEXEC);
        assert_true(reader >= 0);
        assert_int_equal(statefile_write(top, "uids", "new\n", 4, 0644, err, sizeof(err)), 0);
        assert_int_equal(lstat(at("uids"), &after), 0);
        assert_true(after.st_ino != before.st_ino);
        assert_int_equal(read(reader, buf, sizeof(buf) - 1), 12);
        assert_string_equal(buf, "old content\n");
        close(reader);
        assert_string_equal(content("uids"), "new\n");
        /* No temporary file left beside it. */
        assert_int_equal(entries(), 1);
}

/* mtime_later: readers cache by stat, so a rewrite must move the mtime
 * forward even when the old file's mtime is ahead of the clock. */
static void test_write_mtime_later(void **state)
{
        char err[K8S_ERR_MAX] = "";
        time_t ahead = time(NULL) + 3600;
        struct stat st;

        (void)state;
        put("uids", "x", 0644);
        set_mtime("uids", ahead);
        assert_int_equal(statefile_write(top, "uids", "y", 1, 0644, err, sizeof(err)), 0);
        assert_int_equal(lstat(at("uids"), &st), 0);
        assert_true(st.st_mtim.tv_sec > ahead ||
                    (st.st_mtim.tv_sec == ahead && st.st_mtim.tv_nsec > 0));
        /* Twin: an old file in the past gives the clock's time. */
        set_mtime("uids", 1000);
        assert_int_equal(statefile_write(top, "uids", "z", 1, 0644, err, sizeof(err)), 0);
        assert_int_equal(lstat(at("uids"), &st), 0);
        assert_true(st.st_mtim.tv_sec >= time(NULL) - 5 && st.st_mtim.tv_sec <= time(NULL));
}

/* A link planted at the name is replaced, never followed: its target
 * keeps its content. */
static void test_write_replaces_link(void **state)
{
        char err[K8S_ERR_MAX] = "";
        struct stat st;

        (void)state;
        put("target", "precious\n", 0644);
        assert_int_equal(symlink(at("target"), at("uids")), 0);
        assert_int_equal(statefile_write(top, "uids", "new\n", 4, 0644, err, sizeof(err)), 0);
        assert_int_equal(lstat(at("uids"), &st), 0);
        assert_true(S_ISREG(st.st_mode));
        assert_string_equal(content("uids"), "new\n");
        assert_string_equal(content("target"), "precious\n");
}

static void test_write_refusals(void **state)
{
        char err[K8S_ERR_MAX] = "", dir[300], name[4200];

        (void)state;
        /* A missing directory: -1, the reason named, nothing created. */
        snprintf(dir, sizeof(dir), "%s/missing", top);
        assert_int_equal(statefile_write(dir, "uids", "x", 1, 0644, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "/missing: cannot create a temporary file: No such file or directory"));
        assert_int_equal(entries(), 0);
        /* A path longer than any the kernel takes: refused before any file. */
        memset(name, 'a', sizeof(name) - 1);
        name[sizeof(name) - 1] = '\0';
        err[0] = '\0';
        assert_int_equal(statefile_write(top, name, "x", 1, 0644, err, sizeof(err)), -1);
        assert_non_null(strstr(err, ": path too long"));
        assert_int_equal(entries(), 0);
        /* A directory where the file should be: the rename fails, and the
         * temporary file is removed. */
        assert_int_equal(mkdir(at("uids"), 0755), 0);
        put("uids/inside", "x", 0644);
        err[0] = '\0';
        assert_int_equal(statefile_write(top, "uids", "x", 1, 0644, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "/uids: cannot write: "));
        assert_int_equal(entries(), 1);
}

/* --- statefile_lock ------------------------------------------------- */

static void test_lock_creates(void **state)
{
        char err[K8S_ERR_MAX] = "";
        struct stat st;
        int fd;

        (void)state;
        need_root();
        fd = statefile_lock(top, "lock", true, 1, err, sizeof(err));
        assert_true(fd >= 0);
        assert_int_equal(fstat(fd, &st), 0);
        assert_true(S_ISREG(st.st_mode));
        assert_int_equal(st.st_mode & 07777, 0600);
        assert_int_equal(st.st_uid, 0);
        assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
        /* It is really held: another open file cannot take it. */
        {
                int other = open(at("lock"), O_RDONLY | O_CLOEXEC);
                assert_true(other >= 0);
                assert_int_equal(flock(other, LOCK_SH | LOCK_NB), -1);
                assert_int_equal(errno, EWOULDBLOCK);
                close(fd);
                /* Closing unlocks. */
                assert_int_equal(flock(other, LOCK_SH | LOCK_NB), 0);
                close(other);
        }
}

/* Shared with shared, never exclusive with either; timeout 0 gives up at
 * once, naming the reason. (flock locks belong to the open file, so two
 * opens in one process contend like two processes.) */
static void test_lock_modes(void **state)
{
        char err[K8S_ERR_MAX] = "";
        int a, b, c;

        (void)state;
        need_root();
        a = statefile_lock(top, "lock", false, 0, err, sizeof(err));
        assert_true(a >= 0);
        b = statefile_lock(top, "lock", false, 0, err, sizeof(err));
        assert_true(b >= 0);
        assert_int_equal(statefile_lock(top, "lock", true, 0, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "/lock: still locked by another process after 0 s"));
        close(a);
        close(b);
        c = statefile_lock(top, "lock", true, 0, err, sizeof(err));
        assert_true(c >= 0);
        err[0] = '\0';
        assert_int_equal(statefile_lock(top, "lock", false, 0, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "still locked by another process after 0 s"));
        assert_int_equal(statefile_lock(top, "lock", true, 0, err, sizeof(err)), -1);
        close(c);
}

/* A holder that lets go within the timeout is waited for; one that
 * does not is given up on after timeout seconds (not sooner). */
static void test_lock_timeout(void **state)
{
        char err[K8S_ERR_MAX] = "";
        struct timespec t0, t1;
        int held, fd, status;
        long long ms;
        pid_t child;

        (void)state;
        need_root();
        held = statefile_lock(top, "lock", true, 0, err, sizeof(err));
        assert_true(held >= 0);
        clock_gettime(CLOCK_MONOTONIC, &t0);
        assert_int_equal(statefile_lock(top, "lock", true, 1, err, sizeof(err)), -1);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        assert_non_null(strstr(err, "still locked by another process after 1 s"));
        ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
        assert_true(ms >= 900);
        assert_true(ms < 8000); /* bounds a hang, on a loaded machine too */
        /* A child holds it (the same open file: the lock is the child's
         * too) for 300 ms, then exits: the wait ends with the lock. */
        child = fork();
        assert_true(child >= 0);
        if (child == 0) {
                struct timespec pause = { 0, 300 * 1000 * 1000 };
                nanosleep(&pause, NULL);
                _exit(0);
        }
        close(held);
        fd = statefile_lock(top, "lock", true, 10, err, sizeof(err));
        assert_true(fd >= 0);
        assert_int_equal(waitpid(child, &status, 0), child);
        close(fd);
}

static void test_lock_refusals(void **state)
{
        char err[K8S_ERR_MAX] = "", name[4200];

        (void)state;
        need_root();
        /* A link at the name, even to a good lock file: never followed. */
        put("real", "", 0600);
        assert_int_equal(symlink(at("real"), at("lock")), 0);
        assert_int_equal(statefile_lock(top, "lock", true, 0, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "/lock: cannot open: Too many levels of symbolic links"));
        /* Twin: the file itself is fine. */
        {
                int fd = statefile_lock(top, "real", true, 0, err, sizeof(err));
                assert_true(fd >= 0);
                close(fd);
        }
        /* Readable by others, or not root's, or not a file: refused. */
        put("wide", "", 0644);
        assert_int_equal(statefile_lock(top, "wide", true, 0, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "/wide: not a root-owned regular file of mode 0600"));
        put("users", "", 0600);
        assert_int_equal(chown(at("users"), 65534, 65534), 0);
        err[0] = '\0';
        assert_int_equal(statefile_lock(top, "users", false, 0, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "/users: not a root-owned regular file of mode 0600"));
        assert_int_equal(mkfifo(at("fifo"), 0600), 0);
        err[0] = '\0';
        assert_int_equal(statefile_lock(top, "fifo", true, 0, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "/fifo: not a root-owned regular file of mode 0600"));
        assert_int_equal(mkdir(at("dir"), 0700), 0);
        err[0] = '\0';
        assert_int_equal(statefile_lock(top, "dir", true, 0, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "/dir: cannot open: Is a directory"));
        memset(name, 'a', sizeof(name) - 1);
        name[sizeof(name) - 1] = '\0';
        err[0] = '\0';
        assert_int_equal(statefile_lock(top, name, true, 0, err, sizeof(err)), -1);
        assert_non_null(strstr(err, ": path too long"));
}

/* --- statefile_age and statefile_touch ------------------------------ */

static void test_age(void **state)
{
        time_t now = time(NULL);

        (void)state;
        need_root();
        assert_int_equal(statefile_age(top, "stamp", now), -1);
        put("stamp", "", 0600);
        set_mtime("stamp", now - 100);
        assert_int_equal(statefile_age(top, "stamp", now), 100);
        set_mtime("stamp", now);
        assert_int_equal(statefile_age(top, "stamp", now), 0);
        /* A little ahead (clock skew) is now; far ahead means the clock
         * went back: very old, so whatever it stamps is redone. */
        set_mtime("stamp", now + 300);
        assert_int_equal(statefile_age(top, "stamp", now), 0);
        set_mtime("stamp", now + 301);
        assert_int_equal(statefile_age(top, "stamp", now), 1LL << 40);
        /* Not root's, a link, a directory: no age. */
        set_mtime("stamp", now - 100);
        assert_int_equal(chown(at("stamp"), 65534, 0), 0);
        assert_int_equal(statefile_age(top, "stamp", now), -1);
        assert_int_equal(chown(at("stamp"), 0, 0), 0);
        assert_int_equal(statefile_age(top, "stamp", now), 100);
        assert_int_equal(symlink(at("stamp"), at("link")), 0);
        assert_int_equal(statefile_age(top, "link", now), -1);
        assert_int_equal(mkdir(at("dir"), 0700), 0);
        assert_int_equal(statefile_age(top, "dir", now), -1);
}

static void test_touch(void **state)
{
        time_t now = time(NULL);
        struct stat st;

        (void)state;
        need_root();
        /* Created empty, 0600, stamped now. */
        assert_int_equal(statefile_touch(top, "stamp"), 0);
        assert_int_equal(lstat(at("stamp"), &st), 0);
        assert_true(S_ISREG(st.st_mode));
        assert_int_equal(st.st_mode & 07777, 0600);
        assert_int_equal(st.st_size, 0);
        assert_true(statefile_age(top, "stamp", time(NULL)) <= 1);
        /* An old stamp made new; its content kept. */
        put("old", "kept", 0600);
        set_mtime("old", now - 1000);
        assert_int_equal(statefile_age(top, "old", now), 1000);
        assert_int_equal(statefile_touch(top, "old"), 0);
        assert_true(statefile_age(top, "old", time(NULL)) <= 1);
        assert_string_equal(content("old"), "kept");
        /* A link at the name: -1, and its target's time is not touched. */
        put("target", "", 0600);
        set_mtime("target", now - 1000);
        assert_int_equal(symlink(at("target"), at("link")), 0);
        assert_int_equal(statefile_touch(top, "link"), -1);
        assert_int_equal(statefile_age(top, "target", now), 1000);
        /* A missing directory: -1, nothing created. */
        {
                char dir[300];
                snprintf(dir, sizeof(dir), "%s/missing", top);
                assert_int_equal(statefile_touch(dir, "stamp"), -1);
                assert_int_equal(access(dir, F_OK), -1);
        }
}

/* --- statefile_dir: state_dir made, and judged -------------------------- */

static mode_t mode_of(const char *path)
{
        struct stat st;

        return lstat(path, &st) == 0 ? st.st_mode & 07777 : (mode_t)-1;
}

/* state_dir_mode_umask: mkdir obeyed the caller's umask, so a first
 * login through setuid su by a user with umask 077 made state_dir 0700,
 * and NSS in every non-root process lost the registry. */
static void test_created_0755_whatever_the_umask(void **state)
{
        char dir[sizeof(top) + 16], err[K8S_ERR_MAX] = "";
        mode_t old;

        if (geteuid() != 0)
                skip(); /* the directory must be root's to be trusted */
        snprintf(dir, sizeof(dir), "%s/umask077", top);
        old = umask(077);
        assert_int_equal(statefile_dir(dir, err, sizeof(err)), 0);
        umask(old);
        assert_int_equal(mode_of(dir), 0755);
        /* And under the usual umask, the same. */
        snprintf(dir, sizeof(dir), "%s/umask022", top);
        old = umask(022);
        assert_int_equal(statefile_dir(dir, err, sizeof(err)), 0);
        umask(old);
        assert_int_equal(mode_of(dir), 0755);
        /* An existing directory is not changed, only judged. */
        snprintf(dir, sizeof(dir), "%s/existing", top);
        assert_int_equal(mkdir(dir, 0775), 0);
        assert_int_equal(chmod(dir, 0775), 0);
        assert_int_equal(statefile_dir(dir, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "writable by group or others (mode 0775)"));
        assert_int_equal(mode_of(dir), 0775);
}

/* A link where the directory should be is refused, never followed. */
static void test_dir_link_refused(void **state)
{
        char link[sizeof(top) + 16], err[K8S_ERR_MAX] = "";

        (void)state;
        snprintf(link, sizeof(link), "%s/link", top);
        assert_int_equal(symlink(top, link), 0);
        assert_int_equal(statefile_dir(link, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "not a directory (a symbolic link)"));
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_path),
                cmocka_unit_test_setup_teardown(test_write_new, setup, teardown),
                cmocka_unit_test_setup_teardown(test_write_replaces_atomically, setup, teardown),
                cmocka_unit_test_setup_teardown(test_write_mtime_later, setup, teardown),
                cmocka_unit_test_setup_teardown(test_write_replaces_link, setup, teardown),
                cmocka_unit_test_setup_teardown(test_write_refusals, setup, teardown),
                cmocka_unit_test_setup_teardown(test_lock_creates, setup, teardown),
                cmocka_unit_test_setup_teardown(test_lock_modes, setup, teardown),
                cmocka_unit_test_setup_teardown(test_lock_timeout, setup, teardown),
                cmocka_unit_test_setup_teardown(test_lock_refusals, setup, teardown),
                cmocka_unit_test_setup_teardown(test_age, setup, teardown),
                cmocka_unit_test_setup_teardown(test_touch, setup, teardown),
                cmocka_unit_test_setup_teardown(test_created_0755_whatever_the_umask, setup,
                                                teardown),
                cmocka_unit_test_setup_teardown(test_dir_link_refused, setup, teardown),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
