package dockerfilels.features.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.TextPosition;
import dockerfilels.testing.RealWorldPositions;
import dockerfilels.workspace.BuildContext;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Completion without its guard never throws, on real Dockerfiles and on random text, and every proposal's range is on the cursor's line, ending at it. */
class CompletionRobustnessTest {

    @TestFactory
    Stream<DynamicTest> realWorldDockerfiles() {
        return RealWorldPositions.all().stream().map(file -> dynamicTest(file.name(), () -> {
            Dockerfile model = Dockerfile.parse(file.text());
            for (TextPosition position : file.positions()) {
                check(model, file.text(), position);
            }
        }));
    }

    @Property(tries = 300)
    void randomText(@ForAll @StringLength(max = 80) String noise, @ForAll @IntRange(max = 90) int offset) {
        String text = "FROM a AS b\nRUN --mount=type=cache," + noise + "\nCOPY --from=b ${X:-" + noise;
        int at = Math.min(offset, text.length());
        String before = text.substring(0, at);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        check(Dockerfile.parse(text), text, new TextPosition(line, at - before.lastIndexOf('\n') - 1));
    }

    private static void check(Dockerfile model, String text, TextPosition position) {
        List<CompletionItem> items = Completion.unguarded(
                new CompletionRequest(model, text, position, true, BuildContext.NONE, List.of("nginx:1")));
        for (CompletionItem item : items) {
            assertEquals(position.line(), item.range().start().line(), item + " at " + position);
            assertTrue(item.range().start().character() <= item.range().end().character(), item + " at " + position);
        }
    }
}
