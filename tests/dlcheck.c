/* dlcheck LIBRARY SYMBOL...: dlopens LIBRARY the way PAM and glibc do and
 * prints "SYMBOL yes" or "SYMBOL no" for each. Exit 2 if it cannot load. */
#include <dlfcn.h>
#include <stdio.h>

int main(int argc, char **argv)
{
        void *h;

        if (argc < 3) {
                fprintf(stderr, "usage: dlcheck LIBRARY SYMBOL...\n");
                return 2;
        }
        h = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
        if (!h) {
                fprintf(stderr, "dlopen: %s\n", dlerror());
                return 2;
        }
        for (int i = 2; i < argc; i++)
                printf("%s %s\n", argv[i], dlsym(h, argv[i]) ? "yes" : "no");
        dlclose(h);
        return 0;
}
