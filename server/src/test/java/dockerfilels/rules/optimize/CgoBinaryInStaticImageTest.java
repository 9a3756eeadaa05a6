package dockerfilels.rules.optimize;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.rules.Fix;
import dockerfilels.rules.LintResult;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Severity;
import dockerfilels.testing.LintAssertions;
import dockerfilels.testing.LintAssertions.Setup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CgoBinaryInStaticImageTest {
    private static final String ID = "CgoBinaryInStaticImage";
    private static final String BUILD = "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\n";

    private static Diagnostic warning(int line, int start, int end, String verb, String image, int copyLine) {
        return d(line, start, line, end, Severity.WARNING, ID, "go " + verb + " without CGO_ENABLED=0 may link against the C library, which "
                + image + " (line " + copyLine + ") does not have: the binary would not start");
    }

    /** A finding on a make at the start of line {@code line}'s command (column 4, after RUN). */
    private static Diagnostic make(int line, String image, int copyLine) {
        return d(line, 4, line, 8, Severity.WARNING, ID, "make without CGO_ENABLED=0 may link against the C library, which "
                + image + " (line " + copyLine + ") does not have: the binary would not start");
    }

    @Test
    void goBuildCopiedIntoScratch() {
        String source = BUILD + "RUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n";
        assertRule(ID, source, warning(3, 4, 12, "build", "scratch", 6));
        assertFix(source, ID, edit(3, 4, 3, 4, "CGO_ENABLED=0 "));
    }

    @Test
    void distrolessStaticAndOutputsFoundThroughTheWorkdir() {
        String source = BUILD + "RUN go build -o app ./cmd/server\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /src/app /app\n";
        assertRule(ID, source, warning(3, 4, 12, "build", "gcr.io/distroless/static-debian12", 6));
        assertRule(ID, BUILD + "RUN go install ./cmd/tool\nFROM cgr.dev/chainguard/static\nCOPY --from=0 /go/bin/tool /tool\n",
                warning(3, 4, 14, "install", "cgr.dev/chainguard/static", 6));
        // The runtime stage built FROM a stage that is FROM scratch.
        assertRule(ID, BUILD + "RUN go build -o /app .\nFROM scratch AS base\nFROM base\nCOPY --from=build /app /app\n",
                warning(3, 4, 12, "build", "scratch", 7));
    }

    @Test
    void silentWhenCgoIsSet() {
        String copy = "FROM scratch\nCOPY --from=build /app /app\n";
        assertNone(ID, BUILD + "RUN CGO_ENABLED=0 go build -o /app .\n" + copy);
        assertNone(ID, BUILD + "ENV CGO_ENABLED=0\nRUN go build -o /app .\n" + copy);
        assertNone(ID, BUILD + "ARG CGO_ENABLED=0\nRUN go build -o /app .\n" + copy);
        assertNone(ID, BUILD + "RUN env CGO_ENABLED=0 GOOS=linux go build -o /app .\n" + copy);
        assertNone(ID, BUILD + "RUN export CGO_ENABLED=0 && go build -o /app .\n" + copy);
        assertNone(ID, BUILD + "RUN go env -w CGO_ENABLED=0\nRUN go build -o /app .\n" + copy);
        assertNone(ID, BUILD + "RUN CGO_ENABLED=1 go build -o /app .\n" + copy);
        assertNone(ID, BUILD + "RUN go build -ldflags '-extldflags \"-static\"' -o /app .\n" + copy);
        assertNone(ID, BUILD + "RUN go build -tags netgo,osusergo -o /app .\n" + copy);
    }

    @Test
    void anArgWithoutValueDoesNotSetIt() {
        assertRule(ID, BUILD + "ARG CGO_ENABLED\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n",
                warning(4, 4, 12, "build", "scratch", 7));
    }

    @Test
    void alpineWithoutACompilerTurnsCgoOff() {
        assertNone(ID, "FROM golang:1.23-alpine AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n");
        assertRule(ID, "FROM golang:1.23-alpine AS build\nRUN apk add --no-cache gcc musl-dev\nRUN go build -o /app .\n"
                + "FROM scratch\nCOPY --from=build /app /app\n", warning(2, 4, 12, "build", "scratch", 5));
    }

    @Test
    void silentForOtherImagesAndOtherFiles() {
        assertNone(ID, BUILD + "RUN go build -o /app .\nFROM gcr.io/distroless/base-debian12\nCOPY --from=build /app /app\n");
        assertNone(ID, BUILD + "RUN go build -o /app .\nFROM alpine\nCOPY --from=build /app /app\n");
        assertNone(ID, BUILD + "RUN go build -o /app .\nFROM scratch\nCOPY --from=build /etc/ssl/certs /etc/ssl/certs\n");
        assertNone(ID, BUILD + "RUN go build -o /app .\nFROM scratch\nCOPY app /app\n");
    }

    @Test
    void fixesThatKeepTheCommandWorking() {
        String copy = "FROM scratch\nCOPY --from=build /app /app\n";
        assertFix(BUILD + "RUN sudo go build -o /app .\n" + copy, ID, edit(3, 9, 3, 9, "CGO_ENABLED=0 "));
        assertFix(BUILD + "RUN GOOS=linux go build -o /app .\n" + copy, ID, edit(3, 15, 3, 15, "CGO_ENABLED=0 "));
        assertFix(BUILD + "RUN [\"go\", \"build\", \"-o\", \"/app\", \".\"]\n" + copy, ID, edit(3, 0, 3, 0, "ENV CGO_ENABLED=0\n"));
        assertFix(BUILD + "run sh -c 'go build -o /app .'\n" + copy, ID, edit(3, 0, 3, 0, "env CGO_ENABLED=0\n"));
        assertFix(BUILD + "RUN <<EOF\nset -e\ngo build -o /app .\nEOF\n" + copy, ID, edit(5, 0, 5, 0, "CGO_ENABLED=0 "));
    }

    /** A build context with a Makefile that builds Go and leaves cgo as it is. */
    private static final Setup MAKEFILE = Setup.DEFAULT.withFiles(Map.of("Makefile", "app:\n\t$(GO) build -o bin/app .\n",
            "cmd/Makefile", "app:\n\tgo build -o app .\n"));

    @Test
    void makeInAGoStageCounts() {
        String copy = "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /src/bin/app /app\n";
        String source = BUILD + "RUN make build\n" + copy;
        assertRule(ID, source, MAKEFILE, make(3, "gcr.io/distroless/static-debian12", 6));
        Fix fix = LintAssertions.lint(source, MAKEFILE).findings().stream().map(LintResult.Reported::finding)
                .filter(f -> f.rule().id().equals(ID)).findFirst().orElseThrow().fix();
        assertEquals(List.of(edit(3, 4, 3, 4, "CGO_ENABLED=0 ")), fix.edits());
        assertRule(ID, BUILD + "RUN make -C cmd\nFROM scratch\nCOPY --from=build /src/cmd/app /app\n", MAKEFILE, make(3, "scratch", 6));
        // make -C cmd builds in /src/cmd, not /src: the folder is not a target.
        assertNone(ID, BUILD + "RUN make -C cmd\nFROM scratch\nCOPY --from=build /src/app /app\n", MAKEFILE);
    }

    @Test
    void makeIsQuietWhenCgoIsSetOrNothingIsBuilt() {
        String copy = "FROM scratch\nCOPY --from=build /src/app /app\n";
        assertNone(ID, BUILD + "ENV CGO_ENABLED=0\nRUN make\n" + copy, MAKEFILE);
        assertNone(ID, BUILD + "ARG CGO_ENABLED=0\nRUN make\n" + copy, MAKEFILE);
        assertNone(ID, BUILD + "RUN CGO_ENABLED=0 make\n" + copy, MAKEFILE);
        assertNone(ID, BUILD + "RUN make CGO_ENABLED=0 build\n" + copy, MAKEFILE);
        assertNone(ID, BUILD + "RUN make test lint\n" + copy, MAKEFILE);
        // Certificates and zone data are not what make built.
        assertNone(ID, BUILD + "RUN make\nFROM scratch\nCOPY --from=build /etc/ssl/certs /etc/ssl/certs\n", MAKEFILE);
        // No Makefile to read: most that build for static images set CGO_ENABLED themselves.
        assertNone(ID, BUILD + "RUN make\n" + copy);
    }

    @Test
    void aMakefileInTheContextDecides() {
        String source = "FROM debian AS build\nWORKDIR /src\nCOPY . .\nRUN make -C tools\nFROM scratch\nCOPY --from=build /src/tools/app /app\n";
        Setup goBuild = Setup.DEFAULT.withFiles(Map.of("tools/Makefile", "app:\n\t$(GO) build -o app .\n"));
        assertRule(ID, source, goBuild, make(3, "scratch", 6));
        assertNone(ID, source, Setup.DEFAULT.withFiles(Map.of("tools/Makefile", "app:\n\tgcc -o app main.c\n")));
        String goStage = BUILD + "RUN make\nFROM scratch\nCOPY --from=build /src/app /app\n";
        assertNone(ID, goStage, Setup.DEFAULT.withFiles(Map.of("Makefile", "export CGO_ENABLED ?= 0\napp:\n\tgo build -o app\n")));
        // On a Go image any Makefile counts, whatever it calls the go command.
        assertRule(ID, goStage, Setup.DEFAULT.withFiles(Map.of("GNUmakefile", "app:\n\t./scripts/build.sh\n")), make(3, "scratch", 6));
        assertRule(ID, BUILD + "RUN make -f build.mk\nFROM scratch\nCOPY --from=build /src/app /app\n",
                Setup.DEFAULT.withFiles(Map.of("build.mk", "app:\n\tgo build\n")), make(3, "scratch", 6));
    }

    @Test
    void makefilesThatRunGo() {
        assertTrue(MakeBuilds.runsGoBuild("app:\n\tgo build -o app .\n"));
        assertTrue(MakeBuilds.runsGoBuild("app:\n\t@$(GO) install ./cmd/...\n".replace("@", "")));
        assertTrue(MakeBuilds.runsGoBuild("app:\n\t/usr/local/go/bin/go build"));
        assertFalse(MakeBuilds.runsGoBuild("app:\n\tcargo build\n# go to the build folder\n"));
        assertFalse(MakeBuilds.runsGoBuild(""));
    }

    @Test
    void goInstallWritesToGobin() {
        String copy = "FROM scratch\nCOPY --from=build /out/tool /tool\n";
        assertRule(ID, BUILD + "ENV GOBIN=/out\nRUN go install ./cmd/tool\n" + copy, warning(4, 4, 14, "install", "scratch", 7));
        assertNone(ID, BUILD + "RUN go install ./cmd/tool\n" + copy);
    }

    @Test
    void brokenInput() {
        // A half-typed -C: make still runs in the Go stage, with the Makefile at the root.
        assertRule(ID, BUILD + "RUN make -C\nFROM scratch\nCOPY --from=build /src/app /app\n", MAKEFILE, make(3, "scratch", 6));
        assertRule(ID, BUILD + "RUN make -f\nFROM scratch\nCOPY --from=build /src/app /app\n", MAKEFILE, make(3, "scratch", 6));
        assertNone(ID, BUILD + "RUN make -f '\nFROM scratch\nCOPY --from=build /src/app /app\n", MAKEFILE);
        assertNone(ID, "FROM scratch\nCOPY --from= /app /app\n");
        assertNone(ID, "FROM scratch\nCOPY --from=nothing /app /app\n");
        assertNone(ID, "FROM ${MISSING}\nCOPY --from=0 /app /app\n");
    }
}
