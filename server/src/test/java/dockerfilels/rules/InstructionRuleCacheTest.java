package dockerfilels.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.document.Document;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextRange;
import dockerfilels.workspace.BuildContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Instruction rules run again only on the instructions an edit re-parsed or moved. */
class InstructionRuleCacheTest {

    /** Flags every RUN, and counts which instructions it was asked about. */
    private static final class CountingRule implements InstructionRule {
        final List<String> seen = new ArrayList<>();
        private final RuleInfo info = new RuleInfo("CountingRule", Severity.WARNING, Category.BEST_PRACTICE, "d", "e", "b",
                "g", null, List.of(), false);

        @Override
        public RuleInfo info() {
            return info;
        }

        @Override
        public void check(Instruction instruction, Findings findings) {
            seen.add(instruction.text());
            if (instruction.keyword().text().equals("RUN")) {
                findings.report(instruction, instruction.keyword().range(), "run");
            }
        }
    }

    @Test
    void anEditReChecksOnlyTheInstructionItTouched() {
        CountingRule rule = new CountingRule();
        Linter linter = new Linter(List.of(rule));
        Document document = Document.of("FROM a\nRUN one\nRUN two\nCMD x\n");
        assertEquals(2, linter.lint(document.model(), LintSettings.DEFAULT, BuildContext.NONE).findings().size());
        assertEquals(List.of("FROM a", "RUN one", "RUN two", "CMD x"), rule.seen);

        rule.seen.clear();
        Document edited = document.edit(TextRange.of(2, 7, 2, 7), "!");
        LintResult result = linter.lint(edited.model(), LintSettings.DEFAULT, BuildContext.NONE);
        assertEquals(List.of("RUN two!"), rule.seen, "only the edited instruction is checked again");
        assertEquals(List.of(TextRange.of(1, 0, 1, 3), TextRange.of(2, 0, 2, 3)),
                result.diagnostics().stream().map(d -> d.range()).toList());
    }

    @Test
    void aNewLineMovesTheInstructionsBelowAndTheirFindingsWithThem() {
        CountingRule rule = new CountingRule();
        Linter linter = new Linter(List.of(rule));
        Document document = Document.of("FROM a\nRUN one\n");
        linter.lint(document.model(), LintSettings.DEFAULT, BuildContext.NONE);
        Document edited = document.edit(TextRange.of(0, 0, 0, 0), "# top\n");
        LintResult result = linter.lint(edited.model(), LintSettings.DEFAULT, BuildContext.NONE);
        assertEquals(List.of(TextRange.of(2, 0, 2, 3)), result.diagnostics().stream().map(d -> d.range()).toList());
    }

    @Test
    void cachedFindingsDoNotKeepTheirInstructionsAlive() throws InterruptedException {
        CountingRule rule = new CountingRule();
        Linter linter = new Linter(List.of(rule));
        java.lang.ref.WeakReference<Instruction> instruction;
        {
            Document document = Document.of("FROM a\nRUN one\n");
            linter.lint(document.model(), LintSettings.DEFAULT, BuildContext.NONE);
            instruction = new java.lang.ref.WeakReference<>(document.model().instructions().get(1));
        }
        for (int i = 0; i < 50 && instruction.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(null, instruction.get(), "the cache lets an instruction of a dropped model be collected");
    }
}
