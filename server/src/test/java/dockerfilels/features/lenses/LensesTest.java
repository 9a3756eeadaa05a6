package dockerfilels.features.lenses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.features.navigation.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Code lenses ("line: title") and inlay hints ("position label") per document. */
class LensesTest {

    private static void assertLenses(String text, String... lenses) {
        assertEquals(List.of(lenses), StageLenses.of(Model.of(text)).stream()
                .map(l -> l.range().start().line() + ": " + l.title()).toList());
    }

    private static void assertHints(String text, String... hints) {
        assertEquals(List.of(hints), InlayHints.of(Model.of(text), null).stream()
                .map(h -> h.position() + " " + h.label()).toList());
    }

    @Test
    void eachStageSaysWhatItIsBuiltFromAndWhoUsesIt() {
        assertLenses("ARG GO=1.22\nFROM golang:$GO AS build\nFROM build AS test\nFROM alpine AS runtime\nCOPY --from=build /x /x\n"
                        + "FROM scratch AS debug",
                "1: built from golang:1.22", "1: used by: test, runtime",
                "2: built from stage build", "2: unused: built only with --target test",
                "3: built from alpine", "3: unused: built only with --target runtime",
                "5: built from scratch (an empty image)", "5: final image");
    }

    @Test
    void theFinalStageCanBeUsedToo() {
        assertLenses("FROM a\nFROM b\nRUN --mount=from=0 ls\nCOPY --from=1 / /",
                "0: built from a", "0: unused: not built by default", "1: built from b", "1: final image");
        assertLenses("FROM a AS x\nFROM b\nCOPY --from=0 / /", "0: built from a", "0: used by: stage 1", "1: built from b",
                "1: final image");
    }

    @Test
    void lensesOnBrokenInput() {
        assertLenses("");
        assertLenses("FROM", "0: final image");
        assertLenses("FROM a AS\nRUN <<EOF", "0: built from a", "0: final image");
    }

    @Test
    void hintsResolveFromVariablesAndNumericFroms() {
        assertHints("ARG REG=docker.io\nARG TAG=3.19\nFROM $REG/alpine:${TAG} AS a\nFROM golang\nCOPY --from=0 / /",
                "2:23 = docker.io/alpine:3.19", "4:13 a");
        assertHints("FROM golang\nFROM alpine\nCOPY --from=0 / /", "2:13 stage 0 (golang)");
    }

    @Test
    void platformValuesAreNotGuessed() {
        assertHints("FROM --platform=$BUILDPLATFORM golang AS a");
        assertHints("ARG P=linux/arm64\nFROM --platform=$P golang", "1:18 = linux/arm64");
    }

    @Test
    void hintsOnBrokenInput() {
        assertHints("FROM ${");
        assertHints("FROM $UNSET", "0:11 = ");
        assertHints("");
    }
}
