package dev.kernlint.report;

import dev.kernlint.engine.AuditResult;

/** Formats an audit result; never reads the host, never decides anything. */
public interface Renderer {
    String render(AuditResult result);
}
