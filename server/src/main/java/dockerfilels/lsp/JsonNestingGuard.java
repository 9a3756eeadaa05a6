package dockerfilels.lsp;

import com.google.gson.JsonParseException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stands between a message's content and Gson, counting how deep its arrays and objects nest
 * (brackets inside strings, escapes respected, are text) and failing the read past
 * {@value #MAX_DEPTH} levels, before Gson builds anything that deep. No message of the protocol
 * nests a tenth as deep; a deeper one is an attack or a bug, and gets a parse error.
 *
 * <p>LSP4J hands Gson a reader over exactly one frame's content and does not skip what Gson left
 * unread when it fails: the rest of the frame would be read as the next frame's headers, and the
 * message after it lost. {@link #drain} reads the frame to its end, whatever stopped the parse.
 *
 * <p>Gson reads leniently (single-quoted strings, comments): a comment can hide a quote or
 * bracket from this count, so Gson's own nesting limit (255) stays behind it.
 */
final class JsonNestingGuard extends FilterReader {
    static final int MAX_DEPTH = 128;

    private int depth;
    /** The quote that opened the string being read, or 0 outside strings. */
    private char quote;
    private boolean escaped;

    private JsonNestingGuard(Reader in) {
        super(in);
    }

    /** {@code content}, read through the guard. */
    static Reader guarded(Reader content) {
        return new JsonNestingGuard(content);
    }

    /** Reads the rest of {@code content}, so that the stream is at the next frame. */
    static void drain(Reader content) {
        char[] skipped = new char[8192];
        try {
            while (content.read(skipped) >= 0) {
                // discard
            }
        } catch (IOException | RuntimeException e) {
            // The stream is broken: nothing after it can be read anyway.
        }
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            count(buffer[i]);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        // Through read, so that skipped characters are counted too.
        char[] skipped = new char[(int) Math.min(n, 8192)];
        long done = 0;
        while (done < n) {
            int read = read(skipped, 0, (int) Math.min(skipped.length, n - done));
            if (read < 0) {
                break;
            }
            done += read;
        }
        return done;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(char c) {
        if (quote != 0) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == quote) {
                quote = 0;
            }
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[' || c == '{') {
            if (++depth > MAX_DEPTH) {
                throw new JsonParseException("JSON nested deeper than " + MAX_DEPTH + " levels");
            }
        } else if (c == ']' || c == '}') {
            depth--;
        }
    }
}
