package dockerfilels.syntax;

import java.util.Locale;
import java.util.Map;

/**
 * The 18 instructions BuildKit knows and the flags each declares (BuildKit's
 * {@code instructions/parse.go}). ARG, STOPSIGNAL and HEALTHCHECK NONE never validate their
 * flags; every other instruction rejects a flag it does not declare.
 */
public enum Keyword {
    ADD(Map.of("chown", FlagType.STRING, "chmod", FlagType.STRING, "link", FlagType.BOOL, "keep-git-dir", FlagType.BOOL,
            "checksum", FlagType.STRING, "unpack", FlagType.BOOL, "exclude", FlagType.STRINGS)),
    ARG(Map.of()),
    CMD(Map.of()),
    COPY(Map.of("chown", FlagType.STRING, "from", FlagType.STRING, "chmod", FlagType.STRING, "link", FlagType.BOOL,
            "exclude", FlagType.STRINGS, "parents", FlagType.BOOL)),
    ENTRYPOINT(Map.of()),
    ENV(Map.of()),
    EXPOSE(Map.of()),
    FROM(Map.of("platform", FlagType.STRING)),
    HEALTHCHECK(Map.of("interval", FlagType.STRING, "timeout", FlagType.STRING, "start-period", FlagType.STRING,
            "start-interval", FlagType.STRING, "retries", FlagType.STRING)),
    LABEL(Map.of()),
    MAINTAINER(Map.of()),
    ONBUILD(Map.of()),
    RUN(Map.of("mount", FlagType.STRINGS, "network", FlagType.STRING, "security", FlagType.STRING, "device", FlagType.STRINGS)),
    SHELL(Map.of()),
    STOPSIGNAL(Map.of()),
    USER(Map.of()),
    VOLUME(Map.of()),
    WORKDIR(Map.of());

    /** How BuildKit reads a flag's value. */
    public enum FlagType {
        /** {@code --f}, {@code --f=true|false}. */
        BOOL,
        /** {@code --f=value}, at most once. */
        STRING,
        /** {@code --f=value}, repeatable. */
        STRINGS
    }

    private final Map<String, FlagType> flags;

    Keyword(Map<String, FlagType> flags) {
        this.flags = flags;
    }

    /** The flags this instruction declares, by name without the leading dashes. */
    public Map<String, FlagType> flags() {
        return flags;
    }

    /** Whether BuildKit checks this instruction's flags at all. */
    public boolean validatesFlags() {
        return this != ARG && this != STOPSIGNAL;
    }

    /** The keyword for a word, whatever its case; null for an unknown word. */
    public static Keyword of(String word) {
        return word.length() > 11 ? null : BY_LOWER_NAME.get(GoText.toLower(word));
    }

    private static final Map<String, Keyword> BY_LOWER_NAME = byLowerName();

    private static Map<String, Keyword> byLowerName() {
        Map<String, Keyword> map = new java.util.HashMap<>();
        for (Keyword keyword : values()) {
            map.put(keyword.lowerName(), keyword);
        }
        return Map.copyOf(map);
    }

    /** The keyword as BuildKit stores it: lower case. */
    public String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether instructions of this kind can carry here-documents. */
    public boolean allowsHeredocs() {
        return this == RUN || this == COPY || this == ADD;
    }
}
