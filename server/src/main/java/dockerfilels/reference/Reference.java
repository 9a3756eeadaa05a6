package dockerfilels.reference;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import dockerfilels.syntax.Keyword;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in knowledge about Dockerfiles, from the JSON resources next to this class, read once
 * on first use: the 18 instructions with their forms, snippets and flags; the {@code RUN --mount}
 * types and their options; the parser directives; common platforms; and well-known images. Pure
 * data, shared by completion, hover, signature help and any feature that explains a construct.
 */
public final class Reference {
    /** Where the Dockerfile reference lives; each entry's anchor is appended. */
    public static final String BASE_URL = "https://docs.docker.com/reference/dockerfile/";

    private Reference() {
    }

    // Each holder is loaded on first use of its part (the JVM makes that lazy and thread-safe).
    private static final class Instructions {
        static final Map<Keyword, InstructionDoc> BY_KEYWORD = loadInstructions();
    }

    private static final class Mounts {
        static final List<MountOption> OPTIONS;
        static final List<MountType> TYPES;

        static {
            MountsJson json = load("mounts.json", MountsJson.class);
            OPTIONS = List.copyOf(json.options);
            TYPES = json.types.stream().map(t -> t.merge(OPTIONS)).toList();
        }
    }

    private static final class Directives {
        static final List<DirectiveDoc> ALL = List.copyOf(load("directives.json", DirectivesJson.class).directives);
    }

    private static final class Platforms {
        static final List<Value> ALL = List.copyOf(load("platforms.json", PlatformsJson.class).platforms);
    }

    private static final class Images {
        static final List<ImageDoc> ALL = List.copyOf(load("images.json", ImagesJson.class).images);
    }

    /** Every instruction, in the order of Dockerfile's reference. */
    public static List<InstructionDoc> instructions() {
        return List.copyOf(Instructions.BY_KEYWORD.values());
    }

    /** The instruction (never null for a keyword). */
    public static InstructionDoc instruction(Keyword keyword) {
        return Instructions.BY_KEYWORD.get(keyword);
    }

    /** A flag of an instruction (name without dashes), or null. */
    public static FlagDoc flag(Keyword keyword, String name) {
        return keyword == null ? null : instruction(keyword).flag(name);
    }

    /** The five mount types, {@code bind} (the default) first. */
    public static List<MountType> mountTypes() {
        return Mounts.TYPES;
    }

    /** The mount type of this name (any case, as BuildKit lower-cases it), or null. */
    public static MountType mountType(String name) {
        for (MountType type : Mounts.TYPES) {
            if (type.name().equalsIgnoreCase(name)) {
                return type;
            }
        }
        return null;
    }

    /** Every mount option BuildKit knows, whatever the type. */
    public static List<MountOption> mountOptions() {
        return Mounts.OPTIONS;
    }

    /** The mount option {@code key} names (aliases, any case), whatever the type; null if unknown. */
    public static MountOption mountOption(String key) {
        for (MountOption option : Mounts.OPTIONS) {
            if (option.answersTo(key)) {
                return option;
            }
        }
        return null;
    }

    public static List<DirectiveDoc> directives() {
        return Directives.ALL;
    }

    /** The directive with this name (any case), or null. */
    public static DirectiveDoc directive(String name) {
        for (DirectiveDoc directive : Directives.ALL) {
            if (directive.name().equalsIgnoreCase(name)) {
                return directive;
            }
        }
        return null;
    }

    /** Common build platforms ({@code linux/amd64}, ...), most used first. */
    public static List<Value> platforms() {
        return Platforms.ALL;
    }

    /** Well-known images, most used first. */
    public static List<ImageDoc> images() {
        return Images.ALL;
    }

    /**
     * The well-known image a repository names: {@code python}, {@code library/python},
     * {@code docker.io/library/python} or {@code mcr.microsoft.com/dotnet/sdk}; null if not listed.
     */
    public static ImageDoc image(String repository) {
        String name = repository;
        for (String prefix : List.of("docker.io/", "index.docker.io/", "library/")) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
            }
        }
        for (ImageDoc image : Images.ALL) {
            if (image.reference().equals(name)) {
                return image;
            }
        }
        return null;
    }

    static String url(String anchor) {
        return anchor == null || anchor.isEmpty() ? BASE_URL : BASE_URL + "#" + anchor;
    }

    private static Map<Keyword, InstructionDoc> loadInstructions() {
        Map<Keyword, InstructionDoc> byKeyword = new LinkedHashMap<>();
        for (InstructionDoc doc : load("instructions.json", InstructionsJson.class).instructions) {
            byKeyword.put(doc.keyword(), doc);
        }
        if (byKeyword.size() != Keyword.values().length) {
            throw new IllegalStateException("instructions.json must describe all " + Keyword.values().length + " instructions");
        }
        return java.util.Collections.unmodifiableMap(new EnumMap<>(byKeyword));
    }

    private static <T> T load(String resource, Class<T> type) {
        try (InputStream in = Reference.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dockerfilels/reference/" + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new Gson().fromJson(reader, type);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonParseException e) {
            throw new IllegalStateException("bad resource dockerfilels/reference/" + resource, e);
        }
    }

    // The shapes of the JSON files, as Gson reads them.
    private record InstructionsJson(List<InstructionDoc> instructions) {
    }

    private record DirectivesJson(List<DirectiveDoc> directives) {
    }

    private record PlatformsJson(List<Value> platforms) {
    }

    private record ImagesJson(List<ImageDoc> images) {
    }

    private record MountsJson(List<MountOption> options, List<TypeJson> types) {
    }

    /** What a type says about an option: its own description, default and usual values where they differ. */
    private record OptionOverride(String description, String defaultValue, String placeholder, List<Value> values) {
    }

    private record TypeJson(String name, String anchor, String description, String example, boolean isDefault,
            Map<String, OptionOverride> options) {

        MountType merge(List<MountOption> all) {
            List<MountOption> merged = new ArrayList<>();
            for (Map.Entry<String, OptionOverride> e : options.entrySet()) {
                MountOption base = all.stream().filter(o -> o.name().equals(e.getKey())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("mounts.json: unknown option " + e.getKey()));
                OptionOverride o = e.getValue();
                merged.add(new MountOption(base.name(), base.aliases(),
                        o.description() != null ? o.description() : base.description(),
                        o.defaultValue() != null ? o.defaultValue() : base.defaultValue(),
                        o.placeholder() != null ? o.placeholder() : base.placeholder(), base.bool(),
                        o.values() != null ? o.values() : base.values()));
            }
            MountOption type = all.stream().filter(o -> o.name().equals("type")).findFirst().orElseThrow();
            merged.add(0, type);
            return new MountType(name, anchor, description, example, isDefault, merged);
        }
    }
}
