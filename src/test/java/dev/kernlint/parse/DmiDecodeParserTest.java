package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.Dimm;
import dev.kernlint.fact.ProcessorSocket;
import dev.kernlint.parse.DmiDecodeParser.DmiRecord;
import dev.kernlint.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dmidecode 2.2 (extra indent), 2.12 ("16384 MB"), 3.3/3.4 ("32 GB" with Volatile/Logical Size lines) and "no DMI". */
class DmiDecodeParserTest {

    @Test
    void newFormatReadsOnlyTheSizeLineOfEachDevice() {
        List<Dimm> dimms = DmiInventoryParser.dimms(Fixtures.sample("dmidecode-memory-3.4-server.txt"));
        assertEquals(4, dimms.size(), "four Memory Devices; the Physical Memory Array is not one");
        assertEquals(3, dimms.stream().filter(Dimm::installed).count());
        assertEquals(32L << 30, dimms.get(0).sizeBytes(), "32 GB, not the 'Volatile Size' or 'Logical Size: None' lines");
        assertEquals("A1", dimms.get(0).locator());
        assertEquals("HMA84GR7CJR4N-WM", dimms.get(0).partNumber(), "trailing blanks of the part number dropped");
        assertFalse(dimms.get(2).installed());
        assertEquals("No Module Installed", dimms.get(2).sizeText());
    }

    @Test
    void oldFormatSizesAreMegabytesOfPowersOf1024() {
        List<Dimm> dimms = DmiInventoryParser.dimms(Fixtures.sample("dmidecode-memory-2.12-mb.txt"));
        assertEquals(3, dimms.size());
        assertEquals(16384L << 20, dimms.get(0).sizeBytes());
        assertNull(dimms.get(1).sizeBytes());
        assertEquals(8L << 30, dimms.get(2).sizeBytes());
    }

    @Test
    void persistentMemoryIsListedButIsNotDram() {
        String pmem = "# dmidecode 3.2\nHandle 0x0024, DMI type 17, 84 bytes\nMemory Device\n\tSize: 128 GB\n\tLocator: CPU1_DIMM_A2\n"
                + "\tType: Logical non-volatile device\n\tMemory Technology: Intel Optane DC persistent memory\n"
                + "\tNon-Volatile Size: 126 GB\n\tVolatile Size: None\n";
        Dimm d = DmiInventoryParser.dimms(pmem).get(0);
        assertTrue(d.installed());
        assertFalse(d.installedDram(), "App Direct modules never show in the kernel's RAM");
        assertTrue(DmiInventoryParser.dimms(Fixtures.sample("dmidecode-memory-3.4-server.txt")).get(0).installedDram());
    }

    @Test
    void kvmGuestListsOneQemuDimm() {
        List<Dimm> dimms = DmiInventoryParser.dimms(Fixtures.sample("dmidecode-memory-kvm-3.3.txt"));
        assertEquals(1, dimms.size());
        assertEquals("QEMU", dimms.get(0).manufacturer());
    }

    @Test
    void noDmiTableIsRecognisedNotParsedAsEmptyMemory() {
        String text = Fixtures.sample("dmidecode-no-dmi-2.11.txt");
        assertTrue(DmiDecodeParser.noTable(text));
        assertFalse(DmiDecodeParser.noTable(Fixtures.sample("dmidecode-memory-kvm-3.3.txt")));
    }

    @Test
    void sizesInEveryUnit() {
        assertEquals(16L << 30, DmiSizeParser.bytes("16 GB"));
        assertEquals(16L << 30, DmiSizeParser.bytes("16384 MB"));
        assertEquals(16L << 30, DmiSizeParser.bytes("16 GiB"));
        assertEquals(512L << 10, DmiSizeParser.bytes("512 kB"));
        assertEquals(1L << 40, DmiSizeParser.bytes("1 TB"));
        assertNull(DmiSizeParser.bytes("No Module Installed"));
        assertNull(DmiSizeParser.bytes("Unknown"));
        assertNull(DmiSizeParser.bytes("Not Installed"));
        assertThrows(ParseException.class, () -> DmiSizeParser.bytes("16 XB"));
        assertThrows(ParseException.class, () -> DmiSizeParser.bytes("sixteen GB"));
    }

    @Test
    void processorsWithDisabledCores() {
        List<ProcessorSocket> p = DmiInventoryParser.processors(Fixtures.sample("dmidecode-processor-3.4.txt"));
        assertEquals(2, p.size());
        assertEquals("CPU1", p.get(0).designation());
        assertEquals(20, p.get(0).coreCount());
        assertEquals(16, p.get(1).coreEnabled(), "the BIOS disabled 4 cores of CPU2");
        assertTrue(p.get(1).populated());
        assertEquals("Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz", p.get(0).version());
    }

    @Test
    void biosAndSystemInBothLayouts() {
        DmiRecord bios = DmiInventoryParser.first(Fixtures.sample("dmidecode-bios-3.4.txt"), 0);
        assertEquals("Dell Inc.", bios.get("Vendor"));
        assertEquals("2.12.2", bios.get("Version"));
        assertNull(bios.get("PCI is supported"), "list items under Characteristics are not properties");
        DmiRecord system = DmiInventoryParser.first(Fixtures.sample("dmidecode-system-3.4.txt"), 1);
        assertEquals("PowerEdge R740", system.get("Product Name"));
        assertNull(DmiInventoryParser.clean(system.get("Version")), "'Not Specified' is unknown");

        String old = Fixtures.sample("dmidecode-bios-2.2-indented.txt");
        assertEquals("A08", DmiInventoryParser.first(old, 0).get("Version"));
        assertEquals("ProLiant BL685c G1", DmiInventoryParser.first(old, 1).get("Product Name"));
    }

    @Test
    void garbageIsRefused() {
        assertThrows(ParseException.class, () -> DmiDecodeParser.parse("Permission denied\n"));
        assertThrows(ParseException.class, () -> DmiInventoryParser.dimms("# dmidecode 3.4\nHandle 0x1100, DMI type 17, 84 bytes\nMemory Device\n\tLocator: A1\n"));
    }
}
