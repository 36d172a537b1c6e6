package dev.kernlint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.AuditResult.WaiverReport;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Severity;
import dev.kernlint.testing.Fixtures;
import dev.kernlint.testing.ReportSchemas;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaiversTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static AuditResult waive(String snapshot, String yaml) {
        AuditResult r = Fixtures.audit(snapshot);
        return Waivers.apply(r, WaiverLoader.parse("w.yaml", yaml), TODAY, Fixtures.ruleBook().rules().keySet());
    }

    private static Finding recycle(AuditResult r) {
        return Fixtures.findings(r, "NET-TW-RECYCLE").get(0);
    }

    @Test
    void waivedFindingStaysMarkedButNoLongerCounts() {
        AuditResult r = waive("ci-web1", """
                waivers:
                  - rule: NET-TW-RECYCLE
                    match: {key: net.ipv4.tcp_tw_recycle}
                    hosts: ["web*"]
                    reason: "legacy NAT appliance, replaced in Q1"
                    owner: net-team
                    expires: 2027-03-31
                """);
        Finding f = recycle(r);
        assertTrue(f.waived());
        assertEquals("legacy NAT appliance, replaced in Q1", f.waiver().reason());
        assertEquals("net-team", f.waiver().owner());
        assertEquals("2027-03-31", f.waiver().expires());
        assertEquals("w.yaml:2", f.waiver().origin());
        assertEquals(0, r.count(Severity.CRITICAL));
        assertFalse(r.hasAtLeast(Severity.CRITICAL), "the only critical finding is waived");
        assertTrue(r.hasAtLeast(Severity.WARNING), "the others still count");
        assertEquals(1, r.waivedCount());
        assertEquals(List.of(new WaiverReport("NET-TW-RECYCLE", "w.yaml:2", "legacy NAT appliance, replaced in Q1", "net-team",
                "2027-03-31", WaiverReport.APPLIED, 1)), r.waivers());
        ReportSchemas.json(r);
    }

    @Test
    void expiredWaiverNoLongerAppliesAndSaysSo() {
        AuditResult r = waive("ci-web1", """
                waivers:
                  - {rule: NET-TW-RECYCLE, reason: old, owner: net-team, expires: 2026-05-31}
                """);
        Finding f = recycle(r);
        assertFalse(f.waived());
        assertTrue(f.waiver().expired(), "the finding tells which waiver expired");
        assertTrue(r.hasAtLeast(Severity.CRITICAL));
        assertEquals(WaiverReport.EXPIRED, r.waivers().get(0).status());
        ReportSchemas.json(r);
    }

    @Test
    void aWaiverIsValidThroughItsLastDay() {
        assertTrue(recycle(waive("ci-web1", "waivers:\n  - {rule: NET-TW-RECYCLE, reason: r, owner: o, expires: 2026-06-01}\n")).waived());
    }

    @Test
    void aWaiverInForceWinsOverAnExpiredOneAndBothCountTheMatch() {
        AuditResult r = waive("ci-web1", """
                waivers:
                  - {rule: NET-TW-RECYCLE, reason: old, owner: a, expires: 2020-01-01}
                  - {rule: NET-TW-RECYCLE, reason: new, owner: b, expires: 2030-01-01}
                """);
        assertEquals("new", recycle(r).waiver().reason());
        assertTrue(recycle(r).waived());
        assertEquals(List.of(WaiverReport.EXPIRED, WaiverReport.APPLIED), r.waivers().stream().map(WaiverReport::status).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{rule: NET-TW-RECYCLE, hosts: [db-*], reason: r, owner: o, expires: 2030-01-01}|other-host",
            "{rule: NET-TW-RECYCLE, match: {key: net.ipv4.tcp_timestamps}, reason: r, owner: o, expires: 2030-01-01}|stale",
            "{rule: NET-TW-REUSE-NO-TS, reason: r, owner: o, expires: 2030-01-01}|stale",
            "{rule: NET-TW-RECYCLE, match: {nonsense: x}, reason: r, owner: o, expires: 2030-01-01}|stale",
            "{rule: NET-TW-RECYCLE, match: {key: 'net.ipv4.tcp_tw_*'}, hosts: WEB1, reason: r, owner: o, expires: 2030-01-01}|applied",
    })
    void statusOfEachWaiver(String waiver, String status) {
        AuditResult r = waive("ci-web1", "waivers:\n  - " + waiver + "\n");
        assertEquals(status, r.waivers().get(0).status());
        assertEquals(status.equals("applied"), recycle(r).waived());
    }

    @Test
    void aWaiverForARuleThatCouldNotRunIsNotCalledStale() {
        AuditResult r = waive("ci-db1", "waivers:\n  - {rule: NIC-RING-BELOW-MAX, reason: r, owner: o, expires: 2030-01-01}\n");
        assertEquals(WaiverReport.NOT_EVALUATED, r.waivers().get(0).status());
    }

    @Test
    void unknownRuleIsRefusedWithFileAndLine() {
        ProfileException e = assertThrows(ProfileException.class, () -> waive("ci-web1",
                "waivers:\n  - {rule: NET-TW-RECYCEL, reason: r, owner: o, expires: 2030-01-01}\n"));
        assertEquals("w.yaml:2: waiver for NET-TW-RECYCEL, which is no rule (kernlint rules lists them)", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "waivers:\\n  - {rule: X, owner: o, expires: 2030-01-01}|w.yaml:2: the waiver needs 'reason'",
            "waivers:\\n  - {rule: X, reason: r, owner: o}|w.yaml:2: the waiver needs 'expires' (a date, 2027-03-31",
            "waivers:\\n  - {rule: X, reason: r, owner: o, expires: next year}|w.yaml:2: expires must be a date like 2027-03-31, not 'next year'",
            "waivers:\\n  - {rule: X, reason: r, owner: '', expires: 2030-01-01}|w.yaml:2: the waiver needs 'owner'",
            "waivers:\\n  - {rule: X, reason: r, owner: o, expires: 2030-01-01, until: 2031-01-01}|w.yaml:2: unknown waiver key 'until'",
            "waivers:\\n  - {rule: X, reason: r, owner: o, expires: 2030-01-01, hosts: []}|w.yaml:2: hosts is an empty list",
            "waivers:\\n  rule: X|w.yaml:2: waivers must be a list",
            "waiver:\\n  - {rule: X}|w.yaml:1: unknown key 'waiver' (waivers)",
            "waivers:\\n  - NET-TW-RECYCLE|w.yaml:2: a waiver must be a map",
    })
    void badWaiverFilesNameTheLine(String yaml, String message) {
        ProfileException e = assertThrows(ProfileException.class, () -> WaiverLoader.parse("w.yaml", yaml.replace("\\n", "\n")));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void emptyFileHasNoWaiversAndOptionalFieldsDefault() {
        assertTrue(WaiverLoader.parse("w.yaml", "").isEmpty());
        assertTrue(WaiverLoader.parse("w.yaml", "waivers:\n").isEmpty());
        Waiver w = WaiverLoader.parse("w.yaml", "waivers:\n  - {rule: net-tw-recycle, reason: r, owner: o, expires: 2030-01-01}\n").get(0);
        assertEquals("NET-TW-RECYCLE", w.rule());
        assertTrue(w.hosts().isEmpty() && w.match().isEmpty());
        assertTrue(w.forHost("anything"));
        assertNull(Fixtures.findings(Fixtures.audit("ci-web1"), "NET-TW-RECYCLE").get(0).waiver());
    }
}
