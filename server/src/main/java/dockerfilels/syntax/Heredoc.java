package dockerfilels.syntax;

/**
 * A here-document of RUN, COPY or ADD: {@code <<EOF} on the instruction line, then its body
 * lines up to the terminator line. {@code content} is the raw body, newlines included (tabs
 * not yet stripped for {@code <<-}). {@code terminator} is null when the file ends first.
 */
public record Heredoc(String name, int fileDescriptor, boolean chomp, boolean expand, Word marker, String content,
        TextRange body, TextRange terminator) {

    public boolean terminated() {
        return terminator != null;
    }

    public Heredoc shift(int lines) {
        return lines == 0 ? this
                : new Heredoc(name, fileDescriptor, chomp, expand, marker.shift(lines), content, body.shift(lines),
                        terminator == null ? null : terminator.shift(lines));
    }
}
