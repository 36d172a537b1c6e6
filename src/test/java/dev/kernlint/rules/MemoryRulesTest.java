package dev.kernlint.rules;

import static dev.kernlint.testing.Fixtures.audit;
import static dev.kernlint.testing.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MEM-AVAILABLE-LOW, SWAP-RESIDUAL and SWAP-TOP-CONSUMERS on fixture snapshots, firing and not. */
class MemoryRulesTest {
    static final List<String> RULES = List.of("MEM-AVAILABLE-LOW", "SWAP-RESIDUAL", "SWAP-TOP-CONSUMERS");

    @Test
    void healthyHostFiresNothingAndIsEvaluated() {
        AuditResult r = audit("mem-healthy");
        for (String rule : RULES) {
            assertTrue(findings(r, rule).isEmpty(), rule + " must not fire on a healthy host");
            assertTrue(r.rulesEvaluated().contains(rule), rule + " was evaluated");
        }
    }

    @Test
    void availableBelowFivePercentIsCritical() {
        List<Finding> f = findings(audit("mem-available-low"), "MEM-AVAILABLE-LOW");
        assertEquals(1, f.size());
        assertEquals(Severity.CRITICAL, f.get(0).severity());
        assertEquals(false, f.get(0).evidence().get("estimated"));
        assertTrue(f.get(0).message().contains("4%"), f.get(0).message());
    }

    @Test
    void oldKernelWithoutMemAvailableIsEstimated() {
        // 2.6.32: MemFree + Active(file) + Inactive(file) + SReclaimable = 19.7% of RAM: not low, but judged
        AuditResult r = audit("mem-old-kernel");
        assertTrue(findings(r, "MEM-AVAILABLE-LOW").isEmpty());
        assertTrue(r.rulesEvaluated().contains("MEM-AVAILABLE-LOW"));
    }

    @Test
    void oldPagesInSwapWithPlentyAvailable() {
        AuditResult r = audit("swap-residual");
        List<Finding> f = findings(r, "SWAP-RESIDUAL");
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals("60", f.get(0).evidence().get("swappiness"));
        assertEquals(262000L, f.get(0).evidence().get("pswpout_since_boot"));
        assertTrue(f.get(0).evidence().get("top_vmswap").toString().startsWith("[812 java"), f.get(0).evidence().toString());
    }

    @Test
    void swapWithLittleAvailableIsNotResidual() {
        AuditResult r = audit("swap-busy");
        assertTrue(findings(r, "SWAP-RESIDUAL").isEmpty(), "MemAvailable 18%: swap may be in active use");
        assertEquals(1, findings(r, "SWAP-TOP-CONSUMERS").size(), "who uses swap is still worth listing");
    }

    @Test
    void topConsumersLargestFirstWithoutKernelThreads() {
        Finding f = findings(audit("swap-residual"), "SWAP-TOP-CONSUMERS").get(0);
        assertEquals(List.of("812 java 684 MiB", "900 postgres 293 MiB", "901 postgres 1 MiB"), f.evidence().get("top"));
        assertTrue(f.message().contains("pid 812 (java)"), f.message());
        // swap used 1,049,300 kB; processes account for 1,001,200 kB: the rest is shmem/tmpfs or swap cache
        assertEquals(48100L, f.evidence().get("not_in_vmswap_kb"));
    }

    @Test
    void noSwapNoSwapFindings() {
        AuditResult r = audit("mem-available-low");
        assertTrue(findings(r, "SWAP-RESIDUAL").isEmpty());
        assertTrue(findings(r, "SWAP-TOP-CONSUMERS").isEmpty());
        assertFalse(r.rulesNotEvaluated().contains("SWAP-RESIDUAL"));
    }
}
