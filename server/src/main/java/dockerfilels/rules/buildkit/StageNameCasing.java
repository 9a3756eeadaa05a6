package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Stages;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.GoText;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's StageNameCasing: a FROM with three arguments whose third (the stage name) is not
 * lower case. BuildKit checks it while parsing, whatever the second word is.
 */
public final class StageNameCasing implements Rule {
    private static final RuleInfo INFO = BuildKitChecks.info("StageNameCasing", "stage-name-casing",
            "Stage names should be lowercase",
            "BuildKit keys stages by their lower-case name, so FROM base AS Builder and COPY --from=builder refer to"
                    + " the same stage. Writing names in lower case everywhere keeps that visible.",
            "FROM alpine AS BuilderBase\n", "FROM alpine AS builder-base\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        for (Instruction instruction : context.model().instructions()) {
            List<Word> args = instruction.arguments();
            if (!instruction.is(Keyword.FROM) || args.size() != 3) {
                continue;
            }
            Word name = args.get(2);
            if (!BuildKitChecks.isLower(name.text())) {
                findings.report(instruction, name.range(), "Stage name '" + name.text() + "' should be lowercase",
                        fix(context.stages(), instruction, name));
            }
        }
    }

    /** Lower-cases the name and the references to this stage: later {@code FROM <stage>} and {@code COPY --from=<stage>}. */
    private static Fix fix(Stages stages, Instruction from, Word name) {
        String lower = GoText.toLower(name.text());
        List<TextEdit> edits = new ArrayList<>();
        edits.add(new TextEdit(name.range(), lower));
        Stage self = null;
        for (Stage stage : stages.all()) {
            if (stage.from() == from) {
                self = stage;
            }
        }
        if (self != null && self.nameWord() == name) {
            for (Stage later : stages.all()) {
                if (later.index() <= self.index()) {
                    continue;
                }
                Word base = later.base();
                if (base != null && refersTo(stages, base.text(), later.index(), self)
                        && BuildKitChecks.isPlainOnOneLine(base)) {
                    addLowered(edits, base);
                }
                for (Instruction instruction : later.instructions()) {
                    Flag flag = instruction.is(Keyword.COPY) ? instruction.flag("from") : null;
                    if (flag != null && flag.hasValue() && flag.valueRange() != null
                            && refersTo(stages, flag.value(), later.index(), self)) {
                        Word value = new Word(flag.value(), flag.valueRange());
                        if (BuildKitChecks.isPlainOnOneLine(value)) {
                            addLowered(edits, value);
                        }
                    }
                }
            }
        }
        return new Fix("Change stage name to '" + lower + "'", edits, true);
    }

    private static boolean refersTo(Stages stages, String reference, int before, Stage stage) {
        return stages.named(reference, before) == stage;
    }

    private static void addLowered(List<TextEdit> edits, Word word) {
        String lower = GoText.toLower(word.text());
        if (!lower.equals(word.text())) {
            edits.add(new TextEdit(word.range(), lower));
        }
    }
}
