package dockerfilels.rules.optimize;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.rules.Fix;
import dockerfilels.rules.LintResult;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Severity;
import dockerfilels.testing.LintAssertions;
import org.junit.jupiter.api.Test;

class MissingCacheMountTest {
    private static final String ID = "MissingCacheMount";
    private static final String SYNTAX = "# syntax=docker/dockerfile:1\n";

    private static Diagnostic info(int line, int start, int end, String tool, String dirs) {
        return d(line, start, line, end, Severity.INFORMATION, ID,
                tool + " downloads again on every rebuild of this step: mount a cache on " + dirs);
    }

    @Test
    void pipWithoutAMount() {
        String source = SYNTAX + "FROM python:3\nRUN pip install flask\n";
        assertRule(ID, source, info(2, 4, 15, "pip", "/root/.cache/pip"));
        assertFix(source, ID, edit(2, 3, 2, 3, " --mount=type=cache,target=/root/.cache/pip"));
    }

    @Test
    void aptGetsBothFoldersLockedOncePerRun() {
        String source = SYNTAX + "FROM debian\nRUN apt-get update \\\n && apt-get install -y curl\n";
        assertRule(ID, source, info(2, 4, 18, "apt-get", "/var/cache/apt and /var/lib/apt"));
        assertFix(source, ID, edit(2, 3, 2, 3, APT_MOUNTS), edit(2, 4, 2, 4, KEEP + " \\\n && "));
    }

    private static final String APT_MOUNTS =
            " --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked";
    private static final String KEEP = "rm -f /etc/apt/apt.conf.d/docker-clean; "
            + "echo 'Binary::apt::APT::Keep-Downloaded-Packages \"true\";' > /etc/apt/apt.conf.d/keep-cache";

    @Test
    void aptKeepsItsDownloadsInTheRunsOwnStyle() {
        assertFix(SYNTAX + "FROM debian\nRUN apt-get update && apt-get install -y curl\n", ID, edit(2, 3, 2, 3, APT_MOUNTS),
                edit(2, 4, 2, 4, KEEP + " && "));
        // After && the two lines are chained with && too: a failure before them still stops the RUN.
        assertFix(SYNTAX + "FROM debian\nRUN set -eux \\\n    && DEBIAN_FRONTEND=noninteractive apt-get install -y curl\n", ID,
                edit(2, 3, 2, 3, APT_MOUNTS), edit(3, 7, 3, 7, KEEP.replace("; ", " && ") + " \\\n    && "));
        assertFix(SYNTAX + "FROM debian\nRUN <<EOF\nset -e\n  apt-get update\nEOF\n", ID, edit(2, 3, 2, 3, APT_MOUNTS),
                edit(4, 2, 4, 2, KEEP + " && "));
        assertFix(SYNTAX + "FROM debian\nRUN apt-get update \\\n\t&& apt-get install -y curl\n", ID,
                edit(2, 3, 2, 3, APT_MOUNTS), edit(2, 4, 2, 4, KEEP + " \\\n\t&& "));
        // Lines that end with && or with ; keep doing so.
        assertFix(SYNTAX + "FROM debian\nRUN apt-get update && \\\n    apt-get install -y curl\n", ID,
                edit(2, 3, 2, 3, APT_MOUNTS), edit(2, 4, 2, 4, KEEP + " && \\\n    "));
        assertFix(SYNTAX + "FROM debian\nRUN set -eux; \\\n\tapt-get update; \\\n\tapt-get install -y curl\n", ID,
                edit(2, 3, 2, 3, APT_MOUNTS), edit(3, 1, 3, 1, KEEP + "; \\\n\t"));
    }

    @Test
    void aptMountAloneWhereTheStageKeepsDownloadsOrThereIsNoSafePlace() {
        assertFix(SYNTAX + "FROM debian\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN apt-get update\n", ID, edit(3, 3, 3, 3, APT_MOUNTS));
        assertFix(SYNTAX + "FROM debian AS base\nRUN echo 'Binary::apt::APT::Keep-Downloaded-Packages \"1\";' > /etc/apt/apt.conf.d/k\n"
                + "FROM base\nRUN apt-get update\n", ID, edit(4, 3, 4, 3, APT_MOUNTS));
        assertFix(SYNTAX + "FROM debian\nRUN test -f /x || apt-get update\n", ID, edit(2, 3, 2, 3, APT_MOUNTS));
        assertFix(SYNTAX + "FROM debian\nRUN sh -c 'apt-get update'\n", ID, edit(2, 3, 2, 3, APT_MOUNTS));
        assertFix(SYNTAX + "FROM debian\nONBUILD RUN apt-get update\n", ID, edit(2, 11, 2, 11, APT_MOUNTS));
    }

