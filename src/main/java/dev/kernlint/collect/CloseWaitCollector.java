package dev.kernlint.collect;

import dev.kernlint.fact.TcpSockStat;
import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.SockStatParser;
import dev.kernlint.parse.SsCloseWaitParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;
import java.util.List;

/**
 * The TCP input of a later sample: CLOSE_WAIT sockets per local port, the one thing the rules over time read from
 * the socket tables (the TIME_WAIT groups, listening ports and state counts are judged on the first reading only).
 * With many sockets, ss asks the kernel over netlink for the CLOSE_WAIT ones alone; the kernel formats
 * /proc/net/tcp for every socket (measured at 100,000 sockets: 0.28 s of kernel CPU for the tables, 0.05 s for
 * `ss -tanH state close-wait`). With few sockets the tables cost less than starting ss, and they stay the fallback
 * when ss is missing, fails, prints what this parser does not know, or the source is a snapshot (which keeps the
 * tables, not ss).
 */
public final class CloseWaitCollector implements Collector {
    static final List<String> SS = List.of("ss", "-tanH", "state", "close-wait");
    /** Sockets (sockstat alloc + tw, about the rows of the tables) from which ss costs less than the tables. */
    static final long NETLINK_FROM = 2_000;

    private final boolean netlink;

    /** @param netlink true for a live audit, which records nothing; a snapshot's samples keep the tables, as they always have */
    public CloseWaitCollector(boolean netlink) {
        this.netlink = netlink;
    }

    @Override
    public String area() {
        return "network";
    }

    @Override
    public void collect(Source source, Facts facts) {
        if (netlink && manySockets(source)) {
            Input in = source.run(SS);
            if (in.isOk()) {
                try {
                    SsCloseWaitParser.groups(in.text()).forEach(facts::add);
                    return;
                } catch (ParseException e) {
                    // an ss this parser does not know: the tables give the same groups
                }
            }
        }
        TcpSocketCollector.collectCloseWait(source, facts);
    }

    /** True when sockstat counts enough sockets, or cannot tell. */
    private static boolean manySockets(Source source) {
        Input in = source.read(SockStatCollector.PATH);
        if (!in.isOk()) {
            return true;
        }
        try {
            TcpSockStat t = SockStatParser.tcp(in.text());
            // alloc counts IPv4 and IPv6 sockets (inuse only IPv4), tw the TIME_WAIT ones of both
            return t.alloc() == null || t.tw() == null || t.alloc() + t.tw() >= NETLINK_FROM;
        } catch (ParseException e) {
            return true;
        }
    }
}
