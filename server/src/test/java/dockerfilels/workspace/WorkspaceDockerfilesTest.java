package dockerfilels.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding and reading Dockerfiles only inside the workspace folders. */
class WorkspaceDockerfilesTest {

    @Test
    void findsDockerfilesByNameAndSkipsDependencyFolders(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("svc/node_modules/p"));
        Files.createDirectories(root.resolve(".git"));
        for (String file : List.of("Dockerfile", "svc/Containerfile", "svc/api.Dockerfile", "svc/Dockerfile.dev",
                "svc/README.md", "svc/node_modules/p/Dockerfile", ".git/Dockerfile", "svc/Dockerfile.")) {
            Files.writeString(root.resolve(file), "FROM a\n");
        }

        List<String> found = WorkspaceDockerfiles.find(List.of(root)).stream().map(p -> root.relativize(p).toString())
                .sorted().toList();

        assertEquals(List.of("Dockerfile", "svc/Containerfile", "svc/Dockerfile.dev", "svc/api.Dockerfile"), found);
    }

    @Test
    void readsOnlyInsideTheFolderAndNeverThroughALinkOut(@TempDir Path dir) throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        Path outside = Files.writeString(dir.resolve("Dockerfile"), "FROM secret\n");
        Files.writeString(workspace.resolve("Dockerfile"), "FROM a\n");
        Path link = workspace.resolve("linked.Dockerfile");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | java.io.IOException noLinks) {
            link = null;
        }

        assertEquals(Optional.of("FROM a\n"), WorkspaceDockerfiles.read(workspace, workspace.resolve("Dockerfile")));
        assertEquals(Optional.empty(), WorkspaceDockerfiles.read(workspace, outside));
        assertEquals(Optional.empty(), WorkspaceDockerfiles.read(workspace, workspace.resolve("../Dockerfile")));
        if (link != null) {
            assertEquals(Optional.empty(), WorkspaceDockerfiles.read(workspace, link));
            assertTrue(!WorkspaceDockerfiles.find(List.of(workspace)).contains(link.toAbsolutePath()),
                    "a link is no regular file to the walk");
        }
    }

    @Test
    void aMissingFolderFindsNothing(@TempDir Path dir) {
        assertEquals(List.of(), WorkspaceDockerfiles.find(List.of(dir.resolve("nope"))));
    }
}
