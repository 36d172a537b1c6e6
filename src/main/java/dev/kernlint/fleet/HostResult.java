package dev.kernlint.fleet;

import dev.kernlint.engine.AuditResult;

/**
 * One row of a fleet: the host, its group and what judging it gave. A fix or a metrics renderer takes the
 * findings and gaps from {@link #result}.
 *
 * @param input  the snapshot or report it came from, as given
 * @param result the host's audit (with its fleet findings), or null when the input could not be judged
 * @param error  why it could not be judged (one line), or null
 */
public record HostResult(int index, String input, String name, String group, AuditResult result, String error) {
    public boolean failed() {
        return error != null;
    }
}
