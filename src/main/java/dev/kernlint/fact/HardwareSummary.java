package dev.kernlint.fact;

import java.util.Collection;

/** The one line of HW-INVENTORY: kernel, machine, CPUs, NUMA nodes, memory, NICs and disks. */
public final class HardwareSummary {
    private HardwareSummary() {}

    public static String line(KernelVersion k, CpuTopology c, HostHardware hw, long numaNodes, Collection<?> dimms,
                              Collection<?> nics, Collection<?> disks) {
        StringBuilder sb = new StringBuilder("kernel ").append(k.release());
        String machine = hw.describe();
        if (machine != null) {
            sb.append("; ").append(machine);
        }
        sb.append("; ");
        if (c.sockets() > 0) {
            sb.append(c.sockets()).append(c.sockets() == 1 ? " socket, " : " sockets, ").append(c.cores()).append(" cores, ");
        }
        sb.append(c.online()).append(" CPUs online");
        if (c.model() != null) {
            sb.append(" (").append(c.model()).append(')');
        }
        if (c.hypervisor()) {
            sb.append(", virtual machine");
        }
        if (numaNodes > 0) {
            sb.append("; ").append(numaNodes).append(numaNodes == 1 ? " NUMA node" : " NUMA nodes");
        }
        long bytes = 0;
        int installed = 0;
        for (Object o : dimms) {
            if (o instanceof Dimm d && d.installedDram()) {
                bytes += d.sizeBytes();
                installed++;
            }
        }
        if (installed > 0) {
            sb.append("; ").append(Bytes.human(bytes)).append(" in ").append(installed).append(" of ").append(dimms.size()).append(" DIMM slots");
        }
        java.util.TreeMap<String, String> byName = new java.util.TreeMap<>();
        for (Object o : nics) {
            if (o instanceof NicDriver d) {
                byName.put(d.iface(), d.iface() + (d.driver() == null ? "" : " " + d.driver()));
            }
        }
        String n = String.join(", ", byName.values());
        if (n.length() > 0) {
            sb.append("; NICs ").append(n);
        }
        if (!disks.isEmpty()) {
            sb.append("; ").append(disks.size()).append(disks.size() == 1 ? " disk" : " disks");
        }
        return sb.toString();
    }
}
