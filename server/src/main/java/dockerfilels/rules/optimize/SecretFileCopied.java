package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.Word;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * COPY or ADD of a file that holds credentials (SSH keys, .npmrc, .pypirc, .env, cloud and
 * registry credentials): it stays in a layer of the image even if a later RUN deletes it.
 * BuildKit's SecretsUsedInArgOrEnv covers secrets passed as ARG or ENV; this covers files.
 */
public final class SecretFileCopied implements InstructionRule {
    private static final RuleInfo INFO = OptimizeRules.info("SecretFileCopied", Severity.WARNING, Category.SECURITY,
            "A credentials file is copied into the image",
            "Every file COPY or ADD puts in a layer stays in the image, even when a later RUN deletes it: anyone who"
                    + " can pull the image can read an SSH key, a token in .npmrc or .pypirc, a .env file or cloud and"
                    + " registry credentials from it. Give the build the secret without storing it:"
                    + " `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci` (with"
                    + " `docker build --secret id=npmrc,src=.npmrc`), or `RUN --mount=type=ssh` for SSH keys. Build"
                    + " arguments are no better (see SecretsUsedInArgOrEnv).",
            "FROM node:20\nCOPY .npmrc package.json ./\nRUN npm ci\n",
            "FROM node:20\nCOPY package.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n");

    /** Files and folders that hold credentials, by name. */
    private static final Set<String> SECRET_NAMES = Set.of(".ssh", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".npmrc",
            ".pypirc", ".netrc", ".git-credentials", ".env", ".aws", ".gnupg", ".dockercfg", "credentials",
            "credentials.json", ".vault-token");
    /** Names of .env files that document the variables rather than hold them. */
    private static final Set<String> ENV_TEMPLATES = Set.of("example", "sample", "template", "dist", "defaults", "default", "test");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        if (!instruction.is(Keyword.COPY) && !instruction.is(Keyword.ADD)) {
            return;
        }
        List<Word> args = instruction.arguments();
        for (int i = 0; i < args.size() - 1; i++) {
            Word source = args.get(i);
            if (source.text().startsWith("<<")) {
                continue;
            }
            String secret = secret(source.text());
            if (secret != null) {
                findings.report(instruction, source.range(), instruction.keyword().text() + " puts " + secret
                        + " into the image, where anyone who pulls it can read it; use RUN --mount=type=secret instead");
            }
        }
    }

    /** What makes a source path a credentials file ("the SSH folder .ssh"), or null. */
    static String secret(String path) {
        String clean = path.replace('\\', '/').replace("\"", "").replace("'", "");
        if (clean.contains("://") || clean.startsWith("git@")) {
            return null;
        }
        String lower = clean.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docker/config.json") || lower.endsWith(".kube/config")) {
            return clean;
        }
        for (String part : lower.split("/")) {
            if (SECRET_NAMES.contains(part)) {
                return clean;
            }
            if (part.startsWith(".env.") && !ENV_TEMPLATES.contains(part.substring(".env.".length()))) {
                return clean;
            }
        }
        return null;
    }
}
