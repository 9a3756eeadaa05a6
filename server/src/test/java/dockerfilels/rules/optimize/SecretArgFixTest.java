package dockerfilels.rules.optimize;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.features.Fixes;
import dockerfilels.rules.Finding;
import dockerfilels.rules.LintResult;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.testing.LintAssertions;
import org.junit.jupiter.api.Test;

/** SecretValueInArgOrEnv's fix: a secret ARG read by RUN steps becomes a BuildKit secret mounted as that variable. */
class SecretArgFixTest {
    private static final String ID = "SecretValueInArgOrEnv";
    private static final String TOKEN = "npm_0123456789abcdefghijABCDEFGHIJ012345";
    private static final String SYNTAX = "# syntax=docker/dockerfile:1\n";
    private static final String MOUNT = " --mount=type=secret,id=npm_token,env=NPM_TOKEN";

    /** A stage whose ARG on line 2 holds the token; what follows starts on line 3. */
    private static final String STAGE = SYNTAX + "FROM node\nARG NPM_TOKEN=" + TOKEN + "\n";

    /** The fix for {@code STAGE + rest}: the ARG's line goes and the RUN on line 3 gets the mount. */
    private static void assertMountedOnLine3(String rest) {
        assertFix(STAGE + rest, ID, edit(2, 0, 3, 0, ""), edit(3, 3, 3, 3, MOUNT));
    }

    private static Finding finding(String source) {
        return LintAssertions.lint(source).findings().stream().map(LintResult.Reported::finding)
                .filter(f -> f.rule().id().equals(ID)).findFirst().orElseThrow();
    }

    @Test
    void aStageArgReadByRunStepsBecomesASecret() {
        String source = SYNTAX + "FROM node\n# the registry token\nARG NPM_TOKEN=" + TOKEN + "\nRUN npm ci --token=$NPM_TOKEN\n"
                + "RUN ls\nRUN \\\n  echo ${NPM_TOKEN}\n";
        assertFix(source, ID, edit(3, 0, 4, 0, ""), edit(4, 3, 4, 3, MOUNT), edit(6, 3, 6, 3, MOUNT));
        Finding finding = finding(source);
        assertEquals("Pass NPM_TOKEN as a build secret (docker build --secret id=npm_token,env=NPM_TOKEN)", finding.fix().title());
        assertFalse(finding.fix().safe());
    }

    @Test
    void theFixedFileParsesAndHoldsNoSecret() {
        String source = "ARG NPM_TOKEN=" + TOKEN + "\nFROM node\nARG NPM_TOKEN\nRUN npm ci \\\n  --token=$NPM_TOKEN\n";
        String fixed = Fixes.apply(source, finding(source).fix().edits());
        assertEquals(SYNTAX + "FROM node\nRUN" + MOUNT + " npm ci \\\n  --token=$NPM_TOKEN\n", fixed);
        assertTrue(Dockerfile.parse(fixed).diagnostics().isEmpty());
        assertTrue(LintAssertions.lint(fixed).diagnostics().stream().noneMatch(d -> d.code().equals(ID)
                || d.code().equals("SecretsUsedInArgOrEnv") || d.code().equals("UndefinedVar")));
    }

    @Test
    void theSyntaxLineIsAddedOrRaisedToOneThatKnowsEnv() {
        String body = "FROM node\nARG NPM_TOKEN=" + TOKEN + "\nRUN echo $NPM_TOKEN\n";
        assertFix(body, ID, edit(0, 0, 0, 0, "# syntax=docker/dockerfile:1\n"), edit(1, 0, 2, 0, ""), edit(2, 3, 2, 3, MOUNT));
        assertFix("# syntax=docker/dockerfile:1.4\n" + body, ID, edit(0, 9, 0, 30, "docker/dockerfile:1"), edit(2, 0, 3, 0, ""),
                edit(3, 3, 3, 3, MOUNT));
        assertFix("# syntax = docker.io/docker/dockerfile:1.2-labs\n" + body, ID, edit(0, 11, 0, 47, "docker/dockerfile:1-labs"),
                edit(2, 0, 3, 0, ""), edit(3, 3, 3, 3, MOUNT));
        assertFix("# syntax=docker/dockerfile:1.12\n" + body, ID, edit(2, 0, 3, 0, ""), edit(3, 3, 3, 3, MOUNT));
        assertFix("# syntax=example.com/frontend:7\n" + body, ID, edit(2, 0, 3, 0, ""), edit(3, 3, 3, 3, MOUNT));
    }

    @Test
    void frontendVersions() {
        assertNull(SecretArgFix.raised("docker/dockerfile:1"));
        assertNull(SecretArgFix.raised("docker/dockerfile"));
        assertNull(SecretArgFix.raised("docker/dockerfile:1.10.0"));
        assertNull(SecretArgFix.raised("docker/dockerfile:1.11@sha256:abc"));
        assertEquals("docker/dockerfile:1", SecretArgFix.raised("docker/dockerfile:1.9"));
        assertEquals("docker/dockerfile:1", SecretArgFix.raised("docker/dockerfile:experimental"));
        assertEquals("docker/dockerfile:1", SecretArgFix.raised("docker/dockerfile:1.3@sha256:abc"));
    }

