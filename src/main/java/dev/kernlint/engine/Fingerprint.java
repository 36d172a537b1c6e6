package dev.kernlint.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A finding's identity across runs: the rule and what the finding is about, never what was measured. The subject
 * is the evidence a rule names in @subject ("key", or "local_address,remote_address,remote_port"); without one it
 * is every evidence value that is text or true/false, since numbers are usually measurements (a TIME_WAIT count)
 * that change from run to run. The host is not part of it: a report is about one host.
 */
public final class Fingerprint {
    private static final String VERSION = "kernlint-fingerprint/1";

    private Fingerprint() {}

    public static String of(String rule, Map<String, ?> evidence, List<String> subject) {
        StringBuilder sb = new StringBuilder(VERSION).append('\n').append(rule).append('\n');
        if (!subject.isEmpty()) {
            for (String k : subject) {
                sb.append(k).append('=').append(evidence.get(k)).append('\n');
            }
        } else {
            for (Map.Entry<String, ?> e : new TreeMap<>(evidence).entrySet()) {
                if (e.getValue() instanceof String || e.getValue() instanceof Boolean) {
                    sb.append(e.getKey()).append('=').append(e.getValue()).append('\n');
                }
            }
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
