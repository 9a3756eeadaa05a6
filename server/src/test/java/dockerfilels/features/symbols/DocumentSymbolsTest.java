package dockerfilels.features.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.features.navigation.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outline as an indented listing: "name [detail]", children indented by two spaces. */
class DocumentSymbolsTest {

    private static void assertOutline(String text, String... lines) {
        List<String> actual = new java.util.ArrayList<>();
        print(DocumentSymbols.of(Model.of(text)), "", actual);
        assertEquals(List.of(lines), actual);
    }

    private static void print(List<OutlineSymbol> symbols, String indent, List<String> out) {
        for (OutlineSymbol s : symbols) {
            out.add(indent + s.name() + " [" + s.detail() + "] " + s.kind() + " " + s.range() + " " + s.selection());
            print(s.children(), indent + "  ", out);
        }
    }

    @Test
    void stagesHoldTheirInstructionsAndGlobalArgsStayOnTop() {
        assertOutline("# syntax=docker/dockerfile:1\nARG V=1\nFROM golang:$V AS build\nRUN go build\nFROM alpine\nENV A=1 B=2\nCOPY --from=build /x /x",
                "syntax [docker/dockerfile:1] DIRECTIVE 0:0-0:28 0:2-0:8",
                "V [ARG = 1] VARIABLE 1:0-1:7 1:4-1:5",
                "build [FROM golang:$V] STAGE 2:0-3:12 2:18-2:23",
                "  RUN [go build] INSTRUCTION 3:0-3:12 3:0-3:3",
                "stage 1 [FROM alpine] STAGE 4:0-6:23 4:0-4:4",
                "  A [ENV = 1] VARIABLE 5:0-5:11 5:4-5:5",
                "  B [ENV = 2] VARIABLE 5:0-5:11 5:8-5:9",
                "  COPY [--from=build /x /x] INSTRUCTION 6:0-6:23 6:0-6:4");
    }

    @Test
    void aMultiLineInstructionSpansItsLinesAndItsDetailIsOneLine() {
        assertOutline("FROM a\nRUN apt-get update && \\\n    apt-get install -y x",
                "stage 0 [FROM a] STAGE 0:0-2:24 0:0-0:4",
                "  RUN [apt-get update && apt-get install -y x] INSTRUCTION 1:0-2:24 1:0-1:3");
    }

    @Test
    void brokenInputStillGivesAnOutline() {
        assertOutline("");
        assertOutline("FROM", "stage 0 [FROM ] STAGE 0:0-0:4 0:0-0:4");
        assertOutline("FROM a\nRUN <<EOF\necho", "stage 0 [FROM a] STAGE 0:0-2:4 0:0-0:4",
                "  RUN [<<EOF] INSTRUCTION 1:0-2:4 1:0-1:3");
        assertOutline("ARG\nBOGUS x", "ARG [] INSTRUCTION 0:0-0:3 0:0-0:3", "BOGUS [x] INSTRUCTION 1:0-1:7 1:0-1:5");
    }

    @Test
    void workspaceSymbolsMatchTheQueryCharactersInOrder() {
        Model a = Model.of("FROM golang AS build\nFROM alpine AS runtime\n");
        Model b = Model.of("FROM node AS builder\n");
        List<WorkspaceSymbols.Source> sources = List.of(new WorkspaceSymbols.Source("file:///a", a),
                new WorkspaceSymbols.Source("file:///b", b));

        assertEquals(List.of("build file:///a 0:15-0:20", "builder file:///b 0:13-0:20"),
                WorkspaceSymbols.of(sources, "BLD").stream().map(f -> f.name() + " " + f.uri() + " " + f.range()).toList());
        assertEquals(3, WorkspaceSymbols.of(sources, "").size());
        assertEquals(List.of(), WorkspaceSymbols.of(sources, "xyz"));
    }
}
