package dev.kernlint.cli;

import dev.kernlint.collect.Collectors;
import dev.kernlint.collect.Facts;
import dev.kernlint.fact.KernelVersion;
import dev.kernlint.fact.RingBuffer;
import dev.kernlint.fact.SysctlValue;
import dev.kernlint.profile.Baseline;
import dev.kernlint.profile.Profile;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.profile.ProfileWriter;
import dev.kernlint.source.CachingSource;
import dev.kernlint.source.Source;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = KernlintCommand.VersionProvider.class,
        description = {"Write a profile that pins a known-good host (this one, or a snapshot): the kernel parameters the",
                "bundled profiles care about, any --key you add, and the NIC rings. Audit production against it to say",
                "\"production must look like this box\".",
                "",
                "Examples:",
                "  kernlint baseline --snapshot good-web1.tar.gz > profiles/web-prod.yaml",
                "  kernlint baseline --extends web-server --key 'net.ipv4.tcp_*' -o prod.yaml",
                "  kernlint audit --snapshot web7.tar.gz --profile profiles/web-prod.yaml"})
public final class BaselineCommand implements Callable<Integer> {
    @Mixin
    SourceOptions source;

    @Option(names = "--extends", paramLabel = "NAME|FILE", defaultValue = "default",
            description = "The profile the pinned one extends (its thresholds and rules apply too). Default: ${DEFAULT-VALUE}.")
    String parent;

    @Option(names = "--key", paramLabel = "GLOB",
            description = "Also pin the kernel parameters matching GLOB ('*' and '?'), e.g. 'net.core.*'. Repeatable.")
    List<String> keys = new ArrayList<>();

    @Option(names = "--name", paramLabel = "NAME", description = "The profile's name. Default: HOSTNAME-baseline.")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the profile to FILE instead of standard output.")
    Path output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Profile extended = ProfileLoader.load(parent); // an --extends that names no profile fails now, not when the pinned file is used
        List<Profile> references = new ArrayList<>();
        for (String n : ProfileLoader.bundled()) {
            references.add(ProfileLoader.load(n));
        }
        Facts facts;
        String host;
        String from;
        try (Source src = source.open()) {
            CachingSource cached = new CachingSource(src, false);
            facts = Collectors.run(cached);
            host = cached.hostname();
            from = cached.describe();
        }
        String kernel = facts.first(KernelVersion.class).map(KernelVersion::release).orElse("unknown");
        String today = LocalDate.now().toString();
        // host, kernel and source come from the audited host: they go into the description, a data field the
        // emitter quotes; the comment shows them only when they pass a strict check
        Baseline.Pinned pinned = new Baseline(extended, references, keys).pin(name != null ? name : BaselineHeader.defaultName(host),
                "Pinned from " + host + " (" + from + ", kernel " + kernel + ") on " + today + ".",
                facts.all(SysctlValue.class), facts.all(RingBuffer.class));
        List<String> header = new ArrayList<>(List.of(
                "Written by `kernlint baseline` from " + BaselineHeader.host(host) + " (" + BaselineHeader.source(from)
                        + ", kernel " + BaselineHeader.kernel(kernel) + ") on " + today + ".",
                "Audit other hosts against it: kernlint audit --profile THIS_FILE. Edit freely: a bound (\">= N\") says",
                "\"at least what the good host has\", a plain value says \"exactly this\"."));
        if (!pinned.absent().isEmpty()) {
            header.add("Not on this host, so not pinned: " + BaselineHeader.keys(pinned.absent()));
        }
        if (!pinned.unpinnable().isEmpty()) {
            header.add("Values a profile cannot state exactly, so not pinned: " + BaselineHeader.keys(pinned.unpinnable()));
        }
        if (!pinned.failsParent().isEmpty()) {
            List<String> fails = new ArrayList<>();
            for (Baseline.ParentFailure f : pinned.failsParent()) {
                fails.add(f.what() + " (" + f.actual() + ", needs " + f.required() + ")");
            }
            header.add("This host does not meet " + parent + " for: " + String.join(", ", fails) + ".");
            header.add("Those are not pinned, so " + parent + "'s requirement stays: a baseline never relaxes what it extends.");
        }
        if (facts.gaps().stream().anyMatch(g -> g.area().equals("sysctl") || g.area().equals("nic"))) {
            header.add("Some inputs could not be read (run as root, or collect again): values may be missing here.");
        }
        String yaml = ProfileWriter.write(pinned.profile(), parent, header);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(yaml);
            out.flush();
        } else {
            try {
                Files.writeString(output, yaml, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserError("cannot write " + output + ": " + dev.kernlint.report.ErrorText.io(e));
            }
        }
        return ExitCode.OK;
    }
}
