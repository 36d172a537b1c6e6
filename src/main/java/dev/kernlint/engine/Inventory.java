package dev.kernlint.engine;

import dev.kernlint.collect.Facts;
import dev.kernlint.fact.BlockDisk;
import dev.kernlint.fact.Bond;
import dev.kernlint.fact.CpuTopology;
import dev.kernlint.fact.Dimm;
import dev.kernlint.fact.FilesystemUsage;
import dev.kernlint.fact.HostHardware;
import dev.kernlint.fact.KernelVersion;
import dev.kernlint.fact.MemInfo;
import dev.kernlint.fact.MemoryBlocks;
import dev.kernlint.fact.NicDriver;
import dev.kernlint.fact.NicLink;
import dev.kernlint.fact.NumaNode;
import dev.kernlint.fact.NumaTopology;
import dev.kernlint.fact.ProcessorSocket;
import dev.kernlint.fact.RingBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host's inventory, as chapter 1 of the book takes it: kernel, machine and BIOS, CPU sockets and cores, NUMA
 * nodes, memory (DIMMs and what the kernel sees), NICs with driver, speed and rings, disks with their controller,
 * filesystems. Facts in, a map out (host.inventory in the JSON report); what was not collected is left out.
 */
public final class Inventory {
    private Inventory() {}

    public static Map<String, Object> of(Facts facts) {
        Map<String, Object> inv = new LinkedHashMap<>();
        facts.first(KernelVersion.class).ifPresent(k -> inv.put("kernel", k.release()));
        facts.first(HostHardware.class).ifPresent(h -> inv.put("system", system(h, facts)));
        facts.first(CpuTopology.class).ifPresent(c -> inv.put("cpu", cpu(c, facts)));
        facts.first(NumaTopology.class).ifPresent(n -> inv.put("numa", numa(n, facts)));
        inv.put("memory", memory(facts));
        inv.put("nics", nics(facts));
        List<Object> bonds = new ArrayList<>();
        for (Bond b : facts.all(Bond.class)) {
            bonds.add(map("name", b.name(), "slaves", b.slaves()));
        }
        if (!bonds.isEmpty()) {
            inv.put("bonds", bonds);
        }
        inv.put("disks", disks(facts));
        List<Object> fs = new ArrayList<>();
        for (FilesystemUsage f : facts.all(FilesystemUsage.class)) {
            fs.add(map("mount", f.mount(), "device", f.device(), "fstype", f.fstype(), "size_kb", f.sizeKb(),
                    "used_share", round(f.usedShare()), "inode_share", f.hasInodes() ? round(f.inodeShare()) : null));
        }
        inv.put("filesystems", fs);
        return inv;
    }

    private static Map<String, Object> system(HostHardware h, Facts facts) {
        boolean virtual = facts.first(CpuTopology.class).map(CpuTopology::hypervisor).orElse(false);
        return map("vendor", h.vendor(), "product", h.product(), "version", h.version(), "bios_vendor", h.biosVendor(),
                "bios_version", h.biosVersion(), "bios_date", h.biosDate(), "virtual", virtual, "source", h.source());
    }

    private static Map<String, Object> cpu(CpuTopology c, Facts facts) {
        Map<String, Object> m = map("model", c.model(), "sockets", c.sockets(), "cores", c.cores(), "cpus_online", c.online(),
                "cpus_present", c.present(), "offline", c.hasOffline() ? c.offlineList() : null);
        List<Object> sockets = new ArrayList<>();
        for (ProcessorSocket p : facts.all(ProcessorSocket.class)) {
            sockets.add(map("socket", p.designation(), "version", p.version(), "cores", p.coreCount(),
                    "cores_enabled", p.coreEnabled(), "threads", p.threadCount(), "status", p.status()));
        }
        if (!sockets.isEmpty()) {
            m.put("processors", sockets);
        }
        return m;
    }

    private static Map<String, Object> numa(NumaTopology n, Facts facts) {
        List<Object> nodes = new ArrayList<>();
        for (NumaNode node : facts.all(NumaNode.class)) {
            nodes.add(map("node", node.id(), "cpus", node.cpuList(), "mem_total_kb", node.memTotalKb()));
        }
        return map("nodes", n.nodes(), "online", n.onlineList(), "node_sums_match_meminfo", n.nodeSumsMatch(), "per_node", nodes);
    }

    private static Map<String, Object> memory(Facts facts) {
        Map<String, Object> m = new LinkedHashMap<>();
        facts.first(MemInfo.class).ifPresent(mi -> m.put("mem_total_kb", mi.memTotalKb()));
        facts.first(MemoryBlocks.class).ifPresent(b -> {
            m.put("kernel_bytes", b.presentBytes());
            m.put("memory_block_bytes", b.blockSizeBytes());
            m.put("blocks_offline", b.offline());
        });
        List<Dimm> dimms = facts.all(Dimm.class);
        if (!dimms.isEmpty()) {
            long total = 0;
            int dram = 0;
            List<Object> installed = new ArrayList<>();
            for (Dimm d : dimms) {
                if (d.installedDram()) {
                    total += d.sizeBytes();
                    dram++;
                }
                if (d.installed()) {
                    installed.add(map("locator", d.locator(), "size", d.sizeText(), "type", d.type(), "speed", d.speed(),
                            "manufacturer", d.manufacturer(), "part", d.partNumber(), "technology", d.technology()));
                }
            }
            m.put("dimm_slots", dimms.size());
            m.put("dram_modules", dram);
            m.put("dimm_bytes", total);
            m.put("dimms", installed);
        }
        return m;
    }

    private static List<Object> nics(Facts facts) {
        Map<String, NicLink> links = new LinkedHashMap<>();
        facts.all(NicLink.class).forEach(l -> links.put(l.iface(), l));
        Map<String, RingBuffer> rings = new LinkedHashMap<>();
        facts.all(RingBuffer.class).forEach(r -> rings.put(r.iface(), r));
        Map<String, String> bondOf = new LinkedHashMap<>();
        facts.all(Bond.class).forEach(b -> b.slaves().forEach(s -> bondOf.put(s, b.name())));
        List<Object> out = new ArrayList<>();
        for (NicDriver d : facts.all(NicDriver.class)) {
            NicLink l = links.get(d.iface());
            RingBuffer r = rings.get(d.iface());
            out.add(map("name", d.iface(), "driver", d.driver(), "driver_version", d.version(), "firmware", d.firmware(),
                    "bus_info", d.busInfo(), "operstate", l == null ? null : l.operstate(),
                    "speed_mbps", l == null ? null : l.speedMbps(), "duplex", l == null ? null : l.duplex(),
                    "best_supported_mbps", l == null ? null : l.bestSupportedMbps(),
                    "rx_ring", r == null ? null : r.rxCurrent(), "rx_ring_max", r == null ? null : r.rxMax(),
                    "tx_ring", r == null ? null : r.txCurrent(), "tx_ring_max", r == null ? null : r.txMax(),
                    "bond", bondOf.get(d.iface())));
        }
        return out;
    }

    private static List<Object> disks(Facts facts) {
        List<Object> out = new ArrayList<>();
        for (BlockDisk d : facts.all(BlockDisk.class)) {
            out.add(map("name", d.name(), "kind", d.kind(), "vendor", d.vendor(), "model", d.model(), "size_bytes", d.sizeBytes(),
                    "rotational", d.rotational(), "controller", d.controller(), "smartctl", d.smartctlHint()));
        }
        return out;
    }

    private static Double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** An ordered map from key, value pairs; null values are kept so the JSON shape does not depend on the host. */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
