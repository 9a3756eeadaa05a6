package dockerfilels.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.features.Analysis;
import dockerfilels.rules.Linter;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.workspace.BuildContext;
import dockerfilels.workspace.FolderBuildContext;
import dockerfilels.workspace.ProjectSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are read only inside the workspace: the build context refuses {@code ../}, absolute
 * paths and links out (to a file or through a folder), the project file and {@code .dockerignore}
 * are not followed out through links, and no rule asks the build context for a path taken
 * from the Dockerfile (COPY sources are never read, whatever they say).
 */
class ConfinementTest {
    @TempDir
    Path dir;
    Path workspace;
    Path outside;

    @BeforeEach
    void layout() throws IOException {
        workspace = Files.createDirectories(dir.resolve("workspace"));
        outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret"), "secret\n");
        Files.writeString(outside.resolve(".dockerignore"), "app\n");
        Files.writeString(outside.resolve(".dockerfile-ls.json"), "{\"rules\":{\"MaintainerDeprecated\":\"off\"}}");
        Files.writeString(workspace.resolve("inside"), "inside\n");
    }

    @Test
    void dotDotAndAbsolutePathsAreRefused() {
        FolderBuildContext context = new FolderBuildContext(workspace);
        assertEquals(Optional.of("inside\n"), context.read("inside"));
        for (String path : List.of("../outside/secret", "a/../../outside/secret", outside.resolve("secret").toString(),
                "/etc/passwd", "//etc/passwd", "./../outside/secret", "inside/../../outside/secret", "\u0000", "")) {
            assertEquals(Optional.empty(), context.read(path), path);
        }
    }

    @Test
    void linksLeadingOutAreNotFollowed() throws IOException {
        Files.createSymbolicLink(workspace.resolve("file-link"), outside.resolve("secret"));
        Files.createSymbolicLink(workspace.resolve("dir-link"), outside);
        Files.createSymbolicLink(workspace.resolve("inner-link"), workspace.resolve("inside"));
        FolderBuildContext context = new FolderBuildContext(workspace);
        assertEquals(Optional.empty(), context.read("file-link"));
        assertEquals(Optional.empty(), context.read("dir-link/secret"));
        assertEquals(Optional.empty(), context.read("dir-link/.dockerignore"));
        assertEquals(Optional.empty(), context.read("inner-link"), "a link is not a regular file, even pointing inside");
    }

    @Test
    void aDockerignoreLinkedFromOutsideIsNotRead() throws IOException {
        Files.createSymbolicLink(workspace.resolve(".dockerignore"), outside.resolve(".dockerignore"));
        Path dockerfile = Files.writeString(workspace.resolve("Dockerfile"), "FROM alpine\nCOPY app /app\n");
        List<String> warnings = new ArrayList<>();
        var lint = new Analysis(warnings::add).lint(Dockerfile.parse(Files.readString(dockerfile)),
                Analysis.Location.in(dockerfile, List.of(workspace)), LintSettings.DEFAULT);
        assertTrue(lint.diagnostics().stream().noneMatch(d -> d.code().equals("CopyIgnoredFile")), lint.diagnostics()::toString);
    }

    @Test
    void aProjectFileLinkedFromOutsideIsNotRead() throws IOException {
        Path sub = Files.createDirectories(workspace.resolve("sub"));
        Files.createSymbolicLink(sub.resolve(".dockerfile-ls.json"), outside.resolve(".dockerfile-ls.json"));
        assertNull(ProjectSettings.find(sub, workspace));
        Path dockerfile = Files.writeString(sub.resolve("Dockerfile"), "FROM alpine\nMAINTAINER me\n");
        var lint = new Analysis(w -> { }).lint(Dockerfile.parse(Files.readString(dockerfile)),
                Analysis.Location.in(dockerfile, List.of(workspace)), LintSettings.DEFAULT);
        assertTrue(lint.diagnostics().stream().anyMatch(d -> d.code().equals("MaintainerDeprecated")),
                "the linked file turned the rule off: " + lint.diagnostics());
    }

    @Test
    void aWorkspaceFolderThatIsALinkOutStillBoundsTheBuildContextSetting() throws IOException {
        Path dockerfile = Files.writeString(workspace.resolve("Dockerfile"), "FROM alpine\nCOPY app /app\n");
        List<String> warnings = new ArrayList<>();
        Analysis analysis = new Analysis(warnings::add);
        Analysis.Location location = Analysis.Location.in(dockerfile, List.of(workspace));
        for (String context : List.of("..", "../outside", outside.toString(), "sub/../../outside")) {
            assertEquals(BuildContext.NONE, analysis.buildContext(location, new LintSettings(Map.of(), Map.of(), context)), context);
        }
        assertEquals(4, warnings.size(), warnings::toString);
    }

    @Test
    void rulesAskTheBuildContextOnlyForItsIgnoreFile() {
        Set<String> asked = ConcurrentHashMap.newKeySet();
        BuildContext spy = path -> {
            asked.add(path);
            return Optional.of("*.md\n");
        };
        Dockerfile model = Dockerfile.parse("FROM alpine AS a\nCOPY ../../etc/passwd /x\nADD /etc/shadow /y\n"
                + "COPY ${HOME}/.ssh/id_rsa ~/.aws/credentials /z\nCOPY --from=a /root /r\nADD file:///etc/hosts /h\n"
                + "RUN --mount=type=bind,source=../../..,target=/m cat /m/etc/passwd\n"
                + "RUN --mount=type=secret,id=x,src=/etc/passwd true\nCOPY <<EOF /etc/passwd\nx\nEOF\n");
        Linter.standard().lint(model, LintSettings.DEFAULT, spy);
        assertEquals(Set.of(".dockerignore"), asked);
    }
}
