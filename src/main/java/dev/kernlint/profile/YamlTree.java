package dev.kernlint.profile;

import java.io.Reader;
import java.io.StringReader;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Safe YAML for profiles and waivers: the file is only composed into nodes (no constructor ever runs), every
 * node must carry a plain YAML tag (so "!!javax.script..." is refused), and size, nesting and alias limits stop
 * billion-laughs files. Errors name the file and line.
 */
public final class YamlTree {
    public static final int MAX_BYTES = 1 << 20;
    /** Tags the YAML resolver gives plain scalars, lists and maps; a date such as 2027-03-31 resolves to timestamp. */
    private static final Set<Tag> PLAIN = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    /** A parser problem made of words alone ("mapping values are not allowed here") quotes nothing of the file. */
    private static final java.util.regex.Pattern WORDS_ONLY = java.util.regex.Pattern.compile("[a-z][a-z ]{0,80}");
    /** A refused type tag ("!!javax.script.ScriptEngineManager") is named when it has the form of one. */
    private static final java.util.regex.Pattern GLOBAL_TAG =
            java.util.regex.Pattern.compile("Global tag is not allowed: (?:tag:yaml.org,2002:)?([A-Za-z0-9_.$:/,-]{1,200})");
    /** A key shown in a message: a plain name; anything else may be a file's content that is no profile at all. */
    private static final java.util.regex.Pattern NAME_LIKE = java.util.regex.Pattern.compile("[A-Za-z0-9_.*-]{1,64}");

    private final String file;

    private YamlTree(String file) {
        this.file = file;
    }

    /** The root node of a YAML text; null for an empty document. */
    public static Node parse(String file, String text) {
        if (text.length() > MAX_BYTES) {
            throw new ProfileException(file + ": larger than 1 MiB, refused");
        }
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(false);
        o.setMaxAliasesForCollections(20);
        o.setAllowRecursiveKeys(false);
        o.setNestingDepthLimit(20);
        o.setCodePointLimit(MAX_BYTES);
        o.setTagInspector(tag -> false);
        Yaml yaml = new Yaml(o);
        Node root;
        try (Reader r = new StringReader(text)) {
            root = yaml.compose(r);
        } catch (MarkedYAMLException e) {
            // the parser's message shows the text around the mark: a file that is not YAML (extends: /etc/shadow)
            // would be quoted; only the position, and a problem that names no text, are shown
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = m == null ? "1" : (m.getLine() + 1) + ":" + (m.getColumn() + 1);
            String problem = e.getProblem() == null ? "" : e.getProblem().strip();
            java.util.regex.Matcher tag = GLOBAL_TAG.matcher(problem);
            if (tag.matches()) {
                throw new ProfileException(file + ":" + where + ": type tag " + tag.group(1)
                        + " is not allowed (plain values, lists and maps only)");
            }
            throw new ProfileException(file + ":" + where + ": not valid YAML"
                    + (WORDS_ONLY.matcher(problem).matches() ? " (" + problem + ")" : ""));
        } catch (YAMLException | java.io.IOException e) {
            throw new ProfileException(file + ": not valid YAML");
        }
        if (root != null) {
            new YamlTree(file).checkTags(root);
        }
        return root;
    }

    private void checkTags(Node n) {
        if (!PLAIN.contains(n.getTag())) {
            throw error(n, "type tag " + n.getTag().getValue() + " is not allowed (plain values, lists and maps only)");
        }
        if (n instanceof MappingNode m) {
            // LoaderOptions.setAllowDuplicateKeys acts only when constructing objects, never on composed nodes
            Set<String> keys = new java.util.HashSet<>();
            for (NodeTuple t : m.getValue()) {
                checkTags(t.getKeyNode());
                if (t.getKeyNode() instanceof ScalarNode k && !keys.add(k.getValue())) {
                    throw error(k, "duplicate key '" + k.getValue() + "'");
                }
                checkTags(t.getValueNode());
            }
        } else if (n instanceof SequenceNode s) {
            s.getValue().forEach(this::checkTags);
        }
    }

    /** " 'KEY'" when the key is a plain name, "" otherwise: messages never quote what may be someone's secret. */
    public static String quoted(String key) {
        return NAME_LIKE.matcher(key).matches() ? " '" + key + "'" : "";
    }

    public static int line(Node n) {
        return n.getStartMark() == null ? 1 : n.getStartMark().getLine() + 1;
    }

    ProfileException error(Node n, String what) {
        return new ProfileException(file + ":" + line(n) + ": " + what);
    }

    /** A scalar's text, or an error naming the line when the node is a list or a map. */
    public static String scalar(String file, Node n, String what) {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        throw new ProfileException(file + ":" + line(n) + ": " + what + " must be a single value");
    }

    /** True for `~`, `null` or nothing at all after the colon. */
    public static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** A scalar the YAML resolver reads as true/false (also yes, no, on, off). */
    public static boolean isBool(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.BOOL);
    }

    public static MappingNode map(String file, Node n, String what) {
        if (n instanceof MappingNode m) {
            return m;
        }
        throw new ProfileException(file + ":" + line(n) + ": " + what + " must be a map of key: value");
    }
}
