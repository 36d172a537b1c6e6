package dev.kernlint.report;

import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * The words an error line shows for a failure: what went wrong, never a Java class name (a toString() of an
 * exception starts with one, and the message of an UncheckedIOException is that toString()).
 */
public final class ErrorText {
    private ErrorText() {}

    /** What an I/O failure means to the user ("permission denied"), without the file: the caller names it. */
    public static String io(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "too many levels of symbolic links";
        }
        if (e instanceof NotLinkException) {
            return "not a symbolic link";
        }
        if (e instanceof CharacterCodingException || e instanceof CharConversionException) {
            return "not UTF-8 text";
        }
        if (e instanceof EOFException) {
            return "ends early";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return lowerFirst(f.getReason()); // the system's own words: "Read-only file system", "Is a directory"
        }
        return plain(e.getMessage(), "input/output error");
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
        if (message == null || message.isBlank() || message.contains("Exception") || message.contains("Error:")
                || message.contains("java.") || message.contains("javax.")) {
            return fallback;
        }
        return message.strip();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
