package dockerfilels.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lexer's constructs one at a time, independent of the corpus. */
class ShellLexerTest {
    private static final Env ENV = Env.of(Map.of("PWD", "/home", "NULL", "", "SPACED", "a  b", "FOO", "xxyy",
            "STARS", "a***yy*", "PATH_LIKE", "/tmp/tmp/bar.txt"));
    private static final ShellLexer BACKSLASH = new ShellLexer('\\');
    private static final ShellLexer BACKTICK = new ShellLexer('`');

    private static void assertWord(String source, String expected) throws ShellException {
        assertEquals(expected, BACKSLASH.processWord(source, ENV), source);
    }

    private static void assertWords(String source, String... expected) throws ShellException {
        assertEquals(List.of(expected), BACKSLASH.processWords(source, ENV), source);
    }

    private static String assertError(String source) {
        return assertThrows(ShellException.class, () -> BACKSLASH.processWord(source, ENV), source).reason();
    }

    @Test
    void plainVariables() throws ShellException {
        assertWord("$PWD", "/home");
        assertWord("${PWD}x", "/homex");
        assertWord("$PWDx", "");
        assertWord("a$UNSET-b", "a-b");
        assertWord("$", "$");
        assertWord("a$ b", "a$ b");
        assertWord("$1x", "x");
        assertWord("$001x", "x");
        assertWord("$@@", "@");
        assertWord("${aaa}}", "}");
    }

    @Test
    void defaultAndAlternativeModifiers() throws ShellException {
        assertWord("he${XXX:-000}xx", "he000xx");
        assertWord("he${PWD:-000}xx", "he/homexx");
        assertWord("${NULL:-d}", "d");
        assertWord("${NULL-d}", "");
        assertWord("${XXX-d}", "d");
        assertWord("${PWD:+alt}", "alt");
        assertWord("${NULL:+alt}", "");
        assertWord("${NULL+alt}", "alt");
        assertWord("${XXX+alt}", "");
        assertWord("${XXX:-$PWD/x}", "/home/x");
        assertWord("${XXX:-${YYY:-${PWD}}}", "/home");
    }

    @Test
    void requiredModifiers() throws ShellException {
        assertWord("${PWD:?}", "/home");
        assertWord("${NULL?}", "");
        assertEquals("NULL: is not allowed to be empty", assertError("${NULL:?}"));
        assertEquals("XXX: is not allowed to be unset", assertError("${XXX?}"));
        assertEquals("XXX: set it in $PWD", assertError("${XXX?set it in \\$PWD}"));
    }

    @Test
    void prefixAndSuffixModifiers() throws ShellException {
        assertWord("${FOO#x}", "xyy");
        assertWord("${FOO##*x}", "yy");
        assertWord("${FOO#*}", "xxyy");
        assertWord("${FOO%y}", "xxy");
        assertWord("${FOO%%y*}", "xx");
        assertWord("${FOO%?}", "xxy");
        assertWord("${STARS%%\\**\\*}", "a");
        assertWord("${FOO#zz}", "xxyy");
        assertWord("${XXX#x}", "");
    }

    @Test
    void replaceModifiers() throws ShellException {
        assertWord("${PATH_LIKE/\\/tmp/}", "/tmp/bar.txt");
        assertWord("${PATH_LIKE//\\/tmp/}", "/bar.txt");
        assertWord("${FOO//y/z}", "xxzz");
        assertWord("${FOO/?/-}", "-xyy");
        assertWord("${FOO//x*/<}", "<");
        assertWord("${FOO///-}", "-x-x-y-y-");
        // Replace-all goes through Go's ReplaceAllString: $0 is the match, $$ a dollar.
        assertWord("${FOO//x/['$0']}", "[x][x]yy");
        assertWord("${FOO//x/'$$'}", "$$yy"); // each $$ is one $
        assertWord("${FOO/x/['$0']}", "[$0]xyy");
        // Escapes stay in replacement words (BuildKit lexes them with raw escapes).
        assertWord("${FOO//x/\\$0}", "\\x\\xyy");
    }

    @Test
    void patternWildcardsDoNotMatchNewlines() throws ShellException {
        Env env = Env.of(Map.of("V", "ab\ncd"));
        assertEquals("ab\ncd", BACKSLASH.processWord("${V#*c}", env));
        assertEquals("ab\ncd", BACKSLASH.processWord("${V#ab?cd}", env));
        assertEquals("cd", BACKSLASH.processWord("${V#ab\n}", env));
        assertEquals("ab\n-", BACKSLASH.processWord("${V//c*/-}", env));
    }

