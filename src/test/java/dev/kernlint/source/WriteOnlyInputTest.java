package dev.kernlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The write-only route/flush is "write-only", not "permission denied (needs root)": root is refused too. */
class WriteOnlyInputTest {
    @Test
    void routeFlushIsWriteOnlyEvenForRoot() {
        Assumptions.assumeTrue(Files.exists(Path.of("/proc/sys/net/ipv4/route/flush")), "no /proc/sys/net/ipv4/route/flush here");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "run as root: root is refused this file too");
        // reading it is harmless: only a write flushes the route cache
        Input in = new LiveHost(Path.of("/"), Duration.ofSeconds(5)).read("/proc/sys/net/ipv4/route/flush");
        assertEquals(ReadStatus.ERROR, in.status(), in.reason());
        assertEquals("write-only (nothing to read)", in.reason());
    }
}
