package dev.kernlint.profile;

import dev.kernlint.engine.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An accepted finding: "NET-TW-RECYCLE on db-* is known, net-team owns it, until 2027-03-31". A waived finding is
 * still reported, but does not count for the exit code. Every waiver expires: a permanent exception belongs in the
 * profile (rules: ID: {enabled: false}), where it is reviewed like any other baseline change.
 *
 * @param match   evidence field -> glob the field's value must match (key: net.ipv4.tcp_tw_recycle); empty for all
 * @param hosts   hostname globs; empty for every host
 * @param expires the last day the waiver applies
 * @param origin  FILE:LINE, for messages and reports
 */
public record Waiver(String rule, Map<String, String> match, List<String> hosts, String reason, String owner,
                     LocalDate expires, String origin) {

    public boolean forHost(String hostname) {
        return hosts.isEmpty() || hosts.stream().anyMatch(h -> new Glob(h).matches(hostname.toLowerCase(Locale.ROOT)));
    }

    /** Valid through the whole of its expiry day. */
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expires);
    }

    /** The finding is of this waiver's rule and every match: field matches its glob. */
    public boolean covers(Finding f) {
        if (!f.rule().equals(rule)) {
            return false;
        }
        for (Map.Entry<String, String> m : match.entrySet()) {
            if (!f.evidence().containsKey(m.getKey())) {
                return false;
            }
            Object v = f.evidence().get(m.getKey());
            if (!new Glob(m.getValue()).matches(String.valueOf(v))) {
                return false;
            }
        }
        return true;
    }

    public Finding.WaiverMark mark(boolean expired) {
        return new Finding.WaiverMark(reason, owner, expires.toString(), origin, expired);
    }
}
