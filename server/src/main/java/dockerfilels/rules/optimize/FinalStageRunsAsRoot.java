package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.BaseImage;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import java.util.List;

/**
 * The image the build produces runs as root: its final stage (with the stages it is built from)
 * says what to run (CMD or ENTRYPOINT) and sets no USER, or its last USER is root or 0. An image
 * that runs nothing is a base for others, whose Dockerfiles choose the user. hadolint's DL3002 is the second half; unlike
 * hadolint, build stages are not checked (they never run in production) and a base image known
 * to run as a non-root user (distroless {@code :nonroot}) is not flagged.
 */
public final class FinalStageRunsAsRoot implements Rule {
    private static final RuleInfo INFO = OptimizeRules.info("FinalStageRunsAsRoot", Severity.INFORMATION, Category.SECURITY,
            "The final image runs as root",
            "A process running as root in a container is root on the container's files and, should it escape (a"
                    + " kernel or runtime bug, a mounted socket, a privileged flag), close to root on the host. Add a"
                    + " non-root USER before CMD/ENTRYPOINT in the final stage (distroless images have `nonroot`, node"
                    + " images `node`; elsewhere create one with adduser/useradd). Build stages may stay root: they never"
                    + " run in production. Unlike hadolint's DL3002, which only reports an explicit `USER root` (in any"
                    + " stage), this also reports a final stage that runs a program (CMD or ENTRYPOINT) with no USER at all. Images whose entrypoint drops"
                    + " privileges itself (gosu, su-exec) can ignore the rule.",
            "FROM alpine:3.20\nCOPY app /usr/local/bin/app\nCMD [\"app\"]\n",
            "FROM alpine:3.20\nRUN adduser -D app\nCOPY app /usr/local/bin/app\nUSER app\nCMD [\"app\"]\n")
            .withAliases("DL3002");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        Stage stage = OptimizeRules.finalStage(context);
        if (stage == null) {
            return;
        }
        BaseImage image = OptimizeRules.baseImage(context, stage);
        if (image == null || OptimizeRules.isWindows(image) || runsAsNonRoot(image)) {
            return;
        }
        Instruction user = null;
        boolean runs = false;
        for (Stage s : BaseImage.lineage(context.variables(), stage)) {
            runs |= OptimizeRules.last(s, Keyword.CMD, Keyword.ENTRYPOINT) != null;
            if (user == null) {
                user = OptimizeRules.last(s, Keyword.USER);
            }
        }
        if (user == null && runs) {
            findings.report(stage.from(), stage.base().range(), "The final stage sets no USER, so the container runs as root",
                    fix(stage, image));
        } else if (user != null && isRoot(user)) {
            findings.report(user, user.arguments().get(0).range(), "The last USER is root, so the container runs as root",
                    stage.instructions().contains(user) ? fix(stage, image) : null);
        }
    }

    /** Whether a USER instruction names root ({@code root}, {@code 0}, with any group). */
    static boolean isRoot(Instruction user) {
        if (user.arguments().isEmpty()) {
            return false;
        }
        String name = user.arguments().get(0).text();
        int colon = name.indexOf(':');
        String who = colon < 0 ? name : name.substring(0, colon);
        return who.equals("root") || who.equals("0");
    }

    /** Images known to run as a non-root user by default. */
    private static boolean runsAsNonRoot(BaseImage image) {
        return image.lowerTag().contains("nonroot") || image.lowerTag().contains("chiseled") || image.repository().startsWith("cgr.dev/");
    }

    /** A non-root user the image is known to have. */
    static String nonRootUser(BaseImage image) {
        if (image.repository().startsWith("gcr.io/distroless/")) {
            return "nonroot";
        }
        if (image.isScratch()) {
            return "65534:65534";
        }
        return switch (image.shortName()) {
            case "node" -> "node";
            default -> "nobody";
        };
    }

    /** {@code USER <non-root>} before the first CMD or ENTRYPOINT after the last USER, or at the end of the stage. */
    private static Fix fix(Stage stage, BaseImage image) {
        String line = OptimizeRules.keyword(stage.from(), "USER") + " " + nonRootUser(image);
        Instruction lastUser = OptimizeRules.last(stage, Keyword.USER);
        List<Instruction> instructions = stage.instructions();
        int from = lastUser == null ? 0 : instructions.indexOf(lastUser) + 1;
        for (int i = from; i < instructions.size(); i++) {
            Instruction instruction = instructions.get(i);
            if (instruction.is(Keyword.CMD) || instruction.is(Keyword.ENTRYPOINT)) {
                return new Fix("Run as " + nonRootUser(image), List.of(OptimizeRules.insertBefore(instruction, line)), false);
            }
        }
        Instruction end = instructions.isEmpty() ? stage.from() : instructions.get(instructions.size() - 1);
        TextEdit edit = OptimizeRules.insertAfter(end, line);
        return new Fix("Run as " + nonRootUser(image), List.of(edit), false);
    }
}
