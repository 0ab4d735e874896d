/* LD_PRELOAD shim for tests: finds copies of a token left in freed heap.
 *
 * $K8S_FREE_SCAN_SECRET is the token's signature segment (base64url, the
 * part that makes it a credential); $K8S_FREE_SCAN_OUT a file for the
 * findings. Every block given to free() (and every block realloc() moves)
 * is searched, before it is released, for any FREE_SCAN_MIN consecutive
 * bytes of the segment's text or of the signature bytes it decodes to;
 * at exit the heap and every anonymous writable mapping are searched for
 * the same. Each finding is one line (and a backtrace, for the first
 * few); the last line is a summary the test checks:
 *
 *   summary: frees=N bytes=B exit_bytes=E findings=F
 *
 * Not for a sanitizer build (ASan owns malloc) nor under valgrind (which
 * replaces it); the tests skip there. Test use only: never installed. */
#define _GNU_SOURCE
#include <execinfo.h>
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define FREE_SCAN_MIN 16
#define SECRET_MAX 8192
#define SLOTS 8192              /* power of two, > 2 * chunks of both needles */
#define BLOOM_BITS (1u << 16)
#define DETAILED 40             /* findings printed (with a backtrace) */

void *__libc_malloc(size_t n);
void *__libc_realloc(void *p, size_t n);
void __libc_free(void *p);

struct slot {
        uint64_t key;
        uint32_t off;
        uint8_t needle; /* 1: text, 2: bytes; 0: empty */
};

/* Everything that holds the secret lives in one private mapping, which
 * the exit scan leaves out. */
struct store {
        unsigned char needle[2][SECRET_MAX];
        size_t len[2];
        struct slot slots[SLOTS];
        uint8_t bloom[BLOOM_BITS / 8];
};

static struct store *st;
static char out_path[4096];
static bool armed;
static unsigned long n_frees, n_bytes, n_exit_bytes, n_findings;
static __thread int busy __attribute__((tls_model("initial-exec")));

static const char *const needle_name[] = { "", "signature text", "signature bytes" };

static uint32_t mix(uint64_t v)
{
        return (uint32_t)((v * 0x9E3779B97F4A7C15ull) >> 40);
}

static void add_chunk(int which, uint32_t off)
{
        uint64_t v;
        uint32_t h;

        memcpy(&v, st->needle[which - 1] + off, 8);
        h = mix(v);
        st->bloom[(h % BLOOM_BITS) / 8] |= (uint8_t)(1u << (h % 8));
        for (uint32_t i = h % SLOTS;; i = (i + 1) % SLOTS)
                if (!st->slots[i].needle) {
                        st->slots[i] = (struct slot){ v, off, (uint8_t)which };
                        return;
                }
}

