package dev.kernlint.shell;

import java.util.List;

/** Commands joined by '|', each still built and quoted by {@link ShellCommand}: "strings F | sort | uniq -c". */
public record ShellPipeline(List<ShellCommand> stages) {

    public ShellPipeline {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a pipeline needs a command");
        }
        stages = List.copyOf(stages);
    }

    public static ShellPipeline of(ShellCommand... stages) {
        return new ShellPipeline(List.of(stages));
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (ShellCommand c : stages) {
            sb.append(sb.length() == 0 ? "" : " | ").append(c.text());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
