package dockerfilels.testing;

import dockerfilels.features.Fixes;
import dockerfilels.rules.Finding;
import dockerfilels.rules.LintResult;
import dockerfilels.rules.Linter;
import dockerfilels.rules.Rules;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.workspace.BuildContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every fix that the rules of one package offer on the real-world Dockerfiles of the corpus, with
 * the text before and after it is applied: for tests that fixes keep real files valid.
 */
public final class RealWorldFixes {
    /** One fix: the file, its text and model, the finding, and the text and model once fixed. */
    public record Applied(String file, String source, Dockerfile model, Finding finding, String fixed, Dockerfile after) {
    }

    private RealWorldFixes() {
    }

    /** The fixes with edits of the rules whose classes are in {@code rulePackage}, file by file in order. */
    public static List<Applied> of(String rulePackage) {
        Path root = Corpus.path("real-world");
        List<String> files;
        try (Stream<Path> paths = Files.walk(root)) {
            files = paths.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("MANIFEST.tsv"))
                    .map(p -> root.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Applied> applied = new ArrayList<>();
        for (String file : files) {
            String source = Corpus.read("real-world/" + file);
            Dockerfile model = Dockerfile.parse(source);
            for (LintResult.Reported reported : Linter.standard().lint(model, LintSettings.DEFAULT, BuildContext.NONE).findings()) {
                Finding finding = reported.finding();
                if (finding.fix() != null && !finding.fix().edits().isEmpty()
                        && Rules.byName(finding.rule().id()).getClass().getPackageName().equals(rulePackage)) {
                    String fixed = Fixes.apply(source, finding.fix().edits());
                    applied.add(new Applied(file, source, model, finding, fixed, Dockerfile.parse(fixed)));
                }
            }
        }
        return applied;
    }
}
