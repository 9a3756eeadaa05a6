package dockerfilels.testing;

import dockerfilels.syntax.TextPosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real-world Dockerfiles of the corpus with the cursor positions an editor asks about most:
 * the start and end of every line and right after every space (where completion is triggered),
 * plus every column at the start of the first few lines. For "never throws" tests of cursor features.
 */
public final class RealWorldPositions {
    /** One file's text and its positions. */
    public record File(String name, String text, List<TextPosition> positions) {
    }

    private RealWorldPositions() {
    }

    public static List<File> all() {
        Path root = Corpus.path("real-world");
        try {
            List<File> files = new ArrayList<>();
            List<String> manifest = Files.readAllLines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
            for (String line : manifest.subList(1, manifest.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String name = line.split("\t")[0];
                String text = new String(Files.readAllBytes(root.resolve(name)), StandardCharsets.UTF_8);
                files.add(new File(name, text, positions(text)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TextPosition> positions(String text) {
        List<TextPosition> positions = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int line = 0; line < lines.length; line++) {
            String content = lines[line];
            positions.add(new TextPosition(line, 0));
            positions.add(new TextPosition(line, content.length()));
            for (int column = 0; column < content.length(); column++) {
                if ((line < 3 && column < 200) || content.charAt(column) == ' ' || content.charAt(column) == '=' || content.charAt(column) == ',') {
                    positions.add(new TextPosition(line, column + 1));
                }
            }
        }
        return positions;
    }
}
