package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.Platforms;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.Stage;
import dockerfilels.shell.Expansion;
import dockerfilels.shell.ShellLexer;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.GoQuote;

/**
 * BuildKit's FromPlatformFlagConstDisallowed: {@code FROM --platform} with a constant platform, unless
 * the stage name contains its OS or architecture (a stage meant for one platform).
 */
public final class FromPlatformFlagConstDisallowed implements StageRule {
    private static final RuleInfo INFO = BuildKitChecks.info("FromPlatformFlagConstDisallowed",
            "from-platform-flag-const-disallowed", "FROM --platform flag should not use a constant value",
            "A constant --platform pins the stage to one platform whatever platform is built, so multi-platform builds"
                    + " quietly produce images for the wrong architecture. Use a predefined argument such as"
                    + " $BUILDPLATFORM, or name the stage after the platform when that is intended. hadolint's DL3029 reports"
                    + " every --platform but $BUILDPLATFORM/$TARGETPLATFORM; BuildKit, and this rule, only constants.",
            "FROM --platform=linux/amd64 alpine AS build\n",
            "FROM --platform=$BUILDPLATFORM alpine AS build\n").withAliases("DL3029");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        Scope global = context.variables().global();
        ShellLexer lexer = new ShellLexer(context.model().escape());
        Flag platform = stage.from().flag("platform");
        Expansion expansion = BuildKitChecks.expandPlatform(platform, lexer, global);
        if (expansion == null) {
            return;
        }
        if (!expansion.matched().isEmpty() || !expansion.unmatched().isEmpty()) {
            return;
        }
        Platforms.Platform p = Platforms.parse(expansion.result());
        if (p == null) {
            return;
        }
        String name = stage.name() == null ? "" : stage.name();
        if (name.contains(p.os()) || name.contains(p.architecture())) {
            return;
        }
        findings.report(stage.from(), platform.valueRange() != null ? platform.valueRange() : platform.range(),
                "FROM --platform flag should not use constant value " + GoQuote.quote(expansion.result()));
    }
}
