package dev.kernlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A tool started ahead (exec now, judged later) must read the same as one run when asked. */
class CommandOutcomeTest {
    private final CommandRunner runner = new CommandRunner(CommandRunner.DEFAULT_TIMEOUT);

    private Input later(List<String> argv, java.util.function.IntPredicate ok) {
        String key = Source.commandKey(argv);
        return CommandRunner.judge(key, argv, runner.exec(key, argv), ok);
    }

    @Test
    void aToolsOutputIsTheSameStartedAheadOrWhenAsked() {
        List<String> argv = List.of("uname", "-r");
        assertEquals(runner.run(Source.commandKey(argv), argv), later(argv, c -> c == 0));
    }

    @Test
    void exitStatusIsJudgedByTheAskingCollector() {
        List<String> argv = List.of("sh", "-c", "echo out; echo 'sh: Permission denied' >&2; exit 1");
        String key = Source.commandKey(argv);
        Input strict = later(argv, c -> c == 0);
        assertEquals(runner.run(key, argv, c -> c == 0), strict);
        assertEquals(ReadStatus.DENIED, strict.status());
        Input lenient = later(argv, c -> c <= 1);
        assertEquals(Input.ok(key, "out\n"), lenient);
    }

    @Test
    void aMissingToolIsMissingEitherWay() {
        List<String> argv = List.of("kernlint-no-such-tool", "-x");
        String key = Source.commandKey(argv);
        Input a = later(argv, c -> c == 0);
        assertEquals(runner.run(key, argv), a);
        assertEquals(ReadStatus.MISSING, a.status());
    }
}
