package dev.kernlint.profile;

import java.io.StringWriter;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Writes a YAML node tree with snakeyaml's emitter, so every value is quoted as YAML needs (the profiles kernlint
 * writes, the fleet playbook): block style, one line per value however long, and only ASCII out.
 */
public final class YamlEmitter {
    private YamlEmitter() {}

    public static String emit(Node root) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        // non-ASCII (U+2028 and U+2029 above all, which YAML 1.1 reads as line breaks) is written as an escape
        o.setAllowUnicode(false);
        o.setSplitLines(false);
        o.setWidth(Integer.MAX_VALUE);
        o.setIndent(2);
        StringWriter out = new StringWriter();
        new Yaml(o).serialize(root, out);
        return out.toString();
    }
}
