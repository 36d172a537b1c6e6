package dev.kernlint.source;

import dev.kernlint.parse.IpLinkParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.SysctlDumpParser;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sosreport (sos 3.x or 4.x, extracted or an archive) read as a host: every read and command is answered from
 * where {@link SosSpecs} says sos keeps it, so collectors never learn what kind of source they read. An input
 * sos did not collect is a gap that says so and names the plugin; a command sos recorded as failed (its exit
 * code in sos_reports/manifest.json) is an error, not text to parse.
 */
public final class SosReport implements Source {
    private static final Pattern DATE = Pattern.compile("\\w{3}\\s+(\\w{3})\\s+(\\d{1,2})\\s+(\\d{2}):(\\d{2}):(\\d{2})\\s+(\\S+)\\s+(\\d{4})");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private final String path;
    private final SnapshotTree tree;
    private final String root;
    private final SosManifest manifest;
    private final String version;
    private volatile SysctlKeys sysctl;
    private volatile java.util.Map<String, IpLinkParser.Link> links;
    private volatile String collectedAt;
    private volatile SosProcesses processes;

    private SosReport(String path, SnapshotTree tree, String root) {
        this.path = path;
        this.tree = tree;
        this.root = root;
        byte[] m = bytes(tree, root + SosManifest.FILE);
        this.manifest = m == null ? SosManifest.none() : SosManifest.parse(new String(m, StandardCharsets.UTF_8));
        this.version = version(bytes(tree, root + "version.txt"), manifest);
    }

    /** The bytes of a regular file of the tree, or null when it has none that can be read. */
    private static byte[] bytes(SnapshotTree tree, String rel) {
        TreeFile f = tree.read(rel);
        return f.isOk() ? f.bytes() : null;
    }

    @Override
    public void close() {
        tree.close();
    }

    /** The sosreport in a tree, at its root or in its one top directory (an archive's "sosreport-HOST-DATE/"); null when the tree is not one. */
    static SosReport find(String path, SnapshotTree tree) {
        if (isReport(tree, "")) {
            return new SosReport(path, tree, "");
        }
        List<String> top = tree.list("");
        if (top.size() == 1 && tree.isDirectory(top.get(0)) && isReport(tree, top.get(0) + "/")) {
            return new SosReport(path, tree, top.get(0) + "/");
        }
        return null;
    }

    /** sos's own marks: its command directory, with its version file or its report directory. */
    private static boolean isReport(SnapshotTree tree, String root) {
        if (!tree.isDirectory(root + "sos_commands")) {
            return false;
        }
        byte[] v = bytes(tree, root + "version.txt");
        return tree.isDirectory(root + "sos_reports")
                || (v != null && new String(v, 0, Math.min(v.length, 64), StandardCharsets.UTF_8).startsWith("sosreport"));
    }

    private static String version(byte[] versionTxt, SosManifest manifest) {
        if (versionTxt != null) {
            String first = new String(versionTxt, 0, Math.min(versionTxt.length, 200), StandardCharsets.UTF_8).split("\n", 2)[0];
            Matcher m = Pattern.compile("^sosreport:\\s*([0-9][0-9A-Za-z.+~-]{0,30})").matcher(first);
            if (m.find()) {
                return m.group(1);
            }
        }
        return manifest.version();
    }

    /** The sos version that wrote the report ("4.0"), or null when neither version.txt nor the manifest says. */
    public String sosVersion() {
        return version;
    }

    @Override
    public Input read(String p) {
        return lookup(p, p, code -> code == 0);
    }

    @Override
    public BufferedReader open(String p) {
        Input in = read(p);
        return in.isOk() ? new BufferedReader(new StringReader(in.text())) : null;
    }

    @Override
    public Input run(List<String> argv) {
        return run(argv, code -> code == 0);
    }

    @Override
    public Input run(List<String> argv, IntPredicate okExit) {
        return lookup(String.join(" ", argv), Source.commandKey(argv), okExit);
    }

    private Input lookup(String input, String name, IntPredicate okExit) {
        SosSpecs.Spec first = null;
        Input failure = null;
        for (SosSpecs.Spec s : SosSpecs.TABLE) {
            String arg = SosSpecs.match(s.input(), input);
            if (arg == null) {
                continue;
            }
            if (first == null) {
                first = s;
            }
            if (!s.kept()) {
                continue;
            }
            Input in = fetch(s, arg, input, name, okExit);
            if (in != null && in.isOk()) {
                return in;
            }
            if (failure == null) {
                failure = in;
            }
        }
        if (failure != null) {
            return failure;
        }
        return Input.failed(name, ReadStatus.MISSING, notCollected(first));
    }

    private String notCollected(SosSpecs.Spec s) {
        if (s == null) {
            return "not collected by this sosreport (no sos plugin keeps it)";
        }
        String why = s.kept() ? "" : ": " + s.how();
        boolean ran = !manifest.present() || manifest.plugins().contains(s.plugin());
        return "not collected by this sosreport" + why + " (plugin " + s.plugin() + (ran ? "" : ", which did not run") + ")";
    }

