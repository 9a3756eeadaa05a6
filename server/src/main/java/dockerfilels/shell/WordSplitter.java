package dockerfilels.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the words of a {@link ShellLexer#processWords} result, following BuildKit's
 * {@code wordsStruct}: whitespace splits only when it is added with {@link #addSplitting} (plain
 * unquoted text and unquoted {@code $} expansions); quoted text and escaped characters never split;
 * empty words are dropped. Each word also remembers the source span it came from, so heredoc
 * markers can be located in their line.
 */
final class WordSplitter {
    /** One word and the char offsets of the source text that produced it. */
    record Word(String text, int start, int end) {
    }

    private final List<Word> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private boolean inWord;
    private int wordStart;

    /**
     * Adds text that splits on whitespace. {@code sourceStart} is where that text came from; when the
     * text is a copy of the source (the usual case for raw lexing) positions inside it are exact.
     */
    void addSplitting(String text, int sourceStart, int sourceEnd) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int at = Math.min(sourceStart + i, sourceEnd);
            if (GoText.isSpace(cp)) {
                // BuildKit keeps inWord set when the word is still empty (after an empty quote).
                if (inWord && word.length() != 0) {
                    words.add(new Word(word.toString(), wordStart, at));
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                begin(at);
                word.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
    }

    /** Adds text that never splits (quoted strings, escaped characters, a heredoc {@code <<}). */
    void addRaw(String text, int sourceStart) {
        begin(sourceStart);
        word.append(text);
    }

    private void begin(int sourceStart) {
        if (!inWord) {
            inWord = true;
            wordStart = sourceStart;
        }
    }

    List<Word> finish(int sourceEnd) {
        if (word.length() > 0) {
            words.add(new Word(word.toString(), wordStart, sourceEnd));
            word.setLength(0);
            inWord = false;
        }
        return words;
    }
}
