package dockerfilels.features.hover;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dockerfilels.rules.LintResult;
import dockerfilels.rules.Linter;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.TextPosition;
import dockerfilels.testing.RealWorldPositions;
import dockerfilels.workspace.BuildContext;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Hover without its guard never throws on real Dockerfiles, and every hover has text and a range that holds the cursor. */
class HoverRobustnessTest {

    @TestFactory
    Stream<DynamicTest> realWorldDockerfiles() {
        return RealWorldPositions.all().stream().map(file -> dynamicTest(file.name(), () -> {
            Dockerfile model = Dockerfile.parse(file.text());
            LintResult lint = Linter.standard().lint(model, LintSettings.DEFAULT, BuildContext.NONE);
            for (TextPosition position : file.positions()) {
                Optional<HoverResult> hover = Hover.unguarded(new HoverRequest(model, file.text(), position, lint));
                hover.ifPresent(h -> assertFalse(h.markdown().isBlank(), "empty hover at " + position));
            }
        }));
    }
}
