package dockerfilels.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dockerfilels.rules.LintResult;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.LineIndex;
import dockerfilels.syntax.TextPosition;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Every language feature of {@link FeatureCalls#ALL} at many positions of an arbitrary document:
 * the start, middle and end of each of its first lines, random positions chosen from the input,
 * and positions outside the text (clients send stale ones). No exception, bounded time.
 */
class FeaturesFuzzTest {
    private static final int LINES_ASKED = 64;

    @FuzzTest(maxDuration = "30s")
    void featuresAnswerAnywhere(byte[] data) throws Exception {
        Bounded.run(() -> askEverywhere(data));
    }

    private static void askEverywhere(byte[] data) throws Exception {
        String text = new String(data, StandardCharsets.UTF_8);
        Dockerfile model = Dockerfile.parse(text);
        LintResult lint = FeatureCalls.lint(model);
        for (TextPosition position : positions(text, data)) {
            TextPosition end = new TextPosition(position.line() + 1, 0);
            FeatureCalls.askAll(FeatureCalls.subject(text, model, lint, position, end));
            FeatureCalls.askAll(FeatureCalls.subject(text, model, lint, position, position));
        }
    }

    static List<TextPosition> positions(String text, byte[] data) {
        LineIndex lines = LineIndex.of(text);
        List<TextPosition> positions = new ArrayList<>();
        for (int line = 0; line < Math.min(lines.lineCount(), LINES_ASKED); line++) {
            int length = lines.contentEnd(line, text) - lines.lineStart(line);
            positions.add(new TextPosition(line, 0));
            positions.add(new TextPosition(line, length / 2));
            positions.add(new TextPosition(line, length));
        }
        Random random = new Random(java.util.Arrays.hashCode(data));
        for (int i = 0; i < 8; i++) {
            int line = random.nextInt(lines.lineCount());
            positions.add(new TextPosition(line, random.nextInt(lines.contentEnd(line, text) - lines.lineStart(line) + 1)));
        }
        positions.add(new TextPosition(-1, -1));
        positions.add(new TextPosition(0, 10_000));
        positions.add(new TextPosition(lines.lineCount() + 3, 2));
        return positions;
    }
}
