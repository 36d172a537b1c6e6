package dev.kernlint.collect;

import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;

/**
 * Whether an absent input came with its own reason: a sosreport or a `sysctl -a` dump says why it lacks a file
 * ("not collected by this sosreport (plugin numa)"), and a collector's guess about a live host ("needs root",
 * "/sys not mounted") would then be wrong. A live host or kernlint snapshot only says "not present".
 */
final class Absence {
    private Absence() {}

    static boolean explained(Input in) {
        return in.status() == ReadStatus.MISSING && !in.detail().isEmpty()
                && !in.detail().equals("not present") && !in.detail().equals("not in snapshot");
    }
}
