package dockerfilels.features.signature;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.TextPosition;
import dockerfilels.testing.RealWorldPositions;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Signature help without its guard never throws on real Dockerfiles, and its active form and parameter exist. */
class SignaturesRobustnessTest {

    @TestFactory
    Stream<DynamicTest> realWorldDockerfiles() {
        return RealWorldPositions.all().stream().map(file -> dynamicTest(file.name(), () -> {
            Dockerfile model = Dockerfile.parse(file.text());
            for (TextPosition position : file.positions()) {
                Signatures.unguarded(model, file.text(), position).ifPresent(help -> {
                    assertTrue(help.activeForm() < help.forms().size(), "form at " + position);
                    int parameters = help.forms().get(help.activeForm()).params().size();
                    assertTrue(help.activeParameter() >= 0 && help.activeParameter() < parameters, "parameter at " + position);
                });
            }
        }));
    }
}
