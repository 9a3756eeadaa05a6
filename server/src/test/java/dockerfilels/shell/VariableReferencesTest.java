package dockerfilels.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VariableReferencesTest {
    private static List<VariableReference> find(String text) {
        return VariableReferences.find(text, '\\');
    }

    private static List<String> names(String text) {
        return find(text).stream().map(VariableReference::name).toList();
    }

    @Test
    void unbracedOffsets() {
        assertEquals(List.of(new VariableReference("PWD", 2, 6, 3, 6, "", false)), find("a/$PWD/b"));
        assertEquals(List.of(new VariableReference("1", 0, 2, 1, 2, "", false),
                new VariableReference("@", 2, 4, 3, 4, "", false)), find("$1$@x"));
    }

    @Test
    void bracedOffsetsAndModifiers() {
        assertEquals(List.of(new VariableReference("A", 1, 5, 3, 4, "", true)), find("x${A}y"));
        String[][] cases = {{":-", "${A:-w}"}, {"-", "${A-w}"}, {":+", "${A:+w}"}, {"+", "${A+w}"},
            {":?", "${A:?w}"}, {"?", "${A?w}"}, {"#", "${A#w}"}, {"##", "${A##w}"}, {"%", "${A%w}"},
            {"%%", "${A%%w}"}, {"/", "${A/p/r}"}, {"//", "${A//p/r}"}};
        for (String[] c : cases) {
            assertEquals(List.of(new VariableReference("A", 0, c[1].length(), 2, 3, c[0], true)), find(c[1]), c[1]);
        }
    }

    @Test
    void nestedReferencesAreReported() {
        assertEquals(List.of(new VariableReference("a", 0, 8, 2, 3, ":-", true),
                new VariableReference("b", 5, 7, 6, 7, "", false)), find("${a:-$b}"));
        assertEquals(List.of("a", "b", "c", "d"), names("${a/$b/${c:-$d}}"));
        assertEquals(List.of("a", "b"), names("${a:-\"${b}}\"}"));
    }

    @Test
    void quotesAndEscapes() {
        assertEquals(List.of(), names("'$A ${B}'"));
        assertEquals(List.of("B"), names("\"$B\""));
        assertEquals(List.of(), names("\\$A"));
        assertEquals(List.of(), names("\"\\$A\""));
        assertEquals(List.of("A"), names("\"\\x$A\""));
        assertEquals(List.of(), VariableReferences.find("`$A", '`'));
        assertEquals(List.of("A"), VariableReferences.find("\\$A", '`').stream().map(VariableReference::name).toList());
        assertEquals(List.of(), names("${A:-'}'"));
    }

    @Test
    void malformedReferencesAreSkippedWithoutFailing() {
        assertEquals(List.of(), names("${"));
        assertEquals(List.of(), names("${A"));
        assertEquals(List.of(), names("${A=x}"));
        assertEquals(List.of(), names("${}"));
        assertEquals(List.of("B"), names("${A:-$B"));
        assertEquals(List.of("x"), names("$ $. ${x}"));
    }

    @Test
    void deepNestingIsFine() {
        String deep = "${a:-".repeat(50_000) + "$b" + "}".repeat(50_000);
        assertEquals(50_001, find(deep).size());
    }
}
