package dev.kernlint.source;

import dev.kernlint.json.Json;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * sos_reports/manifest.json of sos 4.x: the sos version, when the report started (host local time), which
 * plugins ran, and each command's exit code. sos writes a failed command's stderr to the same file as its
 * output, so the exit code is the only way to tell an error text from output. sos 3.x has no manifest: then
 * every command file is taken as output, and its parser says when it is not.
 */
record SosManifest(String version, String startTime, Set<String> plugins, Map<String, Command> byFile, Map<String, Command> byExec) {

    static final String FILE = "sos_reports/manifest.json";

    /** One command sos ran: its exit code and where it put the output (null when it stored none). */
    record Command(String plugin, String exec, String file, int returnCode) {}

    static SosManifest none() {
        return new SosManifest(null, null, Set.of(), Map.of(), Map.of());
    }

    boolean present() {
        return !plugins.isEmpty();
    }

    static SosManifest parse(String text) {
        Object o;
        try {
            o = Json.parse(text);
        } catch (Json.JsonException e) {
            throw new SnapshotException(FILE + " of the sosreport is not valid JSON: " + e.getMessage());
        }
        if (!(o instanceof Map<?, ?> m)) {
            throw new SnapshotException(FILE + " of the sosreport is not a JSON object");
        }
        Set<String> plugins = new LinkedHashSet<>();
        Map<String, Command> byFile = new HashMap<>();
        Map<String, Command> byExec = new HashMap<>();
        if (m.get("components") instanceof Map<?, ?> c && c.get("report") instanceof Map<?, ?> r
                && r.get("plugins") instanceof Map<?, ?> ps) {
            for (Map.Entry<?, ?> e : ps.entrySet()) {
                if (!(e.getKey() instanceof String name) || !(e.getValue() instanceof Map<?, ?> p)) {
                    continue;
                }
                plugins.add(name);
                if (!(p.get("commands") instanceof List<?> cmds)) {
                    continue;
                }
                for (Object co : cmds) {
                    if (co instanceof Map<?, ?> cm && cm.get("exec") instanceof String exec) {
                        String file = cm.get("filepath") instanceof String f ? f : null;
                        int rc = cm.get("return_code") instanceof Number n ? n.intValue() : 0;
                        Command cmd = new Command(name, exec, file, rc);
                        byExec.putIfAbsent(exec, cmd);
                        if (file != null) {
                            byFile.put(file, cmd);
                        }
                    }
                }
            }
        }
        return new SosManifest(m.get("version") instanceof String v ? v : null,
                m.get("start_time") instanceof String s ? s : null, plugins, byFile, byExec);
    }
}
