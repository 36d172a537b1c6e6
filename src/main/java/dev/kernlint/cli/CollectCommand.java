package dev.kernlint.cli;

import static dev.kernlint.report.TerminalText.escape;

import dev.kernlint.collect.Collectors;
import dev.kernlint.collect.Facts;
import dev.kernlint.fact.KernelVersion;
import dev.kernlint.source.CachingSource;
import dev.kernlint.source.Source;
import dev.kernlint.source.SnapshotWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "collect", mixinStandardHelpOptions = true, versionProvider = KernlintCommand.VersionProvider.class,
        description = {"Capture everything an audit reads into a snapshot: a directory, or a .tar.gz when PATH ends in .tar.gz.",
                "",
                "Audit it later or elsewhere with `kernlint audit --snapshot PATH`. What could not be read is kept in "
                        + "manifest.json as a gap, so the audit of the snapshot says what the live audit says.",
                "",
                "Examples:",
                "  kernlint collect --output /tmp/web1.tar.gz",
                "  kernlint collect -o snapshots/web1/",
                "  kernlint collect -o web1.tar.gz --samples 6 --interval 10s"})
public final class CollectCommand implements Callable<Integer> {
    @Mixin
    SourceOptions source;

    @Mixin
    SamplingOptions sampling;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR|FILE.tar.gz", required = true,
            description = "Where to write the snapshot (a new or empty directory, or a .tar.gz file).")
    Path output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Source src = source.open()) {
            int samples = sampling.samples();
            java.time.Duration every = sampling.interval();
            if (src instanceof dev.kernlint.source.Snapshot) {
                throw new UserError("collect reads a live host (or --root DIR), not a snapshot");
            }
            CachingSource rec = new CachingSource(src, true);
            Facts facts = Collectors.run(rec);
            String kernel = facts.first(KernelVersion.class).map(KernelVersion::release).orElse(null);
            java.util.List<CachingSource> later = samples <= 1 ? java.util.List.of()
                    : new dev.kernlint.time.LiveSampler(source::open, Terminal.colour() ? spec.commandLine().getErr() : null)
                            .take(samples - 1, every, true).stream().map(dev.kernlint.time.TakenSample::source).toList();
            int n = SnapshotWriter.write(rec, later, output, Version.VERSION, kernel);
            spec.commandLine().getErr().println("kernlint: wrote " + n + " files to " + escape(output)
                    + notOk(rec));
        } catch (IOException e) {
            throw new UserError("cannot write snapshot " + output + ": " + dev.kernlint.report.ErrorText.ioWithFile(e));
        }
        return ExitCode.OK;
    }

    /**
     * The manifest's own count of entries that are not ok, by its status names, so the line and manifest.json
     * agree ("31 manifest entries not ok: 24 missing, 6 denied, 1 error").
     */
    static String notOk(CachingSource rec) {
        java.util.Map<String, Integer> by = new java.util.TreeMap<>();
        java.util.stream.Stream.concat(rec.fileReads().values().stream(), rec.commandRuns().values().stream())
                .filter(in -> !in.isOk()).forEach(in -> by.merge(in.status().manifestName(), 1, Integer::sum));
        int n = by.values().stream().mapToInt(Integer::intValue).sum();
        if (n == 0) {
            return "";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        by.forEach((status, count) -> parts.add(count + " " + status));
        return " (" + n + " manifest " + (n == 1 ? "entry" : "entries") + " not ok: " + String.join(", ", parts) + "; see manifest.json)";
    }
}
