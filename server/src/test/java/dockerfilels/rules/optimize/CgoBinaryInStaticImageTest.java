package dockerfilels.rules.optimize;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;

import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Severity;
import org.junit.jupiter.api.Test;

class CgoBinaryInStaticImageTest {
    private static final String ID = "CgoBinaryInStaticImage";
    private static final String BUILD = "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\n";

    private static Diagnostic warning(int line, int start, int end, String verb, String image, int copyLine) {
        return d(line, start, line, end, Severity.WARNING, ID, "go " + verb + " without CGO_ENABLED=0 may link against the C library, which "
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

    @Test
    void brokenInput() {
        assertNone(ID, "FROM scratch\nCOPY --from= /app /app\n");
        assertNone(ID, "FROM scratch\nCOPY --from=nothing /app /app\n");
        assertNone(ID, "FROM ${MISSING}\nCOPY --from=0 /app /app\n");
    }
}
