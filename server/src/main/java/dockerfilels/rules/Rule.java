package dockerfilels.rules;

/**
 * A check over a Dockerfile. Implementations are stateless and pure: they read the context
 * (model, stages, variables, settings, build context) and report findings, nothing else.
 */
public interface Rule {

    RuleInfo info();

    void check(LintContext context, Findings findings);
}
