package dev.kernlint.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.source.CachingSource;
import dev.kernlint.source.Snapshot;
import dev.kernlint.source.SnapshotWriter;
import dev.kernlint.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** What `collect` writes from a host is enough to audit it the same way later: every read my collectors make is kept. */
class CatalogRoundTripTest {

    @TempDir
    Path tmp;

    private static List<String> summary(AuditResult r) {
        return r.findings().stream().map(f -> f.rule() + " " + f.severity() + " " + f.message()).sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sysctl-persisted", "slab-heavy-nonroot", "swap-residual", "proc-zombies", "pid-headroom-cgroup", "cpu-smt-off"})
    void collectedSnapshotAuditsTheSame(String fixture) throws Exception {
        AuditResult direct = Fixtures.audit(fixture);
        Path out = tmp.resolve(fixture);
        try (Snapshot s = Snapshot.open(Fixtures.snapshot(fixture))) {
            CachingSource rec = new CachingSource(s, true);
            Collectors.run(rec);
            SnapshotWriter.write(rec, out, "test", null);
        }
        AuditResult again;
        try (Snapshot s = Snapshot.open(out)) {
            again = Fixtures.audit(s);
        }
        assertEquals(summary(direct), summary(again));
        assertEquals(direct.rulesNotEvaluated(), again.rulesNotEvaluated());
    }
}
