package dev.kernlint.fix;

import dev.kernlint.json.Json;
import dev.kernlint.source.UserFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What `fix --apply` changed, written before it changes anything (schema "kernlint-rollback/1", JSON):
 * each kernel parameter with its /proc/sys path and the value it had, and each file with the text it had
 * (null: the file did not exist, so rollback deletes it). Paths are absolute, so `--rollback FILE` needs nothing else.
 * net.* parameters belong to a network namespace: {@code netNamespace} ("net:[4026531840]") says which, so a
 * rollback run in another one is refused instead of writing that namespace's values.
 */
public record RollbackFile(String createdAt, String host, String netNamespace, List<Parameter> parameters,
                           List<FileState> files) {
    public static final String SCHEMA = "kernlint-rollback/1";

    public record Parameter(String key, String path, String previous, String applied) {}

    public record FileState(String path, String previous) {}

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("created_at", createdAt);
        m.put("host", host);
        m.put("net_namespace", netNamespace);
        List<Object> ps = new ArrayList<>();
        for (Parameter p : parameters) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("key", p.key());
            pm.put("path", p.path());
            pm.put("previous", p.previous());
            pm.put("applied", p.applied());
            ps.add(pm);
        }
        m.put("sysctl", ps);
        List<Object> fs = new ArrayList<>();
        for (FileState f : files) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("path", f.path());
            fm.put("previous", f.previous());
            fs.add(fm);
        }
        m.put("files", fs);
        return Json.write(m);
    }

    public void save(Path file) throws IOException {
        AtomicFile.write(file, toJson(), "rw-------");
    }

    public static RollbackFile load(Path file) {
        String text;
        try {
            text = UserFile.read(file, UserFile.JSON_CAP);
        } catch (UserFile.Unusable e) {
            throw new FixException(e.missing() ? "rollback file not found: " + file : "cannot read rollback file " + file + ": " + e.getMessage());
        }
        try {
            if (!(Json.parse(text) instanceof Map<?, ?> m) || !SCHEMA.equals(m.get("schema"))) {
                throw new FixException(file + ": not a kernlint rollback file (schema " + SCHEMA + ")");
            }
            List<Parameter> ps = new ArrayList<>();
            for (Object o : list(m.get("sysctl"))) {
                Map<?, ?> pm = (Map<?, ?>) o;
                ps.add(new Parameter(str(pm, "key", true), str(pm, "path", true), str(pm, "previous", true), str(pm, "applied", false)));
            }
            List<FileState> fs = new ArrayList<>();
            for (Object o : list(m.get("files"))) {
                Map<?, ?> fm = (Map<?, ?>) o;
                fs.add(new FileState(str(fm, "path", true), str(fm, "previous", false)));
            }
            return new RollbackFile(str(m, "created_at", false), str(m, "host", false), str(m, "net_namespace", false), ps, fs);
        } catch (Json.JsonException | ClassCastException | IllegalArgumentException e) {
            throw new FixException(file + ": damaged rollback file (" + e.getMessage() + ")");
        }
    }

    private static List<?> list(Object o) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> l)) {
            throw new IllegalArgumentException("expected a list");
        }
        return l;
    }

    private static String str(Map<?, ?> m, String k, boolean required) {
        Object v = m.get(k);
        if (v == null) {
            if (required) {
                throw new IllegalArgumentException("missing \"" + k + "\"");
            }
            return null;
        }
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("\"" + k + "\" is not text");
        }
        return s;
    }
}
