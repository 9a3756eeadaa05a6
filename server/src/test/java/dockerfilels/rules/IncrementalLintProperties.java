package dockerfilels.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.document.Document;
import dockerfilels.settings.LintSettings;
import dockerfilels.settings.RuleLevel;
import dockerfilels.syntax.LineIndex;
import dockerfilels.syntax.TextRange;
import dockerfilels.workspace.BuildContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The invariant of incremental linting: the linter that keeps findings with unchanged instructions
 * and stages, run edit after edit, reports exactly what a fresh linter reports for the same text
 * parsed from scratch, every rule on.
 */
class IncrementalLintProperties {

    /** Every rule on, those off by default too. */
    static final LintSettings ALL_RULES = allRules();

    private static final List<String> LINES = List.of(
            "FROM golang:1.22 AS build\n", "FROM build AS test\n", "FROM alpine:3.20\n", "FROM scratch\n", "FROM ${BASE} AS b\n",
            "FROM gcr.io/distroless/static-debian12\n", "from node AS Web\n", "FROM build\n", "ARG BASE=alpine\n", "ARG TOKEN\n",
            "ARG GO_VERSION=1.22\n", "ENV CGO_ENABLED=0\n", "ENV PATH=$PATH:/x A=$UNDEFINED\n", "ENV SECRET_KEY=abc\n",
            "WORKDIR /src\n", "WORKDIR src\n", "COPY . .\n", "COPY go.mod go.sum ./\n", "COPY --from=build /out/app /app\n",
            "COPY --from=0 /a /b\n", "COPY --from=test /src /src\n", "COPY --from=$BASE /a /b\n", "COPY id_rsa /root/.ssh/\n",
            "RUN go build -o /out/app .\n", "RUN go mod download\n", "RUN apt-get update && apt-get install -y curl\n",
            "RUN --mount=type=cache,target=/root/.cache/go-build go build .\n", "RUN --mount=from=build,target=/x ls\n",
            "RUN npm install\n", "RUN pip install flask\n", "RUN apk add curl\n", "RUN curl http://x | sh\n", "RUN cd /x && make\n",
            "RUN <<EOF\napt-get install x\nEOF\n", "USER root\n", "USER app\n", "CMD [\"app\"]\n", "CMD app\n",
            "ENTRYPOINT [\"/app\"]\n", "ADD https://x/y.tar.gz /y\n", "ADD local.tar /z\n", "EXPOSE 8080\n", "MAINTAINER me\n",
            "HEALTHCHECK CMD true\n", "# syntax=docker/dockerfile:1\n", "# check=skip=JSONArgsRecommended\n", "# hadolint ignore=DL3008\n",
            "RUN echo a \\\n", "    && echo b\n", "\n", "# comment\n", "ONBUILD RUN x\n", "LABEL a=b\n", "SHELL [\"/bin/bash\", \"-c\"]\n",
            "# check=experimental=all\n", "# build the app\n", "COPY --from=7 /a /b\n", "COPY --from=-1 /a /b\n",
            "RUN --mount=type=cache,target=/c x\n", "RUN --mount=type=secret,from=test,target=/s x\n", "run echo\n", "copy . .\n",
            "COPY --from=web /a /b\n", "FROM test AS build\n", "ADD --link a b\n");
    private static final List<String> INSERTS = List.of("x", " ", "\n", "$", "${A}", "-", "=", "AS x", "AS build ", "0", "root",
            "--from=build ", "--mount=type=cache,target=/var/cache/apt ", "CGO_ENABLED=1 ", "FROM alpine\n", "RUN ", "COPY . .\n",
            "\\\n", "#", "ARG A=1\n", "USER 0\n", "-y ", "--no-cache ", "build", "test", "r", "R", "type=secret,", "9",
            "# check=experimental=all\n");

    record Edit(int from, int length, String insert) {
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.of(LINES).list().ofMinSize(0).ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> insert = Arbitraries.oneOf(Arbitraries.of(INSERTS), Arbitraries.of(LINES), Arbitraries.just(""));
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 8), insert)
                .as(Edit::new).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 1000)
    void incrementalLintEqualsFreshLint(@ForAll("documents") String initial, @ForAll("edits") List<Edit> edits) {
        assertIncrementalEqualsFresh(initial, edits);
    }

    /** The same in a build context with files: the rules that read the context (no .dockerignore, then one) run too. */
    @Property(tries = 300)
    void incrementalLintEqualsFreshLintWithABuildContext(@ForAll("documents") String initial, @ForAll("edits") List<Edit> edits,
            @ForAll boolean ignoreFile) {
        Map<String, String> files = ignoreFile ? Map.of("app.go", "", ".dockerignore", "*.go\nid_rsa\n") : Map.of("app.go", "");
        assertIncrementalEqualsFresh(initial, edits, BuildContext.of(files));
    }

    static void assertIncrementalEqualsFresh(String initial, List<Edit> edits) {
        assertIncrementalEqualsFresh(initial, edits, BuildContext.NONE);
    }

    /** Applies the edits one by one; after each, the kept-up linter and a fresh one must agree. */
    static void assertIncrementalEqualsFresh(String initial, List<Edit> edits, BuildContext buildContext) {
        Linter kept = Linter.standard();
        Document document = Document.of(initial);
        kept.lint(document.model(), ALL_RULES, buildContext);
        String text = initial;
        for (Edit edit : edits) {
            int from = text.isEmpty() ? 0 : edit.from() % (text.length() + 1);
            int to = Math.min(text.length(), from + edit.length());
            LineIndex lines = LineIndex.of(text);
            TextRange range = new TextRange(lines.position(from), lines.position(to));
            text = text.substring(0, from) + edit.insert() + text.substring(to);
            document = document.edit(range, edit.insert());
            LintResult incremental = kept.lint(document.model(), ALL_RULES, buildContext);
            LintResult fresh = new Linter(Rules.all()).lint(Document.of(text).model(), ALL_RULES, buildContext);
            String edited = text;
            assertEquals(describe(fresh), describe(incremental), () -> "lint after editing to:\n" + edited);
        }
    }

    /** Diagnostics and fixes, in order, as text (findings hold instructions, which compare by identity). */
    private static List<String> describe(LintResult result) {
        return result.findings().stream().map(r -> r.diagnostic() + " fix=" + r.finding().fix()).sorted().toList();
    }

    private static LintSettings allRules() {
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        for (Rule rule : Rules.all()) {
            levels.put(rule.info().id(), RuleLevel.WARNING);
        }
        return new LintSettings(levels, Map.of(), null);
    }
}
