package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.BaseImage;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Keyword;

/**
 * hadolint's DL3057, off by default as in hadolint: the final stage (with the stages it is built
 * from) has no HEALTHCHECK. Unlike hadolint, build stages are not reported.
 */
public final class MissingHealthcheck implements Rule {
    private static final RuleInfo INFO = PracticeRules.info("MissingHealthcheck", null, Category.BEST_PRACTICE,
            "The image has no HEALTHCHECK",
            "A HEALTHCHECK lets Docker and Swarm tell a running container from a working one and restart or replace it."
                    + " Orchestrators such as Kubernetes ignore it and use their own probes, which is why this rule is off"
                    + " by default; turn it on (`\"DL3057\": \"info\"`) for images run by Docker itself. Only the final"
                    + " stage is checked (hadolint also reports build stages); `HEALTHCHECK NONE` says there is none on"
                    + " purpose.",
            "FROM nginx:1.27\n", "FROM nginx:1.27\nHEALTHCHECK CMD curl -fsS http://localhost/ || exit 1\n", "DL3057");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        var all = context.stages().all();
        if (all.isEmpty()) {
            return;
        }
        Stage last = all.get(all.size() - 1);
        for (Stage stage : BaseImage.lineage(context.variables(), last)) {
            if (stage.instructions().stream().anyMatch(i -> i.is(Keyword.HEALTHCHECK))) {
                return;
            }
        }
        if (last.base() != null) {
            findings.report(last.from(), last.base().range(), "The final stage has no HEALTHCHECK");
        }
    }
}
