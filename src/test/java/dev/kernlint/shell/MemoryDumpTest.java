package dev.kernlint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The leak hunt's commands: one quoted word per argument, the dump range as gdb takes it, pipes between commands. */
class MemoryDumpTest {

    @Test
    void pmapGdbAndStringsForOneRange() {
        List<ShellPipeline> c = MemoryDump.commands(4242, 0x7f714aa9c000L, 0x7f7152115000L);
        assertEquals(3, c.size());
        assertEquals("pmap -x 4242", c.get(0).text());
        assertEquals(List.of("gdb", "-p", "4242", "-batch", "-ex", "dump memory /tmp/4242-7f714aa9c000.dump 0x7f714aa9c000 0x7f7152115000"),
                c.get(1).stages().get(0).argv());
        assertEquals("gdb -p 4242 -batch -ex 'dump memory /tmp/4242-7f714aa9c000.dump 0x7f714aa9c000 0x7f7152115000'  # "
                + MemoryDump.WARNING, c.get(1).text());
        assertEquals("strings /tmp/4242-7f714aa9c000.dump | sort | uniq -c | sort -rn | head", c.get(2).text());
        assertEquals(5, c.get(2).stages().size());
    }

    @Test
    void withoutARangeOnlyPmapAndNoPidNoCommand() {
        assertEquals(List.of("pmap -x 7"), MemoryDump.commands(7, null, null).stream().map(ShellPipeline::text).toList());
        assertThrows(IllegalArgumentException.class, () -> MemoryDump.commands(0, 1L, 2L));
        assertThrows(IllegalArgumentException.class, () -> new ShellPipeline(List.of()));
    }
}
