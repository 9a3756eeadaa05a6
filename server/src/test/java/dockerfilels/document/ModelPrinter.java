package dockerfilels.document;

import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;

/** Prints every part of a model with its ranges, so two models can be compared as text. */
public final class ModelPrinter {
    private ModelPrinter() {
    }

    public static String print(Dockerfile model) {
        StringBuilder out = new StringBuilder();
        out.append("escape ").append(model.escape()).append(" lines ").append(model.lineCount())
                .append(" error ").append(model.buildKitError().orElse("-")).append('\n');
        model.directives().forEach(d -> out.append(d).append('\n'));
        model.comments().forEach(c -> out.append(c).append('\n'));
        model.instructions().forEach(i -> instruction(i, out, ""));
        model.diagnostics().forEach(d -> out.append(d).append('\n'));
        return out.toString();
    }

    private static void instruction(Instruction i, StringBuilder out, String indent) {
        out.append(indent).append(i.range()).append(' ').append(i.kind()).append(' ').append(i.keyword())
                .append(" json=").append(i.isJson()).append(" text=").append(i.text()).append('\n');
        i.flags().forEach(f -> out.append(indent).append("  ").append(f).append('\n'));
        out.append(indent).append("  rest ").append(i.rest()).append('\n');
        i.arguments().forEach(a -> out.append(indent).append("  arg ").append(a).append('\n'));
        i.pairs().forEach(p -> out.append(indent).append("  pair ").append(p).append('\n'));
        i.heredocs().forEach(h -> out.append(indent).append("  heredoc ").append(h).append('\n'));
        i.comments().forEach(c -> out.append(indent).append("  comment ").append(c).append('\n'));
        i.emptyContinuationLines().forEach(r -> out.append(indent).append("  empty ").append(r).append('\n'));
        i.diagnostics().forEach(d -> out.append(indent).append("  diag ").append(d).append('\n'));
        if (i.trigger() != null) {
            instruction(i.trigger(), out, indent + "  ");
        }
    }
}
