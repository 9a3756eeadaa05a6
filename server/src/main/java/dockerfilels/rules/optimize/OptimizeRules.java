package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleDocs;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.BaseImage;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Severity;
import java.util.List;
import java.util.Locale;

/** What the image-optimization rules share: their info, the final stage, where new lines go. */
final class OptimizeRules {
    private OptimizeRules() {
    }

    /** A rule's info; {@code aliases}: the hadolint codes of a rule that mirrors hadolint's. */
    static RuleInfo info(String id, Severity severity, Category category, String description, String explanation, String bad,
            String good, String... aliases) {
        return new RuleInfo(id, severity, category, description, explanation, bad, good, RuleDocs.url(id), List.of(aliases), false);
    }

    /** The last stage: what {@code docker build} without {@code --target} produces; null without a FROM. */
    static Stage finalStage(LintContext context) {
        List<Stage> stages = context.stages().all();
        return stages.isEmpty() ? null : stages.get(stages.size() - 1);
    }

    /** The image the stage starts from, its FROM chain followed back; null when it does not expand. */
    static BaseImage baseImage(LintContext context, Stage stage) {
        return BaseImage.of(context.variables(), context.model().escape(), stage);
    }

    /** Whether the image is a Windows one, where users, paths and shells differ (nanoserver, servercore ...). */
    static boolean isWindows(BaseImage image) {
        return namesWindows(image.repository()) || namesWindows(image.lowerTag()) || image.lowerTag().contains("ltsc");
    }

    /**
     * Whether the stage builds a Windows image: one on a Windows base image (its FROM chain followed),
     * or any stage of a file whose escape character is the backquote, as on Windows. BuildKit (and so
     * its mounts) does not build these: the classic builder does.
     */
    static boolean isWindows(LintContext context, Stage stage) {
        if (context.model().escape() == '`') {
            return true;
        }
        BaseImage image = baseImage(context, stage);
        if (image != null) {
            return isWindows(image);
        }
        return stage.base() != null && namesWindows(stage.base().text().toLowerCase(Locale.ROOT));
    }

    private static boolean namesWindows(String name) {
        return name.contains("windows") || name.contains("nanoserver") || name.contains("servercore");
    }

    /**
     * An edit inserting a line before an instruction, indented as far as it (the instruction's own
     * line is left exactly as it is).
     */
    static TextEdit insertBefore(Instruction instruction, String line) {
        TextPosition start = instruction.range().start();
        TextPosition at = new TextPosition(start.line(), 0);
        return new TextEdit(new TextRange(at, at), " ".repeat(start.character()) + line + "\n");
    }

    /** An edit inserting a line after an instruction (after its continuation lines and heredocs). */
    static TextEdit insertAfter(Instruction instruction, String line) {
        TextPosition end = instruction.range().end();
        return new TextEdit(new TextRange(end, end), "\n" + line);
    }

    /** The last instruction of a stage of the given kinds, or null. */
    static Instruction last(Stage stage, Keyword... kinds) {
        Instruction found = null;
        for (Instruction instruction : stage.instructions()) {
            for (Keyword kind : kinds) {
                if (instruction.is(kind)) {
                    found = instruction;
                }
            }
        }
        return found;
    }

    /** A keyword in the casing of an instruction of the file (lower case when that one is). */
    static String keyword(Instruction like, String keyword) {
        String written = like.keyword().text();
        return written.equals(written.toLowerCase(Locale.ROOT)) ? keyword.toLowerCase(Locale.ROOT) : keyword;
    }
}
