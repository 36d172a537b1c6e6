package dev.kernlint.parse;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * /proc/net/tcp and tcp6, read row by row so 100k sockets never become 100k objects:
 * "  sl  local_address rem_address   st tx_queue ..." then rows such as
 * "   0: 0100007F:1F90 0100007F:A2C4 06 00000000:00000000 03:00001770 00000000 ...".
 * Addresses are 32-bit words in host byte order (little-endian here), ports big-endian hex.
 */
public final class TcpTableParser {

    /** Receives each row; the address fields are the raw hex text, decoded only when kept. */
    public interface RowVisitor {
        void row(int state, String localAddress, String remoteAddress);
    }

    public static final String[] STATE_NAMES = {"UNKNOWN", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1",
            "FIN_WAIT2", "TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING", "NEW_SYN_RECV"};
    public static final int TIME_WAIT = 0x06;
    public static final int CLOSE_WAIT = 0x08;
    public static final int LISTEN = 0x0A;
    /** tx_queue:rx_queue, tr:tm->when, retrnsmt, uid, timeout, inode: every kernel prints these after st. */
    private static final int FIELDS_AFTER_STATE = 6;

    private TcpTableParser() {}

    /** Returns the number of rows; throws ParseException on a row that is not a socket line. */
    public static long scan(BufferedReader in, RowVisitor visitor) throws IOException {
        String header = in.readLine();
        if (header == null) {
            // the kernel prints the header even with no sockets: an empty file is a cut copy, not an idle host
            throw new ParseException("tcp table: empty (no 'sl local_address' header)");
        }
        if (!header.trim().startsWith("sl")) {
            throw new ParseException("tcp table: first line is not the 'sl local_address' header");
        }
        long rows = 0;
        String line;
        while ((line = in.readLine()) != null) {
            int p = skipSpaces(line, 0);
            if (p == line.length()) {
                continue;
            }
            int colon = line.indexOf(':', p);
            int local = colon < 0 ? -1 : skipSpaces(line, colon + 1);
            int localEnd = local < 0 ? -1 : line.indexOf(' ', local);
            int remote = localEnd < 0 ? -1 : skipSpaces(line, localEnd);
            int remoteEnd = remote < 0 ? -1 : line.indexOf(' ', remote);
            int st = remoteEnd < 0 ? -1 : skipSpaces(line, remoteEnd);
            if (st < 0 || st + 2 > line.length() || !fieldsFollow(line, st + 2, FIELDS_AFTER_STATE)) {
                throw new ParseException("tcp table: truncated row " + (rows + 1) + ": '" + KernelReleaseParser.abbreviate(line) + "'");
            }
            if (!isAddress(line, local, localEnd) || !isAddress(line, remote, remoteEnd)) {
                throw new ParseException("tcp table: row " + (rows + 1) + " has no HEX:PORT addresses: '" + KernelReleaseParser.abbreviate(line) + "'");
            }
            int state = hex(line, st, st + 2);
            if (state < 0) {
                throw new ParseException("tcp table: bad state in row " + (rows + 1));
            }
            visitor.row(state, line.substring(local, localEnd), line.substring(remote, remoteEnd));
            rows++;
        }
        return rows;
    }

    /** True when at least {@code n} space-separated fields start at or after {@code from}; stops after n. */
    private static boolean fieldsFollow(String s, int from, int n) {
        int i = from;
        if (i < s.length() && s.charAt(i) != ' ') {
            return false; // the state is one field of exactly two digits
        }
        for (int found = 0; found < n; found++) {
            i = skipSpaces(s, i);
            if (i == s.length()) {
                return false;
            }
            while (i < s.length() && s.charAt(i) != ' ') {
                i++;
            }
        }
        return true;
    }

    /** "0100007F:1F90" (tcp) or 32 hex digits, ':' and 4 (tcp6); checked here so decoding later cannot fail. */
    private static boolean isAddress(String s, int from, int to) {
        int len = to - from;
        if ((len != 13 && len != 37) || s.charAt(to - 5) != ':') {
            return false;
        }
        return hexDigits(s, from, to - 5) && hexDigits(s, to - 4, to);
    }

    private static boolean hexDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int hex(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** "::ffff:10.0.0.1" -> "10.0.0.1": the kernel runs an IPv4 peer reached through tcp6 as IPv4. */
    public static String unmapped(String ip) {
        return ip.startsWith(V4_MAPPED) && ip.indexOf('.') > 0 ? ip.substring(V4_MAPPED.length()) : ip;
    }

    private static final String V4_MAPPED = "::ffff:";

    /** "0100007F:1F90" -> port 8080. */
    public static int port(String hexAddress) {
        int colon = hexAddress.lastIndexOf(':');
        int p = colon < 0 ? -1 : hex(hexAddress, colon + 1, hexAddress.length());
        if (p < 0) {
            throw new ParseException("tcp table: bad address '" + hexAddress + "'");
        }
        return p;
    }

    /** "0100007F:1F90" -> "127.0.0.1"; 32 hex digits (tcp6) -> "::1" style text. */
    public static String ip(String hexAddress) {
        int colon = hexAddress.lastIndexOf(':');
        String h = colon < 0 ? hexAddress : hexAddress.substring(0, colon);
        if (h.length() == 8) {
            long w = Long.parseLong(h, 16);
            return (w & 0xff) + "." + ((w >> 8) & 0xff) + "." + ((w >> 16) & 0xff) + "." + ((w >> 24) & 0xff);
        }
        if (h.length() == 32) {
            byte[] b = new byte[16];
            for (int word = 0; word < 4; word++) {
                long w = Long.parseLong(h.substring(word * 8, word * 8 + 8), 16);
                for (int k = 0; k < 4; k++) {
                    b[word * 4 + k] = (byte) ((w >> (8 * k)) & 0xff);
                }
            }
            return ipv6Text(b);
        }
        throw new ParseException("tcp table: bad address '" + hexAddress + "'");
    }

    /** 16 bytes as operators write them: "::1", "fe80::1", "::ffff:1.2.3.4" for IPv4 seen through IPv6. */
    public static String ipv6Text(byte[] b) {
        boolean v4mapped = true;
        for (int i = 0; i < 10; i++) {
            v4mapped &= b[i] == 0;
        }
        if (v4mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return "::ffff:" + (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
        }
        try {
            String s = java.net.InetAddress.getByAddress(b).getHostAddress();
            return compress(s);
        } catch (java.net.UnknownHostException e) {
            throw new ParseException("tcp6: bad address");
        }
    }

    // Java prints 0:0:0:0:0:0:0:1; operators read ::1 (RFC 5952).
    private static String compress(String full) {
        String[] parts = full.split(":");
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < parts.length; ) {
            if (parts[i].equals("0")) {
                int j = i;
                while (j < parts.length && parts[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLen && j - i > 1) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return full;
        }
        String left = String.join(":", java.util.Arrays.copyOfRange(parts, 0, bestStart));
        String right = String.join(":", java.util.Arrays.copyOfRange(parts, bestStart + bestLen, parts.length));
        return left + "::" + right;
    }
}
