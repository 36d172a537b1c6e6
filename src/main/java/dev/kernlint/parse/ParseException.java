package dev.kernlint.parse;

/** Text that is not in the format the parser knows (garbage, truncated): becomes a gap naming the input. */
public final class ParseException extends RuntimeException {
    public ParseException(String message) {
        super(message);
    }
}
