package dockerfilels.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.features.Analysis.Location;
import dockerfilels.settings.LintSettings;
import dockerfilels.settings.RuleLevel;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Severity;
import dockerfilels.workspace.BuildContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {
    private static final String MAINTAINER = "FROM alpine\nMAINTAINER me\n";
    private final List<String> warnings = new ArrayList<>();
    private final Analysis analysis = new Analysis(warnings::add);

    @TempDir
    Path dir;

    @Test
    void aFileBelongsToTheDeepestWorkspaceFolderThatHoldsIt() {
        Path outer = dir.resolve("ws");
        Path inner = outer.resolve("nested");
        Path file = inner.resolve("app/Dockerfile");

        assertEquals(inner, Location.in(file, List.of(outer, inner)).root());
        assertEquals(file.getParent(), Location.in(file, List.of()).root(), "no folders: the file's own folder");
        assertSame(Location.NOWHERE, Location.in(dir.resolve("elsewhere/Dockerfile"), List.of(outer)));
    }

    @Test
    void theBuildContextIsTheDockerfilesFolderOrTheSettingRelativeToIt() throws IOException {
        Path root = dir;
        Path file = Files.createDirectories(root.resolve("app/docker")).resolve("Dockerfile");
        Files.writeString(root.resolve("app/.dockerignore"), "node_modules\n");
        Location location = new Location(file, root);

        BuildContext own = analysis.buildContext(location, LintSettings.DEFAULT);
        assertEquals(file.getParent(), assertInstanceOf(Analysis.Confined.class, own).root());
        BuildContext parent = analysis.buildContext(location, new LintSettings(Map.of(), Map.of(), ".."));
        assertEquals(Optional.of("node_modules\n"), parent.read(".dockerignore"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aBuildContextOutsideTheRootIsNotRead() throws IOException {
        Files.writeString(dir.resolve(".dockerignore"), "secret\n");
        Path root = Files.createDirectories(dir.resolve("ws"));
        Location location = new Location(root.resolve("Dockerfile"), root);

        BuildContext outside = analysis.buildContext(location, new LintSettings(Map.of(), Map.of(), ".."));

        assertSame(BuildContext.NONE, outside);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("outside the workspace folder"), warnings.toString());
        assertSame(BuildContext.NONE, analysis.buildContext(Location.NOWHERE, LintSettings.DEFAULT));
    }

    @Test
    void aBuildContextThatLinksOutOfTheRootIsNotRead() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve(".dockerignore"), "secret\n");
        Path root = Files.createDirectories(dir.resolve("ws"));
        Files.createSymbolicLink(root.resolve("ctx"), outside);
        Location location = new Location(root.resolve("Dockerfile"), root);

        BuildContext linked = analysis.buildContext(location, new LintSettings(Map.of(), Map.of(), "ctx"));
        assertEquals(Optional.empty(), linked.read(".dockerignore"));
        assertEquals(Optional.empty(), linked.read(".dockerignore"));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("outside the workspace folder"), warnings.toString());
    }

    @Test
    void theNearestProjectFileUpToTheRootOverridesTheGivenSettings() throws IOException {
        Path root = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(dir.resolve(".dockerfile-ls.json"), "{\"rules\":{\"MaintainerDeprecated\":\"off\"}}");
        Files.writeString(root.resolve(".dockerfile-ls.json"), "{\"rules\":{\"MaintainerDeprecated\":\"error\"}}");
        Path deep = Files.createDirectories(root.resolve("a/b"));
        LintSettings given = new LintSettings(Map.of("MaintainerDeprecated", RuleLevel.HINT), Map.of(), null);

        var result = analysis.lint(Dockerfile.parse(MAINTAINER), new Location(deep.resolve("Dockerfile"), root), given);
        assertEquals(Severity.ERROR, result.diagnostics().get(0).severity());

        var nowhere = analysis.lint(Dockerfile.parse(MAINTAINER), Location.NOWHERE, given);
        assertEquals(Severity.HINT, nowhere.diagnostics().get(0).severity(), "no file: only the given settings");
    }

    @Test
    void aProjectFileAboveTheRootIsIgnored() throws IOException {
        Files.writeString(dir.resolve(".dockerfile-ls.json"), "{\"rules\":{\"MaintainerDeprecated\":\"off\"}}");
        Path root = Files.createDirectories(dir.resolve("ws"));

        var result = analysis.lint(Dockerfile.parse(MAINTAINER), new Location(root.resolve("Dockerfile"), root),
                LintSettings.DEFAULT);

        assertEquals(1, result.diagnostics().size());
    }

    @Test
    void namesThatNameNoRuleOrCategoryAreWarnedAbout() {
        LintSettings settings = new LintSettings(Map.of("NoSuchRule", RuleLevel.OFF, "MaintainerDeprecated", RuleLevel.OFF),
                Map.of("style", RuleLevel.OFF, "security", RuleLevel.OFF), null);

        analysis.lint(Dockerfile.parse(MAINTAINER), Location.NOWHERE, settings);

        assertEquals(List.of("settings: rules.NoSuchRule: no rule has this name or alias; ignored",
                "settings: categories.style: no such category (correctness, buildkit-check, best-practice, image-size,"
                        + " build-speed, security); ignored"), warnings);
    }

    @Test
    void aLocationWhoseFileIsOutsideItsRootIsNowhere() {
        Location location = new Location(dir.resolve("a/Dockerfile"), dir.resolve("b"));

        assertNull(location.file());
        assertNull(location.root());
    }
}
