/* The allocator wrappers of alloc_fail.h. Not thread-safe: the tests
 * that use it run one thread. */
#include "config.h"

#include <errno.h>
#include <execinfo.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <openssl/crypto.h>

#include "alloc_fail.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
void __real_free(void *p);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
void __wrap_free(void *p);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);

static long fail_at = -1;
static enum alloc_fail_from counting = ALLOC_FAIL_ANY;
static unsigned long seen;
static bool fired;
static long live;

void alloc_fail_arm_from(long n, enum alloc_fail_from from)
{
        fail_at = n;
        counting = from;
        seen = 0;
        fired = false;
}

void alloc_fail_arm(long n)
{
        alloc_fail_arm_from(n, ALLOC_FAIL_ANY);
}

bool alloc_fail_disarm(void)
{
        fail_at = -1;
        return fired;
}

unsigned long alloc_fail_count(void)
{
        return seen;
}

long alloc_fail_live(void)
{
        return live;
}

/* Whether this allocation (of kind from) is the one to fail, counting it
 * either way. */
static bool fail_from(enum alloc_fail_from from)
{
        if (!(from & counting))
                return false;
        if (fail_at >= 0 && seen++ == (unsigned long)fail_at) {
                fired = true;
                /* ALLOC_FAIL_TRACE=1 names the allocation that failed
                 * (build with -g; addr2line the addresses). */
                if (getenv("ALLOC_FAIL_TRACE")) {
                        void *frames[16];
                        backtrace_symbols_fd(frames, backtrace(frames, 16), 2);
                }
                errno = ENOMEM;
                return true;
        }
        if (fail_at < 0)
                seen++;
        return false;
}

static bool fail_now(void)
{
        return fail_from(ALLOC_FAIL_LIBC);
}

static void *counted(void *p)
{
        if (p)
                live++;
        return p;
}

void *__wrap_malloc(size_t n)
{
        return fail_now() ? NULL : counted(__real_malloc(n));
}

void *__wrap_calloc(size_t n, size_t size)
{
        return fail_now() ? NULL : counted(__real_calloc(n, size));
}

void *__wrap_realloc(void *p, size_t n)
{
        void *q;

        if (p && n == 0) {
                __wrap_free(p); /* what glibc's realloc does with 0 */
                return NULL;
        }
        if (fail_now())
                return NULL; /* p is left as it was, as realloc(3) does */
        q = __real_realloc(p, n);
        if (!p && q)
                live++;
        return q;
}

void __wrap_free(void *p)
{
        if (p)
                live--;
        __real_free(p);
}

char *__wrap_strdup(const char *s)
{
        return fail_now() ? NULL : counted(__real_strdup(s));
}

char *__wrap_strndup(const char *s, size_t n)
{
        return fail_now() ? NULL : counted(__real_strndup(s, n));
}

static void *json_malloc(size_t n)
{
        return fail_from(ALLOC_FAIL_JANSSON) ? NULL : counted(__real_malloc(n));
}

void alloc_fail_jansson(void)
{
        json_set_alloc_funcs(json_malloc, __wrap_free);
}

static void *ossl_malloc(size_t n, const char *file, int line)
{
        (void)file, (void)line;
        return fail_from(ALLOC_FAIL_OPENSSL) ? NULL : counted(__real_malloc(n));
}

static void *ossl_realloc(void *p, size_t n, const char *file, int line)
{
        void *q;

        (void)file, (void)line;
        if (p && n == 0) {
                __wrap_free(p); /* what OpenSSL's own CRYPTO_realloc does */
                return NULL;
        }
        if (fail_from(ALLOC_FAIL_OPENSSL))
                return NULL;
        q = __real_realloc(p, n);
        if (!p && q)
                live++;
        return q;
}

static void ossl_free(void *p, const char *file, int line)
{
        (void)file, (void)line;
        __wrap_free(p);
}

bool alloc_fail_openssl(void)
{
        return CRYPTO_set_mem_functions(ossl_malloc, ossl_realloc, ossl_free) == 1;
}
