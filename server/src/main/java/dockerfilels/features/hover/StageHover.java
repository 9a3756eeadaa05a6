package dockerfilels.features.hover;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A build stage: its FROM line and what uses it ({@code FROM}, {@code COPY --from}, {@code RUN --mount from=}). */
final class StageHover {
    private StageHover() {
    }

    static String of(CursorContext cursor, Stage stage) {
        List<Stage> all = cursor.stages().all();
        Markdown doc = Markdown.of().paragraph("**Stage " + (stage.name() == null ? String.valueOf(stage.index())
                : Markdown.code(stage.nameWord().text())) + "** (stage " + stage.index() + ", line " + (stage.from().startLine() + 1) + ")")
                .code("dockerfile", stage.from().text());
        List<String> users = users(cursor, stage);
        boolean last = stage.index() == all.size() - 1;
        if (last) {
            doc.paragraph("The final stage: what `docker build` produces without `--target`.");
        }
        doc.paragraph(users.isEmpty() ? (last ? "No other stage uses it." : "No later stage uses it: it is built only with `--target "
                + (stage.name() == null ? stage.index() : stage.name()) + "`.")
                : "Used by:\n" + String.join("\n", users));
        return doc.toString();
    }

    /** The instructions that name the stage, one list item each. */
    private static List<String> users(CursorContext cursor, Stage stage) {
        List<String> users = new ArrayList<>();
        for (Stage other : cursor.stages().all()) {
            if (other.index() <= stage.index()) {
                continue;
            }
            if (other.base() != null && names(cursor, other, other.base().text(), stage)) {
                users.add(item(other.from()));
            }
            for (Instruction instruction : other.instructions()) {
                if (uses(cursor, other, instruction, stage)) {
                    users.add(item(instruction));
                }
            }
        }
        return users;
    }

    private static boolean uses(CursorContext cursor, Stage in, Instruction instruction, Stage stage) {
        for (Flag flag : instruction.flags()) {
            if (!flag.hasValue()) {
                continue;
            }
            if (instruction.is(Keyword.COPY) && flag.name().equals("from") && names(cursor, in, flag.value(), stage)) {
                return true;
            }
            if (instruction.is(Keyword.RUN) && flag.name().equals("mount")) {
                for (String field : flag.value().split(",")) {
                    int eq = field.indexOf('=');
                    if (eq > 0 && field.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("from")
                            && names(cursor, in, field.substring(eq + 1).strip(), stage)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code reference}, written in stage {@code in}, means {@code stage} (by name or index). */
    private static boolean names(CursorContext cursor, Stage in, String reference, Stage stage) {
        Stage named = cursor.stages().named(reference, in.index());
        if (named != null) {
            return named == stage;
        }
        return reference.equals(String.valueOf(stage.index()));
    }

    private static String item(Instruction instruction) {
        String text = instruction.text();
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline);
        if (first.length() > 80) {
            first = first.substring(0, 79) + "…";
        }
        return "- line " + (instruction.startLine() + 1) + ": " + Markdown.code(first);
    }
}
