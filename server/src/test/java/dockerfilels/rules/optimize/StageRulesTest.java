package dockerfilels.rules.optimize;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;

import dockerfilels.syntax.Severity;
import org.junit.jupiter.api.Test;

/** UnusedStage, NumericStageReference, WholeStageCopied. */
class StageRulesTest {
    private static final String UNUSED = "UnusedStage";
    private static final String NUMERIC = "NumericStageReference";
    private static final String WHOLE = "WholeStageCopied";

    @Test
    void aStageTheFinalStageNeverReachesIsUnused() {
        assertRule(UNUSED, "FROM alpine AS a\nRUN x\n\nFROM alpine AS b\nRUN y\nFROM scratch\nCOPY --from=b /y /y\n",
                d(0, 0, 1, 5, Severity.HINT, UNUSED, "Stage 'a' is not used by the final stage or an image with CMD or ENTRYPOINT (unless built with --target)"));
        assertRule(UNUSED, "FROM alpine\nFROM scratch\n", d(0, 0, 0, 11, Severity.HINT, UNUSED, "Stage 0 is not used by the final stage or an image with CMD or ENTRYPOINT"));
        // used only by an unused stage: unused too
        assertRule(UNUSED, "FROM alpine AS a\nFROM a AS b\nFROM scratch\n",
                d(0, 0, 0, 16, Severity.HINT, UNUSED, "Stage 'a' is not used by the final stage or an image with CMD or ENTRYPOINT (unless built with --target)"),
                d(1, 0, 1, 11, Severity.HINT, UNUSED, "Stage 'b' is not used by the final stage or an image with CMD or ENTRYPOINT (unless built with --target)"));
    }

    @Test
    void aStageWithCmdOrEntrypointIsATargetAndUsesWhatItNeeds() {
        // a file of several services: each runnable stage is built with --target
        assertNone(UNUSED, "FROM golang AS build\nRUN go build\nFROM alpine AS api\nCOPY --from=build /a /a\nCMD [\"/a\"]\n"
                + "FROM alpine AS worker\nENTRYPOINT [\"/w\"]\n");
        assertRule(UNUSED, "FROM alpine AS tools\nRUN make\nFROM alpine AS api\nCMD [\"/a\"]\nFROM scratch\n",
                d(0, 0, 1, 8, Severity.HINT, UNUSED,
                        "Stage 'tools' is not used by the final stage or an image with CMD or ENTRYPOINT (unless built with --target)"));
    }

    @Test
    void stagesUsedThroughFromCopyOrMountAreUsed() {
        assertNone(UNUSED, "FROM alpine AS a\nFROM a AS b\nFROM b\n");
        assertNone(UNUSED, "FROM alpine AS a\nFROM alpine\nCOPY --from=0 /x /x\n");
        assertNone(UNUSED, "FROM alpine AS a\nFROM alpine\nRUN --mount=type=bind,from=a,target=/a ls /a\n");
        assertNone(UNUSED, "ARG V=linux\nFROM alpine AS base-linux\nFROM base-${V}\n");
        // a --from with a variable could use any stage
        assertNone(UNUSED, "FROM alpine AS a\nFROM alpine\nCOPY --from=${X} /x /x\n");
        assertNone(UNUSED, "FROM alpine\n");
    }

    @Test
    void numericFromWhereTheStageHasAName() {
        String source = "FROM golang AS build\nFROM scratch\nCOPY --from=0 /app /app\n";
        assertRule(NUMERIC, source, d(2, 12, 2, 13, Severity.INFORMATION, NUMERIC, "Stage 0 has a name: refer to it as 'build'"));
        assertFix(source, NUMERIC, edit(2, 12, 2, 13, "build"));
        String mount = "FROM golang AS Build\nFROM alpine\nRUN --mount=type=bind,from=0,target=/b ls\n";
        assertRule(NUMERIC, mount, d(2, 27, 2, 28, Severity.INFORMATION, NUMERIC, "Stage 0 has a name: refer to it as 'Build'"));
        assertFix(mount, NUMERIC, edit(2, 27, 2, 28, "Build"));
        assertNoFix("FROM golang AS build\nFROM scratch\nCOPY --from=\"0\" /app /app\n", NUMERIC);
    }

    @Test
    void numericFromOfAnUnnamedStageOrANameIsFine() {
        assertNone(NUMERIC, "FROM golang\nFROM scratch\nCOPY --from=0 /app /app\n");
        assertNone(NUMERIC, "FROM golang AS build\nFROM scratch\nCOPY --from=build /app /app\n");
        assertNone(NUMERIC, "FROM golang AS build\nFROM scratch\nCOPY --from=7 /app /app\n");
        assertNone(NUMERIC, "FROM golang AS build\nFROM scratch\nCOPY --from= /app /app\n");
    }

    @Test
    void copyingAWholeBuildStage() {
        assertRule(WHOLE, "FROM golang:1.22 AS build\nWORKDIR /src\nRUN go build\nFROM scratch\nCOPY --from=build /src/ /src\n",
                d(4, 18, 4, 23, Severity.INFORMATION, WHOLE, "COPY takes the whole working folder /src of stage 'build' into the"
                        + " final image, with sources and build files; copy only the artifacts"));
        assertRule(WHOLE, "FROM debian:12 AS build\nRUN make\nFROM debian:12-slim\nCOPY --from=build / /\n",
                d(3, 18, 3, 19, Severity.INFORMATION, WHOLE, "COPY takes the whole filesystem of stage 'build' into the"
                        + " final image, with sources and build files; copy only the artifacts"));
    }

    @Test
    void copyingArtifactsOrAnArtifactStageIsFine() {
        assertNone(WHOLE, "FROM golang:1.22 AS build\nWORKDIR /src\nRUN go build -o app\nFROM scratch\nCOPY --from=build /src/app /app\n");
        assertNone(WHOLE, "FROM scratch AS binaries\nCOPY app /\nFROM alpine\nCOPY --from=binaries / /usr/bin/\n");
        // squashing a runtime stage into one layer
        assertNone(WHOLE, "FROM gcr.io/distroless/base-debian12 AS runtime\nCOPY app /app\nFROM scratch\nCOPY --from=runtime / /\n");
        assertNone(WHOLE, "FROM node:20 AS build\nWORKDIR /app\nRUN npm ci\nFROM node:20-slim\nCOPY --from=build /app /app\n");
        assertNone(WHOLE, "FROM golang:1.22 AS build\nWORKDIR /src\nFROM build AS test\nFROM alpine\nCOPY --from=golang:1.22 / /\n");
    }
}
