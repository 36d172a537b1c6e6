package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.parse.DfParser.DfRow;
import dev.kernlint.parse.MountsParser.Mount;
import dev.kernlint.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** df -P (coreutils 9.1), /proc/self/mounts, /sys/block names and memory blocks. */
class DiskTextTest {

    @Test
    void dfSpaceAndInodesOfThisKindOfHost() {
        List<DfRow> k = DfParser.parse(Fixtures.sample("df-k-coreutils-9.1.txt"));
        DfRow root = k.stream().filter(r -> r.mount().equals("/")).findFirst().orElseThrow();
        assertEquals("/dev/vda", root.filesystem());
        assertTrue(root.used() + root.available() <= root.total());
        List<DfRow> i = DfParser.parse(Fixtures.sample("df-i-coreutils-9.1.txt"));
        assertTrue(i.stream().anyMatch(r -> r.mount().equals("/") && r.total() > r.used()));
    }

    @Test
    void dfMountPointWithSpaceAndBtrfsWithoutInodeCounts() {
        List<DfRow> k = DfParser.parse(Fixtures.sample("df-k-spaces-btrfs.txt"));
        assertEquals("/media/backup disk", k.get(3).mount());
        assertEquals(0L, k.get(3).available());
        List<DfRow> i = DfParser.parse(Fixtures.sample("df-i-spaces-btrfs.txt"));
        assertEquals(0L, i.get(0).total(), "btrfs prints 0 inodes and '-' for IUse%");
        assertThrows(ParseException.class, () -> DfParser.parse("df: /mnt: Permission denied\n"));
        assertThrows(ParseException.class, () -> DfParser.parse("Filesystem 1024-blocks Used Available Capacity Mounted on\n/dev/sda1 12 x\n"));
    }

    @Test
    void mountsUnescapeOctal() {
        List<Mount> m = MountsParser.parse(Fixtures.sample("mounts-btrfs-spaces.txt"));
        assertTrue(m.stream().anyMatch(x -> x.mountPoint().equals("/media/backup disk") && x.fstype().equals("ext4")));
        assertEquals("a\\b c", MountsParser.unescape("a\\134b\\040c"));
        List<Mount> kvm = MountsParser.parse(Fixtures.sample("mounts-kvm-6.18.txt"));
        assertTrue(kvm.stream().anyMatch(x -> x.mountPoint().equals("/") && x.fstype().equals("ext4")));
    }

    @Test
    void blockDeviceNames() {
        assertEquals("scsi", BlockDeviceNames.kind("sda"));
        assertEquals("scsi", BlockDeviceNames.kind("sdaa"));
        assertEquals("ide", BlockDeviceNames.kind("hdc"));
        assertEquals("virtio", BlockDeviceNames.kind("vda"));
        assertEquals("xen", BlockDeviceNames.kind("xvdb"));
        assertEquals("nvme", BlockDeviceNames.kind("nvme0n1"));
        assertEquals("cciss", BlockDeviceNames.kind("cciss!c0d0"));
        for (String other : new String[] {"loop0", "zram0", "dm-0", "md127", "sr0", "nvme0n1p1", "sda1", "nbd0"}) {
            assertNull(BlockDeviceNames.kind(other), other);
        }
        assertEquals("/dev/cciss/c0d0", BlockDeviceNames.devicePath("cciss!c0d0"));
    }

    @Test
    void raidVolumesAreRecognisedByVendorAndModel() {
        assertEquals("megaraid", BlockDeviceNames.raidController("DELL", "PERC H730P Mini"));
        assertEquals("megaraid", BlockDeviceNames.raidController("AVAGO", "MR9361-8i"));
        assertEquals("megaraid", BlockDeviceNames.raidController("LSI", "MR9260-8i"));
        assertEquals("hpsa", BlockDeviceNames.raidController("HP", "LOGICAL VOLUME"));
        assertNull(BlockDeviceNames.raidController("ATA", "Samsung SSD 860"));
        assertNull(BlockDeviceNames.raidController(null, null));
    }

    @Test
    void memoryBlocks() {
        assertEquals(128L << 20, MemoryBlockParser.blockSize("8000000\n"));
        assertEquals(2L << 30, MemoryBlockParser.blockSize("80000000\n"));
        assertTrue(MemoryBlockParser.online("online\n"));
        assertThrows(ParseException.class, () -> MemoryBlockParser.blockSize("zz"));
        assertThrows(ParseException.class, () -> MemoryBlockParser.online("maybe"));
    }
}
