package dockerfilels.features.navigation;

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
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a new name is fit for a rename: one BuildKit accepts for that kind of symbol, and one
 * that does not change what the file means (it is not already a stage, an image, a variable in
 * scope, or a line of the heredoc body). Each check returns the reason to refuse, or null.
 */
final class NewNames {
    private static final Pattern STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");
    private static final Pattern VARIABLE_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");
    private static final Pattern HEREDOC_NAME = Pattern.compile("^[A-Za-z0-9_][A-Za-z0-9_.-]*$");
    private static final Set<String> RESERVED_STAGE_NAMES = Set.of("context", "scratch");

    private NewNames() {
    }

    static String invalidStageName(Model model, Stage stage, String name) {
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
            if (GoText.toLower(Rename.textOf(model, image)).equals(lower)) {
                return "'" + name + "' is used as an image on line " + (image.start().line() + 1)
                        + "; a stage of that name would replace it";
            }
        }
        return null;
    }

    static String invalidVariableName(Model model, List<Occurrence> occurrences, String name) {
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
            Stage stage = instruction == null || instruction.is(Keyword.FROM) ? null : model.stageOf(instruction);
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
                return name + " is already defined in stage " + Rename.stageLabel(stage) + " (" + where + ")";
            }
        }
        return null;
    }

    static String invalidHeredocName(Heredoc heredoc, String name) {
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
                        && model.stageReferenceAt(from.valueRange().start()) == null) {
                    images.add(from.valueRange());
                }
            }
        }
        return images;
    }
}
