package dockerfilels.rules.build;

import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Severity;
import dockerfilels.testing.CorpusCases;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class InvalidStageReferenceTest {
    private static final String ID = "InvalidStageReference";

    private static Diagnostic err(int line, int sc, int ec, String message) {
        return d(line, sc, line, ec, Severity.ERROR, ID, message);
    }

    @Test
    void earlierStagesImagesAndContextsAreFine() {
        assertNone(ID, "FROM golang AS build\nRUN make\nFROM alpine\nCOPY --from=build /a /b\nCOPY --from=BUILD /a /b\n"
                + "COPY --from=0 /a /b\nCOPY --from=nginx:latest /a /b\nCOPY --from=ctx /a /b\n"
                + "RUN --mount=from=build,target=/x --mount=type=cache,from=build,target=/c true\n");
        assertNone(ID, "FROM a AS x\nRUN --mount=type=tmpfs,from=later,target=/t true\nFROM b AS later\n");
        assertNone(ID, "FROM a\nCOPY --from=stage$ /a /b\n");
    }

    @Test
    void aStageDefinedLater() {
        assertRule(ID, "FROM alpine AS app\nCOPY --from=build /out /app\nFROM golang AS build\n",
                err(1, 12, 17, "cannot copy from stage \"build\", it needs to be defined before current stage \"app\""));
        assertRule(ID, "FROM alpine\nCOPY --from=Build /out /app\nFROM golang AS build\n",
                err(1, 12, 17, "cannot copy from stage \"Build\", it needs to be defined before current stage \"stage-0\""));
        assertRule(ID, "FROM alpine\nCOPY --from=1 /out /app\nFROM golang\n",
                err(1, 12, 13, "cannot copy from stage \"1\", it needs to be defined before current stage \"stage-0\""));
        assertRule(ID, "FROM alpine\nRUN --mount=type=bind,from=build,target=/src make\nFROM golang AS build\n",
                err(1, 27, 32, "cannot mount from stage \"build\" to \"/src\", stage needs to be defined before current command"));
    }

    @Test
    void theCurrentStageOrACycle() {
        assertRule(ID, "FROM busybox AS stage0\nCOPY --from=stage0 f1 /sub/\n",
                err(1, 12, 18, "circular dependency detected on stage: stage0"));
        assertRule(ID, "FROM busybox\nCOPY --from=0 f1 /sub/\n",
                err(1, 12, 13, "circular dependency detected on stage: stage-0"));
        assertRule(ID, "FROM busybox AS a\nRUN --mount=from=a,target=/x true\n",
                err(1, 17, 18, "circular dependency detected on stage: a"));
    }

    @Test
    void aCycleIsNamedAfterTheFirstStageItIsReachedFrom() {
        // BuildKit's depth-first search starts at stage a, reaches b and meets b's cycle there
        assertRule(ID, "FROM x AS a\nCOPY --from=b /f /\nFROM x AS b\nCOPY --from=b /f /\n",
                err(1, 12, 13, "cannot copy from stage \"b\", it needs to be defined before current stage \"a\""),
                err(3, 12, 13, "circular dependency detected on stage: a"));
    }

    @Test
    void manyStagesStayFast() {
        StringBuilder source = new StringBuilder("FROM x AS s0\n");
        for (int i = 1; i < 2000; i++) {
            source.append("FROM x AS s").append(i).append("\nCOPY --from=s").append(i - 1).append(" /a /b\n");
        }
        source.append("COPY --from=s0 /a /b\n");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertNone(ID, source.toString()));
    }

    @Test
    void variablesAndIndexes() {
        assertRule(ID, "FROM alpine\nCOPY --from=$IMAGE /a /b\n", err(1, 12, 18, InvalidStageReference.VARIABLE));
        assertRule(ID, "FROM alpine\nCOPY --from=ghcr.io/x/uv:${V} /a /b\n", err(1, 12, 29, InvalidStageReference.VARIABLE));
        assertRule(ID, "FROM alpine\nCOPY --from=3 /a /b\n", err(1, 12, 13, "invalid stage index 3"));
        assertRule(ID, "FROM alpine\nCOPY --from=-1 /a /b\n", err(1, 12, 14, "invalid stage index -1"));
        // an image copied from earlier is a state of its own, so index 1 may be that image: silent
        assertNone(ID, "FROM alpine\nCOPY --from=nginx /a /b\nCOPY --from=1 /a /b\n");
    }

    /** BuildKit's TestDockerfileParsing / TestDockerfileCircularDependencies, where they are about stage references. */
    @TestFactory
    Stream<DynamicTest> conversionCorpus() {
        return CorpusCases.each(CorpusCases.cases("TestDockerfileParsing / TestDockerfileCircularDependencies"),
                c -> CorpusCases.input(c).replace("\n", "\\n"), c -> {
                    String input = CorpusCases.input(c);
                    List<String> messages = lint(input).diagnostics().stream().filter(x -> x.code().equals(ID))
                            .map(Diagnostic::message).toList();
                    String error = c.has("expectedError") ? c.get("expectedError").getAsString() : null;
                    boolean ok = c.has("expected") && c.get("expected").isJsonPrimitive()
                            && c.get("expected").getAsString().equals("ok");
                    if (error != null && error.startsWith("circular dependency")) {
                        assertTrue(messages.contains(error), () -> messages.toString());
                    } else if (ok) {
                        assertEquals(List.of(), messages);
                    } else {
                        // Errors about something else (build target, COPY from a URL, a blank base): not this rule's.
                        assertEquals(List.of(), messages, "not a stage-reference error, so this rule says nothing");
                    }
                });
    }
}
