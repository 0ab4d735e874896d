/* Allocation-failure injection for the unit tests: the Nth allocation
 * from the moment of arming fails (returns NULL with ENOMEM); every other
 * one succeeds. A binary that uses it links alloc_fail.c with
 *   -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=free,
 *   --wrap=strdup,--wrap=strndup
 * which reroutes those calls in every object of the link, the lib/
 * convenience archives included (not in shared libraries: jansson's and
 * OpenSSL's allocations come through their own hooks instead, see
 * alloc_fail_jansson and alloc_fail_openssl). free is wrapped to count the blocks alive, so a
 * test can see a leak in the run it caused, without waiting for LSan. */
#ifndef K8S_TESTS_ALLOC_FAIL_H
#define K8S_TESTS_ALLOC_FAIL_H

#include <stdbool.h>
#include <stddef.h>

/* Where the failing allocation is counted: the libc calls of our own
 * code (the wrapped names), jansson's (json_set_alloc_funcs), OpenSSL's
 * (CRYPTO_set_mem_functions), or any. */
enum alloc_fail_from {
        ALLOC_FAIL_LIBC = 1 << 0,
        ALLOC_FAIL_JANSSON = 1 << 1,
        ALLOC_FAIL_OPENSSL = 1 << 2,
        ALLOC_FAIL_ANY = ALLOC_FAIL_LIBC | ALLOC_FAIL_JANSSON | ALLOC_FAIL_OPENSSL,
};

/* Makes the nth allocation from now of the kinds in from fail (0: the
 * next one); n = -1 counts allocations without failing any. Resets the
 * count. */
void alloc_fail_arm_from(long n, enum alloc_fail_from from);
/* The same for any allocation. */
void alloc_fail_arm(long n);

/* Stops failing; returns whether the armed failure happened. */
bool alloc_fail_disarm(void);

/* Allocations seen of the kinds armed (the failed one included) since
 * alloc_fail_arm. */
unsigned long alloc_fail_count(void);

/* Blocks allocated through the wrappers and not yet freed. */
long alloc_fail_live(void);

/* Routes jansson's allocations through the same counter. Call before
 * jansson allocates anything (json_set_alloc_funcs' rule). */
void alloc_fail_jansson(void);

/* Routes OpenSSL's allocations through the same counter. Call first
 * thing in main, before OpenSSL allocates anything; returns whether
 * OpenSSL took the functions. */
bool alloc_fail_openssl(void);

#endif
