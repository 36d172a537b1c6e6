package dev.kernlint.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kernlint.testing.Processes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shell scripts the Debian package runs as root (launcher, maintainer scripts) and ./run-tests pass shellcheck. */
class PackageScriptsTest {
    @Test
    void shellcheckFindsNothing() {
        assumeTrue(Processes.run(List.of("sh", "-c", "command -v shellcheck")).exit() == 0,
                "shellcheck is not installed (./run-tests installs it)");
        Processes.Result r = Processes.run(List.of("shellcheck", "-x", "src/deb/bin/kernlint", "src/deb/share/make-archive",
                "src/deb/share/java-env.sh", "src/deb/control/postinst", "src/deb/control/postrm", "run-tests", ".ci/run"));
        assertEquals(0, r.exit(), r.out() + r.err());
    }
}
