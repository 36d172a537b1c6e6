package dev.kernlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollbackTest {

    @Test
    void roundTripsThroughJson(@TempDir Path tmp) throws IOException {
        RollbackFile f = new RollbackFile("2025-01-01T00:00:00Z", "web1", "net:[4026531840]",
                List.of(new RollbackFile.Parameter("net.ipv4.ip_local_port_range", "/proc/sys/net/ipv4/ip_local_port_range",
                        "32768 60999", "1024 65535")),
                List.of(new RollbackFile.FileState("/etc/sysctl.d/90-kernlint.conf", null),
                        new RollbackFile.FileState("/etc/sysctl.d/91-x.conf", "a = \"quoted\"\n\tb = 2\n")));
        Path p = tmp.resolve("rb.json");
        f.save(p);
        assertEquals(f, RollbackFile.load(p));
    }

    /** A file written in another network namespace is refused before anything is written (the path does not even exist). */
    @Test
    void refusesANetworkNamespaceItWasNotWrittenIn() {
        RollbackFile f = new RollbackFile(null, null, "net:[1]",
                List.of(new RollbackFile.Parameter("net.kernlint_test", "/proc/sys/net/kernlint_test_absent", "1", "2")), List.of());
        FixException e = assertThrows(FixException.class, () -> Rollback.restore(f));
        assertTrue(e.getMessage().contains("network namespace net:[1]"), e.getMessage());
    }

    @Test
    void restoresOnlyWhatItOwns(@TempDir Path tmp) throws IOException {
        Path etc = tmp.resolve("shadow");
        Files.writeString(etc, "secret\n");
        Path param = tmp.resolve("proc/sys/net/core/somaxconn");
        Files.createDirectories(param.getParent());
        Files.writeString(param, "4096\n");
        RollbackFile f = new RollbackFile(null, null, null,
                List.of(new RollbackFile.Parameter("net.core.somaxconn", param.toString(), "128", "4096"),
                        new RollbackFile.Parameter("x.y", etc.toString(), "owned", "")),
                List.of(new RollbackFile.FileState(etc.toString(), "owned\n")));
        Rollback.Result r = Rollback.restore(f);
        assertFalse(r.restored());
        assertEquals("128", Files.readString(param).strip());
        assertEquals("secret\n", Files.readString(etc), "neither a parameter outside /proc/sys nor a file not ending in .conf");
    }

    @Test
    void damagedFilesAreOneLineErrors(@TempDir Path tmp) throws IOException {
        Path p = tmp.resolve("rb.json");
        Files.writeString(p, "{\"schema\":\"kernlint-rollback/1\",\"sysctl\":[{\"key\":1}]}");
        FixException e = assertThrows(FixException.class, () -> RollbackFile.load(p));
        assertTrue(e.getMessage().contains("damaged rollback file"), e.getMessage());
        Files.writeString(p, "{not json");
        assertThrows(FixException.class, () -> RollbackFile.load(p));
    }
}
