package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.KeyValue;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.Word;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ARG default or ENV value that is itself a credential in a well-known format (cloud keys,
 * GitHub, GitLab, npm, Slack and Stripe tokens, private keys, a password in a URL). BuildKit's
 * SecretsUsedInArgOrEnv looks at the names; this looks at the values, whatever the name. For an
 * ARG read only by RUN steps, the fix makes it a build secret ({@link SecretArgFix}); an ENV value
 * is in the image's configuration, so no edit of the Dockerfile alone replaces it and none is
 * offered. A whole-file rule, as the fix looks at every instruction that reads the ARG.
 */
public final class SecretValueInArgOrEnv implements Rule {
    private static final RuleInfo INFO = OptimizeRules.info("SecretValueInArgOrEnv", Severity.WARNING, Category.SECURITY,
            "A credential written as an ARG or ENV value",
            "A token, key or password written into the Dockerfile is in version control for everyone with access to"
                    + " the repository, and in the image (ENV in its configuration, ARG in its build history) for"
                    + " everyone who can pull it. Revoke it, then pass it at build time with"
                    + " `RUN --mount=type=secret,id=token,env=TOKEN ...` and `docker build --secret id=token,env=TOKEN`,"
                    + " or at run time. For an ARG that only RUN steps read, the quick fix does this: it removes the ARG,"
                    + " mounts the secret as that variable on each RUN that reads it, and makes sure the # syntax= line"
                    + " names a frontend that knows `env=` (1.10 or later). SecretsUsedInArgOrEnv warns about"
                    + " secret-looking names; this rule recognises the values themselves, whatever the variable is called.",
            "FROM alpine\nENV REPO_PAT=ghp_0123456789abcdefghijABCDEFGHIJ012345\n",
            "FROM alpine\nRUN --mount=type=secret,id=pat,env=REPO_PAT ./fetch.sh\n");

    private record Kind(String name, Pattern pattern) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("an AWS access key", Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b")),
            new Kind("a GitHub token", Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})")),
            new Kind("a GitLab token", Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}")),
            new Kind("an npm token", Pattern.compile("\\bnpm_[A-Za-z0-9]{36}\\b")),
            new Kind("a Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}")),
            new Kind("a Stripe key", Pattern.compile("\\b[sr]k_live_[A-Za-z0-9]{20,}")),
            new Kind("a Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}")),
            new Kind("a private key", Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----")),
            new Kind("a password in a URL", Pattern.compile("\\b[a-zA-Z][a-zA-Z0-9+.-]{0,31}://[^/\\s:@$]+:([^/\\s@$]+)@")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        // A whole-file rule (the ARG fix edits every stage the ARG reaches), but it reads only the
        // instructions with a secret-looking value; which those are is kept with each stage.
        List<Instruction> suspects = new java.util.ArrayList<>(withSecrets(context.preamble()));
        for (Stage stage : context.stages().all()) {
            suspects.addAll(context.stageShared(stage, INFO, () -> withSecrets(stage.instructions())));
        }
        if (!suspects.isEmpty()) {
            report(context, suspects, findings);
        }
    }

    /** The ARG and ENV instructions with a value that looks like a secret. */
    private static List<Instruction> withSecrets(List<Instruction> instructions) {
        List<Instruction> found = new java.util.ArrayList<>();
        for (Instruction instruction : instructions) {
            boolean secret = false;
            if (instruction.is(Keyword.ENV)) {
                secret = instruction.pairs().stream().anyMatch(pair -> secretIn(pair.value().text()) != null);
            } else if (instruction.is(Keyword.ARG)) {
                secret = instruction.arguments().stream().anyMatch(word -> word.text().indexOf('=') > 0 && secretIn(word.text()) != null);
            }
            if (secret) {
                found.add(instruction);
            }
        }
        return List.copyOf(found);
    }

    private static void report(LintContext context, List<Instruction> instructions, Findings findings) {
        SecretArgFix fixes = null; // built on the first secret ARG: most files have none
        for (Instruction instruction : instructions) {
            if (instruction.is(Keyword.ENV)) {
                for (KeyValue pair : instruction.pairs()) {
                    String kind = secretIn(pair.value().text());
                    if (kind != null) {
                        report(instruction, "ENV " + pair.key().text(), pair.value(), kind, null, findings);
                    }
                }
            } else if (instruction.is(Keyword.ARG)) {
                for (Word word : instruction.arguments()) {
                    int eq = word.text().indexOf('=');
                    String kind = eq > 0 ? secretIn(word.text()) : null;
                    if (kind != null) {
                        fixes = fixes == null ? new SecretArgFix(context) : fixes;
                        report(instruction, "ARG " + word.text().substring(0, eq), word, kind, fixes.of(instruction, word), findings);
                    }
                }
            }
        }
    }

    private static void report(Instruction instruction, String what, Word value, String kind, Fix fix, Findings findings) {
        findings.report(instruction, value.range(), what + " holds " + kind
                + ", readable in the repository and the image; pass it as a build secret instead", fix);
    }

    /** The kind of credential the text holds, or null. */
    private static String secretIn(String text) {
        for (Kind kind : KINDS) {
            Matcher m = kind.pattern().matcher(text);
            if (m.find() && !placeholder(kind, m)) {
                return kind.name();
            }
        }
        return null;
    }

    /** A URL password that is obviously a placeholder ({@code user:password@}, {@code :xxx@}, {@code :<pass>@}). */
    private static boolean placeholder(Kind kind, Matcher m) {
        if (m.groupCount() == 0) {
            return false;
        }
        String password = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return password.equals("password") || password.equals("pass") || password.equals("secret") || password.matches("x+|\\*+|<.*>|\\{.*\\}");
    }
}
