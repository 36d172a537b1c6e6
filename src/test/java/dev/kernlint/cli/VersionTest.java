package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void versionIsThePomVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        // the project's own version: the first <version> after its artifactId, before any <parent> or dependency
        Matcher m = Pattern.compile("<artifactId>kernlint</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "pom.xml has <artifactId>kernlint</artifactId> followed by <version>");
        assertEquals(m.group(1), Version.VERSION);
        assertTrue(Cli.run("--version").out().contains("kernlint " + m.group(1)));
    }

    @Test
    void profileIndexListsEveryBundledProfile() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(Path.of("profiles"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(n -> files.add(n.replaceFirst("\\.yaml$", "")));
        }
        List<String> index = Files.readAllLines(Path.of("profiles/index.txt")).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(files, new TreeSet<>(index), "profiles/index.txt vs profiles/*.yaml");
        assertEquals(index.size(), new TreeSet<>(index).size(), "no duplicates in profiles/index.txt");
        assertEquals(new TreeSet<>(index), new TreeSet<>(ProfileLoader.bundled()), "the index on the classpath is the same file");
    }

    @Test
    void everyBundledProfileLoads() {
        for (String name : ProfileLoader.bundled()) {
            assertEquals(name, ProfileLoader.load(name).name());
        }
    }
}
