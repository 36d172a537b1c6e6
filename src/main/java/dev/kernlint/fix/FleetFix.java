package dev.kernlint.fix;

import dev.kernlint.engine.HostAudit;
import dev.kernlint.engine.RuleBook;
import dev.kernlint.profile.Profile;
import dev.kernlint.source.ReadCaps;
import dev.kernlint.source.Snapshots;
import dev.kernlint.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The plans of `kernlint fix --fleet`: every snapshot judged with the one rule book, one host each, keyed by the
 * host name it reports. A snapshot that cannot be read, a host name that cannot key a playbook entry and a name two
 * snapshots share are errors for those inputs; the other hosts still get their plan.
 */
public final class FleetFix {
    /** More inputs than this in one directory is a mistake (a home directory, /), not a fleet. */
    private static final int MAX_INPUTS = 100_000;

    public record Result(List<FleetPlaybook.Host> hosts, List<String> errors) {}

    private FleetFix() {}

    /**
     * The snapshots named: a file (archive) or a directory with manifest.json or proc/ is one snapshot; any other
     * directory holds snapshots, one per entry (hidden entries skipped), in name order.
     */
    public static List<Path> inputs(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p) || Files.exists(p.resolve("manifest.json")) || Files.isDirectory(p.resolve("proc"))) {
                out.add(p);
                continue;
            }
            try (Stream<Path> s = Files.list(p)) {
                s.filter(e -> !e.getFileName().toString().startsWith(".")).sorted().limit(MAX_INPUTS + 1L).forEach(out::add);
            } catch (IOException e) {
                out.add(p); // judged below, where it becomes this input's error
            }
        }
        return out;
    }

    public static Result judge(List<Path> inputs, Profile profile, RuleBook book, FixPlan.Options options, ReadCaps caps) {
        List<String> errors = new ArrayList<>();
        Map<String, FleetPlaybook.Host> byName = new LinkedHashMap<>();
        Map<String, Path> seen = new LinkedHashMap<>();
        if (inputs.size() > MAX_INPUTS) {
            errors.add("more than " + MAX_INPUTS + " inputs: only the first " + MAX_INPUTS + " are judged");
            inputs = inputs.subList(0, MAX_INPUTS);
        }
        for (Path in : inputs) {
            FixPlan plan;
            try (Source src = Snapshots.open(in, caps)) {
                HostAudit.Outcome audited = HostAudit.runKeepingFacts(src, profile, book);
                plan = FixPlan.build(audited.result(), KernelSettings.of(audited.facts()), book.rules(), options);
            } catch (RuntimeException e) {
                errors.add(in + ": " + SafeValues.oneLine(e.getMessage()) + " (not in the playbook)");
                continue;
            }
            String name = plan.origin().hostname();
            String problem = FleetPlaybook.hostProblem(name);
            if (problem != null) {
                errors.add(in + ": " + problem + " (not in the playbook)");
            } else if (seen.containsKey(name)) {
                errors.add(in + ": host " + name + " is also the host of " + seen.get(name)
                        + ": neither is in the playbook (which one is right is not known)");
                byName.remove(name);
            } else {
                seen.put(name, in);
                byName.put(name, new FleetPlaybook.Host(name, plan));
            }
        }
        return new Result(List.copyOf(byName.values()), errors);
    }
}
