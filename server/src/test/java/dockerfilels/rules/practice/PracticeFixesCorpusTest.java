package dockerfilels.rules.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import dockerfilels.testing.RealWorldFixes;
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
    void fixesKeepTheRealWorldFilesValid() {
        int checked = 0;
        int merged = 0;
        for (RealWorldFixes.Applied fix : RealWorldFixes.of(RunPractices.class.getPackageName())) {
            assertEquals(fix.model().diagnostics().size(), fix.after().diagnostics().size(),
                    () -> fix.file() + ": " + fix.finding() + "\n" + fix.fixed());
            checked++;
            if (fix.finding().rule().id().equals("ConsecutiveRuns")) {
                merged++;
                assertMerged(fix.model(), fix.after(), fix.finding().anchor(), fix.file());
            }
        }
        String counts = "fixes checked: " + checked + ", merges: " + merged;
        assertTrue(checked > 20 && merged > 5, counts);
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
