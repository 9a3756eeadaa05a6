package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.BaseImage;
import dockerfilels.semantics.Stage;

/**
 * hadolint's DL3006: FROM an image without a tag or digest. A stage name, {@code scratch} and a
 * variable without a value are not untagged images; a variable whose default holds a tag is
 * expanded first (hadolint cannot, its issue #979).
 */
public final class UntaggedImage implements StageRule {
    private static final RuleInfo INFO = PracticeRules.info("UntaggedImage", null, Category.BEST_PRACTICE,
            "FROM an image without a tag",
            "An image without a tag means `latest`, which moves: the same Dockerfile builds a different image next"
                    + " month, and a new major version can break it without any change of yours. Name the tag (or a"
                    + " digest) you tested with. Off by default, like the other version-pinning rules (many"
                    + " Dockerfiles, tests and examples rightly follow the newest image): turn it on with"
                    + " `\"DL3006\": \"info\"`.",
            "FROM debian\n", "FROM debian:bookworm-slim\n", "DL3006");

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
        if (image != null && image.tag() == null && image.digest() == null && !image.isScratch()) {
            findings.report(stage.from(), stage.base().range(), "FROM " + image.reference()
                    + " has no tag, so it builds from whatever 'latest' is; pin a tag");
        }
    }
}
