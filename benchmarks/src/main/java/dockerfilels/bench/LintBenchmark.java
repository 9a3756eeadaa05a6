package dockerfilels.bench;

import dockerfilels.rules.LintResult;
import dockerfilels.rules.Linter;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.workspace.BuildContext;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The full rule pass over an already parsed document: every rule of the project, with the
 * default settings, as the server runs it after each keystroke (issue 3 asks for this figure
 * at 20,000 lines).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LintBenchmark {
    @Param({"500", "5000", "20000"})
    public int lines;

    private Dockerfile model;
    private final Linter linter = Linter.standard();

    @Setup(Level.Trial)
    public void setUp() {
        model = Dockerfile.parse(DockerfileGenerator.generate(lines));
        model.instructions();
    }

    @Benchmark
    public LintResult allRules() {
        return linter.lint(model, LintSettings.DEFAULT, BuildContext.NONE);
    }
}
