package dev.kernlint.shell;

import java.util.regex.Pattern;

/** How one argv word is written so that a POSIX shell reads it back as exactly that one word. */
public final class ShellWord {
    /** Characters no POSIX shell treats specially anywhere in a word (no glob, expansion, quote, space, '~', '#'). */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");
    /** "key=" before a value: left bare so `sysctl -w key='1024 65535'` reads as people write it. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_./-]+");

    private ShellWord() {}

    /** The word bare when every character is safe, otherwise single-quoted with ' written as '\''. */
    public static String quote(String word) {
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        int eq = word.indexOf('=');
        if (eq > 0 && NAME.matcher(word.substring(0, eq)).matches()) {
            return word.substring(0, eq + 1) + singleQuoted(word.substring(eq + 1));
        }
        return singleQuoted(word);
    }

    /** Always single-quoted: for text that the shell must never split or expand, whatever it holds. */
    public static String singleQuoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
