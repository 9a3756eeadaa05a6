package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.rules.TextEdit;
import dockerfilels.rules.buildkit.VariableUse.Piece;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.Stage;
import dockerfilels.shell.ShellLexer;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.TextRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BuildKit's UndefinedArgInFrom: FROM's image or {@code --platform} uses a variable that is neither a
 * global ARG (declared before the first FROM, with or without a value) nor a predefined platform
 * argument. Case-sensitive.
 */
public final class UndefinedArgInFrom implements StageRule {
    private static final RuleInfo INFO = BuildKitChecks.info("UndefinedArgInFrom", "undefined-arg-in-from",
            "FROM command must use declared ARGs",
            "FROM is expanded with the global ARGs only: those declared before the first FROM, and the predefined"
                    + " platform arguments such as BUILDPLATFORM and TARGETARCH. Any other variable expands to an empty"
                    + " string unless it happens to be passed with --build-arg.",
            "FROM node:22${VARIANT} AS dev\n",
            "ARG VARIANT=-alpine3.20\nFROM node:22${VARIANT} AS dev\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        Scope global = context.variables().global();
        char escape = context.model().escape();
        ShellLexer lexer = new ShellLexer(escape);
        List<String> candidates = VariableUse.merged(global.argNames(), global.envNames());
        // For speed: stages often share a base or platform text; each is expanded once (same global scope).
        Map<String, Set<String>> unmatched = context.shared(INFO, HashMap::new);
        if (stage.base() != null) {
            check(stage, Piece.of(stage.base()), global, candidates, lexer, escape, unmatched, findings);
        }
        Flag platform = stage.from().flag("platform");
        if (platform != null && platform.hasValue() && !platform.value().isEmpty()) {
            check(stage, VariableUse.flagValue(platform, 0, platform.value()), global, candidates, lexer, escape, unmatched,
                    findings);
        }
    }

    private static void check(Stage stage, Piece piece, Scope global, List<String> candidates, ShellLexer lexer, char escape,
            Map<String, Set<String>> unmatched, Findings findings) {
        for (String name : unmatched.computeIfAbsent(piece.text(), t -> piece.unmatched(lexer, global.env()))) {
            if (global.defines(name)) {
                continue;
            }
            String suggestion = VariableUse.suggest(name, candidates);
            TextRange nameRange = piece.nameRangeOf(name, escape);
            Fix fix = suggestion == null || nameRange == null ? null
                    : Fix.safe("Change to " + suggestion, new TextEdit(nameRange, suggestion));
            findings.report(stage.from(), piece.rangeOf(name, escape), "FROM argument '" + name + "' is not declared"
                    + (suggestion == null ? "" : " (did you mean " + suggestion + "?)"), fix);
        }
    }
}
