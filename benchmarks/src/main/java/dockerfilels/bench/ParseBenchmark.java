package dockerfilels.bench;

import dockerfilels.document.Document;
import dockerfilels.syntax.Dockerfile;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A full parse of a generated Dockerfile, from its text, at several sizes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmark {
    @Param({"500", "5000", "20000"})
    public int lines;

    private String text;

    @Setup
    public void setUp() {
        text = DockerfileGenerator.generate(lines);
    }

    /** {@code Dockerfile.parse}: the units, each instruction read by the grammar. */
    @Benchmark
    public Dockerfile parse() {
        return Dockerfile.parse(text);
    }

    /** What opening a document costs before diagnostics can be sent: a parse and its diagnostics. */
    @Benchmark
    public List<?> openAndDiagnostics() {
        return Document.of(text).model().diagnostics();
    }
}