    /** The input from one row, a failure the row explains, or null when this report does not have the row's text. */
    private Input fetch(SosSpecs.Spec s, String arg, String input, String name, IntPredicate okExit) {
        if (s.derive() == SosSpecs.SYSCTL_A) {
            SysctlKeys keys = sysctl();
            return keys == null ? null : keys.read(input);
        }
        if (s.derive() == SosSpecs.PROCESS_TABLE) {
            return processes().read(input);
        }
        String part = SosSpecs.firstPart(arg);
        if (s.sosPath() != null) {
            TreeFile f = tree.read(root + SosSpecs.fill(s.sosPath(), arg));
            if (!f.isOk()) {
                // a link that leaves the report, a FIFO, a file over the cap: a gap that says so, not "not collected"
                return f.status() == ReadStatus.MISSING ? null : Input.failed(name, f.status(), f.detail());
            }
            return derive(s, part, name, decode(f.bytes()), s.sosPath());
        }
        String cmd = SosSpecs.fill(s.sosCommand(), part);
        Input in = command(s.plugin(), cmd, name, okExit);
        return in == null || !in.isOk() ? in : derive(s, part, name, in.text(), "`" + cmd + "`");
    }

    /** The output sos kept of one command of a plugin; a failure when sos recorded it as failed; null when it has none. */
    private Input command(String plugin, String cmd, String name, IntPredicate okExit) {
        String file = "sos_commands/" + plugin + "/" + SosSpecs.mangle(cmd);
        SosManifest.Command ran = manifest.byFile().get(file);
        if (ran == null) {
            SosManifest.Command byExec = manifest.byExec().get(cmd);
            ran = byExec != null && byExec.plugin().equals(plugin) ? byExec : null;
        }
        byte[] b = bytes(tree, root + file);
        if (ran != null && ran.file() == null) {
            return ran.returnCode() == 127
                    ? Input.failed(name, ReadStatus.MISSING, "not collected by this sosreport: sos found no `" + cmd.split(" ")[0]
                            + "` on the host (plugin " + plugin + ")")
                    : Input.failed(name, ReadStatus.ERROR, "sos ran `" + cmd + "` but kept no output (exit code " + ran.returnCode()
                            + ", plugin " + plugin + ")");
        }
        if (b == null) {
            return null;
        }
        String text = decode(b);
        if (ran != null && ran.returnCode() != 0 && !okExit.test(ran.returnCode())) {
            return Input.failed(name, ReadStatus.ERROR, "sos recorded exit code " + ran.returnCode() + " for `" + cmd
                    + "` (plugin " + plugin + "): " + firstLine(text));
        }
        return Input.ok(name, text);
    }

    private static Input derive(SosSpecs.Spec s, String part, String name, String text, String from) {
        if (s.derive() == null) {
            return Input.ok(name, text);
        }
        try {
            String d = s.derive().apply(text, part);
            return d == null ? Input.failed(name, ReadStatus.MISSING, "not present (per " + from + " in this sosreport)") : Input.ok(name, d);
        } catch (ParseException e) {
            return Input.failed(name, ReadStatus.ERROR, from + " in this sosreport is unparseable: " + e.getMessage());
        }
    }

    private static String firstLine(String text) {
        String l = text.strip().split("\n", 2)[0];
        return l.length() > 120 ? l.substring(0, 120) + "..." : l;
    }

