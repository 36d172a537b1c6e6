package dev.kernlint.fact;

/**
 * The CPUs as the kernel sees them: online and offline logical CPUs (/sys/devices/system/cpu), sockets and cores
 * from /proc/cpuinfo ("physical id", "core id"), and whether the kernel runs under a hypervisor (the flag).
 *
 * @param sockets 0 when cpuinfo has no "physical id" (some VMs and ARM boards)
 */
public record CpuTopology(int online, String onlineList, String offlineList, int present, int sockets, int cores,
                          boolean hypervisor, String model) {

    public boolean hasOffline() {
        return offlineList != null && !offlineList.isBlank();
    }
}