static int b64url(unsigned char c)
{
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '-') return 62;
        if (c == '_') return 63;
        return -1;
}

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...)
{
        char line[512];
        va_list ap;
        int fd, n;

        if (!out_path[0])
                return;
        va_start(ap, fmt);
        n = vsnprintf(line, sizeof(line), fmt, ap);
        va_end(ap);
        fd = open(out_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
                return;
        if (n > 0)
                (void)!write(fd, line, (size_t)n < sizeof(line) ? (size_t)n : sizeof(line) - 1);
        close(fd);
}

static void backtrace_to_out(void)
{
        void *frames[24];
        int n = backtrace(frames, 24), fd;

        fd = open(out_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
                return;
        backtrace_symbols_fd(frames, n, fd);
        close(fd);
}

__attribute__((constructor)) static void arm(void)
{
        const char *secret = getenv("K8S_FREE_SCAN_SECRET"), *out = getenv("K8S_FREE_SCAN_OUT");
        size_t n;
        unsigned long acc = 0;
        int bits = 0;

        if (!out || strlen(out) >= sizeof(out_path))
                return;
        strcpy(out_path, out);
        if (!secret || (n = strlen(secret)) < FREE_SCAN_MIN || n > SECRET_MAX) {
                say("not armed: K8S_FREE_SCAN_SECRET missing, shorter than %d or longer than %d bytes\n",
                    FREE_SCAN_MIN, SECRET_MAX);
                return;
        }
        st = mmap(NULL, sizeof(*st), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (st == MAP_FAILED) {
                st = NULL;
                say("not armed: mmap failed\n");
                return;
        }
        memcpy(st->needle[0], secret, n);
        st->len[0] = n;
        for (size_t i = 0; i < n; i++) {
                int v = b64url((unsigned char)secret[i]);
                if (v < 0) {
                        say("not armed: K8S_FREE_SCAN_SECRET is not base64url\n");
                        return;
                }
                acc = (acc << 6) | (unsigned)v;
                bits += 6;
                if (bits >= 8) {
                        bits -= 8;
                        st->needle[1][st->len[1]++] = (unsigned char)(acc >> bits);
                        acc &= (1ul << bits) - 1;
                }
        }
        /* Any FREE_SCAN_MIN (16) consecutive bytes of a needle hold one of
         * its 8-byte chunks at a multiple of 8: index those. */
        for (int w = 1; w <= 2; w++)
                for (uint32_t off = 0; off + 8 <= st->len[w - 1]; off += 8)
                        add_chunk(w, off);
        /* backtrace() loads libgcc_s (and allocates) the first time. */
        {
                void *warm[2];
                busy++;
                (void)backtrace(warm, 2);
                busy--;
        }
        say("armed: signature text %zu bytes, signature bytes %zu, window %d\n",
            st->len[0], st->len[1], FREE_SCAN_MIN);
        armed = true;
}

/* Searches [p, p + n) for FREE_SCAN_MIN bytes of either needle; what
 * says where the block comes from. Returns the number of findings. */
static unsigned long scan(const unsigned char *p, size_t n, const char *what,
                          const void *base)
{
        unsigned long found = 0;

        if (n < 8)
                return 0;
        for (size_t i = 0; i + 8 <= n; i++) {
                uint64_t v;
                uint32_t h;

                memcpy(&v, p + i, 8);
                h = mix(v);
                if (!(st->bloom[(h % BLOOM_BITS) / 8] & (1u << (h % 8))))
                        continue;
                for (uint32_t s = h % SLOTS; st->slots[s].needle; s = (s + 1) % SLOTS) {
                        const struct slot *sl = &st->slots[s];
                        const unsigned char *nd = st->needle[sl->needle - 1];
                        size_t nlen = st->len[sl->needle - 1], back = 0, fwd = 8;

                        if (sl->key != v)
                                continue;
                        while (back < i && back < sl->off && p[i - back - 1] == nd[sl->off - back - 1])
                                back++;
                        while (i + fwd < n && sl->off + fwd < nlen && p[i + fwd] == nd[sl->off + fwd])
                                fwd++;
                        if (back + fwd < FREE_SCAN_MIN)
                                continue;
                        found++;
                        if (__atomic_add_fetch(&n_findings, 1, __ATOMIC_RELAXED) <= DETAILED) {
                                say("finding: %s %p of %zu bytes holds %zu bytes of the %s "
                                    "(block offset %zu, signature offset %zu)\n", what, base, n,
                                    back + fwd, needle_name[sl->needle], i - back,
                                    (size_t)sl->off - back);
                                if (strcmp(what, "exit heap") != 0)
                                        backtrace_to_out();
                        }
                        i += fwd - 1; /* past this copy */
                        break;
                }
        }
        return found;
}

static void scan_block(void *p, const char *what)
{
        size_t n;

        if (!p || !armed || busy)
                return;
        busy++;
        n = malloc_usable_size(p);
        __atomic_add_fetch(&n_frees, 1, __ATOMIC_RELAXED);
        __atomic_add_fetch(&n_bytes, n, __ATOMIC_RELAXED);
        scan(p, n, what, p);
        busy--;
}

void free(void *p)
{
        scan_block(p, "free");
        __libc_free(p);
}

void *realloc(void *p, size_t n)
{
        size_t have;
        void *q;

        if (!p)
                return __libc_malloc(n);
        if (n == 0) {
                free(p);
                return NULL;
        }
        if (!armed || busy)
                return __libc_realloc(p, n);
        /* Grown in place is no copy; moved, the old block is scanned as it
         * is given back (realloc never wipes it). */
        have = malloc_usable_size(p);
        if (n <= have)
                return p;
        if (!(q = __libc_malloc(n)))
                return NULL;
        memcpy(q, p, have);
        scan_block(p, "realloc");
        __libc_free(p);
        return q;
}

void *reallocarray(void *p, size_t nmemb, size_t size)
{
        size_t n;

        if (__builtin_mul_overflow(nmemb, size, &n)) {
                errno = ENOMEM;
                return NULL;
        }
        return realloc(p, n);
}

/* The heap and every anonymous writable mapping, at exit. */
__attribute__((destructor)) static void scan_heap(void)
{
        static char maps[1 << 18];
        size_t have = 0;
        unsigned long found = 0;
        int fd;

        if (!armed)
                return;
        busy++;
        fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
                ssize_t r;
                while (have < sizeof(maps) - 1 &&
                       (r = read(fd, maps + have, sizeof(maps) - 1 - have)) > 0)
                        have += (size_t)r;
                close(fd);
        }
        maps[have] = '\0';
        for (char *line = maps, *next; line && *line; line = next) {
                unsigned long lo, hi;
                char perms[5], path[256] = "";
                int fields;

                next = strchr(line, '\n');
                if (next)
                        *next++ = '\0';
                fields = sscanf(line, "%lx-%lx %4s %*s %*s %*s %255s", &lo, &hi, perms, path);
                if (fields < 3 || perms[0] != 'r' || perms[1] != 'w')
                        continue;
                if (path[0] && strcmp(path, "[heap]") != 0)
                        continue;
                /* Our own store holds the needles: left out. */
                unsigned long s_lo = (unsigned long)st, s_hi = s_lo + sizeof(*st);
                if (s_lo >= lo && s_hi <= hi) {
                        if (s_lo > lo)
                                found += scan((const unsigned char *)lo, s_lo - lo, "exit heap", (void *)lo);
                        if (hi > s_hi)
                                found += scan((const unsigned char *)s_hi, hi - s_hi, "exit heap", (void *)s_hi);
                        n_exit_bytes += (hi - lo) - sizeof(*st);
                } else {
                        found += scan((const unsigned char *)lo, hi - lo, "exit heap", (void *)lo);
                        n_exit_bytes += hi - lo;
                }
        }
        say("summary: frees=%lu bytes=%lu exit_bytes=%lu findings=%lu\n",
            n_frees, n_bytes, n_exit_bytes, n_findings);
        busy--;
}
