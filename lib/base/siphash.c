/* SipHash-2-4, written from the paper (section 2): four 64-bit words of
 * state seeded from the key, two rounds per 8-byte little-endian block,
 * a last block carrying the length in its top byte, four rounds to
 * finish. Checked against the paper's 64 reference vectors in
 * tests/unit/test_siphash.c. */
#include "config.h"

#include "k8s/siphash.h"

static uint64_t rotl(uint64_t x, unsigned b)
{
        return (x << b) | (x >> (64 - b));
}

static uint64_t le64(const uint8_t *p)
{
        uint64_t v = 0;

        for (unsigned i = 0; i < 8; i++)
                v |= (uint64_t)p[i] << (8 * i);
        return v;
}

/* One SipRound on v[0..3]. */
static void round_(uint64_t v[4])
{
        v[0] += v[1];
        v[1] = rotl(v[1], 13);
        v[1] ^= v[0];
        v[0] = rotl(v[0], 32);
        v[2] += v[3];
        v[3] = rotl(v[3], 16);
        v[3] ^= v[2];
        v[0] += v[3];
        v[3] = rotl(v[3], 21);
        v[3] ^= v[0];
        v[2] += v[1];
        v[1] = rotl(v[1], 17);
        v[1] ^= v[2];
        v[2] = rotl(v[2], 32);
}

static void compress(uint64_t v[4], uint64_t m)
{
        v[3] ^= m;
        round_(v);
        round_(v);
        v[0] ^= m;
}

uint64_t siphash24(const uint8_t key[SIPHASH_KEY_LEN], const void *in, size_t len)
{
        const uint8_t *p = in;
        const uint64_t k0 = le64(key), k1 = le64(key + 8);
        /* "somepseudorandomlygeneratedbytes", the paper's constants */
        uint64_t v[4] = {
                k0 ^ 0x736f6d6570736575ULL,
                k1 ^ 0x646f72616e646f6dULL,
                k0 ^ 0x6c7967656e657261ULL,
                k1 ^ 0x7465646279746573ULL,
        };
        uint64_t last = (uint64_t)(len & 0xff) << 56;
        size_t i;

        for (i = 0; i + 8 <= len; i += 8)
                compress(v, le64(p + i));
        for (unsigned j = 0; i + j < len; j++)
                last |= (uint64_t)p[i + j] << (8 * j);
        compress(v, last);
        v[2] ^= 0xff;
        for (int r = 0; r < 4; r++)
                round_(v);
        return v[0] ^ v[1] ^ v[2] ^ v[3];
}
