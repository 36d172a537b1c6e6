package dev.kernlint.fix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes an apply from its rollback file: each kernel parameter gets its previous value back (then is read back
 * to prove it), each file its previous text, and a file the apply created is deleted.
 */
public final class Rollback {

    /** Lines for the user, and whether everything was restored exactly. */
    public record Result(List<String> lines, boolean restored) {}

    private Rollback() {}

    public static Result restore(RollbackFile file) {
        if (file.netNamespace() != null && file.parameters().stream().anyMatch(p -> p.path().startsWith("/proc/sys/net/"))
                && !file.netNamespace().equals(ProcSys.currentNetNamespace())) {
            throw new FixException("the rollback file was written in network namespace " + file.netNamespace()
                    + ", this is " + ProcSys.currentNetNamespace() + ": run it there (e.g. ip netns exec NAME kernlint fix --rollback FILE)");
        }
        List<String> lines = new ArrayList<>();
        boolean ok = true;
        for (RollbackFile.Parameter p : file.parameters()) {
            Path path = Path.of(p.path());
            if (!p.path().contains("/proc/sys/")) {
                lines.add("refused      " + p.key() + ": " + p.path() + " is not under /proc/sys");
                ok = false;
                continue;
            }
            try {
                ProcSys.write(path, p.previous());
                String got = ProcSys.read(path);
                if (KernelSettings.same(got, p.previous())) {
                    lines.add("restored     " + p.key() + " = " + got);
                } else {
                    lines.add("failed       " + p.key() + ": reads back as " + got + ", not " + p.previous());
                    ok = false;
                }
            } catch (IOException e) {
                lines.add("failed       " + p.key() + ": " + dev.kernlint.report.ErrorText.io(e));
                ok = false;
            }
        }
        for (RollbackFile.FileState f : file.files()) {
            Path path = Path.of(f.path());
            if (!f.path().endsWith(".conf")) {
                lines.add("refused      " + f.path() + ": kernlint only restores the .conf drop-ins it writes");
                ok = false;
                continue;
            }
            try {
                if (f.previous() == null) {
                    Files.deleteIfExists(path);
                    lines.add("removed      " + path + " (it did not exist before)");
                } else {
                    AtomicFile.write(path, f.previous(), "rw-r--r--");
                    lines.add("restored     " + path);
                }
            } catch (IOException e) {
                lines.add("failed       " + path + ": " + dev.kernlint.report.ErrorText.io(e));
                ok = false;
            }
        }
        return new Result(lines, ok);
    }
}
