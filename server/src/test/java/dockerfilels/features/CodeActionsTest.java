package dockerfilels.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.features.CodeActions.Action;
import dockerfilels.features.CodeActions.Request;
import dockerfilels.rules.Linter;
import dockerfilels.rules.TextEdit;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.TextRange;
import dockerfilels.workspace.BuildContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure code actions: what each inserts, and that applying it silences the rule. */
class CodeActionsTest {
    private static final String RULE = "MaintainerDeprecated";

    @Test
    void ignoreCommentsGoAfterAByteOrderMarkNeverBeforeIt() {
        String text = "\uFEFFMAINTAINER me\n";

        List<Action> actions = actions(text, TextRange.of(0, 1, 0, 1), "quickfix");

        assertEquals(List.of(new TextEdit(TextRange.of(0, 1, 0, 1), "# dockerfile-ls ignore=" + RULE + "\n")),
                action(actions, "Ignore " + RULE + " for this instruction").edits());
        assertEquals(List.of(new TextEdit(TextRange.of(0, 1, 0, 1), "# dockerfile-ls global ignore=" + RULE + "\n")),
                action(actions, "Ignore " + RULE + " in this file").edits());
    }

    @Test
    void applyingAnyOfferedActionSilencesTheRule() {
        for (String text : List.of("FROM a\nMAINTAINER me\n", "# escape=`\nFROM a\n    MAINTAINER me\n",
                "\uFEFFFROM a\r\nMAINTAINER me\r\n", "FROM a\n# a comment\nMAINTAINER me\n")) {
            for (Action action : actions(text, TextRange.of(0, 0, 10, 0), "quickfix")) {
                String fixed = Fixes.apply(text, action.edits());
                assertEquals(List.of(), lint(fixed).diagnostics(), action.title() + " on " + text + " gave " + fixed);
            }
        }
    }

    @Test
    void theKindsAskedForAreTheOnlyOnesGiven() {
        String text = "FROM a\nMAINTAINER me\n";

        assertEquals(List.of("source.fixAll.dockerfile-ls"), kinds(actions(text, TextRange.of(1, 0, 1, 0), "source")));
        assertEquals(List.of("quickfix", "quickfix", "quickfix"), kinds(actions(text, TextRange.of(1, 0, 1, 0), "quickfix")));
        assertEquals(List.of(), actions(text, TextRange.of(1, 0, 1, 0), "refactor"));
    }

    private static List<String> kinds(List<Action> actions) {
        return actions.stream().map(Action::kind).toList();
    }

    private static Action action(List<Action> actions, String title) {
        return actions.stream().filter(a -> a.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + title + " in " + actions));
    }

    private static List<Action> actions(String text, TextRange range, String only) {
        Dockerfile model = Dockerfile.parse(text);
        return CodeActions.of(text, model, lint(text), new Request(range, List.of(only)));
    }

    private static dockerfilels.rules.LintResult lint(String text) {
        return Linter.standard().lint(Dockerfile.parse(text), LintSettings.DEFAULT, BuildContext.NONE);
    }
}
