package dev.kernlint.fact;

import java.util.List;

/**
 * What decides whether the persisted sysctl configuration could have been applied and whether a key can be set here.
 *
 * @param pid1           the command name of PID 1 (/proc/1/comm), null when it could not be read
 * @param procSysMode    "ro" when /proc/sys (or /proc) is mounted read-only here, "rw", or null when unknown
 * @param userNamespace  true when this is not the initial user namespace (/proc/self/uid_map maps less than all of
 *                       0..4294967294): kernel-global keys are owned by a user that does not exist here
 * @param container      the marker that says this is a container (/.dockerenv, /run/.containerenv,
 *                       container= of PID 1), or null
 * @param sysctlUnit     with systemd as PID 1, why systemd-sysctl.service did not apply sysctl.d at this boot
 *                       (masked, skipped, failed, never started), or null when it did or that is unknown
 */
public record SysctlHost(String pid1, String procSysMode, boolean userNamespace, String container, String sysctlUnit) {

    public SysctlHost(String pid1, String procSysMode, boolean userNamespace, String container) {
        this(pid1, procSysMode, userNamespace, container, null);
    }

    /**
     * Keys that belong to a namespace a container has of its own (the list Docker and Kubernetes accept as
     * "namespaced" sysctls): net.* (network), the IPC keys (kernel.shm*, msg*, sem, fs.mqueue.*), the UTS names.
     */
    static final List<String> NAMESPACED = List.of("net.", "fs.mqueue.", "kernel.shm", "kernel.msg", "kernel.sem",
            "kernel.hostname", "kernel.domainname", "user.");

    /**
     * True when sysctl.d was not (wholly) applied at boot by systemd-sysctl: PID 1 is known and is not systemd, or
     * it is systemd and its systemd-sysctl.service did not run or failed.
     */
    public boolean notAppliedAtBoot() {
        return pid1 != null && (!pid1.equals("systemd") || sysctlUnit != null);
    }

    /** Why {@link #notAppliedAtBoot}, for the finding. */
    public String notAppliedReason() {
        if (pid1 != null && pid1.equals("systemd") && sysctlUnit != null) {
            return sysctlUnit;
        }
        return "PID 1 is " + pid1 + ", not systemd, so systemd-sysctl never applied the sysctl.d files at boot"
                + (container != null ? " (a container: " + container + ")" : "");
    }

    public static boolean namespaced(String key) {
        for (String p : NAMESPACED) {
            if (key.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether nothing here can set the key: /proc/sys read-only, or a kernel-global key in a user namespace. */
    public boolean readOnly(String key) {
        return "ro".equals(procSysMode) || (userNamespace && !namespaced(key));
    }

    /** Why {@link #readOnly}, for the gap. */
    public String readOnlyReason(String key) {
        String where = container != null ? "this container (" + container + ")" : "this host";
        if ("ro".equals(procSysMode)) {
            return "not applicable here: /proc/sys is mounted read-only in " + where + ", so the persisted value cannot be applied";
        }
        return "not applicable here: kernel-global keys cannot be set from a user namespace (" + where + ")";
    }
}
