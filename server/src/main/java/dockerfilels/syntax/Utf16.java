package dockerfilels.syntax;

import java.nio.CharBuffer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;

/**
 * ANTLR input over UTF-16 code units rather than code points, so token offsets are Java string
 * offsets and LSP columns without conversion (surrogates are just more characters of a word).
 */
final class Utf16 {
    private Utf16() {
    }

    static CharStream stream(String text) {
        return CodePointCharStream.fromBuffer(CodePointBuffer.withChars(CharBuffer.wrap(text.toCharArray())));
    }
}
