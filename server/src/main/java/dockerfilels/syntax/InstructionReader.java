package dockerfilels.syntax;

import dockerfilels.grammar.InstructionLexer;
import dockerfilels.grammar.InstructionParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Reads one instruction's logical text the way BuildKit's parser does (corpus FORMAT.md 3.5
 * and 4): keyword, flags, and the argument values of each instruction's form.
 */
final class InstructionReader {
    private final String text;
    private final char escape;
    private final Locator locator;
    /** How deep in ONBUILD ONBUILD ... chains the reader is. */
    private int triggerDepth;
    static final int MAX_TRIGGER_DEPTH = 32;

    InstructionReader(String text, char escape, Locator locator) {
        this.text = text;
        this.escape = escape;
        this.locator = locator;
    }

    /** Reads the instruction in text[from, to). */
    Instruction.Builder read(int from, int to) {
        Instruction.Builder b = new Instruction.Builder();
        int start = GoText.skipSpace(text, from, to);
        int end = GoText.trimSpaceEnd(text, start, to);
        int keywordEnd = start;
        while (keywordEnd < end && !GoText.isSeparator(text.charAt(keywordEnd))) {
            keywordEnd++;
        }
        b.locator = locator;
        b.logicalStart = start;
        b.keyword = locator.word(text, start, keywordEnd);
        b.kind = Keyword.of(b.keyword.text());
        b.text = text.substring(start, end);
        b.range = locator.range(start, end);

        List<int[]> words = leadingWords(keywordEnd, end);
        int restStart = end;
        for (int[] word : words) {
            String raw = text.substring(word[0], word[1]);
            if (!raw.startsWith("--")) {
                restStart = word[0];
                break;
            }
            String processed = flagText(raw);
            if (processed.equals("--")) {
                restStart = word[1];
                break;
            }
            b.flags.add(flag(raw, processed, word[0], word[1]));
        }
        restStart = GoText.skipSpace(text, restStart, end);
        if (restStart < end) {
            b.rest = locator.word(text, restStart, end);
            b.restOffset = restStart - start;
        }
        readArguments(b, restStart, end);
        return b;
    }

    private void readArguments(Instruction.Builder b, int from, int to) {
        String keyword = GoText.toLower(b.keyword.text());
        switch (keyword) {
            case "from", "expose" -> splitOnSeparators(b, from, to);
            case "add", "copy", "volume" -> {
                if (!json(b, from, to)) {
                    splitOnSeparators(b, from, to);
                }
            }
            case "run", "cmd", "entrypoint", "shell" -> commandArguments(b, from, to);
            case "maintainer", "stopsignal", "user", "workdir" -> wholeRest(b, from, to);
            case "arg" -> b.arguments.addAll(shellWords(from, to));
            case "env", "label" -> pairs(b, keyword.toUpperCase(java.util.Locale.ROOT), from, to);
            case "healthcheck" -> healthcheck(b, from, to);
            case "onbuild" -> {
                if (from < to && triggerDepth >= MAX_TRIGGER_DEPTH) {
                    // ONBUILD ONBUILD ... nested this deep is rejected anyway (chaining); keep the
                    // rest as text rather than recursing once per word (stack overflow, quadratic time).
                    wholeRest(b, from, to);
                } else if (from < to) {
                    triggerDepth++;
                    b.trigger = read(from, to);
                    triggerDepth--;
                    b.buildKitError = b.trigger.buildKitError;
                }
            }
            default -> b.arguments.add(new Word("", locator.range(to, to)));
        }
    }

    /** RUN, CMD, ENTRYPOINT, SHELL: a JSON array, or the whole rest as one shell command. */
    private void commandArguments(Instruction.Builder b, int from, int to) {
        if (!json(b, from, to)) {
            wholeRest(b, from, to);
        }
    }

    private void wholeRest(Instruction.Builder b, int from, int to) {
        if (from < to) {
            b.arguments.add(locator.word(text, from, to));
        }
    }

