package dev.kernlint.report;

import dev.kernlint.source.IoProblem;
import java.io.IOException;
import java.nio.file.FileSystemException;

/**
 * The words an error line shows for a failure: what went wrong, never a Java class name (a toString() of an
 * exception starts with one, and the message of an UncheckedIOException is that toString()).
 */
public final class ErrorText {
    private ErrorText() {}

    /** What an I/O failure means to the user ("permission denied"), without the file: the caller names it. */
    public static String io(IOException e) {
        return IoProblem.words(e);
    }

    /** As {@link #io}, with the file the failure names in front when it names one. */
    public static String ioWithFile(IOException e) {
        return e instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " + io(e) : io(e);
    }

    /**
     * What a bug or a exhausted resource was, for the internal-error line: the cause chain is searched for the
     * errors a hostile input could provoke, everything else is "an unexpected error" (the stack trace, with
     * KERNLINT_DEBUG=1, has the rest).
     */
    public static String internal(Throwable t) {
        int depth = 0;
        for (Throwable c = t; c != null && depth < 32; c = c.getCause(), depth++) {
            if (c instanceof OutOfMemoryError) {
                return "out of memory";
            }
            if (c instanceof StackOverflowError) {
                return "stack overflow (an input nested too deeply)";
            }
            if (c instanceof LinkageError) {
                return "a part of kernlint could not be loaded (a damaged installation?)";
            }
            if (c instanceof InterruptedException) {
                return "interrupted";
            }
        }
        return t instanceof Error ? "the Java runtime failed" : "an unexpected error";
    }

    /**
     * A bug kept to its own part (a collector that threw): its message when that reads as words, so the gap says
     * what failed; the words of {@link #internal} when it names a class or there is none.
     */
    public static String bug(Throwable t) {
        String words = internal(t);
        return words.equals("an unexpected error") ? plain(t.getMessage(), words) : words;
    }

    /** A message that reads as words, or the fallback when it is empty or carries a class name. */
    static String plain(String message, String fallback) {
        return IoProblem.plain(message, fallback);
    }
}
