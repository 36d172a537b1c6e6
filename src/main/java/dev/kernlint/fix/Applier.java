package dev.kernlint.fix;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.FixAction;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Applies an {@link ApplyPlan} on this host: saves the rollback file first (nothing changes if that fails), sets
 * each runtime value through /proc/sys, writes the drop-in atomically (keeping an earlier drop-in's lines for other
 * keys), reads each value back, audits again and says per change: fixed, still present, or failed.
 */
public final class Applier {
    private final ProcSys procSys;
    private final Path dropIn;
    private final Path rollbackFile;
    private final Supplier<AuditResult> reaudit;

    public Applier(ProcSys procSys, Path dropIn, Path rollbackFile, Supplier<AuditResult> reaudit) {
        this.procSys = procSys;
        this.dropIn = dropIn;
        this.rollbackFile = rollbackFile;
        this.reaudit = reaudit;
    }

    public ApplyReport apply(ApplyPlan ap) {
        List<FixPlan.Change> changes = ap.apply();
        if (changes.isEmpty()) {
            return new ApplyReport(ap, List.of(), null, null);
        }
        List<RollbackFile.Parameter> before = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        String previousDropIn;
        try {
            for (FixPlan.Change c : changes) {
                FixAction.SetSysctl s = (FixAction.SetSysctl) c.action();
                keys.add(s.key());
                before.add(new RollbackFile.Parameter(s.key(), procSys.path(s.key()).toString(), procSys.read(s.key()), s.value()));
            }
            previousDropIn = AtomicFile.read(dropIn);
            new RollbackFile(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), ap.plan().origin().hostname(),
                    procSys.netNamespace(), before,
                    List.of(new RollbackFile.FileState(dropIn.toAbsolutePath().toString(), previousDropIn))).save(rollbackFile);
        } catch (IOException e) {
            throw new FixException("cannot save the rollback file " + rollbackFile + " (" + e.getMessage() + "); nothing was changed");
        }

        Map<FixPlan.Change, String> failures = new LinkedHashMap<>();
        for (FixPlan.Change c : changes) {
            FixAction.SetSysctl s = (FixAction.SetSysctl) c.action();
            try {
                procSys.write(s.key(), s.value());
            } catch (IOException e) {
                failures.put(c, "the kernel refused it: " + e.getMessage());
            }
        }
        String dropInProblem = null;
        List<FixPlan.Change> persisted = changes.stream().filter(c -> !failures.containsKey(c)).toList();
        try {
            String text = new SysctlDropIn().render(ap.plan().withChanges(persisted),
                    SysctlDropIn.keptLines(previousDropIn, keys));
            AtomicFile.write(dropIn, text, "rw-r--r--");
        } catch (IOException e) {
            dropInProblem = "set for now, but not persisted: cannot write " + dropIn + " (" + e.getMessage() + ")";
        }
        for (FixPlan.Change c : persisted) {
            FixAction.SetSysctl s = (FixAction.SetSysctl) c.action();
            try {
                String got = procSys.read(s.key());
                if (!KernelSettings.same(got, s.value())) {
                    failures.put(c, "reads back as " + got + ", not " + s.value());
                } else if (dropInProblem != null) {
                    failures.put(c, dropInProblem);
                }
            } catch (IOException e) {
                failures.put(c, "cannot read it back: " + e.getMessage());
            }
        }

        AuditResult after = reaudit.get();
        List<ApplyReport.Outcome> outcomes = new ArrayList<>();
        for (FixPlan.Change c : changes) {
            if (failures.containsKey(c)) {
                outcomes.add(new ApplyReport.Outcome(c, ApplyReport.Status.FAILED, failures.get(c)));
            } else if (stillFound(c, after)) {
                outcomes.add(new ApplyReport.Outcome(c, ApplyReport.Status.STILL_PRESENT,
                        "the value took, but the audit still reports " + c.rules()));
            } else {
                outcomes.add(new ApplyReport.Outcome(c, ApplyReport.Status.FIXED, null));
            }
        }
        return new ApplyReport(ap, outcomes, rollbackFile, dropIn);
    }

    /** A finding of the same rule that wants the same key changed: the change did not resolve it. */
    private static boolean stillFound(FixPlan.Change c, AuditResult after) {
        String key = ((FixAction.SetSysctl) c.action()).key();
        Set<String> rules = new LinkedHashSet<>();
        c.findings().forEach(f -> rules.add(f.rule()));
        for (Finding f : after.findings()) {
            if (rules.contains(f.rule()) && f.fixes().stream().anyMatch(a -> a instanceof FixAction.SetSysctl s && s.key().equals(key))) {
                return true;
            }
        }
        return false;
    }
}
