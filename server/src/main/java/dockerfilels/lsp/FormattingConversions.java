package dockerfilels.lsp;

import dockerfilels.features.formatting.FormatOptions;
import dockerfilels.features.formatting.OnTypeFormatter;
import dockerfilels.settings.FormattingSettings;
import java.util.List;
import org.eclipse.lsp4j.DocumentOnTypeFormattingOptions;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;

/** Formatting's options and edits between LSP4J's types and ours. */
final class FormattingConversions {
    private FormattingConversions() {
    }

    /** On-type formatting triggers on a newline only: that is when a continuation line wants its indent. */
    static DocumentOnTypeFormattingOptions onTypeCapability() {
        return new DocumentOnTypeFormattingOptions(OnTypeFormatter.TRIGGER);
    }

    /** The client's options (absent fields: 4 spaces) with the user's settings. */
    static FormatOptions options(FormattingOptions client, FormattingSettings settings) {
        if (client == null) {
            return new FormatOptions(FormatOptions.DEFAULT.tabSize(), true, settings);
        }
        Boolean spaces = client.getBoolean("insertSpaces");
        return new FormatOptions(client.getTabSize() > 0 ? client.getTabSize() : FormatOptions.DEFAULT.tabSize(),
                spaces == null || spaces, settings);
    }

    static List<TextEdit> edits(List<dockerfilels.rules.TextEdit> edits) {
        return edits.stream().map(e -> new TextEdit(LspConversions.range(e.range()), e.newText())).toList();
    }
}
