package dockerfilels.rules.buildkit;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;

import dockerfilels.syntax.Severity;
import org.junit.jupiter.api.Test;

/** UndefinedArgInFrom, RedundantTargetPlatform, FromPlatformFlagConstDisallowed, InvalidDefaultArgInFrom. */
class FromRulesTest {
    private static final String UNDEFINED = "UndefinedArgInFrom";
    private static final String REDUNDANT = "RedundantTargetPlatform";
    private static final String CONST = "FromPlatformFlagConstDisallowed";
    private static final String INVALID = "InvalidDefaultArgInFrom";

    @Test
    void undefinedArgInFromFiresOnTheReference() {
        assertRule(UNDEFINED, "ARG tag=latest\nFROM busybox:${tag}${version} AS b\n",
                d(1, 19, 1, 29, Severity.WARNING, UNDEFINED, "FROM argument 'version' is not declared"));
        assertRule(UNDEFINED, "FROM --platform=$BULIDPLATFORM scratch\n", d(0, 16, 0, 30, Severity.WARNING, UNDEFINED,
                "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)"));
        assertRule(UNDEFINED, "ARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\n", d(1, 22, 1, 31, Severity.WARNING,
                UNDEFINED, "FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)"));
    }

    @Test
    void undefinedArgInFromAcceptsGlobalAndPlatformArgs() {
        assertNone(UNDEFINED, "ARG base=scratch\nFROM $base\n");
        assertNone(UNDEFINED, "FROM --platform=$BUILDPLATFORM scratch\n");
        assertNone(UNDEFINED, "ARG DEBUG\nFROM scratch${DEBUG}\n");
        assertNone(UNDEFINED, "FROM alpine:${TARGETARCH}\n");
        assertRule(UNDEFINED, "FROM alpine\nARG v=1\nFROM alpine:$v\n",
                d(2, 12, 2, 14, Severity.WARNING, UNDEFINED, "FROM argument 'v' is not declared"));
    }

    @Test
    void undefinedArgInFromFixesTheName() {
        assertFix("FROM --platform=$BULIDPLATFORM scratch\n", UNDEFINED, edit(0, 17, 0, 30, "BUILDPLATFORM"));
        assertNoFix("FROM busybox:$version\n", UNDEFINED);
    }

    @Test
    void redundantTargetPlatform() {
        assertRule(REDUNDANT, "FROM --platform=$TARGETPLATFORM scratch\n", d(0, 16, 0, 31, Severity.WARNING, REDUNDANT,
                "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior"));
        assertRule(REDUNDANT, "FROM --platform=${TARGETPLATFORM} scratch\n", d(0, 16, 0, 33, Severity.WARNING, REDUNDANT,
                "Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior"));
        assertNone(REDUNDANT, "FROM --platform=$BUILDPLATFORM scratch\n");
        assertNone(REDUNDANT, "FROM --platform=${TARGETPLATFORM}$TARGETVARIANT scratch\n");
        assertNone(REDUNDANT, "FROM --platform=${TARGETPLATFORM%/*} scratch\n");
        assertNone(REDUNDANT, "# check=skip=RedundantTargetPlatform\nFROM --platform=$TARGETPLATFORM scratch\n");
    }

    @Test
    void redundantTargetPlatformFixRemovesTheFlag() {
        assertFix("FROM --platform=$TARGETPLATFORM alpine AS a\n", REDUNDANT, edit(0, 5, 0, 32, ""));
        assertFix("FROM  --platform=$TARGETPLATFORM   alpine\n", REDUNDANT, edit(0, 6, 0, 35, ""));
        assertFix("FROM --platform=$TARGETPLATFORM \\\n  alpine\n", REDUNDANT, edit(0, 4, 0, 31, ""));
        assertFix("FROM --pull=always --platform=$TARGETPLATFORM \\\n  alpine\n", REDUNDANT, edit(0, 18, 0, 45, ""));
    }

    @Test
    void constantPlatform() {
        assertRule(CONST, "FROM --platform=linux/amd64 scratch\n", d(0, 16, 0, 27, Severity.WARNING, CONST,
                "FROM --platform flag should not use constant value \"linux/amd64\""));
        assertNone(CONST, "FROM --platform=linux/amd64 scratch AS my_amd64_stage\n");
        assertNone(CONST, "FROM --platform=linux/amd64 scratch AS linux\n");
        assertNone(CONST, "FROM --platform=$BUILDPLATFORM scratch\n");
        assertNone(CONST, "FROM --platform=not/a/valid/platform scratch\n");
        assertRule(CONST, "FROM --platform=arm64 scratch AS Build\n", d(0, 16, 0, 21, Severity.WARNING, CONST,
                "FROM --platform flag should not use constant value \"arm64\""));
        assertNone(CONST, "FROM --platform=aarch64 scratch AS build-arm64\n");
    }

    @Test
    void invalidDefaultArgInFrom() {
        assertRule(INVALID, "ARG VERSION\nFROM busybox:$VERSION\n", d(1, 5, 1, 21, Severity.WARNING, INVALID,
                "Default value for ARG busybox:$VERSION results in empty or invalid base image name"));
        assertRule(INVALID, "ARG IMAGE\nFROM $IMAGE\n", d(1, 5, 1, 11, Severity.WARNING, INVALID,
                "Default value for ARG $IMAGE results in empty or invalid base image name"));
        assertRule(INVALID, "ARG SFX=\"box:\"\nFROM busy${SFX}\n", d(1, 5, 1, 15, Severity.WARNING, INVALID,
                "Default value for ARG busy${SFX} results in empty or invalid base image name"));
        assertNone(INVALID, "ARG VERSION=\"latest\"\nFROM busybox:${VERSION}\n");
        assertNone(INVALID, "ARG V=\"\"\nFROM busybox:stable${V}\n");
        assertNone(INVALID, "ARG V\nFROM busybox:stable${V}\n");
        assertNone(INVALID, "FROM alpine AS base\nFROM base\n");
        assertNone(INVALID, "FROM localhost:5000/a/b:1.0@sha256:" + "a".repeat(64) + "\n");
        assertNone(INVALID, "FROM golang:1.22-alpine${TARGETVARIANT}\n");
        assertRule(INVALID, "FROM Alpine\n", d(0, 5, 0, 11, Severity.WARNING, INVALID,
                "Default value for ARG Alpine results in empty or invalid base image name"));
    }
}
