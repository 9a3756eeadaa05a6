package dockerfilels.rules.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.features.Fixes;
import dockerfilels.rules.Finding;
import dockerfilels.rules.LintResult;
import dockerfilels.rules.Linter;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import dockerfilels.testing.Corpus;
import dockerfilels.workspace.BuildContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fix these rules offer on the real-world Dockerfiles, applied: the file keeps its syntax
 * (no new parse diagnostics) and, for merged RUNs, the merged RUN runs the two RUNs' commands.
 */
class PracticeFixesCorpusTest {

    @Test
    void fixesKeepTheRealWorldFilesValid() throws IOException {
        Path root = Corpus.path("real-world");
        int checked = 0;
        int merged = 0;
        List<String> files;
        try (Stream<Path> paths = Files.walk(root)) {
            files = paths.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("MANIFEST.tsv"))
                    .map(p -> root.relativize(p).toString()).sorted().toList();
        }
        for (String file : files) {
            String source = Corpus.read("real-world/" + file);
            Dockerfile model = Dockerfile.parse(source);
            LintResult result = Linter.standard().lint(model, LintSettings.DEFAULT, BuildContext.NONE);
            for (LintResult.Reported reported : result.findings()) {
                Finding finding = reported.finding();
                if (finding.fix() == null || !RunPractices.class.getPackageName().equals(packageOf(finding))) {
                    continue;
                }
                String fixed = Fixes.apply(source, finding.fix().edits());
                Dockerfile after = Dockerfile.parse(fixed);
                assertEquals(model.diagnostics().size(), after.diagnostics().size(), () -> file + ": " + finding + "\n" + fixed);
                checked++;
                if (finding.rule().id().equals("ConsecutiveRuns")) {
                    merged++;
                    assertMerged(model, after, finding.anchor(), file);
                }
            }
        }
        String counts = "fixes checked: " + checked + ", merges: " + merged;
        assertTrue(checked > 20 && merged > 5, counts);
    }

    private static String packageOf(Finding finding) {
        return dockerfilels.rules.Rules.byName(finding.rule().id()).getClass().getPackageName();
    }

    /** The RUN before the anchor now runs its own commands and then the anchor's. */
    private static void assertMerged(Dockerfile before, Dockerfile after, Instruction second, String file) {
        List<Instruction> instructions = before.instructions();
        Instruction first = instructions.get(instructions.indexOf(second) - 1);
        List<String> expected = new ArrayList<>(names(first));
        expected.addAll(names(second));
        Instruction joined = after.instructionAt(first.startLine());
        assertEquals(expected, names(joined), file);
        assertEquals(instructions.size() - 1, after.instructions().size(), file);
    }

    private static List<String> names(Instruction run) {
        return ShellScript.of(run).commands().stream().filter(c -> c.nesting() == 0)
                .map(c -> Stream.concat(c.assignments().stream(), c.words().stream()).map(w -> w.value()).toList().toString())
                .toList();
    }
}
