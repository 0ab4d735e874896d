/* LD_PRELOAD shim for tests: every syslog(3) line is appended to the file
 * named by $K8S_TEST_SYSLOG as "<facility>.<level> <message>", so a test
 * can assert exactly what the module logs (and that no token is there). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

void openlog(const char *ident, int option, int facility);
void closelog(void);
void syslog(int priority, const char *format, ...);
void vsyslog(int priority, const char *format, va_list ap);
void __syslog_chk(int priority, int flag, const char *format, ...);
void __vsyslog_chk(int priority, int flag, const char *format, va_list ap);

static int default_facility = LOG_USER;

/* Read once, at load: sshd's keyboard-interactive PAM process empties its
 * environment (environ[0] = NULL) before it authenticates. */
static char log_path[4096];

__attribute__((constructor)) static void read_log_path(void)
{
        const char *path = getenv("K8S_TEST_SYSLOG");

        if (path && strlen(path) < sizeof(log_path))
                strcpy(log_path, path);
}

static const char *facility_name(int prio)
{
        switch (prio & LOG_FACMASK) {
        case LOG_AUTHPRIV: return "authpriv";
        case LOG_AUTH: return "auth";
        case LOG_USER: return "user";
        case LOG_DAEMON: return "daemon";
        default: return "other";
        }
}

void vsyslog(int priority, const char *format, va_list ap)
{
        static const char *const levels[] = { "emerg", "alert", "crit", "err",
                                              "warning", "notice", "info", "debug" };
        const char *path = log_path[0] ? log_path : getenv("K8S_TEST_SYSLOG");
        char line[8192];
        int n, fd;

        if (!(priority & LOG_FACMASK))
                priority |= default_facility;
        n = snprintf(line, sizeof(line), "%s.%s ", facility_name(priority),
                     levels[priority & LOG_PRIMASK]);
        vsnprintf(line + n, sizeof(line) - (size_t)n - 1, format, ap);
        strcat(line, "\n");
        if (!path)
                path = "/dev/null";
        fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (fd >= 0) {
                if (write(fd, line, strlen(line)) < 0) {
                        /* nothing more to do in a logging shim */
                }
                close(fd);
        }
}

void syslog(int priority, const char *format, ...)
{
        va_list ap;

        va_start(ap, format);
        vsyslog(priority, format, ap);
        va_end(ap);
}

void __vsyslog_chk(int priority, int flag, const char *format, va_list ap)
{
        vsyslog(priority, format, ap);
}

void __syslog_chk(int priority, int flag, const char *format, ...)
{
        va_list ap;

        va_start(ap, format);
        vsyslog(priority, format, ap);
        va_end(ap);
}

void openlog(const char *ident, int option, int facility)
{
        if (facility)
                default_facility = facility;
}

void closelog(void)
{
}