    private boolean json(Instruction.Builder b, int from, int to) {
        JsonForm.Result result = JsonForm.parse(text, from, to);
        switch (result.kind()) {
            case NOT_JSON:
                return false;
            case NOT_STRINGS:
                b.json = true;
                b.fail(JsonForm.NOT_STRINGS, "InvalidJsonArguments", locator.range(from, to));
                return true;
            default:
                b.json = true;
                for (int i = 0; i < result.values().size(); i++) {
                    b.arguments.add(new Word(result.values().get(i), locator.range(result.starts()[i], result.ends()[i])));
                }
                return true;
        }
    }

    /** BuildKit's plain split: on runs of ASCII separators, quotes mean nothing. */
    private void splitOnSeparators(Instruction.Builder b, int from, int to) {
        int i = from;
        while (i < to) {
            while (i < to && GoText.isSeparator(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !GoText.isSeparator(text.charAt(i))) {
                i++;
            }
            if (start < i) {
                b.arguments.add(locator.word(text, start, i));
            }
        }
    }

    /** HEALTHCHECK: the type word, then the command read like RUN's. */
    private void healthcheck(Instruction.Builder b, int from, int to) {
        if (from >= to) {
            return;
        }
        int typeEnd = from;
        while (typeEnd < to && !GoText.isSpace(text.charAt(typeEnd))) {
            typeEnd++;
        }
        b.arguments.add(locator.word(text, from, typeEnd));
        int cmd = GoText.skipSpace(text, typeEnd, to);
        if (!json(b, cmd, to)) {
            wholeRest(b, cmd, to);
        }
    }

    /** ENV and LABEL: {@code key=value ...}, or the legacy {@code key value} (one pair, value = rest). */
    private void pairs(Instruction.Builder b, String name, int from, int to) {
        List<int[]> words = shellWordSpans(from, to);
        if (words.isEmpty()) {
            return;
        }
        if (text.substring(words.get(0)[0], words.get(0)[1]).indexOf('=') < 0) {
            int keyEnd = from;
            while (keyEnd < to && !GoText.isSeparator(text.charAt(keyEnd))) {
                keyEnd++;
            }
            if (keyEnd >= to) {
                b.fail(name + " must have two arguments", "MissingArguments", locator.range(from, to));
                return;
            }
            int valueStart = keyEnd;
            while (valueStart < to && GoText.isSeparator(text.charAt(valueStart))) {
                valueStart++;
            }
            b.pairs.add(new KeyValue(locator.word(text, from, keyEnd), locator.word(text, valueStart, to), true));
            return;
        }
        for (int[] word : words) {
            int eq = text.substring(word[0], word[1]).indexOf('=');
            if (eq < 0) {
                b.fail("Syntax error - can't find = in " + GoQuote.quote(text.substring(word[0], word[1]))
                        + ". Must be of the form: name=value", "InvalidKeyValue", locator.range(word[0], word[1]));
                continue;
            }
            b.pairs.add(new KeyValue(locator.word(text, word[0], word[0] + eq),
                    locator.word(text, word[0] + eq + 1, word[1]), false));
        }
    }

    private List<Word> shellWords(int from, int to) {
        List<Word> words = new ArrayList<>();
        for (int[] span : shellWordSpans(from, to)) {
            words.add(locator.word(text, span[0], span[1]));
        }
        return words;
    }

    /**
     * BuildKit's {@code parseWords} for ARG, ENV and LABEL: words split on any Unicode space,
     * quotes and escapes kept; an escape at the very end is dropped.
     */
    private List<int[]> shellWordSpans(int from, int to) {
        List<int[]> words = new ArrayList<>();
        if (from >= to) {
            return words;
        }
        int wordStart = -1;
        int wordEnd = -1;
        for (Token token : tokens(from, to)) {
            int type = token.getType();
            int s = from + token.getStartIndex();
            int e = from + token.getStopIndex() + 1;
            if (type == InstructionLexer.SPACE || type == InstructionLexer.UNICODE_SPACE) {
                if (wordStart >= 0 && wordEnd > wordStart) {
                    words.add(new int[] {wordStart, wordEnd});
                }
                wordStart = -1;
                continue;
            }
            if (wordStart < 0) {
                wordStart = s;
            }
            wordEnd = e;
            boolean danglingEscape = type == InstructionLexer.LONE_ESCAPE
                    || (type == InstructionLexer.DOUBLE_QUOTED && e - s > 1 && text.charAt(e - 1) == escape);
            if (e == to && danglingEscape) {
                wordEnd = e - 1;
            }
        }
        if (wordStart >= 0 && wordEnd > wordStart) {
            words.add(new int[] {wordStart, wordEnd});
        }
        return words;
    }

    /**
     * Word spans [start, end) of text[from, to) per the instruction grammar: the flag words and the
     * first word after them, which is all {@link #read} looks at. The parse stops there and builds no
     * tree: a CMD of half a million words used to become a parse tree with a million children, whose
     * growing child array (too large for the young generation) made parsing superlinear.
     */
    private List<int[]> leadingWords(int from, int to) {
        List<int[]> spans = new ArrayList<>();
        if (from >= to) {
            return spans;
        }
        InstructionLexer lexer = lexer(from, to);
        InstructionParser parser = new InstructionParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.setBuildParseTree(false);
        parser.addParseListener(new WordListener(from, spans));
        try {
            parser.words();
        } catch (LeadingWordsRead done) {
            // The first word that is not a flag was read: the rest is the arguments.
        } catch (ParseCancellationException cannotHappen) {
            // Every character belongs to some token and every token sequence is a list of words;
            // should the grammar ever disagree, fall back to "no flags": the whole text is the rest.
            spans.clear();
        }
        return spans;
    }

    /** Collects each word's span as the parser leaves it; stops the parse after the first word that is not a flag. */
    private final class WordListener implements ParseTreeListener {
        private final int from;
        private final List<int[]> spans;

        WordListener(int from, List<int[]> spans) {
            this.from = from;
            this.spans = spans;
        }

        @Override
        public void exitEveryRule(ParserRuleContext ctx) {
            if (ctx instanceof InstructionParser.WordContext word) {
                int start = from + word.start.getStartIndex();
                int end = from + word.stop.getStopIndex() + 1;
                spans.add(new int[] {start, end});
                if (!text.startsWith("--", start)) {
                    throw new LeadingWordsRead();
                }
            }
        }

        @Override
        public void enterEveryRule(ParserRuleContext ctx) {
        }

        @Override
        public void visitTerminal(TerminalNode node) {
        }

        @Override
        public void visitErrorNode(ErrorNode node) {
        }
    }

    /** Ends the parse of the leading words early; carries no stack trace, as it is no error. */
    private static final class LeadingWordsRead extends RuntimeException {
        LeadingWordsRead() {
            super(null, null, false, false);
        }
    }

    private List<? extends Token> tokens(int from, int to) {
        return lexer(from, to).getAllTokens();
    }

    private InstructionLexer lexer(int from, int to) {
        InstructionLexer lexer = new InstructionLexer(Utf16.stream(text.substring(from, to)));
        lexer.removeErrorListeners();
        if (escape == '`') {
            lexer.mode(InstructionLexer.BACKTICK);
        }
        return lexer;
    }

    private Flag flag(String raw, String processed, int start, int end) {
        String body = processed.substring(2);
        int eq = body.indexOf('=');
        String name = eq < 0 ? body : body.substring(0, eq);
        String value = eq < 0 ? null : body.substring(eq + 1);
        int rawEq = raw.indexOf('=');
        TextRange nameRange = locator.range(start, rawEq < 0 ? end : start + rawEq);
        TextRange valueRange = rawEq < 0 ? null : locator.range(start + rawEq + 1, end);
        return new Flag(locator.word(text, start, end), name, value, nameRange, valueRange);
    }

    /**
     * A flag word as BuildKit collects it: quotes removed, an escape takes the next character
     * literally (inside quotes too), an escape at the very end is dropped.
     */
    private String flagText(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        char quote = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == escape) {
                if (i + 1 < raw.length()) {
                    out.append(raw.charAt(++i));
                }
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
