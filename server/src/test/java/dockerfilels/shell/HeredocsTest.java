package dockerfilels.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeredocsTest {
    private static HeredocMarker marker(String name, int fd, boolean chomp, boolean expand) {
        return new HeredocMarker(name, fd, chomp, expand, -1, -1);
    }

    @Test
    void parsesMarkerParts() throws ShellException {
        assertEquals(Optional.of(marker("EOF", -1, false, true)), Heredocs.parse("<<EOF"));
        assertEquals(Optional.of(marker("EOF", -1, true, true)), Heredocs.parse("<<-EOF"));
        assertEquals(Optional.of(marker("EOF", 3, false, true)), Heredocs.parse("3<<EOF"));
        assertEquals(Optional.of(marker("EOF", -1, false, false)), Heredocs.parse("<<'EOF'"));
        assertEquals(Optional.of(marker("EOF", -1, true, false)), Heredocs.parse("<<-\"EOF\""));
        assertEquals(Optional.of(marker("eof", -1, false, false)), Heredocs.parse("<<eo'f'"));
        assertEquals(Optional.of(marker("eo'f", -1, false, true)), Heredocs.parse("<<eo\\'f"));
        assertEquals(Optional.of(marker("$EOF", -1, false, true)), Heredocs.parse("<<$EOF"));
        assertEquals(Optional.of(marker("one two", -1, false, false)), Heredocs.parse("<<'one two'"));
        assertEquals(Optional.of(marker("EOF", -1, false, true)), Heredocs.parse("<<  \tEOF"));
    }

    @Test
    void rejectsNonMarkers() throws ShellException {
        for (String word : List.of("", "EOF", "<<", "<<-", "<EOF", "<<<EOF", "<<EOF sh", "a<<EOF", "<<E<F", "<<''")) {
            assertEquals(Optional.empty(), Heredocs.parse(word), word);
        }
        assertThrows(ShellException.class, () -> Heredocs.parse("<<'EOF"));
        assertThrows(ShellException.class, () -> Heredocs.parse("<<EOF\""));
    }

    @Test
    void findsMarkersInLineWithOffsets() {
        assertEquals(List.of(new HeredocMarker("EOF", -1, false, true, 4, 9)), Heredocs.fromLine("RUN <<EOF"));
        assertEquals(List.of(new HeredocMarker("A", -1, false, true, 5, 8),
                        new HeredocMarker("B", -1, true, false, 9, 15)),
                Heredocs.fromLine("COPY <<A <<-'B' /dst"));
        assertEquals(List.of(new HeredocMarker("EOF", 3, false, true, 8, 14)),
                Heredocs.fromLine("RUN cat 3<<EOF > x"));
        assertEquals(List.of(new HeredocMarker("EOF", -1, false, true, 4, 11)), Heredocs.fromLine("RUN <<  EOF sh"));
    }

    @Test
    void lineCasesBuildKitDoesNotTreatAsHeredocs() {
        assertEquals(List.of(), Heredocs.fromLine("RUN <<- EOF")); // "<<-" and "EOF" are two words
        assertEquals(List.of(), Heredocs.fromLine("RUN '<<EOF'"));
        assertEquals(List.of(), Heredocs.fromLine("RUN \"<<EOF\""));
        assertEquals(List.of(), Heredocs.fromLine("RUN echo 'unbalanced <<EOF"));
        assertEquals(List.of(), Heredocs.fromLine("RUN echo \\<<EOF"));
        assertEquals(List.of(), Heredocs.fromLine("RUN echo hi"));
    }

    @Test
    void chompRemovesLeadingTabsOfEveryLine() {
        assertEquals("a\nb \t\n\n", Heredocs.chomp("\ta\n\t\tb \t\n\t\n"));
        assertEquals("x\r\ny", Heredocs.chomp("\tx\r\n\ty"));
    }
}
