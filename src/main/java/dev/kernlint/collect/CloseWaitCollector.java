package dev.kernlint.collect;

import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.SockStatParser;
import dev.kernlint.parse.SsCloseWaitParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.source.Source;
import java.util.List;
import java.util.Map;

/**
 * The TCP input of a later sample: CLOSE_WAIT sockets per local port, the one thing the rules over time read from
 * the socket tables (the TIME_WAIT groups, listening ports and state counts are judged on the first reading only).
 * Reading /proc/net/tcp and tcp6 walks every bucket of the kernel's connection hash for each file and formats every
 * socket; `ss -tanH state close-wait` asks over netlink (sock_diag) for the CLOSE_WAIT ones alone. Measured here:
 * at 100,000 sockets 0.28-0.43 s of CPU for the tables, 0.04-0.05 s for ss; in an empty namespace 12 ms and 4.6 ms.
 * In a live audit ss answers, with the tables as the fallback when it is missing, fails or prints what this parser
 * does not know; a snapshot's samples (recorded or audited) keep the tables, as they always have.
 * When a live host's sockstat and sockstat6 count no hashed TCP socket at all (inuse 0) there is no CLOSE_WAIT
 * socket either, and neither is read.
 */
public final class CloseWaitCollector implements Collector {
    static final List<String> SS = List.of("ss", "-tanH", "state", "close-wait");
    static final String SOCKSTAT6 = "/proc/net/sockstat6";

    private final boolean live;

    /** @param live true for a live audit, which records nothing; a snapshot's samples keep the tables, as they always have */
    public CloseWaitCollector(boolean live) {
        this.live = live;
    }

    @Override
    public String area() {
        return "network";
    }

    @Override
    public void collect(Source source, Facts facts) {
        if (!live) {
            // a snapshot's tables are files: cheap to read, and an older snapshot may lack sockstat6
            TcpSocketCollector.collectCloseWait(source, facts);
            return;
        }
        if (noTcpSocket(source)) {
            return;
        }
        Input in = source.run(SS);
        if (in.isOk()) {
            try {
                SsCloseWaitParser.groups(in.text()).forEach(facts::add);
                return;
            } catch (ParseException e) {
                // an ss this parser does not know: the tables give the same groups
            }
        }
        TcpSocketCollector.collectCloseWait(source, facts);
    }

    /**
     * True only when both counts of hashed TCP sockets of this namespace are 0: a CLOSE_WAIT socket is hashed and
     * counted there (IPv4 in sockstat "TCP: inuse", IPv6 and IPv4-mapped in sockstat6 "TCP6: inuse"). A host
     * without IPv6 has no sockstat6; anything else unreadable or unparseable proves nothing.
     */
    private static boolean noTcpSocket(Source source) {
        return inuse(source.read(SockStatCollector.PATH), "TCP", false) && inuse(source.read(SOCKSTAT6), "TCP6", true);
    }

    private static boolean inuse(Input in, String protocol, boolean absentIsNone) {
        if (!in.isOk()) {
            return absentIsNone && in.status() == ReadStatus.MISSING;
        }
        try {
            Map<String, Long> t = SockStatParser.parse(in.text()).get(protocol);
            return t != null && Long.valueOf(0).equals(t.get("inuse"));
        } catch (ParseException e) {
            return false;
        }
    }
}
