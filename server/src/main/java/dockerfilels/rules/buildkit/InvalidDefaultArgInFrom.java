package dockerfilels.rules.buildkit;

import dockerfilels.rules.FileWideRule;
import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.ImageReference;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.Stage;
import dockerfilels.shell.ShellException;
import dockerfilels.shell.ShellLexer;
import java.util.HashMap;
import java.util.Map;

/**
 * BuildKit's InvalidDefaultArgInFrom: with only the global ARGs' default values (no build arguments),
 * a FROM's base name expands to something that is not a valid image reference, such as an empty
 * name or {@code busybox:}.
 */
public final class InvalidDefaultArgInFrom implements FileWideRule, StageRule {
    private static final RuleInfo INFO = BuildKitChecks.info("InvalidDefaultArgInFrom", "invalid-default-arg-in-from",
            "Default value for global ARG results in an empty or invalid base image name",
            "A build without --build-arg uses the global ARGs' defaults. If those make the FROM image name empty or"
                    + " invalid, the build only works when the argument is passed. Give the ARG a default that works.",
            "ARG TAG\nFROM busybox:${TAG}\n",
            "ARG TAG=latest\nFROM busybox:${TAG}\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        Scope global = context.variables().global();
        ShellLexer lexer = new ShellLexer(context.model().escape());
        // For speed: many stages share a base (FROM golang:${GO_VERSION}); each distinct text is
        // expanded and validated once (the global scope is the same for every FROM).
        Map<String, Boolean> valid = context.shared(INFO, HashMap::new);
        if (stage.base() == null) {
            return;
        }
        Boolean isValid = valid.get(stage.base().text());
        if (isValid == null) {
            String result;
            try {
                result = lexer.processWord(stage.base().text(), global.env());
            } catch (ShellException e) {
                return; // BuildKit abandons the check here
            }
            isValid = ImageReference.isValid(result);
            valid.put(stage.base().text(), isValid);
        }
        if (!isValid) {
            findings.report(stage.from(), stage.base().range(), "Default value for ARG " + stage.base().text()
                    + " results in empty or invalid base image name");
        }
    }
}