    @Test
    void aGlobalArgGoesWithItsRedeclarationsInEveryStage() {
        String source = "ARG NPM_TOKEN=" + TOKEN + "\nFROM node AS a\nARG NPM_TOKEN\nRUN echo $NPM_TOKEN\nFROM node\nARG A=1 NPM_TOKEN\n"
                + "RUN echo \"$NPM_TOKEN\" $A\n";
        // The global ARG is on the first line: the syntax line goes into the edit that removes it.
        assertFix(source, ID, edit(0, 0, 1, 0, SYNTAX), edit(2, 0, 3, 0, ""), edit(3, 3, 3, 3, MOUNT), edit(5, 7, 5, 17, ""),
                edit(6, 3, 6, 3, MOUNT));
    }

    @Test
    void oneArgumentOfSeveralIsRemovedAlone() {
        assertFix(SYNTAX + "FROM node\nARG V=1 NPM_TOKEN=" + TOKEN + " W=2\nRUN echo $NPM_TOKEN\n", ID, edit(2, 7, 2, 58, ""),
                edit(3, 3, 3, 3, MOUNT));
        assertFix(SYNTAX + "FROM node\nARG NPM_TOKEN=" + TOKEN + " W=2\nRUN echo $NPM_TOKEN\n", ID, edit(2, 4, 2, 55, ""),
                edit(3, 3, 3, 3, MOUNT));
        // Across a continuation the line would have to be rewritten.
        assertNoFix(SYNTAX + "FROM node\nARG V=1 \\\n  NPM_TOKEN=" + TOKEN + "\nRUN echo $NPM_TOKEN\n", ID);
    }

    @Test
    void heredocsAndExecFormRunsGetTheMountToo() {
        assertMountedOnLine3("RUN <<EOF\nnpm publish --token $NPM_TOKEN\nEOF\n");
        assertMountedOnLine3("RUN [\"sh\", \"-c\", \"echo $NPM_TOKEN\"]");
    }

    @Test
    void noFixWhereBuildKitItselfReadsTheValue() {
        String arg = STAGE + "RUN echo $NPM_TOKEN\n";
        assertNoFix(arg + "COPY $NPM_TOKEN /x\n", ID);
        assertNoFix(arg + "ENV T=$NPM_TOKEN\n", ID);
        assertNoFix(arg + "LABEL t=${NPM_TOKEN}\n", ID);
        assertNoFix(arg + "ARG U=${NPM_TOKEN}\n", ID);
        assertNoFix(arg + "RUN --mount=type=secret,id=$NPM_TOKEN ls\n", ID);
        assertNoFix(arg + "COPY <<EOF /root/.npmrc\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nEOF\n", ID);
        // A quoted marker keeps the body as written: nothing reads the variable there.
        assertMountedOnLine3("RUN echo $NPM_TOKEN\nCOPY <<'EOF' /x\n$NPM_TOKEN\nEOF\n");
        assertNoFix("ARG NPM_TOKEN=" + TOKEN + "\nFROM node:${NPM_TOKEN}\nARG NPM_TOKEN\nRUN echo $NPM_TOKEN\n", ID);
        // Nothing reads it visibly (a tool may read the environment): there is no RUN to mount it on.
        assertNoFix(STAGE + "RUN npm ci\n", ID);
        // ENV values are baked into the image's configuration.
        assertNoFix(SYNTAX + "FROM node\nENV NPM_TOKEN=" + TOKEN + "\nRUN echo $NPM_TOKEN\n", ID);
    }

    @Test
    void runsOutsideTheArgsScopeAreLeftAlone() {
        // The second stage neither redeclares the global ARG nor inherits the stage one.
        assertFix(SYNTAX + "FROM node AS a\nARG NPM_TOKEN=" + TOKEN + "\nRUN echo $NPM_TOKEN\nFROM node\nRUN echo $NPM_TOKEN\n", ID,
                edit(2, 0, 3, 0, ""), edit(3, 3, 3, 3, MOUNT));
        // A stage built FROM the stage inherits its ARGs: its RUN reads the secret too.
        assertFix(SYNTAX + "FROM node AS a\nARG NPM_TOKEN=" + TOKEN + "\nFROM a\nRUN echo $NPM_TOKEN\n", ID,
                edit(2, 0, 3, 0, ""), edit(4, 3, 4, 3, MOUNT));
    }

    @Test
    void brokenInput() {
        assertMountedOnLine3("RUN echo $NPM_TOKEN \\");
        assertMountedOnLine3("RUN <<EOF\necho $NPM_TOKEN\n");
        assertNoFix(SYNTAX + "FROM node\nARG NPM_TOKEN=" + TOKEN, ID);
        assertNoFix("ARG NPM_TOKEN=" + TOKEN, ID);
    }
}
