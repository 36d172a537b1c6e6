package dev.kernlint.collect;

import dev.kernlint.fact.CpuTopology;
import dev.kernlint.fact.Dimm;
import dev.kernlint.fact.DimmSum;
import dev.kernlint.fact.HostHardware;
import dev.kernlint.fact.MemoryBlocks;
import dev.kernlint.parse.DmiDecodeParser.DmiRecord;
import dev.kernlint.parse.DmiDecodeParser;
import dev.kernlint.parse.DmiInventoryParser;
import dev.kernlint.parse.MemoryBlockParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.source.Source;
import java.util.List;

/**
 * DIMMs, processors, BIOS and system from dmidecode (root), the memory blocks the kernel sees, and their sum.
 * dmidecode that cannot run is one gap on "dmidecode -t memory", with the reason in words: not installed, needs
 * root, or not applicable (no DMI table, as in many VMs). In a VM the DIMMs are the hypervisor's fiction: the
 * DIMM rule is not applicable there either. BIOS and system then come from /sys/class/dmi/id (no root needed).
 */
public final class HardwareCollector implements Collector {
    static final String MEMORY = "/sys/devices/system/memory";
    static final String DMI_ID = "/sys/class/dmi/id";
    public static final String DIMM_INPUT = "dmidecode -t memory";

    @Override
    public boolean readsFacts() {
        return true; // the hypervisor flag of CpuTopology
    }

    static final List<String> DMI_MEMORY = List.of("dmidecode", "-t", "memory");
    static final List<String> DMI_PROCESSOR = List.of("dmidecode", "-t", "processor");
    static final List<String> DMI_BIOS = List.of("dmidecode", "-t", "bios");
    static final List<String> DMI_SYSTEM = List.of("dmidecode", "-t", "system");

    @Override
    public String area() {
        return "hardware";
    }

    @Override
    public void collect(Source source, Facts facts) {
        MemoryBlocks blocks = memoryBlocks(source, facts);
        boolean hypervisor = facts.first(CpuTopology.class).map(CpuTopology::hypervisor).orElse(false);
        Input mem = source.run(DMI_MEMORY);
        String unavailable = unavailable(mem);
        if (unavailable != null) {
            facts.gap(area(), DIMM_INPUT, unavailable);
            facts.add(sysfsIdentity(source));
            return;
        }
        List<Dimm> dimms;
        try {
            dimms = DmiInventoryParser.dimms(mem.text());
        } catch (ParseException e) {
            facts.gap(area(), DIMM_INPUT, "unparseable: " + e.getMessage());
            dimms = List.of();
        }
        dimms.forEach(facts::add);
        if (hypervisor) {
            facts.gap(area(), DIMM_INPUT, "not applicable in a virtual machine (hypervisor flag in /proc/cpuinfo): "
                    + "its DIMMs are what the hypervisor reports, not modules");
        } else if (dimms.isEmpty()) {
            facts.gap(area(), DIMM_INPUT, "not applicable: the DMI table lists no memory devices (type 17)");
        } else {
            facts.add(sum(source, dimms, blocks));
        }
        Input cpu = source.run(DMI_PROCESSOR);
        if (ok(facts, "dmidecode -t processor", cpu)) {
            try {
                DmiInventoryParser.processors(cpu.text()).forEach(facts::add);
            } catch (ParseException e) {
                facts.gap(area(), "dmidecode -t processor", "unparseable: " + e.getMessage());
            }
        }
        facts.add(dmiIdentity(source, facts));
    }

    /** Why dmidecode gave nothing to judge, in a person's words; null when its output is usable. */
    static String unavailable(Input in) {
        if (in.isOk()) {
            return DmiDecodeParser.noTable(in.text()) ? noDmi() : null;
        }
        if (in.status() == ReadStatus.MISSING && in.detail().contains("command not found")) {
            return "dmidecode is not installed (apt-get install dmidecode)";
        }
        if (in.status() == ReadStatus.DENIED) {
            return "needs root: dmidecode reads /sys/firmware/dmi/tables or /dev/mem";
        }
        // no sysfs table and no /dev/mem to scan (a VM or container): the same as "no entry point"
        if (in.detail().contains("/dev/mem: No such file") || in.detail().contains("No SMBIOS nor DMI")) {
            return noDmi();
        }
        return in.reason();
    }

    private static String noDmi() {
        return "not applicable: no SMBIOS/DMI table on this host (a virtual machine or container without DMI)";
    }

