package dockerfilels.rules.practice;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;

import dockerfilels.settings.LintSettings;
import dockerfilels.settings.RuleLevel;
import dockerfilels.syntax.Severity;
import dockerfilels.testing.LintAssertions.Setup;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hadolint practices outside RUN: DL3006, DL3007, DL3021, DL3044, DL3045, DL3057, DL3061. */
class PracticeRulesTest {
    private static final String UNTAGGED = "UntaggedImage";
    private static final String LATEST = "LatestTag";
    private static final String MULTI = "CopyMultipleSourcesToFile";
    private static final String ENV = "EnvSelfReference";
    private static final String RELATIVE = "CopyRelativeDestinationWithoutWorkdir";
    private static final String HEALTH = "MissingHealthcheck";
    private static final String ORDER = "InstructionBeforeFrom";

    /** The version-pinning rules are off by default: these tests turn them on. */
    private static final Setup PINNING = Setup.DEFAULT.with(new LintSettings(
            Map.of("DL3006", RuleLevel.INFO, "DL3007", RuleLevel.INFO), Map.of(), null));

    @Test
    void untaggedImages() {
        assertRule(UNTAGGED, "FROM debian AS a\nFROM a\nFROM ubuntu@sha256:" + "a".repeat(64) + "\n", PINNING,
                d(0, 5, 0, 11, Severity.INFORMATION, UNTAGGED, "FROM debian has no tag, so it builds from whatever 'latest' is; pin a tag"));
        assertRule(UNTAGGED, "ARG IMAGE=alpine\nFROM ${IMAGE}\n", PINNING,
                d(1, 5, 1, 13, Severity.INFORMATION, UNTAGGED, "FROM alpine has no tag, so it builds from whatever 'latest' is; pin a tag"));
        assertRule(UNTAGGED, "FROM debian\n", PINNING, d(0, 5, 0, 11, Severity.INFORMATION, UNTAGGED,
                "FROM debian has no tag, so it builds from whatever 'latest' is; pin a tag"));
    }

    @Test
    void stagesScratchVariablesAndTagsAreNotUntagged() {
        assertNone(UNTAGGED, "FROM scratch\nFROM debian:12\nFROM localhost:5000/img:1\n", PINNING);
        assertNone(UNTAGGED, "ARG IMAGE=alpine:3.20\nFROM ${IMAGE}\n", PINNING);
        assertNone(UNTAGGED, "ARG IMAGE\nFROM ${IMAGE}\n", PINNING);
        assertNone(UNTAGGED, "ARG V=linux\nFROM alpine:3 AS base-linux\nFROM base-${V}\n", PINNING);
        assertNone(UNTAGGED, "FROM\n", PINNING);
        assertNone(UNTAGGED, "FROM debian\n");
        assertNone(LATEST, "FROM debian:latest\n");
    }

    @Test
    void latestTag() {
        assertRule(LATEST, "FROM node:latest\nFROM node:latest@sha256:" + "b".repeat(64) + "\nFROM node:20\n", PINNING,
                d(0, 5, 0, 16, Severity.INFORMATION, LATEST, "FROM node:latest uses the moving tag 'latest'; pin a version"));
        assertRule(LATEST, "ARG TAG=latest\nFROM node:$TAG\n", PINNING,
                d(1, 5, 1, 14, Severity.INFORMATION, LATEST, "FROM node:latest uses the moving tag 'latest'; pin a version"));
        assertNone(LATEST, "FROM localhost:5000/latest\n", PINNING);
    }

    @Test
    void severalSourcesIntoAFile() {
        String source = "FROM alpine\nCOPY a b /app\n";
        assertRule(MULTI, source, d(1, 9, 1, 13, Severity.WARNING, MULTI, "COPY with more than one source needs a destination folder ending in /"));
        assertFix(source, MULTI, edit(1, 13, 1, 13, "/"));
        assertRule(MULTI, "FROM alpine\nADD a b c\n",
                d(1, 8, 1, 9, Severity.WARNING, MULTI, "ADD with more than one source needs a destination folder ending in /"));
        assertNone(MULTI, "FROM alpine\nCOPY a b /app/\nCOPY a b .\nCOPY a b $DEST\nCOPY a /app\nCOPY [\"a\", \"b\", \"c/\"]\n");
        assertNone(MULTI, "FROM alpine\nCOPY a\n");
    }

