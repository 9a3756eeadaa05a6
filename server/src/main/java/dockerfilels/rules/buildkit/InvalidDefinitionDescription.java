package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Comment;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * BuildKit's InvalidDefinitionDescription (experimental): the comment block right above an ARG
 * or a named FROM is read as its description, so its last line must start with one of the ARG's
 * keys or the stage name ({@code # name description}).
 */
public final class InvalidDefinitionDescription implements Rule {
    private static final RuleInfo INFO = BuildKitChecks.info("InvalidDefinitionDescription", "invalid-definition-description",
            "Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. If this is not"
                    + " intended to be a description comment, add an empty line or comment between the instruction and the comment.",
            "Tools such as docker buildx build --call=outline show the comment above a build argument or a stage as its"
                    + " description when it starts with the argument's or stage's name.",
            "FROM alpine AS base\n# a build argument\nARG VERSION=1\n",
            "FROM alpine AS base\n# VERSION the version to build\nARG VERSION=1\n", true);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        Map<Instruction, String> stageNames = new IdentityHashMap<>();
        for (Stage stage : context.stages().all()) {
            if (stage.name() != null) {
                stageNames.put(stage.from(), stage.name());
            }
        }
        for (Instruction instruction : context.model().instructions()) {
            List<String> keys = new ArrayList<>();
            String kind;
            if (instruction.is(Keyword.ARG)) {
                kind = "ARG";
                for (Word word : instruction.arguments()) {
                    int eq = word.text().indexOf('=');
                    keys.add(eq < 0 ? word.text() : word.text().substring(0, eq));
                }
            } else if (instruction.is(Keyword.FROM)) {
                kind = "FROM";
                String name = stageNames.get(instruction);
                if (name != null) {
                    keys.add(name);
                }
            } else {
                continue;
            }
            if (keys.isEmpty()) {
                continue; // before looking comments up, for speed
            }
            List<Comment> comments = context.model().commentsBefore(instruction);
            if (comments.isEmpty()) {
                continue;
            }
            Comment last = comments.get(comments.size() - 1);
            String first = last.text().strip().split(" ", -1)[0];
            if (!keys.contains(first)) {
                String example = keys.size() > 1 ? "<arg_key>" : keys.get(0);
                findings.report(instruction, last.range(),
                        "Comment for " + kind + " should follow the format: `# " + example + " <description>`");
            }
        }
    }
}
