package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.Stage;
import dockerfilels.shell.Expansion;
import dockerfilels.shell.ShellLexer;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's RedundantTargetPlatform: {@code FROM --platform=$TARGETPLATFORM} (the only variable, and
 * the value is exactly TARGETPLATFORM's) asks for what FROM does anyway. The fix removes the flag.
 */
public final class RedundantTargetPlatform implements StageRule {
    private static final RuleInfo INFO = BuildKitChecks.info("RedundantTargetPlatform", "redundant-target-platform",
            "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior",
            "A stage's base image is pulled for the target platform unless --platform says otherwise, so"
                    + " --platform=$TARGETPLATFORM changes nothing.",
            "FROM --platform=$TARGETPLATFORM alpine AS builder\n",
            "FROM alpine AS builder\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        Scope global = context.variables().global();
        ShellLexer lexer = new ShellLexer(context.model().escape());
        String target = global.env().get("TARGETPLATFORM");
        Flag platform = stage.from().flag("platform");
        Expansion expansion = BuildKitChecks.expandPlatform(platform, lexer, global);
        if (expansion == null) {
            return;
        }
        if (expansion.matched().size() == 1 && expansion.unmatched().isEmpty()
                && expansion.matched().contains("TARGETPLATFORM") && expansion.result().equals(target)) {
            TextRange range = platform.valueRange() != null ? platform.valueRange() : platform.range();
            findings.report(stage.from(), range, "Setting platform to predefined " + platform.value()
                    + " in FROM is redundant as this is the default behavior", fix(stage.from(), platform));
        }
    }

    /** Removes the flag and the blanks after it (or, when the next word is on a later line, before it). */
    private static Fix fix(Instruction from, Flag platform) {
        List<Word> after = new ArrayList<>();
        for (Flag flag : from.flags()) {
            after.add(flag.word());
        }
        after.addAll(from.arguments());
        Word next = null;
        for (Word word : after) {
            if (platform.range().end().compareTo(word.range().start()) <= 0
                    && (next == null || word.range().start().isBefore(next.range().start()))) {
                next = word;
            }
        }
        if (next != null && next.range().start().line() == platform.range().start().line()) {
            return Fix.safe("Remove --platform", new TextEdit(new TextRange(platform.range().start(), next.range().start()), ""));
        }
        // The next word is on a later line: remove the blanks before the flag instead.
        Word previous = from.keyword();
        for (Flag flag : from.flags()) {
            if (flag.range().end().compareTo(platform.range().start()) <= 0 && previous.range().end().isBefore(flag.range().end())) {
                previous = flag.word();
            }
        }
        if (previous.range().end().line() != platform.range().start().line()) {
            return null;
        }
        return Fix.safe("Remove --platform", new TextEdit(new TextRange(previous.range().end(), platform.range().end()), ""));
    }
}
