package dev.kernlint.parse;

import static dev.kernlint.fuzz.Fuzz.check;
import static dev.kernlint.fuzz.Fuzz.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kernlint.fact.SysctlAssignment;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzz targets for sysctl.conf / sysctl.d files and their precedence. The parser skips what is not an assignment,
 * as systemd-sysctl does: it takes any text. Seeds: SysctlConfFuzzTestInputs/METHOD/.
 */
class SysctlConfFuzzTest {

    @FuzzTest
    void sysctlConf(byte[] data) {
        String t = text(data);
        int lines = t.split("\n", -1).length;
        for (SysctlAssignment a : SysctlConfParser.parse("/etc/sysctl.d/99-fuzz.conf", t)) {
            check(!a.key().isEmpty(), "a key is not empty");
            check(a.line() >= 1 && a.line() <= lines, "the line number is a line of the file");
            check(a.value() != null || a.optional(), "only '-key' lines have no value");
        }
    }

    /** Entry names, one a line, listed in every sysctl.d directory. */
    @FuzzTest
    void sysctlPrecedence(byte[] data) {
        List<String> names = Arrays.asList(text(data).split("\n"));
        List<String> files = SysctlPrecedence.files(dir -> names);
        check(files.size() <= names.size(), "no file counts twice");
        for (String f : files) {
            check(f.startsWith("/etc/sysctl.d/") && f.endsWith(".conf"), "the first directory hides the others");
        }
    }
}
