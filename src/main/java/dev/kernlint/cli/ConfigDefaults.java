package dev.kernlint.cli;

import dev.kernlint.config.ConfigException;
import dev.kernlint.config.ConfigKey;
import dev.kernlint.config.Setting;
import dev.kernlint.config.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Picocli asks this for every option's default: a setting of the config files or a KERNLINT_* variable wins over
 * the option's built-in default, and the command line over both. Only options a {@link ConfigKey} names, of the
 * commands it names, ask the settings, so `kernlint --version` reads no file.
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
    private final Settings settings;

    ConfigDefaults(Settings settings) {
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec o) || arg.command() == null) {
            return null;
        }
        ConfigKey key = ConfigKey.byKey(o.longestName().replaceFirst("^--", ""));
        if (key == null || !key.commands().contains(arg.command().name())) {
            return null;
        }
        try {
            Setting s = settings.get(key);
            return s == null ? null : s.value();
        } catch (ConfigException | dev.kernlint.profile.ProfileException e) {
            throw new CommandLine.ParameterException(arg.command().commandLine(), e.getMessage());
        }
    }
}
