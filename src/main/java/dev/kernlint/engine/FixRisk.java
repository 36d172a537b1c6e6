package dev.kernlint.engine;

import java.util.List;

/**
 * What applying a rule's fix costs, shown next to every generated change: whether it needs a reboot to take
 * effect, what it disrupts while it is applied, and whether it can be undone. Declared per rule in the DRL
 * (@reboot("no") @disruption("none") @reversible("yes")); a rule that declares nothing gets the default of its
 * action type ({@link #defaultFor}).
 *
 * @param disruption "none", "link-reset" (the NIC drops its link for a moment) or "service" (a service must restart
 *                   or is affected)
 */
public record FixRisk(boolean reboot, String disruption, boolean reversible) {
    public static final List<String> DISRUPTIONS = List.of("none", "link-reset", "service");

    public FixRisk {
        if (!DISRUPTIONS.contains(disruption)) {
            throw new IllegalArgumentException("disruption must be one of " + DISRUPTIONS + ", not '" + disruption + "'");
        }
    }

    /** A sysctl change takes effect at once and can be set back; a ring resize resets the link on many drivers. */
    public static FixRisk defaultFor(FixAction action) {
        return action instanceof FixAction.SetRing ? new FixRisk(false, "link-reset", true) : new FixRisk(false, "none", true);
    }

    /** The risk of two fixes applied together: the worse of each part. */
    public FixRisk and(FixRisk other) {
        String d = DISRUPTIONS.indexOf(other.disruption) > DISRUPTIONS.indexOf(disruption) ? other.disruption : disruption;
        return new FixRisk(reboot || other.reboot, d, reversible && other.reversible);
    }

    public String disruptionWords() {
        return switch (disruption) {
            case "link-reset" -> "brief link reset";
            case "service" -> "service impact";
            default -> "none";
        };
    }

    /** "needs reboot: no, disruption: none, reversible: yes" - the same words in every format. */
    public String describe() {
        return "needs reboot: " + yesNo(reboot) + ", disruption: " + disruptionWords() + ", reversible: " + yesNo(reversible);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
