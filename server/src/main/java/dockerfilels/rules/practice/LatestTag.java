package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.BaseImage;
import dockerfilels.semantics.Stage;

/** hadolint's DL3007: FROM an image tagged {@code latest} without a digest (variables expanded first). */
public final class LatestTag implements StageRule {
    private static final RuleInfo INFO = PracticeRules.info("LatestTag", null, Category.BEST_PRACTICE,
            "FROM an image tagged latest",
            "`latest` is not a version: it moves to each new release, so builds are not reproducible and a new major"
                    + " version can break the image without a change to the Dockerfile. Pin the tag you tested with, or"
                    + " add a digest (`image:latest@sha256:...`). Off by default, like the other version-pinning"
                    + " rules: turn it on with `\"DL3007\": \"info\"`.",
            "FROM node:latest\n", "FROM node:20.11-bookworm-slim\n", "DL3007");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        if (stage.base() == null || BaseImage.parent(context.variables(), stage) != null) {
            return;
        }
        BaseImage image = BaseImage.of(context.variables(), context.model().escape(), stage);
        if (image != null && "latest".equals(image.tag()) && image.digest() == null) {
            findings.report(stage.from(), stage.base().range(), "FROM " + image.reference()
                    + " uses the moving tag 'latest'; pin a version");
        }
    }
}
