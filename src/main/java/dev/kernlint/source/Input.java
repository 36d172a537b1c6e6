package dev.kernlint.source;

import java.util.Optional;

/**
 * The text of one input (a file or a command's stdout), or why there is none.
 * A collector turns a non-OK input into a gap; it never treats it as an empty file.
 */
public record Input(String name, ReadStatus status, String text, String detail) {

    public static Input ok(String name, String text) {
        return new Input(name, ReadStatus.OK, text, "");
    }

    public static Input failed(String name, ReadStatus status, String detail) {
        return new Input(name, status, null, detail);
    }

    public boolean isOk() {
        return status == ReadStatus.OK;
    }

    public Optional<String> textIfOk() {
        return isOk() ? Optional.of(text) : Optional.empty();
    }

    /** Why the input is absent, in the words a report shows ("needs root", "no such file"). */
    public String reason() {
        return switch (status) {
            case OK -> "ok";
            case MISSING -> detail.isEmpty() ? "not present" : detail;
            case DENIED -> detail.isEmpty() ? "permission denied (needs root)" : detail;
            case TIMEOUT -> detail.isEmpty() ? "timed out" : detail;
            case ERROR -> detail.isEmpty() ? "could not be read" : detail;
        };
    }
}
