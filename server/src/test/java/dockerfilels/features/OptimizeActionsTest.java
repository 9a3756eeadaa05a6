package dockerfilels.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.features.CodeActions.Action;
import dockerfilels.features.CodeActions.Request;
import dockerfilels.rules.Fix;
import dockerfilels.rules.Linter;
import dockerfilels.rules.LintResult;
import dockerfilels.rules.TextEdit;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.TextRange;
import dockerfilels.workspace.BuildContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Code actions of the optimization rules: quick fixes that create files, and the byte order mark. */
class OptimizeActionsTest {

    private static LintResult lint(String text, BuildContext context) {
        return Linter.standard().lint(Dockerfile.parse(text), LintSettings.DEFAULT, context);
    }

    private static Action action(String text, BuildContext context, String title) {
        return CodeActions.of(text, Dockerfile.parse(text), lint(text, context), new Request(TextRange.of(0, 0, 20, 0), List.of()))
                .stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow(() -> new AssertionError("no " + title));
    }

    @Test
    void theSyntaxDirectiveGoesAfterAByteOrderMark() {
        String text = "\uFEFFFROM alpine:3\nRUN --mount=type=cache,target=/c ls\n";

        Action add = action(text, BuildContext.NONE, "Add # syntax=docker/dockerfile:1");

        assertEquals(List.of(new TextEdit(TextRange.of(0, 1, 0, 1), "# syntax=docker/dockerfile:1\n")), add.edits());
        String fixed = Fixes.apply(text, add.edits());
        assertTrue(fixed.startsWith("\uFEFF# syntax=docker/dockerfile:1\nFROM"), fixed);
        assertEquals(List.of(), lint(fixed, BuildContext.NONE).diagnostics().stream()
                .filter(d -> d.code().equals("MissingSyntaxDirective") || d.code().equals("UnknownInstruction")).toList());
    }

    @Test
    void aFixThatCreatesAFileIsAnActionWithThatFileAndNoFixAll() {
        String text = "FROM node:20-slim\nWORKDIR /app\nCOPY . .\n";
        BuildContext empty = BuildContext.of(Map.of());

        Action create = action(text, empty, "Create a .dockerignore");

        assertEquals(List.of(), create.edits());
        assertEquals(1, create.files().size());
        Fix.NewFile file = create.files().get(0);
        assertEquals(".dockerignore", file.path());
        assertTrue(file.text().contains("\n**/node_modules\n"), file.text());
        assertEquals(List.of(), Fixes.safeEdits(lint(text, empty)), "creating a file is never part of fix all");
    }
}
