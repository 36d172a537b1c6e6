package dev.kernlint.live;

/** Runs one step RATE times a second for at most SECONDS, on a fixed schedule (a slow step delays, never speeds up). */
final class Paced {
    interface Step {
        void run(long i) throws Exception;
    }

    private Paced() {}

    static void run(int rate, int seconds, Step step) throws Exception {
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        for (long i = 0; start + i * period < end; i++) {
            long wait = start + i * period - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            step.run(i);
            if (i == 0) {
                // the caller's test waits for this line before it measures
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
