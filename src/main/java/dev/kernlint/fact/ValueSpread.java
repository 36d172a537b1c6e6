package dev.kernlint.fact;

import java.util.List;

/**
 * How many hosts of a group have one value of one key that is not the group's most common one, for the fleet
 * rules: "3 of 50 hosts in web have net.core.somaxconn 128; 47 have 4096".
 *
 * @param dimension     sysctl, ring, kernel or inventory
 * @param reporting     hosts of the group that reported the key at all (the majority is judged against these)
 * @param total         hosts of the group
 * @param hosts         the hosts with this value, sorted
 */
public record ValueSpread(String group, String dimension, String key, String value, int count, String majority,
                          int majorityCount, int reporting, int total, List<String> hosts) {

    public String sentence() {
        String subject = dimension.equals("kernel") ? "kernel " + value : key + " " + value;
        return count + " of " + total + " hosts in " + group + " have " + subject + "; " + majorityCount + " have " + majority;
    }
}
