package dev.kernlint.report;

import dev.kernlint.fact.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The few inventory lines under the text report's title, read from host.inventory (what the JSON report has). */
final class InventoryHeader {
    private InventoryHeader() {}

    static List<String> lines(Object inventory) {
        List<String> out = new ArrayList<>();
        if (!(inventory instanceof Map<?, ?> inv)) {
            return out;
        }
        String machine = machine(inv.get("system"));
        String cpu = cpu(inv.get("cpu"), inv.get("numa"));
        if (machine != null || cpu != null) {
            out.add("host:   " + join(machine, cpu));
        }
        String mem = memory(inv.get("memory"));
        if (mem != null) {
            out.add("memory: " + mem);
        }
        String nics = list(inv.get("nics"), InventoryHeader::nic);
        if (!nics.isEmpty()) {
            out.add("nics:   " + nics);
        }
        String disks = list(inv.get("disks"), InventoryHeader::disk);
        if (!disks.isEmpty()) {
            out.add("disks:  " + disks);
        }
        return out;
    }

    private static String machine(Object o) {
        if (!(o instanceof Map<?, ?> s)) {
            return null;
        }
        String name = join(s.get("vendor"), s.get("product"), " ");
        String bios = s.get("bios_version") == null ? null : "BIOS " + s.get("bios_version")
                + (s.get("bios_date") == null ? "" : " (" + s.get("bios_date") + ")");
        String m = join(name, bios);
        return Boolean.TRUE.equals(s.get("virtual")) ? join("virtual machine", m) : m;
    }

    private static String cpu(Object o, Object numa) {
        if (!(o instanceof Map<?, ?> c)) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        if (c.get("sockets") instanceof Number s && s.intValue() > 0) {
            sb.append(s).append(s.intValue() == 1 ? " socket, " : " sockets, ").append(c.get("cores")).append(" cores, ");
        }
        sb.append(c.get("cpus_online")).append(" CPUs");
        if (c.get("model") != null) {
            sb.append(" (").append(c.get("model")).append(')');
        }
        if (numa instanceof Map<?, ?> n && n.get("nodes") instanceof Number nodes) {
            sb.append(", ").append(nodes).append(nodes.intValue() == 1 ? " NUMA node" : " NUMA nodes");
        }
        return sb.toString();
    }

    private static String memory(Object o) {
        if (!(o instanceof Map<?, ?> m) || m.isEmpty()) {
            return null;
        }
        String dimms = null;
        if (m.get("dimm_bytes") instanceof Number b && m.get("dram_modules") instanceof Number n) {
            dimms = Bytes.human(b.longValue()) + " in " + n + " of " + m.get("dimm_slots") + " DIMM slots";
        }
        String kernel = m.get("kernel_bytes") instanceof Number k ? "kernel sees " + Bytes.human(k.longValue()) : null;
        String total = m.get("mem_total_kb") instanceof Number t ? "MemTotal " + Bytes.human(t.longValue() * 1024) : null;
        return join(join(dimms, kernel), total);
    }

    private static String nic(Map<?, ?> n) {
        StringBuilder sb = new StringBuilder(String.valueOf(n.get("name")));
        if (n.get("driver") != null) {
            sb.append(' ').append(n.get("driver"));
        }
        sb.append(n.get("speed_mbps") != null ? " " + n.get("speed_mbps") + " Mb/s" : " " + (n.get("operstate") == null ? "" : n.get("operstate")));
        if (n.get("rx_ring") != null) {
            sb.append(", rx ring ").append(n.get("rx_ring")).append('/').append(n.get("rx_ring_max"));
        }
        if (n.get("bond") != null) {
            sb.append(", in ").append(n.get("bond"));
        }
        return sb.toString().stripTrailing();
    }

    private static String disk(Map<?, ?> d) {
        StringBuilder sb = new StringBuilder(d.get("name") + " " + d.get("kind"));
        if (d.get("size_bytes") instanceof Number b) {
            sb.append(' ').append(Bytes.human(b.longValue()));
        }
        if (d.get("model") != null) {
            sb.append(' ').append(d.get("model"));
        }
        if (d.get("controller") != null) {
            sb.append(" (").append(d.get("controller")).append(')');
        }
        return sb.toString();
    }

    private static String list(Object o, java.util.function.Function<Map<?, ?>, String> item) {
        StringBuilder sb = new StringBuilder();
        if (o instanceof List<?> l) {
            for (Object e : l) {
                if (e instanceof Map<?, ?> m) {
                    sb.append(sb.length() == 0 ? "" : "; ").append(item.apply(m));
                }
            }
        }
        return sb.toString();
    }

    private static String join(Object a, Object b) {
        return join(a, b, ", ");
    }

    private static String join(Object a, Object b, String sep) {
        if (a == null) {
            return b == null ? null : b.toString();
        }
        return b == null ? a.toString() : a + sep + b;
    }
}
