package dockerfilels.rules.optimize;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;

import dockerfilels.syntax.Severity;
import org.junit.jupiter.api.Test;

/** The rules about package caches left in a layer: AptListsInLayer, ApkCacheInLayer, PipCacheInLayer, YarnCacheInLayer, Yum/Dnf/Zypper. */
class PackageCacheRulesTest {
    private static final String APT = "AptListsInLayer";
    private static final String APT_MESSAGE = "apt-get update leaves the package lists in this layer: remove /var/lib/apt/lists in the same RUN";
    private static final String APK = "ApkCacheInLayer";
    private static final String APK_MESSAGE = "apk add without --no-cache keeps the package index in /var/cache/apk in this layer";
    private static final String PIP = "PipCacheInLayer";
    private static final String PIP_MESSAGE = "pip install without --no-cache-dir keeps the downloaded packages in this layer";
    private static final String YARN = "YarnCacheInLayer";

    @Test
    void aptUpdateWithoutRemovingTheLists() {
        String source = "FROM debian\nRUN apt-get update && apt-get install -y curl\n";
        assertRule(APT, source, d(1, 4, 1, 18, Severity.INFORMATION, APT, APT_MESSAGE));
        assertFix(source, APT, edit(1, 45, 1, 45, " && rm -rf /var/lib/apt/lists/*"));
    }

    @Test
    void aptFixGoesOnItsOwnContinuationLineAfterTheLastAptCommand() {
        String source = "FROM debian\nRUN apt-get update \\\n    && apt-get install -y \\\n       curl \\\n    # the tools\n"
                + "    && echo done\n";
        assertRule(APT, source, d(1, 4, 1, 18, Severity.INFORMATION, APT, APT_MESSAGE));
        assertFix(source, APT, edit(3, 11, 3, 11, " \\\n    && rm -rf /var/lib/apt/lists/*"));
        String trailing = "FROM debian\nRUN apt-get update && \\\n\tapt-get install -y curl && \\\n\techo done\n";
        assertFix(trailing, APT, edit(2, 24, 2, 24, " \\\n\t&& rm -rf /var/lib/apt/lists/*"));
        String escape = "# escape=`\nFROM debian\nRUN apt-get update `\n  && apt-get install -y curl\n";
        assertFix(escape, APT, edit(3, 28, 3, 28, " `\n  && rm -rf /var/lib/apt/lists/*"));
    }

    @Test
    void aptInAHeredocScript() {
        String source = "FROM debian\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF\n";
        assertRule(APT, source, d(3, 0, 3, 14, Severity.INFORMATION, APT, APT_MESSAGE));
        assertFix(source, APT, edit(4, 23, 4, 23, " && rm -rf /var/lib/apt/lists/*"));
        assertNone(APT, "FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n");
    }

    @Test
    void aptIsFineWhenTheListsAreRemovedOrMounted() {
        assertNone(APT, "FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n");
        assertNone(APT, "FROM debian\nRUN apt-get update; apt-get install -y curl; rm -rf /var/lib/apt/lists\n");
        assertNone(APT, "FROM debian\nRUN apt-get update && apt-get install -y curl && apt-get distclean\n");
        assertNone(APT, "FROM debian\nRUN set -eux; apt-get update; apt-get install -y curl; rm -rf \"$LISTS\"\n");
        assertNone(APT, "FROM debian\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y x\n");
        assertNone(APT, "FROM debian\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y x\n");
        assertNone(APT, "FROM debian\nRUN apt-get install -y ./local.deb\n");
    }

    @Test
    void aRemovalBeforeTheUpdateOrAnotherFolderDoesNotCount() {
        assertRule(APT, "FROM debian\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y x\n",
                d(1, 35, 1, 49, Severity.INFORMATION, APT, APT_MESSAGE));
        assertRule(APT, "FROM debian\nRUN apt-get update && apt-get install -y x && rm -rf /tmp/*\n",
                d(1, 4, 1, 18, Severity.INFORMATION, APT, APT_MESSAGE));
        // A cache mount on the downloaded packages alone leaves the lists in the layer.
        assertRule(APT, "FROM debian\nRUN --mount=type=cache,target=/var/cache/apt apt-get update\n",
                d(1, 45, 1, 59, Severity.INFORMATION, APT, APT_MESSAGE));
        assertRule(APT, "FROM debian\nRUN sudo apt update\n",
                d(1, 9, 1, 19, Severity.INFORMATION, APT, "apt update leaves the package lists in this layer: remove /var/lib/apt/lists in the same RUN"));
    }

