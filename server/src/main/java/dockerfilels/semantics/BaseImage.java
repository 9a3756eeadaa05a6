package dockerfilels.semantics;

import dockerfilels.shell.Expansion;
import dockerfilels.shell.ShellException;
import dockerfilels.shell.ShellLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The image a stage starts from: its FROM, or the FROM of the earlier stage it is built from,
 * followed back to an image, with the global ARGs expanded as BuildKit expands them.
 * {@code repository} is the name without tag, digest, {@code docker.io/} or {@code library/}
 * (lower case), {@code tag} and {@code digest} null when absent. {@code stage} is the stage whose
 * FROM names the image.
 */
public record BaseImage(Stage stage, String reference, String repository, String tag, String digest) {

    /** The image a stage starts from; null when it does not expand to a constant or the lineage has a cycle. */
    public static BaseImage of(Variables variables, char escape, Stage stage) {
        Stage root = root(variables, stage);
        if (root == null || root.base() == null) {
            return null;
        }
        String reference = expand(variables, escape, root.base().text());
        return reference == null ? null : parse(root, reference);
    }

    /** The stage and the earlier stages it is built from, nearest first (stopping at a cycle). */
    public static List<Stage> lineage(Variables variables, Stage stage) {
        List<Stage> lineage = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Stage s = stage; s != null && seen.add(s.index()); s = parent(variables, s)) {
            lineage.add(s);
        }
        return lineage;
    }

    /** The earlier stage a stage is built FROM (its name expanded as BuildKit does), or null when FROM names an image. */
    public static Stage parent(Variables variables, Stage stage) {
        return variables.baseStage(stage);
    }

    private static Stage root(Variables variables, Stage stage) {
        List<Stage> lineage = lineage(variables, stage);
        Stage last = lineage.get(lineage.size() - 1);
        return parent(variables, last) == null ? last : null;
    }

    /** A FROM word with the global ARGs expanded; null when a variable has no value or it does not expand. */
    static String expand(Variables variables, char escape, String text) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        try {
            Expansion expansion = new ShellLexer(escape).processWordWithMatches(text, variables.global().env());
            return expansion.unmatched().isEmpty() && !expansion.result().isEmpty() ? expansion.result() : null;
        } catch (ShellException e) {
            return null;
        }
    }

    /** Splits a reference into repository, tag and digest. */
    public static BaseImage parse(Stage stage, String reference) {
        String name = reference;
        String digest = null;
        int at = name.indexOf('@');
        if (at >= 0) {
            digest = name.substring(at + 1);
            name = name.substring(0, at);
        }
        String tag = null;
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        if (colon > slash) {
            tag = name.substring(colon + 1);
            name = name.substring(0, colon);
        }
        return new BaseImage(stage, reference, BaseImages.repository(name), tag, digest);
    }

    /** Whether the image is {@code scratch}, the empty image. */
    public boolean isScratch() {
        return repository.equals("scratch");
    }

    /** The last path component of the repository: {@code golang}, {@code sdk}, {@code static-debian12}. */
    public String shortName() {
        return repository.substring(repository.lastIndexOf('/') + 1);
    }

    /** The tag in lower case, or "" without one. */
    public String lowerTag() {
        return tag == null ? "" : tag.toLowerCase(Locale.ROOT);
    }
}
