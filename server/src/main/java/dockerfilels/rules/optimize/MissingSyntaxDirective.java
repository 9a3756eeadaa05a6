package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.Directive;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextRange;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BuildKit-only syntax (RUN --mount, heredocs, COPY --link ...) in a file without a
 * {@code # syntax=} directive, so the frontend that reads it is whatever the builder has built in.
 * Reported once, at the first such construct.
 */
public final class MissingSyntaxDirective implements Rule {
    private static final RuleInfo INFO = OptimizeRules.info("MissingSyntaxDirective", Severity.INFORMATION, Category.BEST_PRACTICE,
            "BuildKit-only syntax without a # syntax= directive",
            "Cache and secret mounts, heredocs, COPY --link and their kin make builds faster and safer, but only the"
                    + " Dockerfile frontend of a recent BuildKit understands them. Without a `# syntax=docker/dockerfile:1`"
                    + " line the file is read by the frontend built into whatever builder runs it: an older Docker"
                    + " engine, the legacy builder, Podman/Buildah or kaniko may reject the file or silently ignore a"
                    + " flag. The directive makes BuildKit fetch the latest stable 1.x frontend, so the file builds the"
                    + " same everywhere BuildKit runs.",
            "FROM alpine\nRUN --mount=type=cache,target=/var/cache/apk apk add git\n",
            "# syntax=docker/dockerfile:1\nFROM alpine\nRUN --mount=type=cache,target=/var/cache/apk apk add git\n");

    /** Flags only BuildKit's frontend knows, per instruction. */
    private static final Map<Keyword, Set<String>> BUILDKIT_FLAGS = Map.of(
            Keyword.RUN, Set.of("mount", "network", "security", "device"),
            Keyword.COPY, Set.of("link", "parents", "exclude", "chmod"),
            Keyword.ADD, Set.of("link", "parents", "exclude", "chmod", "checksum", "keep-git-dir", "unpack"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        for (Directive directive : context.model().directives()) {
            if (directive.key().equals("syntax")) {
                return;
            }
        }
        for (Instruction instruction : context.model().instructions()) {
            Instruction checked = instruction.is(Keyword.ONBUILD) && instruction.trigger() != null ? instruction.trigger() : instruction;
            for (Flag flag : checked.flags()) {
                if (checked.kind() != null && BUILDKIT_FLAGS.getOrDefault(checked.kind(), Set.of()).contains(flag.name())) {
                    report(instruction, flag.range(), checked.keyword().text() + " --" + flag.name(), findings);
                    return;
                }
            }
            if (!checked.heredocs().isEmpty()) {
                report(instruction, checked.heredocs().get(0).marker().range(), "a heredoc", findings);
                return;
            }
        }
    }

    private static void report(Instruction instruction, TextRange range, String what, Findings findings) {
        TextRange top = TextRange.of(0, 0, 0, 0);
        findings.report(instruction, range, "This file uses BuildKit syntax (" + what
                + ") but has no # syntax= directive naming the frontend that understands it",
                new Fix("Add # syntax=docker/dockerfile:1", List.of(new TextEdit(top, "# syntax=docker/dockerfile:1\n")), false));
    }
}
