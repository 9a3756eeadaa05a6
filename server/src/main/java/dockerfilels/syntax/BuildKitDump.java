package dockerfilels.syntax;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Prints a model in the format of BuildKit's {@code Node.Dump()} (corpus FORMAT.md section 2). */
public final class BuildKitDump {
    private BuildKitDump() {
    }

    /**
     * The dump of every instruction, one per line, ending with a newline.
     *
     * @throws IllegalArgumentException with BuildKit's message when BuildKit's parser rejects the file
     */
    public static String dump(Dockerfile dockerfile) {
        dockerfile.buildKitError().ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        StringBuilder out = new StringBuilder();
        for (Instruction instruction : dockerfile.instructions()) {
            out.append('(');
            node(instruction, out);
            out.append(")\n");
        }
        return out.toString();
    }

    private static void node(Instruction instruction, StringBuilder out) {
        out.append(GoText.toLower(instruction.keyword().text()));
        List<Flag> flags = instruction.flags();
        if (!flags.isEmpty()) {
            out.append(" [");
            for (int i = 0; i < flags.size(); i++) {
                Flag flag = flags.get(i);
                String word = "--" + flag.name() + (flag.value() == null ? "" : "=" + flag.value());
                out.append(i == 0 ? "" : " ").append(GoQuote.quote(asBytes(word)));
            }
            out.append(']');
        }
        if (instruction.trigger() != null) {
            out.append(" (");
            node(instruction.trigger(), out);
            out.append(')');
            return;
        }
        for (KeyValue pair : instruction.pairs()) {
            out.append(' ').append(GoQuote.quote(pair.key().text()))
                    .append(' ').append(GoQuote.quote(pair.value().text()))
                    .append(' ').append(GoQuote.quote(pair.legacy() ? "" : "="));
        }
        for (Word argument : instruction.arguments()) {
            out.append(' ').append(GoQuote.quote(argument.text()));
        }
    }

    /** BuildKit collects flag words byte by byte, so each UTF-8 byte becomes one character. */
    private static String asBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            }
        }
        return s;
    }
}
