package dockerfilels.rules.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.features.Fixes;
import dockerfilels.rules.Finding;
import dockerfilels.rules.LintResult;
import dockerfilels.rules.Linter;
import dockerfilels.rules.Rules;
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
 * Every fix of the image-optimization rules on the real-world Dockerfiles, applied: the file keeps
 * its syntax (no new parse diagnostics), the rule reports less, and an apt cache mount that also
 * keeps the downloads runs exactly the RUN's own commands, with Docker's two lines before the first
 * apt command.
 */
class OptimizeFixesCorpusTest {

    @Test
    void fixesKeepTheRealWorldFilesValid() throws IOException {
        Path root = Corpus.path("real-world");
        List<String> files;
        try (Stream<Path> paths = Files.walk(root)) {
            files = paths.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("MANIFEST.tsv"))
                    .map(p -> root.relativize(p).toString()).sorted().toList();
        }
        int checked = 0;
        int kept = 0;
        for (String file : files) {
            String source = Corpus.read("real-world/" + file);
            Dockerfile model = Dockerfile.parse(source);
            LintResult result = Linter.standard().lint(model, LintSettings.DEFAULT, BuildContext.NONE);
            for (LintResult.Reported reported : result.findings()) {
                Finding finding = reported.finding();
                if (finding.fix() == null || finding.fix().edits().isEmpty()
                        || !Rules.byName(finding.rule().id()).getClass().getPackageName().equals(OptimizeRules.class.getPackageName())) {
                    continue;
                }
                String fixed = Fixes.apply(source, finding.fix().edits());
                Dockerfile after = Dockerfile.parse(fixed);
                assertEquals(model.diagnostics().size(), after.diagnostics().size(), () -> file + ": " + finding + "\n" + fixed);
                String rule = finding.rule().id();
                assertTrue(count(fixed, rule) < count(source, rule), () -> file + ": " + rule + " as often after its fix\n" + fixed);
                checked++;
                if (finding.fix().edits().stream().anyMatch(e -> e.newText().contains(AptKeepCache.CLEAN))) {
                    kept++;
                    assertKeeps(finding.anchor(), after, file);
                }
            }
        }
        String counts = "fixes checked: " + checked + ", apt fixes keeping downloads: " + kept;
        assertTrue(checked > 20 && kept > 5, counts);
    }

    private static long count(String source, String rule) {
        return Linter.standard().lint(Dockerfile.parse(source), LintSettings.DEFAULT, BuildContext.NONE).diagnostics().stream()
                .filter(d -> d.code().equals(rule)).count();
    }

    /** The fixed RUN runs the commands it ran before, in order, with rm and echo just before the first apt command. */
    private static void assertKeeps(Instruction run, Dockerfile after, String file) {
        List<String> expected = new ArrayList<>(names(run));
        int apt = 0;
        while (!List.of("apt-get", "apt", "aptitude").contains(expected.get(apt))) {
            apt++;
        }
        expected.addAll(apt, List.of("rm", "echo"));
        assertEquals(expected, names(after.instructionAt(run.startLine())), file);
    }

    private static List<String> names(Instruction run) {
        return ShellScript.of(run).commands().stream().filter(c -> c.nesting() == 0).map(c -> c.name()).toList();
    }
}
