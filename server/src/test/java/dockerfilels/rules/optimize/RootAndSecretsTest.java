package dockerfilels.rules.optimize;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;

import dockerfilels.syntax.Severity;
import org.junit.jupiter.api.Test;

/** FinalStageRunsAsRoot (DL3002) and SecretFileCopied. */
class RootAndSecretsTest {
    private static final String ROOT = "FinalStageRunsAsRoot";
    private static final String SECRET = "SecretFileCopied";
    private static final String NO_USER = "The final stage sets no USER, so the container runs as root";
    private static final String ROOT_USER = "The last USER is root, so the container runs as root";

    @Test
    void aFinalStageThatRunsSomethingWithoutUser() {
        assertRule(ROOT, "FROM alpine:3\nCMD [\"app\"]\n", d(0, 5, 0, 13, Severity.INFORMATION, ROOT, NO_USER));
        assertFix("FROM alpine:3\nCOPY app /app\n  CMD [\"app\"]\n", ROOT, edit(2, 0, 2, 0, "  USER nobody\n"));
        assertFix("FROM gcr.io/distroless/base-debian12\nENTRYPOINT [\"/app\"]\n", ROOT, edit(1, 0, 1, 0, "USER nonroot\n"));
        assertFix("FROM node:20\nCMD node app.js\n", ROOT, edit(1, 0, 1, 0, "USER node\n"));
        assertFix("from scratch\ncmd [\"/app\"]\n", ROOT, edit(1, 0, 1, 0, "user 65534:65534\n"));
    }

    @Test
    void anExplicitRootUserLastIsDl3002() {
        String source = "FROM alpine:3\nUSER app\nCMD [\"app\"]\nUSER root:root\n";
        assertRule(ROOT, source, d(3, 5, 3, 14, Severity.INFORMATION, ROOT, ROOT_USER));
        assertFix(source, ROOT, edit(3, 14, 3, 14, "\nUSER nobody"));
        assertNone(ROOT, "# hadolint global ignore=DL3002\n" + source);
        assertRule(ROOT, "FROM alpine:3 AS base\nUSER 0\nFROM base\nRUN ls\n", d(1, 5, 1, 6, Severity.INFORMATION, ROOT, ROOT_USER));
    }

    @Test
    void nonRootUsersBaseImagesAndBuildStagesAreFine() {
        assertNone(ROOT, "FROM alpine:3\nUSER app\nCMD [\"app\"]\n");
        assertNone(ROOT, "FROM alpine:3 AS base\nUSER 1000:1000\nFROM base\nCMD [\"app\"]\n");
        assertNone(ROOT, "FROM alpine:3 AS build\nUSER root\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /a /a\n");
        assertNone(ROOT, "FROM gcr.io/distroless/static-debian12:nonroot\nCMD [\"/app\"]\n");
        assertNone(ROOT, "FROM debian:12\nRUN apt-get update\n");
        assertNone(ROOT, "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD [\"app.exe\"]\n");
        assertNone(ROOT, "FROM alpine\nUSER\nCMD x\n".replace("USER\n", "USER ${U}\n"));
    }

    @Test
    void credentialsFilesCopiedIntoTheImage() {
        assertRule(SECRET, "FROM node:20\nCOPY .npmrc package.json ./\n", d(1, 5, 1, 11, Severity.WARNING, SECRET,
                "COPY puts .npmrc into the image, where anyone who pulls it can read it; use RUN --mount=type=secret instead"));
        assertRule(SECRET, "FROM alpine\nADD --chown=a home/.ssh/id_ed25519 /root/.ssh/\n", d(1, 14, 1, 34, Severity.WARNING, SECRET,
                "ADD puts home/.ssh/id_ed25519 into the image, where anyone who pulls it can read it; use RUN --mount=type=secret instead"));
        assertRule(SECRET, "FROM alpine\nCOPY [\".env.production\", \"/app/\"]\n", d(1, 6, 1, 23, Severity.WARNING, SECRET,
                "COPY puts .env.production into the image, where anyone who pulls it can read it; use RUN --mount=type=secret instead"));
        assertRule(SECRET, "FROM alpine\nCOPY --from=build /root/.docker/config.json /x\n", d(1, 18, 1, 43, Severity.WARNING, SECRET,
                "COPY puts /root/.docker/config.json into the image, where anyone who pulls it can read it; use RUN --mount=type=secret instead"));
    }

    @Test
    void ordinaryFilesAndTemplatesAreFine() {
        assertNone(SECRET, "FROM alpine\nCOPY .env.example package.json ./\n");
        assertNone(SECRET, "FROM alpine\nCOPY environment.yml .npmrc.d/readme ./\n");
        assertNone(SECRET, "FROM alpine\nADD https://example.com/.env /x\n");
        assertNone(SECRET, "FROM alpine\nCOPY <<EOF /root/.npmrc\nregistry=x\nEOF\n");
        assertNone(SECRET, "FROM alpine\nCOPY .npmrc\n");
    }

    private static final String VALUE = "SecretValueInArgOrEnv";

    @Test
    void credentialsWrittenAsValues() {
        assertRule(VALUE, "FROM alpine\nENV REPO=x PAT=ghp_0123456789abcdefghijABCDEFGHIJ012345\n", d(1, 15, 1, 55, Severity.WARNING, VALUE,
                "ENV PAT holds a GitHub token, readable in the repository and the image; pass it as a build secret instead"));
        assertRule(VALUE, "FROM alpine\nARG ID=AKIAIOSFODNN7EXAMPLE\n", d(1, 4, 1, 27, Severity.WARNING, VALUE,
                "ARG ID holds an AWS access key, readable in the repository and the image; pass it as a build secret instead"));
        assertRule(VALUE, "FROM alpine\nENV DB=postgres://app:s3cr3t@db/app\n", d(1, 7, 1, 35, Severity.WARNING, VALUE,
                "ENV DB holds a password in a URL, readable in the repository and the image; pass it as a build secret instead"));
    }

    @Test
    void variablesPlaceholdersAndOrdinaryValuesAreFine() {
        assertNone(VALUE, "FROM alpine\nENV DB=postgres://app:$PASSWORD@db/app URL=https://example.com/a:b\n");
        assertNone(VALUE, "FROM alpine\nENV DB=postgres://user:password@db/app\nARG TOKEN\nARG KEY=${KEY}\n");
        assertNone(VALUE, "FROM alpine\nENV GHP=ghp_short PATH=/usr/bin:/bin\n");
    }
}
