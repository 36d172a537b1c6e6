package dev.kernlint.collect;

import dev.kernlint.fact.BlockDisk;
import dev.kernlint.fact.SmartHealth;
import dev.kernlint.parse.BlockDeviceNames;
import dev.kernlint.parse.DmiInventoryParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.SmartScanParser;
import dev.kernlint.parse.SmartScanParser.ScanEntry;
import dev.kernlint.parse.SmartctlParser;
import dev.kernlint.parse.SmartctlParser.SmartReport;
import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.source.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Disks from /sys/block (model, rotational, size) and their SMART health with `smartctl -H -A` (root), using the
 * -d type their controller needs: MegaRAID members from `smartctl --scan-open` (megaraid,N / sat+megaraid,N),
 * HP Smart Array drives probed as cciss,0, cciss,1, ... Paravirtual disks (virtio, Xen) have no SMART: a gap
 * saying so, never a pass.
 */
public final class DiskCollector implements Collector {
    static final String BLOCK = "/sys/block";
    /** The cciss probe stops at the first index that does not answer; a Smart Array holds at most this many drives here. */
    static final int MAX_CCISS = 32;
    /** smartctl's exit status is a bit mask: bit 0 = bad command line; bits 1-7 still print a report worth reading. */
    static final IntPredicate SMARTCTL_REPORTED = code -> (code & 1) == 0;

    @Override
    public String area() {
        return "disk";
    }

    @Override
    public void collect(Source source, Facts facts) {
        if (!source.isDirectory(BLOCK)) {
            facts.gap(area(), BLOCK, "not present (/sys not mounted?)");
            return;
        }
        List<BlockDisk> disks = new ArrayList<>();
        for (String name : source.list(BLOCK)) {
            String kind = BlockDeviceNames.kind(name);
            if (kind != null) {
                disks.add(disk(source, name, kind));
            }
        }
        disks.forEach(facts::add);
        new Smart(source, facts).collect(disks);
    }

    private static BlockDisk disk(Source source, String name, String kind) {
        String dir = BLOCK + "/" + name;
        Long sectors = number(source.read(dir + "/size"));
        Long rotational = number(source.read(dir + "/queue/rotational"));
        String vendor = text(source.read(dir + "/device/vendor"));
        String model = text(source.read(dir + "/device/model"));
        if (vendor != null && vendor.startsWith("0x")) {
            vendor = null; // virtio puts the PCI vendor id there
        }
        String controller = kind.equals("cciss") ? "cciss" : kind.equals("scsi") ? BlockDeviceNames.raidController(vendor, model) : null;
        // /sys/block/X/size counts 512-byte sectors whatever the disk's logical block size
        return new BlockDisk(name, kind, vendor, model, sectors == null ? null : sectors * 512,
                rotational == null ? null : rotational == 1, controller);
    }

    private static Long number(Input in) {
        try {
            return in.isOk() ? Long.parseLong(in.text().strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Input in) {
        return in.isOk() ? DmiInventoryParser.clean(in.text()) : null;
    }

    /** One SMART pass over the disks; stops asking once smartctl turns out to be missing. */
    private final class Smart {
        private final Source source;
        private final Facts facts;
        private boolean missing;

        Smart(Source source, Facts facts) {
            this.source = source;
            this.facts = facts;
        }

        void collect(List<BlockDisk> disks) {
            boolean megaraid = false;
            Set<String> probed = new HashSet<>();
            for (BlockDisk d : disks) {
                String dev = BlockDeviceNames.devicePath(d.name());
                if (d.kind().equals("virtio") || d.kind().equals("xen")) {
                    facts.gap(area(), "smartctl -H -A " + dev, "not applicable: " + d.kind()
                            + " disks pass no SMART data to the guest (check the hypervisor's storage)");
                } else if ("megaraid".equals(d.controller())) {
                    megaraid = true;
                } else if ("hpsa".equals(d.controller()) || "cciss".equals(d.controller())) {
                    // one probe per controller: every logical drive of it reaches the same physical drives
                    String ctl = d.kind().equals("cciss") ? d.name().replaceFirst("d\\d+$", "") : "hpsa";
                    if (probed.add(ctl)) {
                        probeCciss(d.name(), dev);
                    }
                } else {
                    check(d.name(), dev, null);
                }
                if (missing) {
                    return;
                }
            }
            if (megaraid) {
                scanMegaraid();
            }
        }

        private void scanMegaraid() {
            Input in = run(List.of("smartctl", "--scan-open"));
            if (in == null) {
                return;
            }
            if (!in.isOk()) {
                facts.gap(area(), "smartctl --scan-open", in.reason());
                return;
            }
            int n = 0;
            try {
                for (ScanEntry e : SmartScanParser.parse(in.text())) {
                    if (e.type() != null && e.type().contains("megaraid,")) {
                        n++;
                        check(e.device(), e.device(), e.type());
                    }
                }
            } catch (ParseException e) {
                facts.gap(area(), "smartctl --scan-open", "unparseable: " + e.getMessage());
                return;
            }
            if (n == 0) {
                facts.gap(area(), "smartctl --scan-open", "lists no megaraid,N disk behind the MegaRAID volume (run as root; is megaraid_sas loaded?)");
            }
        }

        private void probeCciss(String disk, String dev) {
            for (int i = 0; i < MAX_CCISS && !missing; i++) {
                if (!check(disk, dev, "cciss," + i)) {
                    return;
                }
            }
        }

        /** Runs smartctl on one disk; false when it gave no report. A probe past cciss,0 that finds no drive is the end, not a gap. */
        private boolean check(String disk, String dev, String type) {
            List<String> argv = new ArrayList<>(List.of("smartctl", "-H", "-A"));
            if (type != null) {
                argv.add("-d");
                argv.add(type);
            }
            argv.add(dev);
            String name = String.join(" ", argv);
            Input in = run(argv);
            if (in == null) {
                return false;
            }
            boolean probe = type != null && type.startsWith("cciss,") && !type.equals("cciss,0");
            if (!in.isOk()) {
                if (!probe) {
                    facts.gap(area(), name, in.reason());
                }
                return false;
            }
            SmartReport r;
            try {
                r = SmartctlParser.parse(dev, in.text());
            } catch (ParseException e) {
                facts.gap(area(), name, "unparseable: " + e.getMessage());
                return false;
            }
            if (r.openError() != null) {
                if (!probe) {
                    facts.gap(area(), name, r.openError().contains("Permission denied") ? "needs root (" + r.openError() + ")" : r.openError());
                }
                return false;
            }
            if (r.passed() == null) {
                facts.gap(area(), name, "no SMART health verdict" + (r.unavailable() == null ? "" : ": " + r.unavailable()));
                return true;
            }
            facts.add(new SmartHealth(disk, dev, type, r.passed(), r.verdict(), r.reallocated(), r.pending(),
                    r.offlineUncorrectable(), r.grownDefects(), r.mediaErrors()));
            return true;
        }

        /** The command's input, or null once smartctl is known to be missing (one gap says so). */
        private Input run(List<String> argv) {
            if (missing) {
                return null;
            }
            Input in = source.run(argv, SMARTCTL_REPORTED);
            if (in.status() == ReadStatus.MISSING && in.detail().contains("command not found")) {
                facts.gap(area(), "smartctl", "smartctl is not installed (apt-get install smartmontools)");
                missing = true;
                return null;
            }
            return in;
        }
    }
}
