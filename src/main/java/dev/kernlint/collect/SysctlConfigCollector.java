package dev.kernlint.collect;

import dev.kernlint.fact.PersistedSysctl;
import dev.kernlint.fact.SysctlAssignment;
import dev.kernlint.fact.SysctlConfig;
import dev.kernlint.parse.SysctlConfParser;
import dev.kernlint.parse.SysctlPrecedence;
import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.source.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The persisted kernel parameters: sysctl.d files and /etc/sysctl.conf in systemd-sysctl's order
 * ({@link SysctlPrecedence}). Adds one {@link PersistedSysctl} per key with the winning file and line, and one
 * {@link SysctlConfig} with every assignment (overridden ones too) and which persisted keys have no /proc/sys file.
 */
public final class SysctlConfigCollector implements Collector {

    @Override
    public String area() {
        return "sysctl";
    }

    @Override
    public void collect(Source source, Facts facts) {
        List<String> files = new ArrayList<>(SysctlPrecedence.files(source::list));
        files.add(SysctlPrecedence.SYSCTL_CONF);
        Input conf = source.read(SysctlPrecedence.SYSCTL_CONF);
        String confText = conf.isOk() ? conf.text() : null;
        List<String> read = new ArrayList<>();
        List<SysctlAssignment> all = new ArrayList<>();
        for (String file : files) {
            Input in = source.read(file);
            if (!in.isOk()) {
                if (in.status() != ReadStatus.MISSING) {
                    facts.gap(area(), in);
                }
                continue;
            }
            // Debian and Fedora link /etc/sysctl.d/99-sysctl.conf to ../sysctl.conf; it is applied last as sysctl.conf
            if (!file.equals(SysctlPrecedence.SYSCTL_CONF) && confText != null && !confText.isBlank() && in.text().equals(confText)) {
                continue;
            }
            read.add(file);
            all.addAll(SysctlConfParser.parse(file, in.text()));
        }
        Map<String, SysctlAssignment> winners = new LinkedHashMap<>();
        for (SysctlAssignment a : all) {
            if (!a.glob() && a.value() != null) {
                winners.remove(a.key()); // re-insert so the map keeps the order keys were last set in
                winners.put(a.key(), a);
            }
        }
        Set<String> noFile = new LinkedHashSet<>();
        Set<String> unreadable = new LinkedHashSet<>();
        boolean procSys = source.isDirectory(SysctlCollector.ROOT);
        for (SysctlAssignment w : winners.values()) {
            facts.add(new PersistedSysctl(w.key(), w.value(), w.file(), w.line(), w.written()));
            if (procSys) {
                Input running = source.read(SysctlCollector.path(w.key()));
                if (running.status() == ReadStatus.MISSING) {
                    noFile.add(w.key());
                } else if (!running.isOk()) {
                    unreadable.add(w.key());
                }
            }
        }
        facts.add(new SysctlConfig(List.copyOf(all), List.copyOf(read), Set.copyOf(noFile), Set.copyOf(unreadable)));
    }
}
