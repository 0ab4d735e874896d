/* A ledger as read from the cluster: well-formed entries, a retirement,
 * and every kind of problem (malformed, outside its slice, retiring
 * nothing, not a number, not a slice). test_ledger.c checks what it
 * means; test_alloc_fail.c parses it with each allocation failing. */
#ifndef K8S_TESTS_LEDGER_FIXTURE_H
#define K8S_TESTS_LEDGER_FIXTURE_H

/* The slice k8s-login-uids-70001-70100, then its problems. */
#define LEDGER_MIXED_HEAD                                       \
        "shard k8s-login-uids-70001-70100 12\n"                 \
        "70005 user demo/a uid=aa since=1\n"                    \
        "70006 group demo since=1\n"                            \
        "70007 user demo/b uid=- since=1\n"                     \
        "70007.retired retired since=5 reason=admin\n"          \
        "70008 user demo/c uid=- since=1 tampered\n"            \
        "70200 user demo/far uid=- since=1\n"                   \
        "70009.retired retired since=5 reason=admin\n"
/* A key that is no number, and a ConfigMap named like a slice that is
 * none. */
#define LEDGER_MIXED_TAIL                                       \
        "hello user demo/x uid=- since=1\n"                     \
        "shard k8s-login-uids-1-99 1\n"                         \
        "5 user demo/other uid=- since=1\n"

#endif
