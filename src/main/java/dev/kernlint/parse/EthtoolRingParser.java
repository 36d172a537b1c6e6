package dev.kernlint.parse;

import dev.kernlint.fact.RingBuffer;

/**
 * `ethtool -g IF`:
 * <pre>
 * Ring parameters for eth0:
 * Pre-set maximums:
 * RX:		4096
 * RX Mini:	n/a        (newer ethtool; older prints 0)
 * RX Jumbo:	0
 * TX:		4096
 * Current hardware settings:
 * RX:		256
 * ...
 * RX Buf Len / CQE Size / TX Push / RX Push / TCP data split (newer ethtool): ignored
 * </pre>
 */
public final class EthtoolRingParser {
    private EthtoolRingParser() {}

    public static RingBuffer parse(String iface, String text) {
        Long rxMax = null, txMax = null, rxCur = null, txCur = null;
        int section = 0; // 1 = maximums, 2 = current
        boolean sawMax = false, sawCur = false;
        int ringLines = 0; // RX and TX lines seen, in both sections: 4 in every ethtool version
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("Pre-set maximums")) {
                section = 1;
                sawMax = true;
                continue;
            }
            if (line.startsWith("Current hardware settings")) {
                section = 2;
                sawCur = true;
                continue;
            }
            int colon = line.indexOf(':');
            if (section == 0 || colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            Long value = size(line.substring(colon + 1).strip());
            if (key.equals("RX")) {
                if (section == 1) rxMax = value; else rxCur = value;
                ringLines++;
            } else if (key.equals("TX")) {
                if (section == 1) txMax = value; else txCur = value;
                ringLines++;
            }
        }
        if (!sawMax || !sawCur) {
            throw new ParseException("ethtool -g " + iface + ": no 'Pre-set maximums' and 'Current hardware settings' sections");
        }
        if (ringLines < 4) {
            // a cut output must not read as "ring not supported" (null), which no rule would question
            throw new ParseException("ethtool -g " + iface + ": truncated (RX and TX lines missing from a section)");
        }
        return new RingBuffer(iface, rxMax, rxCur, txMax, txCur);
    }

    private static Long size(String v) {
        if (v.equals("n/a") || v.isEmpty()) {
            return null;
        }
        try {
            long n = Long.parseLong(v);
            return n <= 0 ? null : n; // 0 (old ethtool) and a negative number mean no such ring
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
