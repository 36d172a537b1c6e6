package dev.kernlint.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void theBarShowsHostsDoneOfTotalAndAnEtaFromTheRateSoFar() {
        assertEquals("[------------------------------] 0/1000 hosts", Progress.line(0, 1000, 0));
        assertEquals("[###############---------------] 500/1000 hosts, ETA 10 s", Progress.line(500, 1000, 10_000));
    }

    @Test
    void offATerminalNothingIsDrawn() {
        Progress p = new Progress(null, 3);
        p.hostDone();
        p.finish();
        StringWriter w = new StringWriter();
        Progress tty = new Progress(new PrintWriter(w), 1);
        tty.hostDone();
        assertEquals("\r[##############################] 1/1 hosts, ETA 0 s", w.toString());
    }
}
