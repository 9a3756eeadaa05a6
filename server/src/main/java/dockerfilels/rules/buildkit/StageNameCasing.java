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

    /**
     * Lower-cases the name and the references to this stage: later {@code FROM <stage>},
     * {@code COPY --from=<stage>} and {@code RUN --mount=...,from=<stage>}.
     */
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
                    if (instruction.is(Keyword.RUN)) {
                        for (Flag mount : instruction.flags()) {
                            if (mount.name().equals("mount")) {
                                mountFrom(stages, mount, later.index(), self, edits);
                            }
                        }
                    }
                }
            }
        }
        return new Fix("Change stage name to '" + lower + "'", edits, true);
    }

    /** The {@code from=<stage>} field of a {@code RUN --mount} value written without quotes. */
    private static void mountFrom(Stages stages, Flag mount, int before, Stage stage, List<TextEdit> edits) {
        if (!mount.hasValue() || mount.valueRange() == null) {
            return;
        }
        Word value = new Word(mount.value(), mount.valueRange());
        if (!BuildKitChecks.isPlainOnOneLine(value) || value.text().indexOf('"') >= 0 || value.text().indexOf('\'') >= 0) {
            return;
        }
        int start = 0;
        for (String field : value.text().split(",", -1)) {
            int eq = field.indexOf('=');
            if (eq > 0 && GoText.toLower(field.substring(0, eq)).equals("from")
                    && refersTo(stages, field.substring(eq + 1), before, stage)) {
                addLowered(edits, new Word(field.substring(eq + 1), BuildKitChecks.within(value, start + eq + 1, start + field.length())));
            }
            start += field.length() + 1;
        }
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
