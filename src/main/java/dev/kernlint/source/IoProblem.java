package dev.kernlint.source;

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
 * An I/O failure in the words a gap or an error line shows ("permission denied"), and its read status: the one
 * place that turns an IOException into words, for gaps and for error lines alike. Exception messages carry Java
 * class names or nothing at all; the errno words a user knows are what Linux itself prints.
 */
public final class IoProblem {
    private IoProblem() {}

    public static ReadStatus status(IOException e) {
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return ReadStatus.MISSING;
        }
        return denied(e) ? ReadStatus.DENIED : ReadStatus.ERROR;
    }

    /** The status of a file that was there but could not be read: never MISSING, which would read as "not kept". */
    public static ReadStatus ofFoundFile(IOException e) {
        ReadStatus s = status(e);
        return s == ReadStatus.MISSING ? ReadStatus.ERROR : s;
    }

    public static String words(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (denied(e)) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
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
        String m = e.getMessage() == null ? "" : e.getMessage();
        for (String errno : new String[] {"Is a directory", "No such device", "Input/output error", "No space left on device"}) {
            if (m.contains(errno)) {
                return lowerFirst(errno);
            }
        }
        return plain(m, "input/output error");
    }

    /** A message that reads as words, or the fallback when it is empty or carries a class name. */
    public static String plain(String message, String fallback) {
        if (message == null || message.isBlank() || message.contains("Exception") || message.contains("Error:")
                || message.contains("java.") || message.contains("javax.")) {
            return fallback;
        }
        return message.strip();
    }

    private static boolean denied(IOException e) {
        return e instanceof AccessDeniedException
                || (e.getMessage() != null && (e.getMessage().contains("Permission denied")
                        || e.getMessage().contains("Operation not permitted")));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
