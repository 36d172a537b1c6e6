package dev.kernlint.report;

import dev.kernlint.fleet.FleetResult;

/** Formats a judged fleet; like {@link Renderer}, it only formats and escapes for its format. */
public interface FleetRenderer {
    String render(FleetResult fleet);
}
