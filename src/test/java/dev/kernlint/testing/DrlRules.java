package dev.kernlint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The rule ids written in rules/*.drl: the source the compiled model (in classes and in the jar) must match. */
public final class DrlRules {
    private static final Pattern ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");

    private DrlRules() {}

    public static Set<String> ids() {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = ID.matcher(Files.readString(f));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }
}
