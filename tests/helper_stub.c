/* A stand-in for k8s-login-helper that misbehaves on purpose, to test the
 * caller's side (lib/auth/helper.c). The caller runs it with a fixed argv, so
 * the behaviour comes from the name it was copied to (the suffix of
 * /proc/self/exe after the last '-'):
 *   hang     reads the request, then sleeps 60 s
 *   flood    writes "x" lines for ever
 *   garbage  answers one line that is not "key value"
 *   exit3    answers "status allow" for demo/debugger, then exits 3
 *   badns    answers "status allow" with a namespace that is not a name
 *   report   writes what it was given (argv, environment, open fds, the
 *            request's header) to <its path>.report, answers "deny"
 * Not a test by itself: tests/integration/helper.sh drives it. */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

static void drain(char *head, size_t max)
{
        size_t n = 0;
        char c;

        /* The header, up to its empty line; the rest is read and dropped. */
        while (n + 1 < max && read(0, &c, 1) == 1) {
                head[n++] = c;
                if (n >= 2 && head[n - 1] == '\n' && head[n - 2] == '\n')
                        break;
        }
        head[n] = '\0';
        while (read(0, &c, 1) == 1)
                ;
}

static void say(const char *s)
{
        (void)!write(1, s, strlen(s));
}

int main(int argc, char **argv)
{
        char self[4096], head[8192];
        const char *mode;
        ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);

        if (n <= 0)
                return 2;
        self[n] = '\0';
        mode = strrchr(self, '-') ? strrchr(self, '-') + 1 : "";
        if (!strcmp(mode, "flood")) {
                for (;;)
                        say("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n");
        }
        drain(head, sizeof(head));
        if (!strcmp(mode, "hang")) {
                sleep(60);
                return 0;
        }
        if (!strcmp(mode, "garbage")) {
                say("this is not an answer\n\n");
                return 0;
        }
        if (!strcmp(mode, "exit3")) {
                say("status allow\nreason stub\nnamespace demo\nservice_account debugger\n\n");
                return 3;
        }
        if (!strcmp(mode, "badns")) {
                say("status allow\nreason stub\nnamespace Demo/../x\nservice_account debugger\n\n");
                return 0;
        }
        if (!strcmp(mode, "report")) {
                char path[4200];
                FILE *f;
                DIR *d;
                struct dirent *e;

                snprintf(path, sizeof(path), "%s.report", self);
                if (!(f = fopen(path, "w")))
                        return 2;
                fprintf(f, "argc %d\n", argc);
                for (int i = 0; i < argc; i++)
                        fprintf(f, "argv %s\n", argv[i]);
                for (char **v = environ; v && *v; v++)
                        fprintf(f, "env %s\n", *v);
                if ((d = opendir("/proc/self/fd"))) {
                        while ((e = readdir(d)))
                                if (e->d_name[0] != '.' && atoi(e->d_name) != dirfd(d) &&
                                    atoi(e->d_name) != fileno(f))
                                        fprintf(f, "fd %s\n", e->d_name);
                        closedir(d);
                }
                fprintf(f, "%s", head);
                fclose(f);
                say("status deny\nreason the stub says no\n\n");
                return 0;
        }
        return 2;
}
