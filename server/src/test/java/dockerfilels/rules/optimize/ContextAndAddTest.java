package dockerfilels.rules.optimize;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.rules.Fix;
import dockerfilels.rules.LintResult;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Severity;
import dockerfilels.testing.LintAssertions;
import dockerfilels.testing.LintAssertions.Setup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MissingDockerignore, MissingSyntaxDirective, AddRemoteWithoutChecksum, AddLocalFile (DL3020). */
class ContextAndAddTest {
    private static final String IGNORE = "MissingDockerignore";
    private static final String SYNTAX = "MissingSyntaxDirective";
    private static final String REMOTE = "AddRemoteWithoutChecksum";
    private static final String LOCAL = "AddLocalFile";
    private static final Setup EMPTY_CONTEXT = Setup.DEFAULT.withFiles(Map.of());

    private static Fix.NewFile createdFile(String source, Setup setup) {
        LintResult lint = LintAssertions.lint(source, setup);
        Fix fix = lint.findings().stream().filter(r -> r.finding().rule().id().equals(IGNORE)).findFirst().orElseThrow()
                .finding().fix();
        assertEquals(List.of(), fix.edits());
        assertEquals(false, fix.safe());
        assertEquals(1, fix.files().size());
        return fix.files().get(0);
    }

    @Test
    void copyingTheWholeContextWithoutDockerignore() {
        assertRule(IGNORE, "FROM node:20\nCOPY package.json ./\nCOPY . .\nADD ./ /x\n", EMPTY_CONTEXT,
                d(2, 5, 2, 6, Severity.INFORMATION, IGNORE, "COPY copies the whole build context, which has no .dockerignore"));
        Fix.NewFile file = createdFile("FROM node:20\nCOPY . .\n", EMPTY_CONTEXT);
        assertEquals(".dockerignore", file.path());
        assertEquals("# Keeps the build context small and secrets out of the image.\n.git\n**/node_modules\n**/.env\n**/.env.*\n"
                + "**/__pycache__\n**/*.pyc\n.venv\n**/target\n**/dist\n**/build\n**/*.log\n.idea\n.vscode\nDockerfile*\n.dockerignore\n",
                file.text());
    }

    @Test
    void theDockerignoreLeavesOutWhatTheDockerfileCopiesByNameAndGoesToTheBuildContext() {
        Setup setup = EMPTY_CONTEXT.with(new LintSettings(Map.of(), Map.of(), "../"));
        Fix.NewFile file = createdFile("FROM golang\nCOPY . .\nCOPY --from=x /go/bin /y\nCOPY target/app.jar dist/ /app/\n", setup);
        assertEquals("../.dockerignore", file.path());
        assertEquals("# Keeps the build context small and secrets out of the image.\n.git\n**/node_modules\n**/.env\n**/.env.*\n"
                + "**/__pycache__\n**/*.pyc\n.venv\n**/build\n**/*.log\n.idea\n.vscode\nDockerfile*\n.dockerignore\n", file.text());
    }

    @Test
    void aDockerignoreOrAnUnknownContextOrPartialCopiesAreFine() {
        assertNone(IGNORE, "FROM node:20\nCOPY . .\n", Setup.DEFAULT);
        assertNone(IGNORE, "FROM node:20\nCOPY . .\n", Setup.DEFAULT.withFiles(Map.of(".dockerignore", "")));
        assertNone(IGNORE, "FROM node:20\nCOPY src/ .\nCOPY --from=build . .\n", EMPTY_CONTEXT);
    }

    @Test
    void buildKitSyntaxWithoutTheDirective() {
        String source = "FROM alpine\nCOPY --link a /a\nRUN --mount=type=cache,target=/c ls\n";
        assertRule(SYNTAX, source, d(1, 5, 1, 11, Severity.INFORMATION, SYNTAX,
                "This file uses BuildKit syntax (COPY --link) but has no # syntax= directive naming the frontend that understands it"));
        assertFix(source, SYNTAX, edit(0, 0, 0, 0, "# syntax=docker/dockerfile:1\n"));
        assertRule(SYNTAX, "# escape=`\nFROM alpine\nRUN <<EOF\nls\nEOF\n", d(2, 4, 2, 9, Severity.INFORMATION, SYNTAX,
                "This file uses BuildKit syntax (a heredoc) but has no # syntax= directive naming the frontend that understands it"));
        assertRule(SYNTAX, "FROM alpine\nONBUILD ADD --checksum=sha256:abc https://x/y /y\n", d(1, 12, 1, 33, Severity.INFORMATION, SYNTAX,
                "This file uses BuildKit syntax (ADD --checksum) but has no # syntax= directive naming the frontend that understands it"));
    }

    @Test
    void theDirectiveOrClassicSyntaxIsFine() {
        assertNone(SYNTAX, "# syntax=docker/dockerfile:1.7-labs\nFROM alpine\nCOPY --parents a /a\n");
        assertNone(SYNTAX, "FROM alpine\nCOPY --chown=1 --from=x a /a\nRUN ls\n");
        assertNone(SYNTAX, "");
    }

    @Test
    void remoteAddWithoutChecksum() {
        assertRule(REMOTE, "FROM alpine\nARG V=1.2\nADD https://example.com/tool-${V}.tgz /tmp/\n", d(2, 4, 2, 37, Severity.INFORMATION,
                REMOTE, "ADD downloads https://example.com/tool-1.2.tgz without --checksum, so a changed file goes into the image unnoticed"));
        assertNone(REMOTE, "FROM alpine\nADD --checksum=sha256:0123 https://example.com/t.tgz /tmp/\n");
        assertNone(REMOTE, "FROM alpine\nADD https://github.com/moby/buildkit.git#v0.10.1 /src\n");
        assertNone(REMOTE, "FROM alpine\nADD $URL /tmp/\n");
        assertNone(REMOTE, "FROM alpine\nADD t.tgz /tmp/\n");
    }

    @Test
    void addOfLocalFilesIsDl3020() {
        assertRule(LOCAL, "FROM alpine\nADD config.yaml dir/ /etc/app/\n",
                d(1, 0, 1, 3, Severity.WARNING, LOCAL, "Use COPY instead of ADD for files and folders"));
        assertNone(LOCAL, "FROM alpine\n# hadolint ignore=DL3020\nADD a /a\n");
        assertFix("FROM alpine\nadd --chown=1 a /a\n", LOCAL, edit(1, 0, 1, 3, "copy"));
        assertNoFix("FROM alpine\nADD --unpack=false a /a\n", LOCAL);
        assertRule(LOCAL, "FROM alpine\nARG F=app.conf\nADD $F /a\n",
                d(2, 0, 2, 3, Severity.WARNING, LOCAL, "Use COPY instead of ADD for files and folders"));
    }

    @Test
    void addOfArchivesUrlsAndGitIsFine() {
        assertNone(LOCAL, "FROM alpine\nADD rootfs.tar.xz /\n");
        assertNone(LOCAL, "FROM alpine\nADD rootfs.tar.gz conf /\n");
        assertNone(LOCAL, "FROM alpine\nADD https://example.com/a /a\n");
        assertNone(LOCAL, "FROM alpine\nARG URL=https://example.com/a\nADD ${URL} /a\n");
        assertNone(LOCAL, "FROM alpine\nADD git@github.com:moby/buildkit.git /src\n");
        assertNone(LOCAL, "FROM alpine\nADD ${UNSET} /a\n");
        assertNone(LOCAL, "FROM alpine\nADD <<EOF /a\nx\nEOF\n");
        assertNone(LOCAL, "FROM alpine\nADD\n");
    }
}
