package dockerfilels.features.completion;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import dockerfilels.reference.MountOption;
import dockerfilels.reference.MountType;
import dockerfilels.reference.Reference;
import dockerfilels.reference.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The value of {@code RUN --mount=}: a comma-separated list of {@code key=value} fields. In a key,
 * {@code type=} first, then the options of the mount's type (bind until a {@code type=} says
 * otherwise, as BuildKit reads the fields left to right) that are not given yet; in a value, what
 * that option takes: the five types, {@code sharing} modes, booleans, earlier stages for
 * {@code from}, the cache folders of common tools for a cache {@code target}.
 */
final class MountCompletion {
    private static final List<String> MODES = List.of("0755", "0700", "0644", "0600", "0400");

    private MountCompletion() {
    }

    static void complete(Proposals proposals, int valueStart) {
        CursorContext cursor = proposals.cursor();
        String value = cursor.line().substring(valueStart, cursor.column());
        int fieldStart = value.lastIndexOf(',') + 1;
        List<String> keys = new ArrayList<>();
        MountType type = Reference.mountType("bind");
        for (String field : value.substring(0, Math.max(0, fieldStart - 1)).split(",")) {
            int eq = field.indexOf('=');
            String key = (eq < 0 ? field : field.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            MountOption option = Reference.mountOption(key);
            keys.add(option == null ? key : option.name());
            if (key.equals("type") && eq >= 0 && Reference.mountType(field.substring(eq + 1).strip()) != null) {
                type = Reference.mountType(field.substring(eq + 1).strip());
            }
        }
        String field = value.substring(fieldStart);
        int column = valueStart + fieldStart;
        int eq = field.indexOf('=');
        if (eq < 0) {
            keys(proposals, column, type, keys);
        } else {
            values(proposals, column + eq + 1, type, field.substring(0, eq).strip());
        }
    }

    private static void keys(Proposals proposals, int column, MountType type, List<String> given) {
        for (MountOption option : type.options()) {
            if (given.contains(option.name()) || (option.name().equals("readwrite") && given.contains("readonly"))
                    || (option.name().equals("readonly") && given.contains("readwrite"))) {
                continue;
            }
            String insert = option.bool() ? option.name() : option.name() + "=";
            proposals.add(CompletionItem.of(option.name(), CompletionItem.Kind.FLAG, proposals.from(column))
                    .insert(insert, false)
                    .detail(option.name().equals("type") ? "mount type (default bind)" : type.name() + " mount option")
                    .documentation(documentation(type, option)));
        }
    }

    private static void values(Proposals proposals, int column, MountType type, String key) {
        MountOption option = type.option(key);
        if (option == null) {
            option = Reference.mountOption(key);
        }
        if (option == null) {
            return;
        }
        if (option.name().equals("type")) {
            for (MountType t : Reference.mountTypes()) {
                proposals.add(CompletionItem.of(t.name(), CompletionItem.Kind.VALUE, proposals.from(column))
                        .detail(t.isDefault() ? "mount type (the default)" : "mount type")
                        .documentation(Markdown.of().paragraph(t.description()).code("dockerfile", t.example())
                                .link("Dockerfile reference", t.url()).toString()));
            }
            return;
        }
        if (option.name().equals("from")) {
            EarlierStages.propose(proposals, column, false);
            return;
        }
        for (Value value : option.values()) {
            proposals.add(FlagValueCompletion.value(proposals, column, value));
        }
        List<String> others = option.bool() ? List.of("true", "false") : option.name().equals("mode") ? MODES : List.of();
        for (String other : others) {
            proposals.add(CompletionItem.of(other, CompletionItem.Kind.VALUE, proposals.from(column)));
        }
    }

    /** What an option does for this mount type, its values and its default. */
    static String documentation(MountType type, MountOption option) {
        Markdown doc = Markdown.of().paragraph("**" + option.name() + "**"
                + (option.aliases().isEmpty() ? "" : " (also " + String.join(", ", option.aliases()) + ")")
                + " for " + Markdown.code("type=" + type.name()) + " mounts").paragraph(option.description());
        if (!option.values().isEmpty() && !option.name().equals("type")) {
            doc.paragraph(String.join("\n", option.values().stream()
                    .map(v -> "- " + Markdown.code(v.value()) + (v.description().isEmpty() ? "" : ": " + v.description()))
                    .toList()));
        }
        if (!option.defaultValue().isEmpty()) {
            doc.paragraph("Default: " + option.defaultValue());
        }
        return doc.link("Dockerfile reference", type.url()).toString();
    }
}