    @Test
    void envReferringToItself() {
        String source = "FROM alpine\nENV DIR=/opt BIN=$DIR/bin\n";
        assertRule(ENV, source, d(1, 17, 1, 21, Severity.WARNING, ENV,
                "$DIR is set in this same ENV, which does not see it yet; set it in an earlier ENV"));
        assertFix(source, ENV, edit(1, 12, 1, 13, "\nENV "));
        assertRule(ENV, "FROM alpine\nENV A=1 \\\n    B=${A:-x}\n", d(2, 6, 2, 13, Severity.WARNING, ENV,
                "$A is set in this same ENV, which does not see it yet; set it in an earlier ENV"));
        assertNoFix("FROM alpine\nENV A=1 \\\n    B=${A:-x}\n", ENV);
    }

    @Test
    void envSeeingAnEarlierValueIsFine() {
        assertNone(ENV, "FROM alpine\nENV DIR=/opt\nENV DIR=/usr BIN=$DIR/bin\n");
        assertNone(ENV, "FROM alpine\nARG DIR=/opt\nENV DIR=$DIR BIN=$DIR/bin\n");
        assertNone(ENV, "FROM alpine\nENV A=1 B='$A' C=\\$A\n");
        assertNone(ENV, "FROM alpine\nENV A 1 $A\n");
    }

    @Test
    void relativeCopyWithoutWorkdir() {
        assertRule(RELATIVE, "FROM alpine:3\nCOPY app.sh bin/\nWORKDIR /app\nCOPY x .\n",
                d(1, 12, 1, 16, Severity.INFORMATION, RELATIVE, "COPY to the relative destination bin/ without a WORKDIR depends on the base image's working folder"));
        assertRule(RELATIVE, "FROM alpine:3\nCOPY [\"a\", \"b/\"]\n", d(1, 11, 1, 15, Severity.INFORMATION, RELATIVE,
                "COPY to the relative destination b/ without a WORKDIR depends on the base image's working folder"));
        assertNone(RELATIVE, "FROM alpine:3 AS base\nWORKDIR /app\nFROM base\nCOPY x .\n");
        assertNone(RELATIVE, "FROM alpine:3\nCOPY a /a\nCOPY b $HOME/b\nCOPY c C:\\\\c\nCOPY d\n");
    }

    @Test
    void missingHealthcheckIsOffByDefault() {
        String source = "FROM nginx:1\nFROM nginx:1\nCMD x\n";
        assertNone(HEALTH, source);
        Setup on = Setup.DEFAULT.with(new LintSettings(Map.of("DL3057", RuleLevel.WARNING), Map.of(), null));
        assertRule(HEALTH, source, on, d(1, 5, 1, 12, Severity.WARNING, HEALTH, "The final stage has no HEALTHCHECK"));
        assertNone(HEALTH, "FROM nginx:1 AS base\nHEALTHCHECK CMD x\nFROM base\n", on);
        assertNone(HEALTH, "FROM nginx:1\nHEALTHCHECK NONE\n", on);
        Setup category = Setup.DEFAULT.with(new LintSettings(Map.of(), Map.of("best-practice", RuleLevel.WARNING), null));
        assertNone(HEALTH, source, category);
    }

    @Test
    void instructionsBeforeTheFirstFrom() {
        assertRule(ORDER, "# c\nARG A\nENV B=1\nFROM alpine\nRUN x\n",
                d(2, 0, 2, 3, Severity.ERROR, ORDER, "no build stage in current context"));
        assertRule(ORDER, "RUN x\nFOO\n", d(0, 0, 0, 3, Severity.ERROR, ORDER, "no build stage in current context"));
        assertNone(ORDER, "ARG A\nFROM alpine\nENV B=1\n");
    }

    @Test
    void hadolintCodesSilenceTheRules() {
        assertNone(UNTAGGED, "# hadolint ignore=DL3006\nFROM debian\n", PINNING);
        assertNone(LATEST, "# hadolint ignore=DL3007\nFROM debian:latest\n", PINNING);
        assertNone(MULTI, "FROM alpine\n# hadolint ignore=DL3021\nCOPY a b c\n");
        assertNone(ENV, "FROM alpine\n# hadolint ignore=DL3044\nENV A=1 B=$A\n");
        assertNone(RELATIVE, "FROM alpine\n# hadolint ignore=DL3045\nCOPY a b\n");
        assertNone(ORDER, "# hadolint ignore=DL3061\nENV A=1\nFROM alpine\n");
    }
}
