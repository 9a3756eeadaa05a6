package dockerfilels.rules.build;

import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;

import dockerfilels.syntax.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** STOPSIGNAL, --chmod, --checksum and unterminated ${. */
class ValueRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"SIGTERM", "TERM", "sigkill", "9", "-1", "SIGRTMIN+3", "RTMAX-1", "SIGWINCH", "$SIG", "${S:-TERM}"})
    void signals(String signal) {
        assertNone("InvalidStopSignal", "FROM a\nSTOPSIGNAL " + signal + "\n");
    }

    @Test
    void notSignals() {
        assertRule("InvalidStopSignal", "FROM a\nSTOPSIGNAL SIGQUITE\n",
                d(1, 11, 1, 19, Severity.ERROR, "InvalidStopSignal", "invalid signal: SIGQUITE"));
        assertRule("InvalidStopSignal", "FROM a\nSTOPSIGNAL 0\n", d(1, 11, 1, 12, Severity.ERROR, "InvalidStopSignal", "invalid signal: 0"));
        assertRule("InvalidStopSignal", "FROM a\nSTOPSIGNAL SIGRTMIN+16\n",
                d(1, 11, 1, 22, Severity.ERROR, "InvalidStopSignal", "invalid signal: SIGRTMIN+16"));
    }

    @Test
    void chmod() {
        assertNone("InvalidChmod", "FROM a\nCOPY --chmod=755 a b\nADD --chmod=0644 a b\nCOPY --chmod=7777 a b\nCOPY --chmod=u+x a b\n"
                + "COPY --chmod=$MODE a b\nCOPY --chmod=go=rX,u=rwX a b\n");
        assertRule("InvalidChmod", "FROM a\nCOPY --chmod=789 a b\n",
                d(1, 13, 1, 16, Severity.ERROR, "InvalidChmod", "invalid chmod parameter: '789'. it should be octal string and between 0 and 07777"));
        // dchapes-mode reads a value that starts with a digit as a number: its NumError is the same message
        assertRule("InvalidChmod", "FROM a\nCOPY --chmod=64a a b\n",
                d(1, 13, 1, 16, Severity.ERROR, "InvalidChmod", "invalid chmod parameter: '64a'. it should be octal string and between 0 and 07777"));
        assertRule("InvalidChmod", "FROM a\nCOPY --chmod=10000 a b\n",
                d(1, 13, 1, 18, Severity.ERROR, "InvalidChmod", "invalid chmod parameter: '10000'. it should be octal string and between 0 and 07777"));
        assertNone("InvalidChmod", "FROM a\nCOPY --chmod=00000755 a b\nCOPY --chmod=0 a b\nCOPY --chmod=7${X} a b\n");
        assertRule("InvalidChmod", "FROM a\nADD --chmod=17777 a b\n",
                d(1, 12, 1, 17, Severity.ERROR, "InvalidChmod", "invalid chmod parameter: '17777'. it should be octal string and between 0 and 07777"));
    }

    @Test
    void checksum() {
        String sum = "--checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d";
        assertNone("InvalidChecksum", "FROM a\nADD " + sum + " https://example.com/a.tgz /\n"
                + "ADD " + sum + " https://github.com/moby/buildkit.git#v0.10.1 /src\nADD " + sum + " $URL /\nADD a b /\n");
        assertRule("InvalidChecksum", "FROM a\nADD " + sum + " app.tgz /\n",
                d(1, 87, 1, 94, Severity.ERROR, "InvalidChecksum", "checksum requires HTTP(S) or Git sources"));
        assertRule("InvalidChecksum", "FROM a\nADD " + sum + " https://a/x https://a/y /\n",
                d(1, 4, 1, 14, Severity.ERROR, "InvalidChecksum", "checksum can't be specified for multiple sources"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux/amd64", "linux/arm/v7", "linux", "arm64", "windows/amd64", "$BUILDPLATFORM",
        "${TARGETPLATFORM:-linux/amd64}", "linux/x86_64", "windows(10.0.17763)/amd64", "Linux", "x86_64", "aarch64", "macos", "armhf", "i386", "riscv64", "linux/amd64/v3", "linux/arm64/v8.2"})
    void platforms(String platform) {
        assertNone("InvalidPlatform", "FROM --platform=" + platform + " alpine\n");
    }

    @Test
    void impossiblePlatforms() {
        String id = "InvalidPlatform";
        assertRule(id, "FROM --platform=linux/amd64/v2/x alpine\n", d(0, 16, 0, 32, Severity.ERROR, id,
                "failed to parse platform linux/amd64/v2/x: \"linux/amd64/v2/x\": cannot parse platform specifier: invalid argument"));
        assertRule(id, "FROM --platform=linux/ alpine\n", d(0, 16, 0, 22, Severity.ERROR, id,
                "failed to parse platform linux/: \"\" is an invalid component of \"linux/\": platform specifier component must"
                        + " match \"^[A-Za-z0-9_.-]+$\": invalid argument"));
        assertRule(id, "FROM --platform=linux/* alpine\n", d(0, 16, 0, 23, Severity.ERROR, id,
                "failed to parse platform linux/*: \"linux/*\": wildcards not yet supported: invalid argument"));
        // SplitN(specifier, "/", 4): a fifth part stays inside the fourth, which then fails the component pattern
        assertRule(id, "FROM --platform=linux/amd64/v2/x/y alpine\n", d(0, 16, 0, 34, Severity.ERROR, id,
                "failed to parse platform linux/amd64/v2/x/y: \"x/y\" is an invalid component of \"linux/amd64/v2/x/y\":"
                        + " platform specifier component must match \"^[A-Za-z0-9_.-]+$\": invalid argument"));
        // the first component is matched by osRe, which has no dot
        assertRule(id, "FROM --platform=linux.x/amd64 alpine\n", d(0, 16, 0, 29, Severity.ERROR, id,
                "failed to parse platform linux.x/amd64: \"linux.x\" is an invalid OS component of \"linux.x/amd64\":"
                        + " OSAndVersion specifier component must match"
                        + " \"^([A-Za-z0-9_-]+)(?:\\\\(([A-Za-z0-9_.%-]*)((?:\\\\+[A-Za-z0-9_.%-]+)*)\\\\))?$\": invalid argument"));
        assertRule(id, "FROM --platform=/amd64 alpine\n", d(0, 16, 0, 22, Severity.ERROR, id,
                "failed to parse platform /amd64: \"\" is an invalid OS component of \"/amd64\":"
                        + " OSAndVersion specifier component must match"
                        + " \"^([A-Za-z0-9_-]+)(?:\\\\(([A-Za-z0-9_.%-]*)((?:\\\\+[A-Za-z0-9_.%-]+)*)\\\\))?$\": invalid argument"));
        // a lone component must be a known os or architecture
        assertRule(id, "FROM --platform=linx alpine\n", d(0, 16, 0, 20, Severity.ERROR, id,
                "failed to parse platform linx: \"linx\": unknown operating system or architecture: invalid argument"));
    }

    @Test
    void unterminatedVariable() {
        String id = "UnterminatedVariable";
        assertRule(id, "FROM alpine\nWORKDIR /opt/app-${VERSION\n",
                d(1, 17, 1, 26, Severity.ERROR, id, "failed to process \"/opt/app-${VERSION\": syntax error: missing '}'"));
        assertRule(id, "FROM alpine\nENV A=${B:-x\n",
                d(1, 6, 1, 12, Severity.ERROR, id, "failed to process \"${B:-x\": syntax error: missing '}'"));
        assertRule(id, "FROM alpine\nCOPY --chown=${U a b\n",
                d(1, 13, 1, 16, Severity.ERROR, id, "failed to process \"${U\": syntax error: missing '}'"));
        assertRule(id, "FROM ${BASE\n", d(0, 5, 0, 11, Severity.ERROR, id, "failed to process \"${BASE\": syntax error: missing '}'"));
        assertRule(id, "FROM a\nRUN --mount=type=cache,target=${T true\n",
                d(1, 30, 1, 33, Severity.ERROR, id, "failed to process \"${T\": syntax error: missing '}'"));
        assertRule(id, "FROM alpine\nUSER app:${G\n",
                d(1, 9, 1, 12, Severity.ERROR, id, "failed to process \"app:${G\": syntax error: missing '}'"));
        // where BuildKit does not expand, and where the text is fine
        assertNone(id, "FROM a\nRUN echo ${X\nCMD echo ${X\nENTRYPOINT [\"${X\"]\nENV A=${B} C=${D:-${E}}\nLABEL a='${b'\n"
                + "HEALTHCHECK CMD echo ${X\nONBUILD WORKDIR ${X\n");
    }
}
