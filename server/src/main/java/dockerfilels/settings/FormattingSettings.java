package dockerfilels.settings;

/**
 * How the user wants Dockerfiles formatted, beyond what the client's formatting options say:
 * {@code continuationIndent}, the spaces that indent a continuation line (null: follow the
 * client's tab size and spaces-or-tabs), and {@code ignoreMultilineInstructions}, which leaves
 * the continuation lines of multi-line instructions exactly as they are. Immutable.
 */
public record FormattingSettings(Integer continuationIndent, boolean ignoreMultilineInstructions) {

    public static final FormattingSettings DEFAULT = new FormattingSettings(null, false);

    /** The largest continuation indent we take; more is surely a typo. */
    public static final int MAX_INDENT = 32;
}