    @Test
    void modifierErrors() {
        assertEquals("unsupported modifier (=) in substitution", assertError("${PWD=x}"));
        assertEquals("unsupported modifier (:=) in substitution", assertError("${PWD:=x}"));
        assertEquals("unsupported modifier (:#) in substitution", assertError("${FOO:#x}"));
        assertEquals("unsupported modifier (:%) in substitution", assertError("${FOO:%x}"));
        assertEquals("unsupported modifier ( ) in substitution", assertError("${FOO x}"));
        assertEquals("syntax error: bad substitution", assertError("${}"));
        assertEquals("syntax error: bad substitution", assertError("${:x}"));
        assertEquals("syntax error: bad substitution", assertError("${{x}"));
        assertEquals("syntax error: missing '}'", assertError("${"));
        assertEquals("syntax error: missing '}'", assertError("${FOO"));
        assertEquals("syntax error: missing '}'", assertError("${FOO:-x"));
        assertEquals("syntax error: missing '/' in ${}", assertError("${FOO//x}"));
        assertEquals("invalid pattern (\\x) in substitution: invalid escape '\\x'", assertError("${FOO#\\x}"));
    }

    @Test
    void errorMessageNamesTheWordLikeBuildKit() {
        ShellException e = assertThrows(ShellException.class, () -> BACKSLASH.processWord("a${b", ENV));
        assertEquals("failed to process \"a${b\": syntax error: missing '}'", e.getMessage());
    }

    @Test
    void quotes() throws ShellException {
        assertWord("he'll'o", "hello");
        assertWord("'$PWD'", "$PWD");
        assertWord("\"$PWD\"", "/home");
        assertWord("\"a'b\"", "a'b");
        assertWord("'a\"b'", "a\"b");
        assertEquals("unexpected end of statement while looking for matching single-quote", assertError("'abc"));
        assertEquals("unexpected end of statement while looking for matching double-quote", assertError("\"abc"));
    }

    @Test
    void backslashEscapes() throws ShellException {
        assertWord("abc\\tdef", "abctdef");
        assertWord("\\$PWD", "$PWD");
        assertWord("he\\'llo", "he'llo");
        assertWord("hello\\", "hello");
        assertWord("\"abc\\tdef\"", "abc\\tdef");
        assertWord("\"\\\"\\$\\\\\"", "\"$\\");
    }

    @Test
    void backtickEscapes() throws ShellException {
        assertEquals("$PWD", BACKTICK.processWord("`$PWD", ENV));
        assertEquals("C:\\dir", BACKTICK.processWord("C:\\dir", ENV));
        assertEquals("a\"b", BACKTICK.processWord("\"a`\"b\"", ENV));
        assertEquals("a`xb", BACKTICK.processWord("\"a`xb\"", ENV));
        assertEquals("ab", BACKTICK.processWord("ab`", ENV));
    }

    @Test
    void rawModes() throws ShellException {
        ShellLexer raw = BACKSLASH.withRawQuotes(true).withRawEscapes(true);
        assertEquals("'a b' \"c\\$d\" e\\ f", raw.processWord("'a b' \"c\\$d\" e\\ f", ENV));
        assertEquals(List.of("'a b'", "\"c\"", "e\\ f"), raw.processWords("'a b' \"c\" e\\ f", ENV));
        ShellLexer keep = BACKSLASH.withSkipUnsetEnv(true);
        assertEquals("$XXX ${XXX} ${XXX:-d} /home", keep.processWord("$XXX ${XXX} ${XXX:-d} $PWD", ENV));
    }

    @Test
    void wordSplitting() throws ShellException {
        assertWords("a  b", "a", "b");
        assertWords("x${SPACED}y", "xa", "by");
        assertWords("x\"${SPACED}\"y", "xa  by");
        assertWords("a\\ b", "a b");
        assertWords("'' \"\" x", "x");
        assertWords("  ");
        // Like BuildKit, << keeps the blanks after it in its word (for heredoc detection).
        assertWords("cat <<  EOF x", "cat", "<<  EOF", "x");
    }

    @Test
    void matchesIncludeNamesInUnusedModifierWords() throws ShellException {
        Expansion expansion = BACKSLASH.processWordWithMatches("${PWD:-$A}${B:+$NULL}", ENV);
        assertEquals("/home", expansion.result());
        assertEquals(Set.of("PWD", "NULL"), expansion.matched());
        assertEquals(Set.of("A", "B"), expansion.unmatched());
    }

    @Test
    void envFromList() {
        Env env = Env.fromList(List.of("a=1", "b", "a=2=3"));
        assertEquals("2=3", env.get("a"));
        assertEquals("", env.get("b"));
        assertEquals(null, env.get("c"));
        assertEquals(null, Env.EMPTY.get("a"));
    }

    @Test
    void unicodeNamesAndValues() throws ShellException {
        Env env = Env.of(Map.of("변수", "값", "E", "😀x"));
        assertEquals("값/x", BACKSLASH.processWord("$변수/${E#?}", env));
    }
}
