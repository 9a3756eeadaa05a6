package dockerfilels.features.formatting;

import dockerfilels.settings.FormattingSettings;

/**
 * What formatting is asked for: the client's tab size and spaces-or-tabs (LSP's
 * FormattingOptions), and the user's formatting settings, which may override the indent.
 */
public record FormatOptions(int tabSize, boolean insertSpaces, FormattingSettings settings) {

    public static final FormatOptions DEFAULT = new FormatOptions(4, true, FormattingSettings.DEFAULT);

    public FormatOptions {
        tabSize = Math.max(1, Math.min(tabSize, FormattingSettings.MAX_INDENT));
        settings = settings == null ? FormattingSettings.DEFAULT : settings;
    }

    /** One level of continuation indentation: the setting's spaces, else the client's tab or spaces. */
    public String indentUnit() {
        if (settings.continuationIndent() != null) {
            return " ".repeat(settings.continuationIndent());
        }
        return insertSpaces ? " ".repeat(tabSize) : "\t";
    }

    /** {@code columns} of indentation in this style: spaces, or tabs then spaces for the remainder. */
    String indentOf(int columns) {
        if (columns <= 0) {
            return "";
        }
        if (insertSpaces || settings.continuationIndent() != null) {
            return " ".repeat(columns);
        }
        return "\t".repeat(columns / tabSize) + " ".repeat(columns % tabSize);
    }

    /** The width of leading whitespace in columns, tabs advancing to the next tab stop. */
    int columns(CharSequence indentation) {
        int width = 0;
        for (int i = 0; i < indentation.length(); i++) {
            width = indentation.charAt(i) == '\t' ? (width / tabSize + 1) * tabSize : width + 1;
        }
        return width;
    }
}
