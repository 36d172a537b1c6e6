package dev.kernlint.parse;

import dev.kernlint.fact.Dimm;
import dev.kernlint.fact.ProcessorSocket;
import dev.kernlint.parse.DmiDecodeParser.DmiRecord;
import java.util.ArrayList;
import java.util.List;

/** The records of `dmidecode -t memory`, `-t processor`, `-t bios` and `-t system` as inventory facts. */
public final class DmiInventoryParser {
    static final int BIOS = 0;
    static final int SYSTEM = 1;
    static final int PROCESSOR = 4;
    static final int MEMORY_DEVICE = 17;

    private DmiInventoryParser() {}

    /** Every "Memory Device", installed or empty; its "Size:" line alone gives the size. */
    public static List<Dimm> dimms(String text) {
        List<Dimm> out = new ArrayList<>();
        for (DmiRecord r : DmiDecodeParser.parse(text)) {
            if (r.type() != MEMORY_DEVICE && !(r.type() < 0 && r.title().equals("Memory Device"))) {
                continue;
            }
            String size = r.get("Size");
            if (size == null) {
                throw new ParseException("dmidecode -t memory: Memory Device " + r.handle() + " has no Size line");
            }
            out.add(new Dimm(r.get("Locator"), r.get("Bank Locator"), DmiSizeParser.bytes(size), size, r.get("Type"),
                    r.get("Speed"), r.get("Manufacturer"), clean(r.get("Part Number")), r.get("Memory Technology")));
        }
        return out;
    }

    public static List<ProcessorSocket> processors(String text) {
        List<ProcessorSocket> out = new ArrayList<>();
        for (DmiRecord r : DmiDecodeParser.parse(text)) {
            if (r.type() == PROCESSOR) {
                out.add(new ProcessorSocket(r.get("Socket Designation"), clean(r.get("Version")), integer(r.get("Core Count")),
                        integer(r.get("Core Enabled")), integer(r.get("Thread Count")), r.get("Status")));
            }
        }
        return out;
    }

    /** The first record of a type (BIOS 0, System 1), or null. */
    public static DmiRecord first(String text, int type) {
        for (DmiRecord r : DmiDecodeParser.parse(text)) {
            if (r.type() == type) {
                return r;
            }
        }
        return null;
    }

    /** Placeholder strings vendors leave in DMI ("Not Specified", "To Be Filled By O.E.M.") mean "unknown". */
    public static String clean(String v) {
        if (v == null) {
            return null;
        }
        String s = v.strip();
        return s.isEmpty() || s.equals("Not Specified") || s.equals("Unknown") || s.equals("None")
                || s.equals("To Be Filled By O.E.M.") || s.equals("Default string") || s.equals("Not Provided") ? null : s;
    }

    private static Integer integer(String v) {
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
