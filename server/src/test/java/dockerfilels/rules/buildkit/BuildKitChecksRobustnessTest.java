package dockerfilels.rules.buildkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.rules.LintResult;
import dockerfilels.rules.Linter;
import dockerfilels.rules.TextEdit;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.testing.Corpus;
import dockerfilels.workspace.BuildContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Half-typed text is the normal case in an editor: over cut and spliced corpus Dockerfiles, the
 * checks never throw, and every fix's edits lie inside the document and do not overlap.
 */
class BuildKitChecksRobustnessTest {
    private static final String[] SPLICES = {"\\\n\n", " as X\nEXPOSE 1:2/TCP a:b:/ 80/\nCMD x y\n", "\nFROM a AS B\nCOPY --from=b",
        "\nENV k v\nWORKDIR w\n# c\nARG SECRET_TOKEN\n", "`\n \n"};

    @Test
    void cutAndSplicedFilesLintWithFixesInsideTheDocument() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Corpus.root())) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().contains("ockerfile"))
                    .sorted().toList();
        }
        assertTrue(files.size() > 100, "corpus Dockerfiles: " + files.size());
        Random random = new Random(20261125);
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String source = read(file);
            for (int k = 0; k < 6; k++) {
                int cut = random.nextInt(source.length() + 1);
                String text = k % 2 == 0 ? source.substring(0, cut)
                        : source.substring(0, cut) + SPLICES[random.nextInt(SPLICES.length)] + source.substring(cut);
                check(text, problems);
            }
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems, first: " + problems.get(0));
    }

    private static void check(String text, List<String> problems) {
        Dockerfile model = Dockerfile.parse(text);
        LintResult result;
        try {
            result = Linter.standard().lint(model, LintSettings.DEFAULT, BuildContext.NONE);
        } catch (RuntimeException e) {
            problems.add(e + " on:\n" + text);
            return;
        }
        for (LintResult.Reported reported : result.findings()) {
            if (reported.finding().fix() == null) {
                continue;
            }
            List<TextEdit> edits = new ArrayList<>(reported.finding().fix().edits());
            edits.sort(Comparator.comparing((TextEdit e) -> e.range().start()));
            for (int i = 0; i < edits.size(); i++) {
                TextEdit edit = edits.get(i);
                boolean inside = !edit.range().end().isBefore(edit.range().start()) && edit.range().end().line() < model.lineCount();
                boolean apart = i == 0 || !edit.range().start().isBefore(edits.get(i - 1).range().end());
                if (!inside || !apart) {
                    problems.add(reported.finding().rule().id() + " " + edits + " on:\n" + text);
                }
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
