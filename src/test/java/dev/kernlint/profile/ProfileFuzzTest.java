package dev.kernlint.profile;

import static dev.kernlint.fuzz.Fuzz.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz targets for the profile and waiver loaders, through files as the CLI gives them (--profile FILE,
 * --waivers FILE): a profile or waiver list, or a ProfileException. Seeds: ProfileFuzzTestInputs/METHOD/
 * (the bundled profiles, test profiles and waiver files).
 */
class ProfileFuzzTest {
    private static final Path DIR = tempDir();

    @FuzzTest
    void profile(byte[] data) throws IOException {
        Path file = DIR.resolve("fuzz.yaml");
        Files.write(file, data);
        try {
            Profile p = ProfileLoader.load(file.toString());
            check(!p.lineage().isEmpty() && p.lineage().get(0).endsWith("fuzz.yaml"), "the lineage starts at the file");
        } catch (ProfileException expected) {
        }
    }

    @FuzzTest
    void waivers(byte[] data) throws IOException {
        Path file = DIR.resolve("waivers.yaml");
        Files.write(file, data);
        try {
            for (Waiver w : WaiverLoader.load(file)) {
                check(!w.rule().isBlank() && !w.reason().isEmpty() && !w.owner().isEmpty() && w.expires() != null,
                        "a waiver has rule, reason, owner and expires");
            }
        } catch (ProfileException expected) {
        }
    }

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("kernlint-fuzz");
            d.toFile().deleteOnExit();
            d.resolve("fuzz.yaml").toFile().deleteOnExit();
            d.resolve("waivers.yaml").toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