    private boolean ok(Facts facts, String name, Input in) {
        String why = unavailable(in);
        if (why != null) {
            facts.gap(area(), name, why);
            return false;
        }
        return true;
    }

    private DimmSum sum(Source source, List<Dimm> dimms, MemoryBlocks blocks) {
        long bytes = 0;
        Long smallest = null;
        int installed = 0;
        int unknown = 0;
        for (Dimm d : dimms) {
            if (d.installedDram()) {
                installed++;
                bytes += d.sizeBytes();
                smallest = smallest == null ? d.sizeBytes() : Math.min(smallest, d.sizeBytes());
            } else if ("Unknown".equals(d.sizeText())) {
                unknown++;
            }
        }
        if (blocks != null) {
            return new DimmSum(dimms.size(), installed, unknown, bytes, smallest, blocks.presentBytes(), DimmSum.BLOCKS, blocks.offline());
        }
        dev.kernlint.fact.MemInfo meminfo = MemInfoCollector.readOrNull(source);
        Long memTotalKb = meminfo == null ? null : meminfo.memTotalKb();
        return new DimmSum(dimms.size(), installed, unknown, bytes, smallest, memTotalKb == null ? null : memTotalKb * 1024,
                DimmSum.MEMTOTAL, 0);
    }

    private MemoryBlocks memoryBlocks(Source source, Facts facts) {
        Input size = source.read(MEMORY + "/block_size_bytes");
        if (!size.isOk()) {
            // kernels without memory hotplug have no blocks: the DIMM sum falls back to MemTotal, no gap
            if (size.status() != ReadStatus.MISSING) {
                facts.gap(area(), size);
            }
            return null;
        }
        int online = 0;
        int offline = 0;
        try {
            long blockSize = MemoryBlockParser.blockSize(size.text());
            for (String name : source.list(MEMORY)) {
                if (!name.startsWith("memory") || name.length() == "memory".length()) {
                    continue;
                }
                Input state = source.read(MEMORY + "/" + name + "/state");
                if (state.isOk()) {
                    if (MemoryBlockParser.online(state.text())) {
                        online++;
                    } else {
                        offline++;
                    }
                }
            }
            MemoryBlocks b = new MemoryBlocks(blockSize, online, offline);
            facts.add(b);
            return online + offline == 0 ? null : b;
        } catch (ParseException e) {
            facts.gap(area(), MEMORY, "unparseable: " + e.getMessage());
            return null;
        }
    }

    private HostHardware dmiIdentity(Source source, Facts facts) {
        Input bios = source.run(DMI_BIOS);
        Input system = source.run(DMI_SYSTEM);
        if (!ok(facts, "dmidecode -t bios", bios) || !ok(facts, "dmidecode -t system", system)) {
            return sysfsIdentity(source);
        }
        try {
            DmiRecord b = DmiInventoryParser.first(bios.text(), 0);
            DmiRecord s = DmiInventoryParser.first(system.text(), 1);
            return new HostHardware(s == null ? null : DmiInventoryParser.clean(s.get("Manufacturer")),
                    s == null ? null : DmiInventoryParser.clean(s.get("Product Name")),
                    s == null ? null : DmiInventoryParser.clean(s.get("Version")),
                    b == null ? null : DmiInventoryParser.clean(b.get("Vendor")),
                    b == null ? null : DmiInventoryParser.clean(b.get("Version")),
                    b == null ? null : DmiInventoryParser.clean(b.get("Release Date")), "dmidecode");
        } catch (ParseException e) {
            facts.gap(area(), "dmidecode -t bios", "unparseable: " + e.getMessage());
            return sysfsIdentity(source);
        }
    }

    /** The same identity as the kernel exports it to everyone; absent in VMs without DMI. */
    private static HostHardware sysfsIdentity(Source source) {
        String vendor = dmiId(source, "sys_vendor");
        String product = dmiId(source, "product_name");
        String biosVersion = dmiId(source, "bios_version");
        boolean any = vendor != null || product != null || biosVersion != null;
        return new HostHardware(vendor, product, dmiId(source, "product_version"), dmiId(source, "bios_vendor"), biosVersion,
                dmiId(source, "bios_date"), any ? DMI_ID : "none");
    }

    private static String dmiId(Source source, String name) {
        return source.read(DMI_ID + "/" + name).textIfOk().map(DmiInventoryParser::clean).orElse(null);
    }
}
