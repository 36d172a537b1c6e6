package dev.kernlint.shell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A command kernlint prints or writes, kept as its argv words and written one quoted word per argument
 * ({@link ShellWord}): the only way a command becomes text. Values from a host reach it only after
 * {@link KernelNames} accepted them; the quoting is the second lock, not the only one.
 */
public final class ShellCommand {
    private final List<String> argv;
    private final String comment;

    private ShellCommand(List<String> argv, String comment) {
        this.argv = argv;
        this.comment = comment;
    }

    public static ShellCommand of(Object... argv) {
        List<String> words = new ArrayList<>(argv.length);
        for (Object a : argv) {
            words.add(word(Objects.requireNonNull(a, "argv word").toString()));
        }
        return of(words);
    }

    public static ShellCommand of(List<String> argv) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("a command needs a program");
        }
        for (String a : argv) {
            word(a);
        }
        return new ShellCommand(Collections.unmodifiableList(new ArrayList<>(argv)), null);
    }

    /** The same command with a trailing "# text" for the reader; the text is kernlint's own, one line, no quotes. */
    public ShellCommand comment(String fixedText) {
        if (!fixedText.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '\'' && c != '"' && c != '`' && c != '\\')) {
            throw new IllegalArgumentException("a command comment is plain fixed text");
        }
        return new ShellCommand(argv, fixedText);
    }

    public List<String> argv() {
        return argv;
    }

    /** "sysctl -w net.core.somaxconn=4096": every word quoted on its own, on one line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (String a : argv) {
            sb.append(sb.length() == 0 ? "" : " ").append(ShellWord.quote(a));
        }
        return comment == null ? sb.toString() : sb + "  # " + comment;
    }

    /** True when every word is written bare: what a format with other quoting rules (udev RUN) can take as is. */
    public boolean bare() {
        return argv.stream().allMatch(a -> ShellWord.quote(a).equals(a));
    }

    @Override
    public String toString() {
        return text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShellCommand c && c.argv.equals(argv) && Objects.equals(c.comment, comment);
    }

    @Override
    public int hashCode() {
        return argv.hashCode();
    }

    /** A printed command stays on one line: a control character is a bug upstream, never quoted through. */
    private static String word(String a) {
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new IllegalArgumentException("a command word holds a control character");
            }
        }
        return a;
    }
}
