package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import org.junit.jupiter.api.Test;

/** `kernlint explain MEM-RSS-LEAK` walks through the leak hunt: suspects, smaps, the named mapping, the dump. */
class ExplainLeakHuntTest {

    @Test
    void explainWalksThroughTheMethod() {
        Cli r = Cli.run("explain", "MEM-RSS-LEAK");
        assertEquals(0, r.exit(), r.err());
        String out = r.out().replaceAll("\\s+", " ");
        assertTrue(out.contains("/proc/PID/smaps"), out);
        for (String step : new String[] {"(1)", "(2)", "(3)", "(4)", "[heap]", "thread stack", "merges adjacent anonymous mmaps",
                "kernlint fix never runs them", "gdb stops the process", "passwords"}) {
            assertTrue(out.contains(step), "explain lacks '" + step + "': " + out);
        }
    }
}
