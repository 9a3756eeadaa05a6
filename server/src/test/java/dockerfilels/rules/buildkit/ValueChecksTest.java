package dockerfilels.rules.buildkit;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.syntax.Severity;
import org.junit.jupiter.api.Test;

/** ExposeProtoCasing, ExposeInvalidFormat, SecretsUsedInArgOrEnv, InvalidDefinitionDescription. */
class ValueChecksTest {
    private static final Severity W = Severity.WARNING;
    private static final String PROTO = "ExposeProtoCasing";
    private static final String FORMAT = "ExposeInvalidFormat";
    private static final String SECRETS = "SecretsUsedInArgOrEnv";
    private static final String DESCRIPTION = "InvalidDefinitionDescription";

    @Test
    void anUpperCaseProtocolFiresOnItsPort() {
        assertRule(PROTO, "FROM a\nEXPOSE 80/tcp 81/TCP 82\n",
                d(1, 14, 1, 20, W, PROTO, "Defined protocol '81/TCP' in EXPOSE instruction should be lowercase"));
        assertNone(PROTO, "FROM a\nEXPOSE 80/udp $PORT/TCP\n");
    }

    @Test
    void buildKitStopsAtTheFirstPortItRejects() {
        assertNone(PROTO, "FROM a\nEXPOSE 80/http 81/TCP\n");
    }

    @Test
    void theProtocolFixLowersTheProtocolOnly() {
        assertFix("FROM a\nEXPOSE 1:81/TcP\n", PROTO, edit(1, 12, 1, 15, "tcp"));
    }

    @Test
    void anIpOrHostPortFiresOnItsPort() {
        assertRule(FORMAT, "FROM a\nEXPOSE 8000 127.0.0.1:80:80 8080:80/udp\n",
                d(1, 12, 1, 27, W, FORMAT, "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'"),
                d(1, 28, 1, 39, W, FORMAT, "EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80/udp'"));
        assertNone(FORMAT, "FROM a\nEXPOSE 80 :81 80-90/tcp\n");
    }

    @Test
    void theFormatFixDeletesWhatComesBeforeTheContainerPort() {
        assertFix("FROM a\nEXPOSE [::1]:8080:80/udp\n", FORMAT, edit(1, 7, 1, 18, ""));
        assertFix("FROM a\nEXPOSE 80 8080:80/TCP\n", FORMAT, edit(1, 10, 1, 15, ""));
        assertFix("FROM a\nEXPOSE 80 8080:80/TCP\n", PROTO, edit(1, 18, 1, 21, "tcp"));
    }

    @Test
    void secretLookingKeysFireOnTheKey() {
        assertRule(SECRETS, "FROM a\nARG API_TOKEN=x other\nENV db_password=y\n",
                d(1, 4, 1, 13, W, SECRETS, "Do not use ARG or ENV instructions for sensitive data (ARG \"API_TOKEN\")"),
                d(2, 4, 2, 15, W, SECRETS, "Do not use ARG or ENV instructions for sensitive data (ENV \"db_password\")"));
    }

    @Test
    void argsBeforeTheFirstFromAreNotChecked() {
        assertNone(SECRETS, "ARG TOKEN\nFROM a\n");
    }

    @Test
    void buildKitsSecretHeuristic() {
        assertTrue(SecretsUsedInArgOrEnv.isSecret("AWS_SECRET_ACCESS_KEY"));
        assertTrue(SecretsUsedInArgOrEnv.isSecret("apikey"));
        assertTrue(SecretsUsedInArgOrEnv.isSecret("GPG_KEY"));
        assertFalse(SecretsUsedInArgOrEnv.isSecret("KEYRING"));
        assertFalse(SecretsUsedInArgOrEnv.isSecret("PUBLIC_KEY"));
        assertFalse(SecretsUsedInArgOrEnv.isSecret("TOKEN_FILE"));
        assertFalse(SecretsUsedInArgOrEnv.isSecret("AUTH_MODULE_VERSION"));
        assertFalse(SecretsUsedInArgOrEnv.isSecret("PASSWORDS"));
    }

    @Test
    void aDescriptionCommentMustStartWithTheName() {
        assertRule(DESCRIPTION, "# check=experimental=InvalidDefinitionDescription\n# the base\nFROM a AS Base\n# VERSION x\nARG VERSION=1\n"
                + "# keys\nARG A B\n",
                d(1, 0, 1, 10, W, DESCRIPTION, "Comment for FROM should follow the format: `# base <description>`"),
                d(5, 0, 5, 6, W, DESCRIPTION, "Comment for ARG should follow the format: `# <arg_key> <description>`"));
    }

    @Test
    void theDescriptionCheckIsExperimental() {
        assertNone(DESCRIPTION, "FROM a\n# the version\nARG VERSION=1\n");
        assertNone(DESCRIPTION, "# check=experimental=all\nFROM a\n# the version\n#\nARG VERSION=1\n");
    }
}
