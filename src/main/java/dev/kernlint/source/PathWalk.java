package dev.kernlint.source;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a relative path inside a snapshot one component at a time, following symbolic links itself: the operating
 * system would follow {@code hostname -> /etc/shadow} or {@code proc -> /proc} out of the snapshot into the auditor's
 * own host. A link that stays inside is followed (a real /proc has {@code net -> self/net}); one that leaves (an
 * absolute target elsewhere, {@code ..} above the root) ends the walk, and so do more than {@link #MAX_HOPS} links
 * (a loop), as ELOOP does. A loop over a work list, not recursion: no path is deep enough to overflow the stack.
 */
final class PathWalk {
    static final int MAX_HOPS = 40;
    /** PATH_MAX: a longer path or link target is not one a host could have had. */
    static final int MAX_PATH = 4096;

    static final String LEAVES = "link leaves the snapshot";
    static final String LOOP = "too many levels of symbolic links (a link loop)";

    enum Kind { MISSING, DIRECTORY, FILE, LINK, OTHER }

    /** What the tree holds at a path whose every parent is a real directory (a link itself is not followed). */
    interface Nodes {
        Kind kind(String path) throws IOException;

        String target(String path) throws IOException;

        /** An absolute link target as a path inside the tree, or null when it points outside (every archive link). */
        String inside(String absoluteTarget);
    }

    /** Where a path leads: a link-free path and what is there, or a problem (the path left the tree, a loop). */
    record Result(String path, Kind kind, String problem) {
        boolean is(Kind k) {
            return problem == null && kind == k;
        }
    }

    private PathWalk() {}

    static Result resolve(Nodes nodes, String rel) throws IOException {
        if (rel.length() > MAX_PATH) {
            return new Result(rel, Kind.MISSING, null);
        }
        Deque<String> todo = new ArrayDeque<>();
        prepend(todo, rel);
        List<String> done = new ArrayList<>();
        int hops = 0;
        while (!todo.isEmpty()) {
            String part = todo.pollFirst();
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (done.isEmpty()) {
                    return new Result(rel, Kind.MISSING, LEAVES);
                }
                done.remove(done.size() - 1);
                continue;
            }
            String here = join(done, part);
            Kind k = nodes.kind(here);
            switch (k) {
                case MISSING -> {
                    return new Result(here, Kind.MISSING, null);
                }
                case LINK -> {
                    if (++hops > MAX_HOPS) {
                        return new Result(here, Kind.MISSING, LOOP);
                    }
                    String t = nodes.target(here);
                    if (t == null || t.isEmpty() || t.length() > MAX_PATH) {
                        return new Result(here, Kind.MISSING, LEAVES);
                    }
                    if (t.startsWith("/")) {
                        String in = nodes.inside(t);
                        if (in == null) {
                            return new Result(here, Kind.MISSING, LEAVES);
                        }
                        done.clear();
                        t = in;
                    }
                    // a relative target is relative to the directory holding the link: done stays
                    prepend(todo, t);
                }
                case DIRECTORY -> done.add(part);
                case FILE, OTHER -> {
                    if (!onlyDots(todo)) {
                        return new Result(here, Kind.MISSING, null);
                    }
                    return new Result(here, k, null);
                }
            }
        }
        return new Result(String.join("/", done), Kind.DIRECTORY, null);
    }

    private static boolean onlyDots(Deque<String> todo) {
        for (String s : todo) {
            if (!s.isEmpty() && !s.equals(".")) {
                return false;
            }
        }
        return true;
    }

    private static String join(List<String> done, String part) {
        if (done.isEmpty()) {
            return part;
        }
        StringBuilder sb = new StringBuilder();
        for (String d : done) {
            sb.append(d).append('/');
        }
        return sb.append(part).toString();
    }

    private static void prepend(Deque<String> todo, String path) {
        String[] parts = path.split("/", -1);
        for (int i = parts.length - 1; i >= 0; i--) {
            todo.addFirst(parts[i]);
        }
    }
}
