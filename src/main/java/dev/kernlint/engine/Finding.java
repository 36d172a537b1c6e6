package dev.kernlint.engine;

import java.util.List;
import java.util.Map;

/** What a rule found on a host: what was seen (message, evidence), and what to do (remediation, fixes). */
public record Finding(String rule, Severity severity, String area, String title, String message,
                      Map<String, Object> evidence, String remediation, List<FixAction> fixes, boolean fixAllowed) {}
