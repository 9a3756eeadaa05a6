package dockerfilels.features.navigation;

import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Declaration;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.StageReferences;
import dockerfilels.semantics.Variables;
import dockerfilels.shell.Heredocs;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.GoText;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rename of stage names, ARG/ENV names and heredoc delimiters. Every occurrence of the symbol is
 * replaced, and only when the file then means the same: a new name BuildKit would reject, that
 * another stage, variable or image already uses, or that a heredoc body holds as a line (it would
 * end the heredoc early) is refused with a message saying why. Images are never renamed.
 */
public final class Rename {
    private static final Pattern STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");
    private static final Pattern VARIABLE_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");
    private static final Pattern HEREDOC_NAME = Pattern.compile("^[A-Za-z0-9_][A-Za-z0-9_.-]*$");
    private static final Set<String> RESERVED_STAGE_NAMES = Set.of("context", "scratch");

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
        Occurrences occurrences = Occurrences.of(model);
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
        Occurrences occurrences = Occurrences.of(model);
        Symbol symbol = occurrences.at(position).symbol();
        List<Occurrence> all = occurrences.of(symbol);
        String name = newName == null ? "" : newName;
        String invalid = switch (symbol.kind()) {
            case STAGE -> invalidStageName(model, (Stage) symbol.key(), name);
            case VARIABLE -> invalidVariableName(model, all, name);
            case HEREDOC -> invalidHeredocName((Heredoc) symbol.key(), name);
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

    private static String invalidStageName(Model model, Stage stage, String name) {
        String lower = GoText.toLower(name);
        if (!STAGE_NAME.matcher(lower).matches()) {
            return "invalid stage name '" + name + "': it must start with a letter and contain only letters, digits, '-', '_' and '.'";
        }
        if (RESERVED_STAGE_NAMES.contains(lower)) {
            return "'" + name + "' is reserved and cannot name a stage";
        }
        for (Stage other : model.stages().all()) {
            if (other != stage && lower.equals(other.name())) {
                return "a stage named '" + other.nameWord().text() + "' already exists (line "
                        + (other.from().startLine() + 1) + ")";
            }
        }
        for (TextRange image : imageNames(model)) {
            if (GoText.toLower(textOf(model, image)).equals(lower)) {
                return "'" + name + "' is used as an image on line " + (image.start().line() + 1)
                        + "; a stage of that name would replace it";
            }
        }
        return null;
    }

    private static String invalidVariableName(Model model, List<Occurrence> occurrences, String name) {
        if (!VARIABLE_NAME.matcher(name).matches()) {
            return "invalid variable name '" + name + "': it must start with a letter or '_' and contain only letters,"
                    + " digits and '_'";
        }
        if (Variables.PLATFORM_ARGS.contains(name) || Variables.PROXY_ARGS.contains(name)
                || Variables.BUILTIN_BUILD_ARGS.contains(name)) {
            return name + " is predefined by BuildKit";
        }
        Variables variables = model.variables();
        Set<Stage> stages = new LinkedHashSet<>();
        boolean global = false;
        for (Occurrence o : occurrences) {
            Instruction instruction = model.dockerfile().instructionAt(o.range().start().line());
            Stage stage = instruction == null || instruction.is(Keyword.FROM) ? null : model.stages().stageOf(instruction);
            if (stage == null) {
                global = true;
            } else {
                stages.add(stage);
            }
        }
        if (global && variables.global().lookup(name) != null) {
            return name + " is already declared before the first FROM";
        }
        for (Stage stage : stages) {
            Scope end = variables.atEnd(stage);
            Declaration existing = end == null ? null : end.lookup(name);
            if (existing != null) {
                String where = existing.instruction() == null ? "by the base image"
                        : "on line " + (existing.instruction().startLine() + 1);
                return name + " is already defined in stage " + stageLabel(stage) + " (" + where + ")";
            }
        }
        return null;
    }

    private static String invalidHeredocName(Heredoc heredoc, String name) {
        if (!HEREDOC_NAME.matcher(name).matches()) {
            return "invalid heredoc delimiter '" + name + "': use letters, digits, '_', '.' and '-'";
        }
        String body = heredoc.chomp() ? Heredocs.chomp(heredoc.content()) : heredoc.content();
        for (String line : body.split("\r?\n", -1)) {
            if (line.equals(name)) {
                return "the heredoc body has a line '" + name + "', which would end it early";
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

    /** The ranges of FROM bases and COPY --from values that name images, not stages. */
    private static List<TextRange> imageNames(Model model) {
        List<TextRange> images = new ArrayList<>();
        for (Stage stage : model.stages().all()) {
            if (stage.base() != null && model.variables().baseStage(stage) == null && StageReferences.exact(stage.base())) {
                images.add(stage.base().range());
            }
            for (Instruction instruction : stage.instructions()) {
                Flag from = instruction.is(Keyword.COPY) ? instruction.flag("from") : null;
                if (from != null && from.valueRange() != null && !from.valueRange().isEmpty()
                        && model.stageReferences().at(from.valueRange().start()) == null) {
                    images.add(from.valueRange());
                }
            }
        }
        return images;
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
