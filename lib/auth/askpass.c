/* The token in parts, for `k8s-login askpass`: see k8s/askpass.h. */
#include "config.h"

#include <string.h>

#include "k8s/askpass.h"

/* No prompt asks past part 99: 16 KiB tokens need 33. */
#define WANTED_MAX 99

static bool is_letter(char c)
{
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_digit(char c)
{
        return c >= '0' && c <= '9';
}

static char lower(char c)
{
        return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Whether s starts with word (lower case), in any case. */
static bool starts_with_nocase(const char *s, const char *word)
{
        for (; *word; s++, word++)
                if (lower(*s) != *word)
                        return false;
        return true;
}

bool askpass_prompt_ours(const char *prompt)
{
        if (!prompt)
                return true;
        for (const char *p = prompt; *p; p++)
                if (starts_with_nocase(p, ASKPASS_PROMPT_WORDS))
                        return true;
        return false;
}

int askpass_wanted(const char *prompt)
{
        const char *found = NULL;
        int n = 0;

        if (!prompt)
                return 1;
        if (!askpass_prompt_ours(prompt))
                return ASKPASS_NOT_OURS;
        for (const char *p = prompt; *p; p++)
                if (starts_with_nocase(p, "part ") && (p == prompt || !is_letter(p[-1])))
                        found = p + 5;
        if (!found)
                return 1;
        if (!is_digit(*found))
                return 0;
        for (; is_digit(*found); found++) {
                n = n * 10 + (*found - '0');
                if (n > WANTED_MAX)
                        return 0;
        }
        return n;
}

size_t askpass_parts(size_t len)
{
        const size_t step = ASKPASS_PART_MAX - 1;

        if (len <= ASKPASS_PART_MAX)
                return 1;
        return 1 + (len - ASKPASS_PART_MAX + step - 1) / step;
}

bool askpass_part(size_t len, int n, size_t *off, size_t *plen, bool *more)
{
        const size_t step = ASKPASS_PART_MAX - 1;
        size_t parts = askpass_parts(len);

        if (len == 0 || n < 1 || (size_t)n > parts)
                return false;
        *off = (size_t)(n - 1) * step;
        *more = (size_t)n < parts;
        *plen = *more ? step : len - *off;
        return true;
}

bool askpass_token_chars(const char *s, size_t len)
{
        for (size_t i = 0; i < len; i++) {
                char c = s[i];

                if (!is_letter(c) && !is_digit(c) && c != '-' && c != '_' && c != '.')
                        return false;
        }
        return len > 0;
}
