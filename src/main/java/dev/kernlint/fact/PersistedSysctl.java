package dev.kernlint.fact;

/**
 * A kernel parameter as the boot-time configuration sets it: the winning assignment after systemd-sysctl's
 * precedence (/etc/sysctl.d, /run/sysctl.d, /usr/local/lib/sysctl.d, /usr/lib/sysctl.d, /lib/sysctl.d merged by
 * file name, lexical order, later wins; /etc/sysctl.conf last), with the file and line that set it.
 */
public record PersistedSysctl(String key, String value, String file, int line) {}
