package dev.kernlint.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * An I/O failure in the words a gap or an error line shows ("permission denied"), and its read status. Exception
 * messages carry Java class names or nothing at all; the errno words a user knows are what Linux itself prints.
 */
public final class IoProblem {
    private IoProblem() {}

    public static ReadStatus status(IOException e) {
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return ReadStatus.MISSING;
        }
        return denied(e) ? ReadStatus.DENIED : ReadStatus.ERROR;
    }

    public static String words(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (denied(e)) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "too many levels of symbolic links";
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("Is a directory")) {
            return "is a directory";
        }
        if (m.contains("No such device")) {
            return "no such device";
        }
        if (m.contains("Input/output error")) {
            return "input/output error";
        }
        if (m.contains("No space left")) {
            return "no space left on device";
        }
        return "input/output error";
    }

    private static boolean denied(IOException e) {
        return e instanceof AccessDeniedException
                || (e.getMessage() != null && (e.getMessage().contains("Permission denied")
                        || e.getMessage().contains("Operation not permitted")));
    }
}
