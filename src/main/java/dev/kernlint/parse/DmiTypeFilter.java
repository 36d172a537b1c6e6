package dev.kernlint.parse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full `dmidecode` cut down to what `dmidecode -t KEYWORD` prints: the header lines and the records of the
 * keyword's DMI types (dmidecode(8): memory is 16 and 17, processor 4, bios 0 and 13, system 1, 12, 15, 23, 32).
 */
public final class DmiTypeFilter {
    private static final Pattern HANDLE = Pattern.compile("^Handle 0x[0-9A-Fa-f]+, DMI type (\\d+),");

    private DmiTypeFilter() {}

    public static Set<Integer> types(String keyword) {
        return switch (keyword) {
            case "bios" -> Set.of(0, 13);
            case "system" -> Set.of(1, 12, 15, 23, 32);
            case "baseboard" -> Set.of(2, 10, 41);
            case "chassis" -> Set.of(3);
            case "processor" -> Set.of(4);
            case "memory" -> Set.of(16, 17);
            case "cache" -> Set.of(7);
            case "connector" -> Set.of(8);
            case "slot" -> Set.of(9);
            default -> throw new ParseException("dmidecode: unknown type keyword '" + keyword + "'");
        };
    }

    public static String keep(String full, Set<Integer> types) {
        if (!full.contains("# dmidecode") && !full.contains("SMBIOS") && !HANDLE.matcher(full).find()
                && !full.lines().anyMatch(l -> HANDLE.matcher(l).find())) {
            throw new ParseException("dmidecode: neither a '# dmidecode' header nor a 'Handle 0x...' record");
        }
        StringBuilder sb = new StringBuilder();
        boolean header = true;
        boolean keep = false;
        for (String line : full.split("\n", -1)) {
            Matcher h = HANDLE.matcher(line);
            if (h.find()) {
                header = false;
                keep = types.contains(Integer.parseInt(h.group(1)));
            }
            if (header || keep) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }
}
