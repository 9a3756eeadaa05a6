package dockerfilels.features.navigation;

import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.StageReferences;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Rename of stage names, ARG/ENV names and heredoc delimiters. Every occurrence of the symbol is
 * replaced, and only when the file then means the same: a new name BuildKit would reject, that
 * another stage, variable or image already uses, or that a heredoc body holds as a line (it would
 * end the heredoc early) is refused with a message saying why. Images are never renamed.
 */
public final class Rename {
    private Rename() {
    }

    /** What prepareRename answers: the range and current name, an error, or neither when there is nothing to rename. */
    public record Preparation(TextRange range, String placeholder, String error) {
        static Preparation error(String message) {
            return new Preparation(null, null, message);
        }
    }

    /** A rename's edits, or the reason it is refused. */
    public record Result(List<TextEdit> edits, String error) {
        static Result error(String message) {
            return new Result(List.of(), message);
        }
    }

    public static Preparation prepare(Model model, TextPosition position) {
        Occurrences occurrences = model.occurrences();
        Occurrence occurrence = occurrences.at(position);
        if (occurrence == null) {
            String image = imageAt(model, position);
            return image == null ? new Preparation(null, null, null)
                    : Preparation.error(image + " names an image, not a stage: images are never renamed");
        }
        String refusal = refusal(model, occurrences, occurrence);
        if (refusal != null) {
            return Preparation.error(refusal);
        }
        return new Preparation(occurrence.range(), model.text().isEmpty() ? "" : textOf(model, occurrence.range()), null);
    }

    public static Result rename(Model model, TextPosition position, String newName) {
        Preparation preparation = prepare(model, position);
        if (preparation.error() != null) {
            return Result.error(preparation.error());
        }
        if (preparation.range() == null) {
            return Result.error("nothing to rename here: only stage names, ARG and ENV names and heredoc delimiters can be renamed");
        }
        Occurrences occurrences = model.occurrences();
        Symbol symbol = occurrences.at(position).symbol();
        List<Occurrence> all = occurrences.of(symbol);
        String name = newName == null ? "" : newName;
        String invalid = switch (symbol.kind()) {
            case STAGE -> NewNames.invalidStageName(model, (Stage) symbol.key(), name);
            case VARIABLE -> NewNames.invalidVariableName(model, all, name);
            case HEREDOC -> NewNames.invalidHeredocName((Heredoc) symbol.key(), name);
        };
        if (invalid != null) {
            return Result.error(invalid);
        }
        List<TextEdit> edits = new ArrayList<>();
        for (Occurrence o : all) {
            if (o.renamable()) {
                edits.add(new TextEdit(o.range(), name));
            }
        }
        return new Result(List.copyOf(edits), null);
    }

    /** Why this occurrence's symbol cannot be renamed, or null. */
    private static String refusal(Model model, Occurrences occurrences, Occurrence occurrence) {
        Symbol symbol = occurrence.symbol();
        if (!symbol.renamable()) {
            return "cannot rename " + symbol.name() + ": " + symbol.fixed();
        }
        if (symbol.kind() == Symbol.Kind.STAGE) {
            for (StageReferences.Reference reference : model.stageReferences().to((Stage) symbol.key())) {
                if (!reference.literal() && !reference.byIndex()) {
                    return "cannot rename " + symbol.name() + ": line " + (reference.range().start().line() + 1)
                            + " names the stage through a variable or quotes (" + textOf(model, reference.range())
                            + "); write the name there first";
                }
            }
        }
        return null;
    }

    /** The image named at the position (a FROM base, a COPY --from or mount from= that is no stage), or null. */
    private static String imageAt(Model model, TextPosition position) {
        Instruction instruction = model.dockerfile().instructionAt(position.line());
        if (instruction == null) {
            return null;
        }
        if (instruction.is(Keyword.FROM) && !instruction.arguments().isEmpty()
                && instruction.arguments().get(0).range().touches(position)) {
            return instruction.arguments().get(0).text();
        }
        for (Flag flag : instruction.flags()) {
            if ((flag.name().equals("from") || flag.name().equals("mount")) && flag.range().touches(position)
                    && flag.value() != null && !flag.value().isEmpty()) {
                return flag.name().equals("from") ? flag.value() : "the mount's from=";
            }
        }
        return null;
    }

    static String stageLabel(Stage stage) {
        return stage.nameWord() != null ? stage.nameWord().text() : String.valueOf(stage.index());
    }

    static String textOf(Model model, TextRange range) {
        if (range.start().line() != range.end().line()) {
            return model.line(range.start().line()).substring(Math.min(range.start().character(),
                    model.line(range.start().line()).length()));
        }
        String line = model.line(range.start().line());
        int from = Math.min(range.start().character(), line.length());
        int to = Math.min(Math.max(from, range.end().character()), line.length());
        return line.substring(from, to);
    }
}
