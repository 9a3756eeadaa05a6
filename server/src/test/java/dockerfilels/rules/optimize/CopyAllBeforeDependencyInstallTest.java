package dockerfilels.rules.optimize;

import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.rules.Finding;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintResult;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Severity;
import dockerfilels.testing.LintAssertions;
import dockerfilels.testing.LintAssertions.Setup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyAllBeforeDependencyInstallTest {
    private static final String ID = "CopyAllBeforeDependencyInstall";

    private static Diagnostic warning(int line, int start, int end, String command, int copyLine, String tool) {
        return d(line, start, line, end, Severity.WARNING, ID, command + " runs after the whole context is copied (line " + copyLine
                + "): any source change reinstalls every dependency. Copy the " + tool + " manifests and install before copying the rest");
    }

    /** The fix of the rule's first finding with the build context holding {@code files} (null: a context that cannot be read). */
    private static Fix fix(String source, Map<String, String> files) {
        Setup setup = files == null ? Setup.DEFAULT : Setup.DEFAULT.withFiles(files);
        return LintAssertions.lint(source, setup).findings().stream().map(LintResult.Reported::finding)
                .filter(f -> f.rule().id().equals(ID)).findFirst().orElseThrow(() -> new AssertionError(ID + " found nothing")).fix();
    }

    private static void assertFixEdits(String source, Map<String, String> files, TextEdit... edits) {
        assertEquals(List.of(edits), fix(source, files).edits());
    }

    @Test
    void npmCiAfterCopyingEverything() {
        String source = "FROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci\n";
        assertRule(ID, source, warning(3, 4, 10, "npm ci", 3, "npm"));
        assertFixEdits(source, null, edit(2, 0, 2, 0, "COPY package*.json ./\nRUN npm ci\n"));
        assertFalse(fix(source, null).safe());
    }

    @Test
    void theBuildContextDecidesWhichManifestsAreCopied() {
        String source = "FROM node\nCOPY --chown=node:node . /app\nRUN yarn install --frozen-lockfile\n";
        assertFixEdits(source, Map.of("package.json", "{}", "yarn.lock", ""),
                edit(1, 0, 1, 0, "COPY --chown=node:node package.json yarn.lock /app/\nRUN yarn install --frozen-lockfile\n"));
        // The main manifest is not at the context root: the layout is not the one assumed.
        assertRule(ID, source, Setup.DEFAULT.withFiles(Map.of("yarn.lock", "")), warning(2, 4, 16, "yarn install", 2, "yarn"));
        assertNull(fix(source, Map.of("yarn.lock", "")));
    }

    @Test
    void aMultiLineInstallIsCopiedWithItsLines() {
        String source = "FROM python:3\nCOPY . /src\nRUN pip install --upgrade pip \\\n    && pip install -r requirements.txt\n";
        assertRule(ID, source, warning(3, 7, 18, "pip install", 2, "pip"));
        assertFixEdits(source, null,
                edit(1, 0, 1, 0, "COPY requirements*.txt /src/\nRUN pip install --upgrade pip \\\n    && pip install -r requirements.txt\n"));
    }

    @Test
    void patternsStayPatternsWhenTheContextIsRead() {
        String npm = "FROM node\nCOPY . .\nRUN npm ci\n";
        assertFixEdits(npm, Map.of("package.json", "{}", "package-lock.json", "{}"), edit(1, 0, 1, 0, "COPY package*.json ./\nRUN npm ci\n"));
        // A file the tool reads that the pattern misses is named beside it.
        assertFixEdits(npm, Map.of("package.json", "{}", "npm-shrinkwrap.json", "{}"),
                edit(1, 0, 1, 0, "COPY package*.json npm-shrinkwrap.json ./\nRUN npm ci\n"));
        // A lock file that is not there is left out: COPY fails on a missing file.
        assertFixEdits("FROM node\nCOPY . .\nRUN yarn\n", Map.of("package.json", "{}"), edit(1, 0, 1, 0, "COPY package.json ./\nRUN yarn\n"));
        assertFixEdits("FROM python\nCOPY . .\nRUN pip install -r requirements-prod.txt\n",
                Map.of("requirements-prod.txt", "-r requirements-base.txt\nflask\n", "requirements-base.txt", "click\n"),
                edit(1, 0, 1, 0, "COPY requirements*.txt ./\nRUN pip install -r requirements-prod.txt\n"));
    }

    @Test
    void copyPatternsMatchWithinOneFolder() {
        assertTrue(ManifestSources.globMatches("package*.json", "package-lock.json"));
        assertTrue(ManifestSources.globMatches("package*.json", "package.json"));
        assertTrue(ManifestSources.globMatches("build.gradle*", "build.gradle.kts"));
        assertFalse(ManifestSources.globMatches("package*.json", "package/x.json"));
        assertFalse(ManifestSources.globMatches("package*.json", "package.json5"));
        assertFalse(ManifestSources.globMatches("requirements*.txt", "requirements.in"));
    }

    @Test
    void manifestsInAFolderAreCopiedIntoThatFolder() {
        String source = "FROM python\nCOPY . /app\nRUN pip install -r reqs/prod.txt\n";
        assertFixEdits(source, null, edit(1, 0, 1, 0, "COPY reqs/prod.txt /app/reqs/\nRUN pip install -r reqs/prod.txt\n"));
        // The files a requirements file includes come too, relative to it.
        assertFixEdits(source, Map.of("reqs/prod.txt", "--requirement base.txt\n-c ../up.txt\n", "reqs/base.txt", "x\n", "up.txt", ""),
                edit(1, 0, 1, 0, "COPY reqs/prod.txt reqs/base.txt /app/reqs/\nRUN pip install -r reqs/prod.txt\n"));
        assertFixEdits("FROM python\nCOPY . .\nRUN pip install -r requirements.txt -r tools/dev.txt\n", null,
                edit(1, 0, 1, 0, "COPY requirements*.txt ./\nCOPY tools/dev.txt ./tools/\nRUN pip install -r requirements.txt -r tools/dev.txt\n"));
    }

    @Test
    void baseStagesCount() {
        // The copy is in the stage the install's stage is built on: the manifests go before it, there.
        String source = "FROM node AS deps\nWORKDIR /app\nCOPY . .\nFROM deps AS build\nLABEL a=b\nRUN npm ci\n";
        assertRule(ID, source, warning(5, 4, 10, "npm ci", 3, "npm"));
        assertFixEdits(source, null, edit(2, 0, 2, 0, "COPY package*.json ./\nRUN npm ci\n"));
        assertRule(ID, "FROM node AS a\nCOPY . .\nFROM a AS b\nFROM b\nRUN npm ci\n", warning(4, 4, 10, "npm ci", 2, "npm"));
        // Something the install may depend on happens in between: no fix.
        assertNoFix("FROM node AS deps\nCOPY . .\nRUN ./prepare.sh\nFROM deps\nRUN npm ci\n", ID);
        assertNoFix("FROM node AS deps\nCOPY . .\nFROM deps\nENV NODE_ENV=production\nRUN npm ci\n", ID);
        // The base stage installed from the manifests before its copy: the usual layout.
        assertNone(ID, "FROM node AS deps\nCOPY package*.json ./\nRUN npm ci\nFROM deps AS build\nCOPY . .\nRUN npm ci\n");
        assertNone(ID, "FROM node AS deps\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nFROM deps\nRUN npm ci && npm run build\n");
        // A stage that only copies from the other is not built on it.
        assertNone(ID, "FROM node AS src\nCOPY . .\nFROM node\nCOPY --from=src /x /x\nRUN npm ci\n");
    }

    @Test
    void goModDownloadAndOtherTools() {
        assertRule(ID, "FROM golang\nCOPY . .\nRUN go mod download\nRUN go build .\n", warning(2, 4, 19, "go mod download", 2, "go"));
        assertFixEdits("FROM golang\nCOPY . .\nRUN go mod download\n", null, edit(1, 0, 1, 0, "COPY go.mod go.sum ./\nRUN go mod download\n"));
        assertRule(ID, "FROM ruby\nADD . /app\nRUN bundle install\n", warning(2, 4, 18, "bundle install", 2, "bundle"));
        assertFixEdits("from ruby\nadd --keep-git-dir=true --chown=app . /app\nrun bundle install\n", null,
                edit(1, 0, 1, 0, "copy --chown=app Gemfile Gemfile.lock /app/\nrun bundle install\n"));
        assertRule(ID, "FROM maven\nCOPY . .\nRUN mvn -B package\n", warning(2, 4, 18, "mvn package", 2, "mvn"));
        assertRule(ID, "FROM rust\nCOPY ./ ./\nRUN cargo build --release\n", warning(2, 4, 15, "cargo build", 2, "cargo"));
    }

    @Test
    void variablesInTheDestinationStayAsWritten() {
        String source = "FROM node\nARG APP=/app\nCOPY . $APP\nRUN npm ci\n";
        assertFixEdits(source, null, edit(2, 0, 2, 0, "COPY package*.json $APP/\nRUN npm ci\n"));
        String indented = "FROM node\n  COPY . .\n  RUN --mount=type=cache,target=/root/.npm npm ci\n";
        assertFixEdits(indented, null, edit(1, 0, 1, 0, "  COPY package*.json ./\n  RUN --mount=type=cache,target=/root/.npm npm ci\n"));
    }

    @Test
    void noFixWhenTheInstallNeedsMoreThanItsManifests() {
        assertNoFix("FROM rust\nCOPY . .\nRUN cargo build --release\n", ID);
        assertNoFix("FROM python\nCOPY . .\nRUN poetry install\n", ID);
        assertNoFix("FROM node\nCOPY . .\nRUN npm ci && npm run build\n", ID);
        assertNoFix("FROM node\nCOPY . .\nWORKDIR /app\nRUN npm ci\n", ID);
        assertNoFix("FROM node\nCOPY . .\nRUN <<EOF\nnpm ci\nEOF\n", ID);
        assertNoFix("FROM python\nCOPY . .\nRUN pip install -r requirements.txt -e .\n", ID);
        // Labels and ports in between change nothing the install sees.
        assertFixEdits("FROM node\nCOPY . .\nEXPOSE 80\nRUN npm ci\n", null, edit(1, 0, 1, 0, "COPY package*.json ./\nRUN npm ci\n"));
    }

    @Test
    void notWhenTheManifestsWereInstalledFirst() {
        assertNone(ID, "FROM node\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n");
        assertNone(ID, "FROM maven\nCOPY pom.xml .\nRUN mvn dependency:go-offline\nCOPY . .\nRUN mvn package\n");
        assertNone(ID, "FROM rust\nCOPY recipe.json .\nRUN cargo chef cook --release\nCOPY . .\nRUN cargo build --release\n");
        assertNone(ID, "FROM node\nCOPY src/ ./src\nRUN npm ci\n");
        assertNone(ID, "FROM node\nCOPY --from=deps . .\nRUN npm ci\n");
        assertNone(ID, "FROM node AS a\nCOPY . .\nFROM node\nRUN npm ci\n");
        assertNone(ID, "FROM node\nCOPY . .\nRUN npm install -g pm2\n");
        assertNone(ID, "FROM node\nCOPY . .\nONBUILD RUN npm ci\n");
    }

    @Test
    void brokenInput() {
        assertNone(ID, "");
        assertNone(ID, "COPY . .\nRUN npm ci\n");
        assertNone(ID, "FROM node\nCOPY .\nRUN npm ci\n");
        assertRule(ID, "FROM node\nCOPY . .\nRUN npm ci \\\n", warning(2, 4, 10, "npm ci", 2, "npm"));
        // A half-typed quote is an operand: npm then installs a named package, not the manifests.
        assertNone(ID, "FROM node\nCOPY . .\nRUN npm ci '\n");
    }
}
