package dockerfilels.rules.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.rules.Linter;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import dockerfilels.testing.RealWorldFixes;
import dockerfilels.workspace.BuildContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every fix of the image-optimization rules on the real-world Dockerfiles, applied: the file keeps
 * its syntax (no new parse diagnostics), the rule reports less, and an apt cache mount that also
 * keeps the downloads runs exactly the RUN's own commands, with Docker's two lines before the first
 * apt command.
 */
class OptimizeFixesCorpusTest {

    @Test
    void fixesKeepTheRealWorldFilesValid() {
        int checked = 0;
        int kept = 0;
        for (RealWorldFixes.Applied fix : RealWorldFixes.of(OptimizeRules.class.getPackageName())) {
            assertEquals(fix.model().diagnostics().size(), fix.after().diagnostics().size(),
                    () -> fix.file() + ": " + fix.finding() + "\n" + fix.fixed());
            String rule = fix.finding().rule().id();
            assertTrue(count(fix.fixed(), rule) < count(fix.source(), rule),
                    () -> fix.file() + ": " + rule + " as often after its fix\n" + fix.fixed());
            checked++;
            if (fix.finding().fix().edits().stream().anyMatch(e -> e.newText().contains(AptKeepCache.CLEAN))) {
                kept++;
                assertKeeps(fix.finding().anchor(), fix.after(), fix.file());
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
