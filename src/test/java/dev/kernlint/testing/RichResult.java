package dev.kernlint.testing;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.fact.Gap;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.profile.WaiverLoader;
import dev.kernlint.profile.Waivers;
import dev.kernlint.report.PriorReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An audit result with every part a renderer must show: findings of all three severities, one waived, one whose
 * waiver expired, a stale waiver, a gap, a --new-since note, and text that needs escaping in every format.
 */
public final class RichResult {
    public static final String WAIVERS = """
            waivers:
              - rule: NET-TW-RECYCLE
                match: {key: net.ipv4.tcp_tw_recycle}
                hosts: ["web*"]
                reason: "legacy NAT <appliance> & 'friends' | replaced in Q1"
                owner: net-team
                expires: 2099-03-31
              - {rule: NET-SOMAXCONN-LOW, reason: "was fine", owner: web-team, expires: 2001-01-01}
              - {rule: NET-TW-REUSE-NO-TS, reason: "stale one", owner: web-team, expires: 2099-01-01}
            """;

    private RichResult() {}

    public static AuditResult build() {
        AuditResult r = Fixtures.audit("ci-web1", ProfileLoader.load("web-server"));
        r = Waivers.apply(r, WaiverLoader.parse("waivers.yaml", WAIVERS), LocalDate.of(2026, 1, 1), Fixtures.ruleBook().rules().keySet());
        List<AuditResult.GapReport> gaps = new ArrayList<>(r.gaps());
        gaps.add(new AuditResult.GapReport(new Gap("slab", "/proc/slabinfo", "permission denied <root> & \"more\""), List.of("NIC-RING-BELOW-MAX")));
        AuditResult withGap = new AuditResult(r.host(), r.source(), r.profile(), r.findings(), gaps, r.rulesEvaluated(),
                List.of("NIC-RING-BELOW-MAX"), r.durationMillis(), r.waivers(), null);
        try {
            Path old = Files.createTempFile("kernlint-old", ".json");
            Files.writeString(old, "{\"schema\":\"kernlint-report/1\",\"findings\":[]}");
            return PriorReport.load(old, Fixtures.ruleBook().rules()).onlyNew(withGap);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