    @Test
    void stagesThatAreOnlyCopiedFromAreNotChecked() {
        assertNone(APT, "FROM debian AS build\nRUN apt-get update && apt-get install -y gcc\nFROM scratch\nCOPY --from=build /out /out\n");
        assertNone(APT, "FROM debian AS build\nRUN apt-get update\nFROM scratch\nCOPY --from=0 /out /out\n");
        // The base of the final stage ships its layers; so does a stage nothing uses (a --target).
        assertRule(APT, "FROM debian AS base\nRUN apt-get update\nFROM base\n", d(1, 4, 1, 18, Severity.INFORMATION, APT, APT_MESSAGE));
        assertRule(APT, "FROM debian AS dev\nRUN apt-get update\nFROM alpine\n", d(1, 4, 1, 18, Severity.INFORMATION, APT, APT_MESSAGE));
        // A stage reached only through a stage that is itself only copied from.
        assertNone(APT, "FROM debian AS base\nRUN apt-get update\nFROM base AS build\nRUN true\nFROM scratch\nCOPY --from=build / /\n");
        // --from through an ARG.
        assertNone(APT, "ARG S=build\nFROM debian AS build\nRUN apt-get update\nFROM scratch\nARG S\nCOPY --from=${S} /out /out\n");
    }

    @Test
    void onbuildRunIsChecked() {
        assertRule(APT, "FROM debian\nONBUILD RUN apt-get update\n", d(1, 12, 1, 26, Severity.INFORMATION, APT, APT_MESSAGE));
    }

    @Test
    void apkAddWithoutNoCache() {
        String source = "FROM alpine\nRUN apk add curl && apk add git\n";
        assertRule(APK, source, d(1, 4, 1, 11, Severity.INFORMATION, APK, APK_MESSAGE));
        assertFix(source, APK, edit(1, 11, 1, 11, " --no-cache"), edit(1, 27, 1, 27, " --no-cache"));
        assertNone(APK, "FROM alpine\nRUN apk add --no-cache curl\n");
        assertNone(APK, "FROM alpine\nRUN apk --no-cache add curl\n");
        assertNone(APK, "FROM alpine\nRUN apk add --no-network --virtual .deps $deps\n");
        assertNone(APK, "FROM alpine\nRUN apk add curl && rm -rf /var/cache/apk/*\n");
        assertNone(APK, "FROM alpine\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n");
        assertNone(APK, "FROM alpine\nRUN apk del curl\n");
    }

    @Test
    void pipInstallWithoutNoCacheDir() {
        String source = "FROM python:3\nRUN pip install -U pip \\\n && python3 -m pip install -r requirements.txt\n";
        assertRule(PIP, source, d(1, 4, 1, 15, Severity.WARNING, PIP, PIP_MESSAGE));
        assertFix(source, PIP, edit(1, 15, 1, 15, " --no-cache-dir"), edit(2, 26, 2, 26, " --no-cache-dir"));
        assertNone(PIP, "FROM python:3\nRUN pip install --no-cache-dir flask\n");
        assertNone(PIP, "FROM python:3\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n");
        assertNone(PIP, "FROM python:3\nARG PIP_NO_CACHE_DIR=off\nRUN pip install flask\n");
        assertNone(PIP, "FROM python:3\nRUN PIP_NO_CACHE_DIR=1 pip install flask\n");
        assertNone(PIP, "FROM python:3\nRUN export PIP_NO_CACHE_DIR=1 && pip install flask\n");
        assertNone(PIP, "FROM python:3\nRUN pip install flask && pip cache purge\n");
        assertNone(PIP, "FROM python:3\nRUN pip install flask && rm -rf /root/.cache\n");
        assertNone(PIP, "FROM python:3\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n");
        assertNone(PIP, "FROM python:3\nENV PIP_CACHE_DIR=/pip\nRUN --mount=type=cache,target=/pip pip install flask\n");
        assertNone(PIP, "FROM python:3\nRUN --mount=type=cache,target=/c pip install --cache-dir /c flask\n");
        assertNone(PIP, "FROM python:3\nRUN pip freeze\n");
    }

    @Test
    void pipWithAnArgWithoutValueStillFires() {
        assertRule(PIP, "FROM python:3\nARG PIP_NO_CACHE_DIR\nRUN pip install flask\n", d(2, 4, 2, 15, Severity.WARNING, PIP, PIP_MESSAGE));
    }

