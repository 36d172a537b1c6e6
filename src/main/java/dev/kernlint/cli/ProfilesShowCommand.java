package dev.kernlint.cli;

import dev.kernlint.profile.Profile;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.profile.ProfileWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = KernlintCommand.VersionProvider.class,
        description = {"Print a profile merged with everything it extends, as YAML that loads as a profile itself."})
public final class ProfilesShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME|FILE", description = "A bundled profile name or a profile file.")
    String profile;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Profile p = ProfileLoader.load(profile);
        PrintWriter out = spec.commandLine().getOut();
        out.print(ProfileWriter.write(p, null, List.of(p.name() + ", merged: " + String.join(" <- ", p.lineage()))));
        out.flush();
        return ExitCode.OK;
    }
}
