package dev.kernlint.fix;

/** Formats a fix plan as one kind of file; never reads the host, never decides what to change. */
public interface FixRenderer {
    String render(FixPlan plan);
}
