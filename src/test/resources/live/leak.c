/* The book's leak example, faster: 1 MB every 100 ms, filled with "kernlint-leak-N" so strings of a dump shows
 * what the program wrote. "keep" never frees (the leaker), "free" frees each block again (its well-behaved twin).
 * Stops by itself after 10 minutes so a lost child cannot grow for ever. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    int keep = argc > 1 && strcmp(argv[1], "keep") == 0;
    for (unsigned n = 0; n < 6000; n++) {
        char *p = malloc(1 << 20);
        if (p == NULL) {
            return 1;
        }
        char word[32];
        /* the NUL ends each word, so strings prints one per line */
        int len = snprintf(word, sizeof word, "kernlint-leak-%06u", n) + 1;
        for (size_t o = 0; o + len <= (1 << 20); o += len) {
            memcpy(p + o, word, len);
        }
        if (!keep) {
            free(p);
        }
        usleep(100000);
    }
    return 0;
}
