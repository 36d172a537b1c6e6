package dev.kernlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.profile.Profile;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.testing.DrlRules;
import dev.kernlint.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The compiled rule model is complete, and an empty one is refused rather than passing every host. */
class RuleBookTest {
    @Test
    void theCompiledModelHasEveryRuleOfTheDrlFiles() {
        Set<String> drl = DrlRules.ids();
        assertFalse(drl.isEmpty(), "rules/*.drl has rules");
        assertEquals(drl, new TreeSet<>(Fixtures.ruleBook().rules().keySet()),
                "DRL rule ids vs the compiled model (rebuild with mvn package if rules/ changed)");
    }

    @Test
    void everyRuleCarriesTheMetadataExplainAndReportsShow() {
        for (RuleInfo r : Fixtures.ruleBook().rules().values()) {
            assertFalse(r.title().equals(r.id()) || r.title().isBlank(), r.id() + " has a @title");
            assertFalse(r.rationale().isBlank(), r.id() + " has a @rationale");
            assertFalse(r.remediation().isBlank(), r.id() + " has a @remediation");
            assertFalse(r.area().equals("other"), r.id() + " has an @area");
            assertTrue(Set.of("none", "generate", "review", "disruptive").contains(r.fix()), r.id() + " @fix " + r.fix());
            assertTrue(Set.of("S", "T").contains(r.kind()), r.id() + " @kind " + r.kind());
            assertFalse(r.inputs().isEmpty(), r.id() + " lists its @inputs, so a gap can mark it not evaluated");
        }
    }

    @Test
    void theDefaultProfileHasEveryThresholdTheRulesName() {
        Profile p = ProfileLoader.load("default");
        for (RuleInfo r : Fixtures.ruleBook().rules().values()) {
            for (String name : r.thresholds()) {
                assertTrue(p.thresholds().getOrDefault(r.id(), Map.of()).containsKey(name), "thresholds." + r.id() + "." + name);
            }
        }
    }

    @Test
    void anEmptyModelIsRefused() {
        RuleBookException e = assertThrows(RuleBookException.class, () -> RuleBook.build(List.of(), null));
        assertTrue(e.getMessage().contains("no rules"), e.getMessage());
    }

    @Test
    void aJarWithoutTheModelIndexIsRefused() {
        ClassLoader nothing = new ClassLoader(null) {};
        RuleBookException e = assertThrows(RuleBookException.class, () -> RuleBook.builtInModels(nothing));
        assertTrue(e.getMessage().contains(RuleBook.MODEL_INDEX + " missing"), e.getMessage());
    }

    @Test
    void aModelIndexListingNoClassesIsRefused() {
        ClassLoader versionOnly = new ClassLoader(null) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return name.equals(RuleBook.MODEL_INDEX)
                        ? new ByteArrayInputStream("Drools-Model-Version:10.2.0\n".getBytes(StandardCharsets.UTF_8)) : null;
            }
        };
        RuleBookException e = assertThrows(RuleBookException.class, () -> RuleBook.builtInModels(versionOnly));
        assertTrue(e.getMessage().contains("lists no rule classes"), e.getMessage());
    }
}
