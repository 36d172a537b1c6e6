package dev.kernlint.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.cli.Version;
import dev.kernlint.testing.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ./kernlint runs the jar this build made, makes its class-data archive once, and again only for a new jar. */
class LauncherIT {
    private static final Path JAR = Path.of("target/kernlint.jar");
    private static final Path CDS = Path.of("target/kernlint.jsa");

    private static Processes.Result launch(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of("kernlint").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Processes.Result r = Processes.run(cmd);
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.err().contains("building"), "the jar of this build is fresh: no rebuild; " + r.err());
        return r;
    }

    @Test
    void makesTheArchiveOnceAndAgainForANewJar() throws IOException {
        Files.deleteIfExists(CDS);
        assertTrue(launch("--version").out().startsWith("kernlint " + Version.VERSION));
        assertTrue(Files.isRegularFile(CDS), "the first run made " + CDS);
        FileTime made = Files.getLastModifiedTime(CDS);

        launch("--version");
        assertEquals(made, Files.getLastModifiedTime(CDS), "later runs reuse the archive");

        // a jar rebuilt by hand (mvn package) is newer than the archive, which the JVM would then ignore
        Files.setLastModifiedTime(JAR, FileTime.fromMillis(made.toMillis() + 2000));
        launch("--version");
        assertTrue(Files.getLastModifiedTime(CDS).compareTo(made) > 0, "a new jar gets a new archive");
    }
}
