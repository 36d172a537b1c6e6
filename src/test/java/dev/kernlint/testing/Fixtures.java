package dev.kernlint.testing;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.HostAudit;
import dev.kernlint.engine.RuleBook;
import dev.kernlint.profile.Profile;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.source.Snapshot;
import dev.kernlint.source.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fixture snapshots under src/test/resources/snapshots/CASE (exactly the `collect` format) and the one shared
 * RuleBook: loading the executable model once keeps the suite fast.
 */
public final class Fixtures {
    private static RuleBook book;

    private Fixtures() {}

    public static synchronized RuleBook ruleBook() {
        if (book == null) {
            book = RuleBook.load(null);
        }
        return book;
    }

    public static Path snapshot(String name) {
        Path p = Path.of("src/test/resources/snapshots", name);
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException("no fixture snapshot " + p);
        }
        return p;
    }

    /** Text of a parser sample under src/test/resources/samples. */
    public static String sample(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/samples", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AuditResult audit(String snapshot) {
        return audit(snapshot, ProfileLoader.load("default"));
    }

    public static AuditResult audit(String snapshot, Profile profile) {
        try (Source s = Snapshot.open(snapshot(snapshot))) {
            return HostAudit.run(s, profile, ruleBook());
        }
    }

    public static AuditResult audit(Source source) {
        return HostAudit.run(source, ProfileLoader.load("default"), ruleBook());
    }

    public static List<Finding> findings(AuditResult r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** The one finding of a rule; fails when it has none or several. */
    public static Finding finding(AuditResult r, String rule) {
        List<Finding> f = findings(r, rule);
        if (f.size() != 1) {
            throw new AssertionError("expected one " + rule + " finding, got " + f.size() + ": " + f + "; gaps " + r.gaps());
        }
        return f.get(0);
    }

    /**
     * Asserts the rule judged the host and found nothing: "no finding" only means a pass when the rule was
     * evaluated, not kept from judging by a gap.
     */
    public static void assertPasses(AuditResult r, String rule) {
        if (!r.rulesEvaluated().contains(rule)) {
            throw new AssertionError(rule + " was not evaluated; gaps " + r.gaps());
        }
        if (!findings(r, rule).isEmpty()) {
            throw new AssertionError(rule + " must not fire, but found " + findings(r, rule));
        }
    }

    /** A profile file under src/test/resources/profiles. */
    public static Profile profile(String name) {
        return ProfileLoader.load("src/test/resources/profiles/" + name + ".yaml");
    }

    /** Copies a fixture snapshot into a directory, to vary one file of it. */
    public static Path copy(String snapshot, Path to) {
        Path from = snapshot(snapshot);
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes files into a fresh snapshot directory: path relative to the snapshot root, then text, pairs. */
    public static Path write(Path dir, String... pathAndText) {
        try {
            for (int i = 0; i + 1 < pathAndText.length; i += 2) {
                Path p = dir.resolve(pathAndText[i]);
                Files.createDirectories(p.getParent());
                Files.writeString(p, pathAndText[i + 1], StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
