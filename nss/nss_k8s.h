/* The entry points of libnss_k8s.so.2, as glibc (and nss_wrapper) call
 * them. */
#ifndef K8S_NSS_K8S_H
#define K8S_NSS_K8S_H

#include <grp.h>
#include <nss.h>
#include <pwd.h>
#include <stddef.h>
#include <sys/types.h>

enum nss_status _nss_k8s_getpwnam_r(const char *name, struct passwd *pw, char *buf,
                                    size_t len, int *errnop);
enum nss_status _nss_k8s_getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t len,
                                    int *errnop);
enum nss_status _nss_k8s_getgrnam_r(const char *name, struct group *gr, char *buf,
                                    size_t len, int *errnop);
enum nss_status _nss_k8s_getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t len,
                                    int *errnop);
enum nss_status _nss_k8s_initgroups_dyn(const char *user, gid_t group, long *start,
                                        long *size, gid_t **groupsp, long limit, int *errnop);
enum nss_status _nss_k8s_setpwent(int stayopen);
enum nss_status _nss_k8s_endpwent(void);
enum nss_status _nss_k8s_getpwent_r(struct passwd *pw, char *buf, size_t len, int *errnop);
enum nss_status _nss_k8s_setgrent(int stayopen);
enum nss_status _nss_k8s_endgrent(void);
enum nss_status _nss_k8s_getgrent_r(struct group *gr, char *buf, size_t len, int *errnop);

#endif
