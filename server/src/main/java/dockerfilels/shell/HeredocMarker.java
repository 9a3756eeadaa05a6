package dockerfilels.shell;

/**
 * A heredoc start such as {@code <<EOF}, {@code <<-'EOF'} or {@code 3<<EOF}.
 *
 * @param name   the terminator word with quotes removed and escapes applied
 * @param fd     the file descriptor digits before {@code <<}, or -1 when there are none
 * @param chomp  {@code <<-}: leading tabs are removed from the body lines and the terminator
 * @param expand false when any part of the name was quoted: the body is then taken literally
 * @param start  char offset of the marker word in its line, -1 from {@link Heredocs#parse}
 * @param end    char offset just after the marker word, -1 from {@link Heredocs#parse}
 */
public record HeredocMarker(String name, int fd, boolean chomp, boolean expand, int start, int end) {
    HeredocMarker at(int wordStart, int wordEnd) {
        return new HeredocMarker(name, fd, chomp, expand, wordStart, wordEnd);
    }
}
