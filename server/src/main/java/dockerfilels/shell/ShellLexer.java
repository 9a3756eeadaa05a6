package dockerfilels.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's Dockerfile shell lexer ({@code frontend/dockerfile/shell/lex.go}): variable expansion,
 * quote and escape removal, and word splitting, as used for ENV, ARG, COPY, EXPOSE, ... values.
 *
 * <p>Immutable and thread-safe (BuildKit's {@code Lex} is not): every call gets its own scanner.
 * Supported: {@code $v}, {@code ${v}}, {@code ${v:-w} ${v-w} ${v:+w} ${v+w} ${v:?w} ${v?w}},
 * {@code ${v#p} ${v##p} ${v%p} ${v%%p} ${v/p/r} ${v//p/r}}; positional and special parameters
 * ({@code $1}, {@code $@}, ...) are never set. Everything runs in time linear in the input (pattern
 * matching and result size are bounded by {@link WorkBudget}), and nesting of {@code ${...}} is
 * capped at {@value Expander#MAX_NESTING}; both limits throw {@link ShellException}.
 */
public final class ShellLexer {
    private final char escapeToken;
    private final boolean rawQuotes;
    private final boolean rawEscapes;
    private final boolean skipUnsetEnv;

    /** A lexer with the Dockerfile escape character: {@code '\\'} (default) or {@code '`'}. */
    public ShellLexer(char escapeToken) {
        this(escapeToken, false, false, false);
    }

    private ShellLexer(char escapeToken, boolean rawQuotes, boolean rawEscapes, boolean skipUnsetEnv) {
        this.escapeToken = escapeToken;
        this.rawQuotes = rawQuotes;
        this.rawEscapes = rawEscapes;
        this.skipUnsetEnv = skipUnsetEnv;
    }

    /** Keep quote characters in the output (they still group text into one word). */
    public ShellLexer withRawQuotes(boolean raw) {
        return new ShellLexer(escapeToken, raw, rawEscapes, skipUnsetEnv);
    }

    /** Keep escape characters in the output (they still escape). */
    public ShellLexer withRawEscapes(boolean raw) {
        return new ShellLexer(escapeToken, rawQuotes, raw, skipUnsetEnv);
    }

    /** Leave references to unset variables as written ({@code $X}, {@code ${X:-w}}) instead of expanding them. */
    public ShellLexer withSkipUnsetEnv(boolean skip) {
        return new ShellLexer(escapeToken, rawQuotes, rawEscapes, skip);
    }

    public char escapeToken() {
        return escapeToken;
    }

    public boolean rawQuotes() {
        return rawQuotes;
    }

    public boolean rawEscapes() {
        return rawEscapes;
    }

    public boolean skipUnsetEnv() {
        return skipUnsetEnv;
    }

    /** BuildKit {@code ProcessWord}: the expanded word as one string; whitespace is kept. */
    public String processWord(String word, Env env) throws ShellException {
        return new Expander(this, env, word).run().text();
    }

    /** BuildKit {@code ProcessWords}: expanded, then split on unquoted whitespace; empty words are dropped. */
    public List<String> processWords(String word, Env env) throws ShellException {
        List<String> words = new ArrayList<>();
        for (WordSplitter.Word w : new Expander(this, env, word).run().words()) {
            words.add(w.text());
        }
        return words;
    }

    /** Like {@link #processWords} but with each word's source span (used to locate heredoc markers). */
    List<WordSplitter.Word> processWordsWithSpans(String word, Env env) throws ShellException {
        return new Expander(this, env, word).run().words();
    }

    /** BuildKit {@code ProcessWordWithMatches}: the expansion plus the variable names found and not found. */
    public Expansion processWordWithMatches(String word, Env env) throws ShellException {
        Expander expander = new Expander(this, env, word);
        String result = expander.run().text();
        return new Expansion(result, expander.matched, expander.unmatched);
    }
}
