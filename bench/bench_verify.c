/* The fresh-process floor of an offline login: a process that loads one
 * public key and checks one token's signature, and nothing else.
 *
 * usage: bench_verify PUBKEY.pem TOKEN-FILE    (exit 0: the signature verifies) */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "bench_util.h"
#include "jws.h"

int main(int argc, char **argv)
{
        struct jws j;
        char *token;
        int r;

        if (argc != 3) {
                fprintf(stderr, "usage: bench_verify PUBKEY.pem TOKEN-FILE\n");
                return 2;
        }
        if (!(token = bench_read_file(argv[2]))) {
                perror(argv[2]);
                return 2;
        }
        r = jws_prepare(&j, jws_load_pubkey(argv[1]), token) == 0 && jws_verify(&j) == 0 ? 0 : 1;
        jws_clear(&j);
        free(token);
        return r;
}
