package dev.kernlint.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kernlint.testing.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The .deb this build made, as an administrator uses it: lintian finds no error, apt-get installs it, the
 * installed kernlint audits this host from any directory with man pages and bash completion, and a purge leaves
 * nothing behind. Needs root, and a machine where kernlint is not installed already (a developer's own install
 * is never touched).
 */
class DebPackageIT {
    private static final List<Path> INSTALLED = List.of(Path.of("/usr/bin/kernlint"), Path.of("/usr/share/kernlint"),
            Path.of("/var/cache/kernlint"), Path.of("/etc/kernlint"), Path.of("/usr/share/doc/kernlint"),
            Path.of("/usr/share/man/man1/kernlint-audit.1.gz"), Path.of("/usr/share/bash-completion/completions/kernlint"));

    private static Processes.Result run(int seconds, String... cmd) {
        return Processes.run(List.of(cmd), seconds);
    }

    private static boolean onPath(String program) {
        return run(10, "sh", "-c", "command -v " + program).exit() == 0;
    }

    private static Path deb() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> debs = files.filter(f -> f.getFileName().toString().matches("kernlint_.*_all\\.deb")).toList();
            assertEquals(1, debs.size(), "mvn package makes one kernlint_VERSION_all.deb: " + debs);
            return debs.get(0).toAbsolutePath();
        }
    }

    /** A Java 11 in JAVA_HOME (told by its release file, as the launcher reads it): exit 2 naming the version. */
    private static void assertOldJavaRefused() throws IOException {
        Path home = Files.createTempDirectory("kernlint-old-java");
        try {
            Path bin = Files.createDirectories(home.resolve("bin")).resolve("java");
            Files.writeString(bin, "#!/bin/sh\necho ran >&2\nexit 0\n");
            bin.toFile().setExecutable(true);
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Debian\"\nJAVA_VERSION=\"11.0.25\"\n");
            Processes.Result old = run(30, "env", "JAVA_HOME=" + home, "kernlint", "--version");
            assertEquals(2, old.exit(), old.err());
            assertTrue(old.err().contains("is Java 11; kernlint needs Java 17 or later"), old.err());
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    @Test
    void installsAuditsAndPurgesCleanly() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "installing a package needs root");
        assumeTrue(onPath("apt-get") && onPath("dpkg-deb"), "not a Debian machine (no apt-get, dpkg-deb)");
        assumeTrue(onPath("lintian") && onPath("man"), "lintian and man-db are not installed (./run-tests installs them)");
        assumeTrue(run(10, "dpkg-query", "-W", "-f=${Status}", "kernlint").out().contains("not-installed")
                        || run(10, "dpkg-query", "-W", "kernlint").exit() != 0,
                "kernlint is installed on this machine already: the test leaves it alone");
        assumeTrue(INSTALLED.stream().noneMatch(Files::exists), "kernlint files are on this machine already: " + INSTALLED);
        Path deb = deb();

        Processes.Result lint = run(300, "lintian", "--allow-root", "--fail-on", "error", deb.toString());
        assertEquals(0, lint.exit(), "lintian: " + lint.out() + lint.err());
        assertFalse(lint.out().lines().anyMatch(l -> l.startsWith("E:")), lint.out());

        try {
            Processes.Result install = run(300, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-q",
                    "--no-install-recommends", deb.toString());
            assertEquals(0, install.exit(), install.out() + install.err());
            assertTrue(Files.isRegularFile(Path.of("/var/cache/kernlint/kernlint.jsa")),
                    "postinst made the class-data archive from the bundled snapshot: " + install.out() + install.err());

            // from / and with no Maven on the PATH: the installed launcher needs neither sources nor a build
            Processes.Result audit = run(120, "env", "-C", "/", "PATH=/usr/bin:/bin:/usr/sbin:/sbin", "kernlint", "audit");
            assertTrue(audit.exit() == 0 || audit.exit() == 1, "exit " + audit.exit() + ": " + audit.err());
            assertTrue(audit.out().startsWith("kernlint audit of "), audit.out());

            Processes.Result man = run(30, "man", "-w", "kernlint-audit");
            assertEquals(0, man.exit(), man.err());
            assertEquals("/usr/share/man/man1/kernlint-audit.1.gz", man.out().strip());

            Processes.Result complete = run(30, "bash", "-c", """
                    source /usr/share/bash-completion/completions/kernlint
                    COMP_LINE='kernlint au'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(kernlint au); COMP_CWORD=1
                    _complete_kernlint kernlint au kernlint
                    printf '%s\\n' "${COMPREPLY[@]}"
                    """);
            assertEquals(0, complete.exit(), complete.err());
            assertEquals("audit", complete.out().strip(), "kernlint au<TAB>");

            // the archive postinst made is one this java maps (-Xshare:on refuses a mismatch), and the launcher
            // offers it: its stamp is what the launcher computes now
            Processes.Result archive = run(120, "sh", "-c", """
                    . /usr/share/kernlint/java-env.sh && kernlint_find_java || exit 9
                    [ "$(cat "$KERNLINT_ARCHIVE.stamp")" = "$(kernlint_archive_stamp)" ] || { echo stamp differs >&2; exit 8; }
                    exec "$KERNLINT_JAVA" $KERNLINT_FLAGS -Xshare:on "-XX:SharedArchiveFile=$KERNLINT_ARCHIVE" -jar "$KERNLINT_JAR" --version
                    """);
            assertEquals(0, archive.exit(), "the launcher offers the archive and the JVM maps it (-Xshare:on refuses a mismatch): "
                    + archive.out() + archive.err());

            Processes.Result noJava = run(30, "env", "JAVA_HOME=/nonexistent", "kernlint", "--version");
            assertEquals(2, noJava.exit());
            assertTrue(noJava.err().startsWith("kernlint: JAVA_HOME is /nonexistent"), noJava.err());
            assertOldJavaRefused();
        } finally {
            Processes.Result purge = run(300, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "purge", "-y", "-q", "kernlint");
            assertEquals(0, purge.exit(), purge.out() + purge.err());
        }
        assertEquals(List.of(), INSTALLED.stream().filter(Files::exists).toList(), "left behind by apt-get purge");
    }
}
