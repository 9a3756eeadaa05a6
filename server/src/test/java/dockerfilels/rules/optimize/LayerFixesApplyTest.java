package dockerfilels.rules.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.features.Fixes;
import dockerfilels.rules.Finding;
import dockerfilels.rules.LintResult;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.testing.LintAssertions;
import org.junit.jupiter.api.Test;

/**
 * Each rule's fix, applied to the text, gives a Dockerfile that still parses without errors and that
 * the rule no longer reports: the fixes keep continuations, heredocs and indentation working.
 */
class LayerFixesApplyTest {

    /** Applies the first finding's fix of {@code rule} and returns the new text. */
    private static String fixed(String source, String rule) {
        Finding finding = LintAssertions.lint(source).findings().stream().map(LintResult.Reported::finding)
                .filter(f -> f.rule().id().equals(rule)).findFirst().orElseThrow(() -> new AssertionError(rule + " found nothing"));
        return Fixes.apply(source, finding.fix().edits());
    }

    private static void assertFixed(String source, String rule, String expected) {
        String text = fixed(source, rule);
        assertEquals(expected, text);
        assertTrue(Dockerfile.parse(text).diagnostics().isEmpty(), () -> "syntax errors after the fix:\n" + text);
        assertTrue(LintAssertions.lint(text).diagnostics().stream().noneMatch(d -> d.code().equals(rule)),
                () -> rule + " still fires after its fix:\n" + text);
    }

    @Test
    void aptListsRemovedOnTheirOwnLine() {
        assertFixed("FROM debian\nRUN apt-get update \\\n    && apt-get install -y \\\n       curl \\\n    # tools\n    && echo ok\n",
                "AptListsInLayer",
                "FROM debian\nRUN apt-get update \\\n    && apt-get install -y \\\n       curl \\\n    && rm -rf /var/lib/apt/lists/* \\\n"
                        + "    # tools\n    && echo ok\n");
        assertFixed("FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n", "AptListsInLayer",
                "FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl && rm -rf /var/lib/apt/lists/*\nEOF\n");
    }

    @Test
    void flagsAndCleanups() {
        assertFixed("FROM alpine\nRUN apk add curl\n", "ApkCacheInLayer", "FROM alpine\nRUN apk add --no-cache curl\n");
        assertFixed("FROM python:3\nRUN pip install x && pip3 install y\n", "PipCacheInLayer",
                "FROM python:3\nRUN pip install --no-cache-dir x && pip3 install --no-cache-dir y\n");
        assertFixed("FROM node\nRUN yarn install; echo done\n", "YarnCacheInLayer",
                "FROM node\nRUN yarn install && yarn cache clean; echo done\n");
        assertFixed("FROM fedora\nRUN dnf install -y tar \\\n && dnf install -y git\n", "DnfCacheInLayer",
                "FROM fedora\nRUN dnf install -y tar \\\n && dnf install -y git \\\n && dnf clean all\n");
    }

    @Test
    void cacheMountAndCgo() {
        assertFixed("# syntax=docker/dockerfile:1\nFROM golang\nRUN go mod download\n", "MissingCacheMount",
                "# syntax=docker/dockerfile:1\nFROM golang\n"
                        + "RUN --mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod go mod download\n");
        assertFixed("FROM golang AS b\nRUN go build -o /app .\nFROM scratch\nCOPY --from=b /app /app\n", "CgoBinaryInStaticImage",
                "FROM golang AS b\nRUN CGO_ENABLED=0 go build -o /app .\nFROM scratch\nCOPY --from=b /app /app\n");
    }

    @Test
    void aptCacheMountThatKeepsItsDownloads() {
        assertFixed("# syntax=docker/dockerfile:1\nFROM debian\nRUN apt-get update \\\n    && apt-get install -y curl\n",
                "MissingCacheMount", "# syntax=docker/dockerfile:1\nFROM debian\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked"
                        + " --mount=type=cache,target=/var/lib/apt,sharing=locked rm -f /etc/apt/apt.conf.d/docker-clean; echo"
                        + " 'Binary::apt::APT::Keep-Downloaded-Packages \"true\";' > /etc/apt/apt.conf.d/keep-cache \\\n"
                        + "    && apt-get update \\\n    && apt-get install -y curl\n");
    }

    @Test
    void manifestsFirst() {
        // The later install stays (it then finds everything installed), so only the order changes.
        String text = fixed("FROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci \\\n  --omit=dev\n", "CopyAllBeforeDependencyInstall");
        assertEquals("FROM node\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci \\\n  --omit=dev\nCOPY . .\nRUN npm ci \\\n  --omit=dev\n", text);
        assertTrue(Dockerfile.parse(text).diagnostics().isEmpty());
        assertTrue(LintAssertions.lint(text).diagnostics().stream().noneMatch(d -> d.code().equals("CopyAllBeforeDependencyInstall")));
    }
}