    @Test
    void onlyTheMountAloneIsSafeForFixAll() {
        assertTrue(fix(SYNTAX + "FROM python:3\nRUN pip install flask\n").safe());
        assertTrue(fix(SYNTAX + "FROM debian\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN apt-get update\n").safe());
        Fix keep = fix(SYNTAX + "FROM debian\nRUN apt-get update\n");
        assertFalse(keep.safe());
        assertEquals("Add a cache mount for apt-get and keep the packages it downloads", keep.title());
    }

    private static Fix fix(String source) {
        return LintAssertions.lint(source).findings().stream().map(LintResult.Reported::finding)
                .filter(f -> f.rule().id().equals(ID)).findFirst().orElseThrow().fix();
    }

    @Test
    void eachToolOfARunOnce() {
        assertRule(ID, SYNTAX + "FROM node\nRUN npm ci && npm run build && go build ./...\n", info(2, 4, 10, "npm", "/root/.npm"),
                info(2, 31, 39, "go", "/root/.cache/go-build and /go/pkg/mod"));
    }

    @Test
    void onlyInFilesThatAlreadyUseBuildKit() {
        assertNone(ID, "FROM python:3\nRUN pip install flask\n");
        // A bind mount, a heredoc or COPY --link anywhere opts the file in.
        assertRule(ID, "FROM golang\nRUN --mount=type=bind,target=. go build ./...\n", info(1, 31, 39, "go",
                "/root/.cache/go-build and /go/pkg/mod"));
        assertFix("FROM golang\nRUN --mount=type=bind,target=. go build ./...\n", ID,
                edit(1, 3, 1, 3, " --mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod"));
        assertRule(ID, "FROM node\nRUN <<EOF\nnpm ci\nEOF\n", info(2, 0, 6, "npm", "/root/.npm"));
        assertRule(ID, "FROM node\nCOPY --link a b\nRUN npm ci\n", info(2, 4, 10, "npm", "/root/.npm"));
    }

    @Test
    void silentWhenAMountCoversTheCache() {
        assertNone(ID, SYNTAX + "FROM python:3\nRUN --mount=type=cache,target=/root/.cache pip install flask\n");
        assertNone(ID, SYNTAX + "FROM node\nRUN --mount=type=cache,target=/home/node/.npm npm ci\n");
        assertNone(ID, SYNTAX + "FROM node\nENV npm_config_cache=/npm\nRUN --mount=type=cache,target=/npm npm ci\n");
        assertNone(ID, SYNTAX + "FROM golang\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\n");
    }

    @Test
    void silentWhereAMountWouldKeepNothing() {
        assertNone(ID, SYNTAX + "FROM alpine\nRUN apk add --no-cache curl\n");
        assertNone(ID, SYNTAX + "FROM python:3\nRUN pip install --no-cache-dir flask\n");
        assertNone(ID, SYNTAX + "FROM python:3\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n");
        assertNone(ID, SYNTAX + "FROM rust\nRUN cargo build --offline\n");
        assertNone(ID, SYNTAX + "FROM debian\nRUN apt-get purge -y curl\n");
        assertNone(ID, SYNTAX + "FROM node\nRUN npm run build\n");
    }

    @Test
    void notUnderANonRootUserForCachesInRootsHome() {
        assertNone(ID, SYNTAX + "FROM node\nUSER node\nRUN npm ci\n");
        assertRule(ID, SYNTAX + "FROM node\nUSER node\nUSER root\nRUN npm ci\n", info(4, 4, 10, "npm", "/root/.npm"));
        // apt's cache is not in a home folder.
        assertRule(ID, SYNTAX + "FROM debian\nUSER 1000\nRUN apt-get update\n", info(3, 4, 18, "apt-get", "/var/cache/apt and /var/lib/apt"));
    }

    @Test
    void onbuildRunGetsTheMountAfterItsOwnKeyword() {
        String source = SYNTAX + "FROM python:3\nONBUILD RUN pip install flask\n";
        assertRule(ID, source, info(2, 12, 23, "pip", "/root/.cache/pip"));
        assertFix(source, ID, edit(2, 11, 2, 11, " --mount=type=cache,target=/root/.cache/pip"));
    }

    @Test
    void notInWindowsImages() {
        assertNone(ID, SYNTAX + "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN pip install flask\n");
    }

    @Test
    void brokenInput() {
        assertNone(ID, SYNTAX);
        assertNone(ID, SYNTAX + "RUN pip install x\n");
        assertRule(ID, SYNTAX + "FROM python\nRUN pip install 'x\n", info(2, 4, 15, "pip", "/root/.cache/pip"));
        assertNone(ID, SYNTAX + "FROM python\nRUN --mount\n");
    }
}
