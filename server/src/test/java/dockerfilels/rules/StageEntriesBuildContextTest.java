package dockerfilels.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.workspace.BuildContext;
import dockerfilels.workspace.FolderBuildContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stage findings kept across lints are dropped when the build context's files are said to have changed. */
class StageEntriesBuildContextTest {
    private static final String SOURCE = "FROM debian AS build\nWORKDIR /src\nCOPY . .\nRUN make -C tools\n"
            + "FROM scratch\nCOPY --from=build /src/tools/app /app\n";

    @Test
    void aChangedMakefileIsReadAgainOnceFilesChanged(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("tools"));
        Files.writeString(folder.resolve("tools/Makefile"), "app:\n\tgcc -o app main.c\n");
        Linter linter = new Linter(Rules.all());
        Dockerfile model = Dockerfile.parse(SOURCE);
        assertEquals(0, cgo(linter.lint(model, LintSettings.DEFAULT, new FolderBuildContext(folder))));

        Files.writeString(folder.resolve("tools/Makefile"), "app:\n\tgo build -o app .\n");
        BuildContext.filesChanged();
        assertEquals(1, cgo(linter.lint(model, LintSettings.DEFAULT, new FolderBuildContext(folder))));
    }

    @Test
    void contextsOfOneFolderHaveEqualKeysUntilFilesChange(@TempDir Path folder) {
        Object before = new FolderBuildContext(folder).key();
        assertEquals(before, new FolderBuildContext(folder).key());
        BuildContext.filesChanged();
        assertEquals(false, before.equals(new FolderBuildContext(folder).key()));
    }

    private static long cgo(LintResult result) {
        return result.diagnostics().stream().filter(d -> "CgoBinaryInStaticImage".equals(d.code())).count();
    }
}
