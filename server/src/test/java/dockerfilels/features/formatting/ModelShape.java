package dockerfilels.features.formatting;

import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.KeyValue;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Word;
import java.util.List;

/**
 * A model as text, blind to what formatting may change (keyword case, runs of blanks, trailing
 * blanks of comments) and to nothing else: flags, arguments, pairs, heredoc bodies exactly,
 * comments, directives, BuildKit's parse error and the syntax diagnostics' codes. A run of
 * blanks stays one blank, so gluing two words or splitting one is still seen.
 */
final class ModelShape {
    private ModelShape() {
    }

    static String of(Dockerfile model) {
        StringBuilder out = new StringBuilder();
        out.append("escape ").append(model.escape()).append(" lines ").append(model.lineCount())
                .append(" error ").append(model.buildKitError().orElse("-")).append('\n');
        model.directives().forEach(d -> out.append("directive ").append(d.key()).append('=').append(d.value()).append('\n'));
        model.comments().forEach(c -> out.append("comment ").append(c.text().stripTrailing()).append('\n'));
        model.instructions().forEach(i -> instruction(i, out, "", model.lineCount() - 1));
        model.diagnostics().stream().map(Diagnostic::code).sorted().forEach(c -> out.append("diagnostic ").append(c).append('\n'));
        return out.toString();
    }

    private static void instruction(Instruction i, StringBuilder out, String indent, int lastLine) {
        out.append(indent).append(i.kind() == null ? "unknown " + i.keyword().text() : i.kind()).append(" json=")
                .append(i.isJson()).append('\n');
        for (Flag f : i.flags()) {
            out.append(indent).append("  flag ").append(f.name()).append('=').append(f.value() == null ? null : blanks(f.value()))
                    .append('\n');
        }
        List<Word> args = i.arguments();
        for (int n = 0; n < args.size(); n++) {
            String text = blanks(args.get(n).text());
            boolean keywordLike = (i.is(Keyword.FROM) && n == 1) || (i.is(Keyword.HEALTHCHECK) && n == 0);
            out.append(indent).append("  arg ").append(keywordLike ? text.toUpperCase(java.util.Locale.ROOT) : text)
                    .append('\n');
        }
        for (KeyValue p : i.pairs()) {
            out.append(indent).append("  pair ").append(blanks(p.key().text())).append(" = ").append(blanks(p.value().text()))
                    .append(p.legacy() ? " legacy" : "").append('\n');
        }
        for (Heredoc h : i.heredocs()) {
            out.append(indent).append("  heredoc ").append(h.name()).append(' ').append(h.chomp()).append(' ')
                    .append(h.expand()).append(' ').append(h.terminated()).append(" [").append(h.content()).append("]\n");
        }
        i.comments().forEach(c -> out.append(indent).append("  comment ").append(c.text().stripTrailing()).append('\n'));
        // A blank last line without a line break is read as an empty continuation line only while
        // it holds blanks: emptying it is a change of blanks, not of the instruction.
        long empty = i.emptyContinuationLines().stream().filter(r -> r.start().line() < lastLine).count();
        out.append(indent).append("  empty lines ").append(empty).append('\n');
        if (i.trigger() != null) {
            instruction(i.trigger(), out, indent + "  ", lastLine);
        }
    }

    /** Runs of spaces and tabs as one space, and none at either end. */
    static String blanks(String text) {
        return text.replaceAll("[ \\t]+", " ").strip();
    }
}
