package dockerfilels.rules;

import dockerfilels.syntax.TextRange;

/** Replace {@code range} with {@code newText}. */
public record TextEdit(TextRange range, String newText) {
}
