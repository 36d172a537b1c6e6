package dev.kernlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fleet rules are their own knowledge base: every rule of rules/fleet/*.drl is in it, and none is in the host's. */
class FleetRuleBookTest {
    @Test
    void theFleetBookHoldsExactlyTheFleetRulesAndTheHostBookNoneOfThem() throws IOException {
        Set<String> written = new TreeSet<>();
        Matcher m = Pattern.compile("@id\\(\"([A-Z0-9-]+)\"\\)").matcher(Files.readString(Path.of("rules/fleet/consensus.drl")));
        while (m.find()) {
            written.add(m.group(1));
        }
        assertEquals(Set.of("FLEET-INVENTORY-OUTLIER", "FLEET-KERNEL-OUTLIER", "FLEET-RING-OUTLIER", "FLEET-SYSCTL-OUTLIER"), written);
        assertEquals(written, new TreeSet<>(RuleBook.fleet().rules().keySet()));
        assertTrue(RuleBook.load(null).rules().keySet().stream().noneMatch(id -> id.startsWith("FLEET-")));
    }
}
