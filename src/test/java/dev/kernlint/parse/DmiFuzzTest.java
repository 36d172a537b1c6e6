package dev.kernlint.parse;

import static dev.kernlint.fuzz.Fuzz.check;
import static dev.kernlint.fuzz.Fuzz.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kernlint.fact.Dimm;
import java.util.List;

/** Fuzz targets for dmidecode output: records, inventory, sizes. A value or a ParseException. Seeds: DmiFuzzTestInputs/METHOD/. */
class DmiFuzzTest {

    @FuzzTest
    void dmiDecode(byte[] data) {
        String t = text(data);
        DmiDecodeParser.noTable(t);
        try {
            List<DmiDecodeParser.DmiRecord> records = DmiDecodeParser.parse(t);
            for (DmiDecodeParser.DmiRecord r : records) {
                check(r.handle().startsWith("0x") && r.title() != null && r.props() != null, "a record has handle, title, props");
            }
            check(DmiDecodeParser.ofType(records, 17).size() <= records.size(), "ofType filters");
        } catch (ParseException expected) {
        }
    }

    /** The same text read as -t memory, -t processor and -t bios/system. */
    @FuzzTest
    void dmiInventory(byte[] data) {
        String t = text(data);
        try {
            for (Dimm d : DmiInventoryParser.dimms(t)) {
                check(d.sizeBytes() == null || d.sizeBytes() >= 0, "a DIMM size is not negative");
            }
        } catch (ParseException expected) {
        }
        try {
            DmiInventoryParser.processors(t);
        } catch (ParseException expected) {
        }
        try {
            DmiInventoryParser.first(t, 1);
        } catch (ParseException expected) {
        }
    }

    @FuzzTest
    void dmiSize(byte[] data) {
        try {
            Long b = DmiSizeParser.bytes(text(data));
            check(b == null || b >= 0, "a size is not negative (no overflow)");
        } catch (ParseException expected) {
        }
    }
}
