/* Shared by the cmocka unit tests: table-driven checks. Include after
 * <cmocka.h>. */
#ifndef K8S_TESTS_UNIT_H
#define K8S_TESTS_UNIT_H

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Counts a failing row and prints it, so one run shows every bad row. */
#define ROW_CHECK(bad, cond, ...)                                            \
        do {                                                                 \
                if (!(cond)) {                                               \
                        print_error(__VA_ARGS__);                            \
                        print_error("\n");                                   \
                        (bad)++;                                             \
                }                                                            \
        } while (0)

#endif
