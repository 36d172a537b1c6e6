package dev.kernlint.report;

/** An earlier report that cannot be used (--new-since): exit code 2 with this message. */
public final class ReportException extends RuntimeException {
    public ReportException(String message) {
        super(message);
    }
}
