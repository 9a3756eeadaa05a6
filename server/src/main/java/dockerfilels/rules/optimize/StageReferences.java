package dockerfilels.rules.optimize;

import dockerfilels.rules.LintContext;
import dockerfilels.semantics.BaseImage;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Stages;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Where stages use other stages: {@code FROM <stage>}, {@code COPY/ADD --from=<stage or index>} and
 * {@code RUN --mount=...,from=<stage or index>}, each with the text written and where it is.
 */
final class StageReferences {
    /**
     * One use of a stage. {@code target} is the stage used, or null when the text names none (an
     * image, a variable). {@code range} is the range of {@code text} when it is written as is on
     * one line, else of the whole flag; {@code exact} says which.
     */
    record Use(Stage user, Instruction instruction, String text, Stage target, TextRange range, boolean exact) {
    }

    private StageReferences() {
    }

    static List<Use> all(LintContext context) {
        List<Use> uses = new ArrayList<>();
        for (Stage stage : context.stages().all()) {
            uses.addAll(in(context, stage));
        }
        return uses;
    }

    /** The uses of other stages in one stage, its FROM first. */
    static List<Use> in(LintContext context, Stage stage) {
        Stages stages = context.stages();
        List<Use> uses = new ArrayList<>();
        Stage parent = BaseImage.parent(context.variables(), stage);
        if (parent != null) {
            uses.add(new Use(stage, stage.from(), stage.base().text(), parent, stage.base().range(), true));
        }
        for (Instruction instruction : stage.instructions()) {
            if (instruction.is(Keyword.COPY) || instruction.is(Keyword.ADD)) {
                Flag from = instruction.flag("from");
                if (from != null && from.hasValue()) {
                    uses.add(use(stages, stage, instruction, from, from.value(), 0));
                }
            } else if (instruction.is(Keyword.RUN)) {
                for (Flag flag : instruction.flags()) {
                    if (flag.name().equals("mount") && flag.hasValue()) {
                        int offset = 0;
                        for (String field : flag.value().split(",", -1)) {
                            if (field.startsWith("from=")) {
                                uses.add(use(stages, stage, instruction, flag, field.substring(5), offset + 5));
                            }
                            offset += field.length() + 1;
                        }
                    }
                }
            }
        }
        return uses;
    }

    private static Use use(Stages stages, Stage user, Instruction instruction, Flag flag, String text, int offset) {
        Stage target = target(stages, user, text);
        TextRange value = flag.valueRange();
        boolean exact = value != null && value.start().line() == value.end().line()
                && value.end().character() - value.start().character() == flag.value().length();
        TextRange range = exact ? TextRange.of(value.start().line(), value.start().character() + offset, value.start().line(),
                value.start().character() + offset + text.length()) : flag.range();
        return new Use(user, instruction, text, target, range, exact);
    }

    /** The stage a --from value names: an earlier stage's name, or the index of an earlier stage. */
    static Stage target(Stages stages, Stage user, String text) {
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            try {
                int index = Integer.parseInt(text);
                return index < user.index() ? stages.all().get(index) : null;
            } catch (NumberFormatException tooLong) {
                return null;
            }
        }
        return stages.named(text, user.index());
    }

    /** Whether some use's text is a variable, so which stages it uses cannot be known. */
    static boolean anyVariable(List<Use> uses) {
        return uses.stream().anyMatch(u -> u.text().contains("$"));
    }
}
