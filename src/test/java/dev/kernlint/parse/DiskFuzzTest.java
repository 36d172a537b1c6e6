package dev.kernlint.parse;

import static dev.kernlint.fuzz.Fuzz.check;
import static dev.kernlint.fuzz.Fuzz.text;
import static dev.kernlint.fuzz.Fuzz.two;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzz targets for df, smartctl and block device names: a value or a ParseException. Seeds: DiskFuzzTestInputs/METHOD/. */
class DiskFuzzTest {

    @FuzzTest
    void df(byte[] data) {
        try {
            for (DfParser.DfRow r : DfParser.parse(text(data))) {
                check(r.total() >= 0 && r.used() >= 0 && r.available() >= 0, "df counts are not negative");
                check(!r.mount().isEmpty(), "a row has a mount point");
            }
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void smartScan(byte[] data) {
        try {
            for (SmartScanParser.ScanEntry e : SmartScanParser.parse(text(data))) {
                check(!e.device().isEmpty(), "an entry names a device");
            }
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void smartctl(byte[] data) {
        try {
            SmartctlParser.SmartReport r = SmartctlParser.parse("/dev/sda", text(data));
            check(notNegative(r.reallocated()) && notNegative(r.pending()) && notNegative(r.offlineUncorrectable())
                    && notNegative(r.grownDefects()) && notNegative(r.mediaErrors()), "sector counts are not negative");
        } catch (ParseException expected) {
        }
    }

    /** A /sys/block name, then vendor NUL model: documented as total functions (null when not a disk / no RAID). */
    @FuzzTest
    void blockDeviceNames(byte[] data) {
        String[] t = two(data);
        String name = t[0];
        String kind = BlockDeviceNames.kind(name);
        check(kind == null || !name.isEmpty(), "an empty name is no disk");
        check(BlockDeviceNames.devicePath(name).startsWith("/dev/"), "a device path is under /dev");
        int nl = t[1].indexOf('\n');
        String vendor = nl < 0 ? t[1] : t[1].substring(0, nl);
        String model = nl < 0 ? null : t[1].substring(nl + 1);
        BlockDeviceNames.raidController(vendor, model);
        BlockDeviceNames.raidController(null, vendor);
    }

    private static boolean notNegative(Long v) {
        return v == null || v >= 0;
    }
}