    private static String decode(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The keys of sos's `sysctl -a`, parsed once; null when the report has none. */
    private SysctlKeys sysctl() {
        SysctlKeys k = sysctl;
        if (k == null) {
            synchronized (this) {
                if (sysctl == null) {
                    SysctlKeys parsed = new SysctlKeys(new SysctlDumpParser.SysctlDump(java.util.Map.of(), java.util.Set.of(), java.util.Set.of()), "");
                    byte[] b = bytes(tree, root + "sos_commands/kernel/sysctl_-a");
                    SosManifest.Command ran = manifest.byFile().get("sos_commands/kernel/sysctl_-a");
                    if (b != null && (ran == null || ran.returnCode() != 127)) {
                        try {
                            parsed = new SysctlKeys(SysctlDumpParser.parse(decode(b)), "sysctl -a of this sosreport");
                        } catch (ParseException e) {
                            // an unusable dump holds no key: each is then a gap naming the plugin
                        }
                    }
                    sysctl = parsed;
                }
                k = sysctl;
            }
        }
        return k.isEmpty() ? null : k;
    }

    /** The processes of sos's ps listings, read once; without `ps alxwww` every process file is that gap. */
    private SosProcesses processes() {
        SosProcesses p = processes;
        if (p == null) {
            synchronized (this) {
                if (processes == null) {
                    Input alx = orGap(command("process", SosProcesses.ALX, SosProcesses.ALX, c -> c == 0), SosProcesses.ALX);
                    SosProcesses built;
                    try {
                        built = new SosProcesses(alx,
                                orGap(command("process", SosProcesses.NAMES, SosProcesses.NAMES, c -> c == 0), SosProcesses.NAMES),
                                orGap(command("process", SosProcesses.SCHED, SosProcesses.SCHED, c -> c == 0), SosProcesses.SCHED));
                    } catch (ParseException e) {
                        built = new SosProcesses(Input.failed(SosProcesses.ALX, ReadStatus.ERROR,
                                "`ps alxwww` in this sosreport is unparseable: " + e.getMessage()), alx, alx);
                    }
                    processes = built;
                }
                p = processes;
            }
        }
        return p;
    }

    private Input orGap(Input in, String cmd) {
        return in != null ? in : Input.failed(cmd, ReadStatus.MISSING, "not collected by this sosreport: no `" + cmd + "` (plugin process"
                + (!manifest.present() || manifest.plugins().contains("process") ? "" : ", which did not run") + ")");
    }

    /** The interfaces of `ip -d address` (sos 3.x and 4.x networking plugin), parsed once; empty without it. */
    private java.util.Map<String, IpLinkParser.Link> links() {
        java.util.Map<String, IpLinkParser.Link> l = links;
        if (l == null) {
            java.util.Map<String, IpLinkParser.Link> parsed = java.util.Map.of();
            byte[] b = bytes(tree, root + "sos_commands/networking/ip_-d_address");
            if (b != null) {
                try {
                    parsed = IpLinkParser.parse(decode(b));
                } catch (ParseException e) {
                    // no usable list: only the copied /sys/class/net entries remain
                }
            }
            links = parsed;
            l = parsed;
        }
        return l;
    }

    private String rel(String p) {
        return root + (p.startsWith("/") ? p.substring(1) : p);
    }

    @Override
    public List<String> list(String dir) {
        TreeSet<String> names = new TreeSet<>(tree.list(rel(dir)));
        if (dir.equals(SysctlKeys.ROOT) || dir.startsWith(SysctlKeys.ROOT + "/")) {
            SysctlKeys k = sysctl();
            if (k != null) {
                names.addAll(k.list(dir));
            }
        }
        if (dir.equals("/sys/class/net")) {
            names.addAll(links().keySet());
        }
        if (dir.equals("/proc")) {
            names.addAll(processes().pids());
        }
        return List.copyOf(names);
    }

    @Override
    public boolean isDirectory(String p) {
        if (tree.isDirectory(rel(p))) {
            return true;
        }
        if (p.startsWith(SysctlKeys.ROOT)) {
            SysctlKeys k = sysctl();
            return k != null && k.isDirectory(p);
        }
        return p.startsWith("/sys/class/net/") && links().containsKey(p.substring("/sys/class/net/".length()));
    }

    @Override
    public String describe() {
        return "sosreport " + path + " (sos " + (version == null ? "version unknown" : version) + ")";
    }

    @Override
    public String hostname() {
        return run(List.of("hostname")).textIfOk().map(String::strip).filter(h -> !h.isEmpty() && !h.contains("\n"))
                .or(() -> read("/proc/sys/kernel/hostname").textIfOk().map(String::strip))
                .orElse("unknown");
    }

    @Override
    public String collectedAt() {
        String c = collectedAt;
        if (c == null) {
            c = captureTime();
            collectedAt = c == null ? "" : c;
        }
        return c == null || c.isEmpty() ? null : c;
    }

    /**
     * When sos ran: the manifest's start_time is host local time without a zone, so the zone's offset comes from
     * sos's `date` and `date --utc`, run moments apart. Without a manifest (sos 3.x), `date --utc` itself.
     */
    private String captureTime() {
        LocalDateTime utc = run(List.of("date", "--utc")).textIfOk().map(SosReport::wallClock).orElse(null);
        LocalDateTime local = run(List.of("date")).textIfOk().map(SosReport::wallClock).orElse(null);
        if (manifest.startTime() != null && utc != null && local != null) {
            try {
                LocalDateTime start = LocalDateTime.parse(manifest.startTime().replace(' ', 'T'));
                long minutes = Math.round(Duration.between(utc, local).toMinutes() / 15.0) * 15;
                return start.minusMinutes(minutes).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
            } catch (java.time.format.DateTimeParseException e) {
                // fall back to date --utc
            }
        }
        if (utc != null) {
            return utc.toInstant(ZoneOffset.UTC).toString();
        }
        // sos 3.x keeps only `date`: its time is UTC only when the zone it printed says so
        String plain = run(List.of("date")).textIfOk().orElse("");
        if (local != null && (plain.contains(" UTC ") || plain.contains(" GMT "))) {
            return local.toInstant(ZoneOffset.UTC).toString();
        }
        return null;
    }

    /** "Tue Dec  1 19:34:57 UTC 2026" (date(1) in the C locale) as a wall-clock time; null when not in that form. */
    static LocalDateTime wallClock(String date) {
        Matcher m = DATE.matcher(date);
        if (!m.find()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(1)) + 1;
        if (month == 0) {
            return null;
        }
        try {
            return LocalDateTime.of(Integer.parseInt(m.group(7)), month, Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
