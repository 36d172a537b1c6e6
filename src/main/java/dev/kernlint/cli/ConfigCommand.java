package dev.kernlint.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "config", mixinStandardHelpOptions = true, versionProvider = KernlintCommand.VersionProvider.class,
        description = {"Show the option defaults that config files and KERNLINT_* variables set.",
                "Files: /etc/kernlint/config.yaml, then $XDG_CONFIG_HOME/kernlint/config.yaml (default ~/.config); "
                        + "environment variables override both, and the command line overrides everything.",
                "",
                "Examples:",
                "  kernlint config show",
                "  KERNLINT_FAIL_ON=critical kernlint config show"},
        subcommands = ConfigShowCommand.class)
public final class ConfigCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
