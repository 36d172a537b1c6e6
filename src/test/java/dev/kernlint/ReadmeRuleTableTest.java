package dev.kernlint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kernlint.cli.RulesCommand;
import dev.kernlint.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's rule table is `kernlint rules --markdown`: regenerate it when rules change. */
class ReadmeRuleTableTest {
    @Test
    void readmeListsEveryRuleAsTheMetadataSays() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String begin = "<!-- rules:begin -->\n";
        int a = readme.indexOf(begin);
        int b = readme.indexOf("<!-- rules:end -->");
        String table = readme.substring(a + begin.length(), b);
        assertEquals(RulesCommand.markdownTable(Fixtures.ruleBook()), table,
                "README rule table is stale: run `java -jar target/kernlint.jar rules --markdown` and paste it between the markers");
    }
}