    @Test
    void yarnInstallWithoutCacheClean() {
        String source = "FROM node\nRUN yarn install --frozen-lockfile\n";
        assertRule(YARN, source, d(1, 4, 1, 16, Severity.INFORMATION, YARN,
                "yarn install leaves the yarn cache in this layer: run yarn cache clean in the same RUN"));
        assertFix(source, YARN, edit(1, 34, 1, 34, " && yarn cache clean"));
        assertRule(YARN, "FROM node\nRUN yarn\n", d(1, 4, 1, 8, Severity.INFORMATION, YARN,
                "yarn install leaves the yarn cache in this layer: run yarn cache clean in the same RUN"));
        assertNone(YARN, "FROM node\nRUN yarn install && yarn cache clean\n");
        assertNone(YARN, "FROM node\nRUN yarn --version && yarn add left-pad --dev\n");
        assertNone(YARN, "FROM node\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n");
        assertNone(YARN, "FROM node\nENV YARN_CACHE_FOLDER=/y\nRUN --mount=type=cache,target=/y yarn install\n");
    }

    @Test
    void yumDnfAndZypperWithoutClean() {
        assertRule("YumCacheInLayer", "FROM centos:7\nRUN yum install -y httpd\n", d(1, 4, 1, 15, Severity.WARNING,
                "YumCacheInLayer", "yum install leaves its cache in this layer: run yum clean all in the same RUN"));
        assertFix("FROM centos:7\nRUN yum install -y httpd\n", "YumCacheInLayer", edit(1, 24, 1, 24, " && yum clean all"));
        assertNone("YumCacheInLayer", "FROM centos:7\nRUN yum install -y httpd && yum clean all\n");
        assertNone("YumCacheInLayer", "FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum\n");

        assertRule("DnfCacheInLayer", "FROM ubi\nRUN microdnf install -y tar\n", d(1, 4, 1, 20, Severity.WARNING, "DnfCacheInLayer",
                "microdnf install leaves its cache in this layer: run microdnf clean all in the same RUN"));
        assertFix("FROM ubi\nRUN microdnf install -y tar\n", "DnfCacheInLayer", edit(1, 27, 1, 27, " && microdnf clean all"));
        assertNone("DnfCacheInLayer", "FROM fedora\nRUN dnf install -y tar && dnf clean all\n");
        assertNone("DnfCacheInLayer", "FROM fedora\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y tar\n");

        assertRule("ZypperCacheInLayer", "FROM opensuse\nRUN zypper -n in curl\n", d(1, 4, 1, 16, Severity.WARNING,
                "ZypperCacheInLayer", "zypper in leaves its cache in this layer: run zypper clean in the same RUN"));
        assertNone("ZypperCacheInLayer", "FROM opensuse\nRUN zypper -n in curl && zypper cc -a\n");
    }

    @Test
    void noFixWhereAppendingWouldChangeWhatRuns() {
        assertNoFix("FROM debian\nRUN apt-get update && apt-get install -y x || true\n", APT);
        assertNoFix("FROM debian\nRUN sh -c 'apt-get update && apt-get install -y x'\n", APT);
        assertNoFix("FROM debian\nRUN [\"apt-get\", \"update\"]\n", APT);
        assertNoFix("FROM debian\nRUN apt-get update | tee log\n", APT);
    }

    @Test
    void hadolintCodesNameTheRules() {
        assertNone(APT, "FROM debian\n# hadolint ignore=DL3009\nRUN apt-get update\n");
        assertNone(PIP, "FROM python\n# hadolint ignore=DL3042\nRUN pip install x\n");
        assertNone(APK, "FROM alpine\n# hadolint ignore=DL3019\nRUN apk add x\n");
    }

    @Test
    void brokenInput() {
        assertNone(APT, "");
        assertNone(APT, "RUN apt-get update\n");
        assertRule(APT, "FROM debian\nRUN apt-get update && apt-get install -y 'x\n", d(1, 4, 1, 18, Severity.INFORMATION, APT, APT_MESSAGE));
        assertNone(APK, "FROM alpine\nRUN --mount= apk\n");
        assertRule(APT, "FROM debian\nRUN <<EOF\napt-get update\n", d(2, 0, 2, 14, Severity.INFORMATION, APT, APT_MESSAGE));
    }
}
