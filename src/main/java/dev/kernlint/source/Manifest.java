package dev.kernlint.source;

import dev.kernlint.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * manifest.json of a snapshot: who, when, and how reading each input went (the contract in design.md).
 *
 * @param complete directory trees captured whole ("/proc/sys"): a path missing under one does not exist on the
 *                 host. Absent from manifests written before the field existed: those trees count as partial.
 */
public record Manifest(String format, String hostname, String collectedAt, String kernel, String kernlintVersion,
                       Map<String, Item> items, List<SampleRef> samples, List<String> complete) {

    /** A manifest that records no tree as complete. */
    public Manifest(String format, String hostname, String collectedAt, String kernel, String kernlintVersion,
                    Map<String, Item> items, List<SampleRef> samples) {
        this(format, hostname, collectedAt, kernel, kernlintVersion, items, samples, List.of());
    }

    public static final String FORMAT = "kernlint-snapshot/1";
    public static final String FILE = "manifest.json";

    public record Item(String path, ReadStatus status, String detail) {}

    /** A later reading of the same host: its directory inside the snapshot ("samples/1") and when it was taken. */
    public record SampleRef(String dir, String collectedAt) {}

    public static Manifest empty() {
        return new Manifest(FORMAT, null, null, null, null, Map.of(), List.of(), List.of());
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", format);
        m.put("hostname", hostname);
        m.put("collected_at", collectedAt);
        m.put("kernel", kernel);
        m.put("kernlint_version", kernlintVersion);
        List<Object> list = new ArrayList<>();
        for (Item it : items.values()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("path", it.path());
            i.put("status", it.status().manifestName());
            i.put("detail", it.detail());
            list.add(i);
        }
        m.put("items", list);
        if (!samples.isEmpty()) {
            List<Object> refs = new ArrayList<>();
            for (SampleRef r : samples) {
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("dir", r.dir());
                rm.put("collected_at", r.collectedAt());
                refs.add(rm);
            }
            m.put("samples", refs);
        }
        if (!complete.isEmpty()) {
            m.put("complete", new ArrayList<Object>(complete));
        }
        return m;
    }

    /** Parses manifest.json; throws SnapshotException naming what is wrong. */
    @SuppressWarnings("unchecked")
    public static Manifest parse(String text) {
        Object o;
        try {
            o = Json.parse(text);
        } catch (Json.JsonException e) {
            throw new SnapshotException("manifest.json is not valid JSON: " + e.getMessage());
        }
        if (!(o instanceof Map<?, ?> m)) {
            throw new SnapshotException("manifest.json is not a JSON object");
        }
        Object format = m.get("format");
        if (format != null && !(format instanceof String f && f.startsWith("kernlint-snapshot/"))) {
            throw new SnapshotException("manifest.json has unknown format " + format);
        }
        if (format instanceof String f && !f.equals(FORMAT)) {
            throw new SnapshotException("manifest.json format " + f + " is newer than this kernlint reads (" + FORMAT + ")");
        }
        Map<String, Item> items = new LinkedHashMap<>();
        if (m.get("items") instanceof List<?> l) {
            for (Object e : l) {
                if (e instanceof Map<?, ?> im && im.get("path") instanceof String p && im.get("status") instanceof String s) {
                    ReadStatus st;
                    try {
                        st = ReadStatus.fromManifest(s);
                    } catch (IllegalArgumentException x) {
                        throw new SnapshotException("manifest.json item " + p + " has unknown status " + s);
                    }
                    items.put(p, new Item(p, st, im.get("detail") instanceof String d ? d : ""));
                }
            }
        }
        List<SampleRef> samples = new ArrayList<>();
        if (m.get("samples") instanceof List<?> l) {
            for (Object e : l) {
                if (!(e instanceof Map<?, ?> sm) || !(sm.get("dir") instanceof String d) || !(sm.get("collected_at") instanceof String at)) {
                    throw new SnapshotException("manifest.json: each samples entry needs \"dir\" and \"collected_at\"");
                }
                if (!d.matches("samples/[0-9]+")) {
                    throw new SnapshotException("manifest.json: sample dir '" + d + "' is not samples/N");
                }
                try {
                    java.time.Instant.parse(at);
                } catch (java.time.format.DateTimeParseException x) {
                    throw new SnapshotException("manifest.json: sample time '" + at + "' is not ISO-8601 UTC");
                }
                samples.add(new SampleRef(d, at));
            }
        }
        List<String> complete = new ArrayList<>();
        if (m.get("complete") instanceof List<?> l) {
            for (Object e : l) {
                // only absolute tree names kernlint asks about; anything else is a hand edit to refuse loudly
                if (!(e instanceof String d) || !d.matches("/[a-z]+(/[a-z_]+)*")) {
                    throw new SnapshotException("manifest.json: each complete entry is a directory such as \"/proc/sys\"");
                }
                complete.add(d);
            }
        } else if (m.containsKey("complete")) {
            throw new SnapshotException("manifest.json: complete is a list of directories");
        }
        return new Manifest(FORMAT, str(m, "hostname"), str(m, "collected_at"), str(m, "kernel"),
                str(m, "kernlint_version"), items, samples, List.copyOf(complete));
    }

    private static String str(Map<?, ?> m, String k) {
        return m.get(k) instanceof String s ? s : null;
    }
}
