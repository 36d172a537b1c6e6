package dev.kernlint.profile;

/**
 * A shell-style glob from a waiver or a --key option: '*' any run of characters, '?' one, everything else literal.
 * Matched by walking the text once with one remembered '*' (no regular expression is built from input): a
 * backtracking regex takes seconds to minutes on "*-db-*-prod" against a long host name, this takes at most
 * text length x pattern length steps.
 */
public record Glob(String pattern) {

    public boolean matches(String text) {
        int p = 0;
        int t = 0;
        int star = -1; // the pattern index after the last '*' seen
        int resume = 0; // where in the text that '*' stopped swallowing
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))
                    && pattern.charAt(p) != '*') {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = ++p;
                resume = t;
            } else if (star >= 0) {
                // the part after the last '*' failed here: let the '*' take one more character and retry
                p = star;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
