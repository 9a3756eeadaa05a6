package dockerfilels.rules.build;

import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import dockerfilels.syntax.Severity;
import dockerfilels.testing.CorpusCases;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthcheckAndExposeTest {
    private static final String HC = "InvalidHealthcheckOption";
    private static final String EX = "InvalidExposePort";

    @ParameterizedTest
    @ValueSource(strings = {"--interval=30s", "--interval=0", "--timeout=1m30s", "--start-period=1.5h", "--start-interval=1ms",
        "--interval=500ms", "--interval=0s", "--interval=", "--retries=0", "--retries=3", "--retries=+2", "--interval=1000us",
        "--interval=2h45m0.5s", "--timeout=-0"})
    void acceptedHealthcheckOptions(String option) {
        assertNone(HC, "FROM a\nHEALTHCHECK " + option + " CMD true\n");
    }

    @Test
    void rejectedHealthcheckOptions() {
        assertRule(HC, "FROM a\nHEALTHCHECK --interval=30 CMD true\n",
                d(1, 23, 1, 25, Severity.ERROR, HC, "time: missing unit in duration \"30\""));
        assertRule(HC, "FROM a\nHEALTHCHECK --timeout=5sec CMD true\n",
                d(1, 22, 1, 26, Severity.ERROR, HC, "time: unknown unit \"sec\" in duration \"5sec\""));
        assertRule(HC, "FROM a\nHEALTHCHECK --start-period=abc CMD true\n",
                d(1, 27, 1, 30, Severity.ERROR, HC, "time: invalid duration \"abc\""));
        assertRule(HC, "FROM a\nHEALTHCHECK --interval=$I CMD true\n",
                d(1, 23, 1, 25, Severity.ERROR, HC, "time: invalid duration \"$I\""));
        assertRule(HC, "FROM a\nHEALTHCHECK --start-interval=999us CMD true\n",
                d(1, 29, 1, 34, Severity.ERROR, HC, "Interval \"start-interval\" cannot be less than 1ms"));
        assertRule(HC, "FROM a\nHEALTHCHECK --interval=-5s CMD true\n",
                d(1, 23, 1, 26, Severity.ERROR, HC, "Interval \"interval\" cannot be less than 1ms"));
        assertRule(HC, "FROM a\nHEALTHCHECK --retries=-1 CMD true\n",
                d(1, 22, 1, 24, Severity.ERROR, HC, "--retries cannot be negative (-1)"));
        assertRule(HC, "FROM a\nHEALTHCHECK --retries=three CMD true\n",
                d(1, 22, 1, 27, Severity.ERROR, HC, "strconv.ParseInt: parsing \"three\": invalid syntax"));
        assertRule(HC, "FROM a\nHEALTHCHECK --retries=3000000000 CMD true\n",
                d(1, 22, 1, 32, Severity.ERROR, HC, "strconv.ParseInt: parsing \"3000000000\": value out of range"));
        // HEALTHCHECK NONE ignores its flags
        assertNone(HC, "FROM a\nHEALTHCHECK --interval=bad NONE\n");
    }

    /** BuildKit's TestParseOptInterval. */
    @TestFactory
    Stream<DynamicTest> optIntervalCorpus() {
        return CorpusCases.each(CorpusCases.cases("TestParseOptInterval"), CorpusCases::input, c -> {
            String problem = InvalidHealthcheckOption.durationProblem("interval", CorpusCases.input(c));
            if (c.has("expectedErrorContains")) {
                assertNotNull(problem);
                assertTrue(problem.contains(c.get("expectedErrorContains").getAsString()), problem);
            } else {
                assertNull(problem);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"80", "80/tcp", "53/UDP", "132/sctp", "8000-8010", "8000-8010/udp", "0", "65535",
        "8080:80", "0.0.0.0:8080:80/tcp", "[::1]:80:80", "::1:80:80", "0000080", "00000000080-00090/udp", "$PORT", "${PORT:-80}/tcp", "\"80\""})
    void acceptedPorts(String port) {
        assertNone(EX, "FROM a\nEXPOSE " + port + "\n");
    }

    @Test
    void rejectedPorts() {
        assertRule(EX, "FROM a\nEXPOSE 80/http\n", d(1, 7, 1, 14, Severity.ERROR, EX, "invalid proto: http"));
        assertRule(EX, "FROM a\nEXPOSE 443 70000\n", d(1, 11, 1, 16, Severity.ERROR, EX, "invalid containerPort: 70000"));
        assertRule(EX, "FROM a\nEXPOSE 0065536\n", d(1, 7, 1, 14, Severity.ERROR, EX, "invalid containerPort: 0065536"));
        assertRule(EX, "FROM a\nEXPOSE 90-80\n", d(1, 7, 1, 12, Severity.ERROR, EX, "invalid containerPort: 90-80"));
        assertRule(EX, "FROM a\nEXPOSE localhost:80:80\n", d(1, 7, 1, 22, Severity.ERROR, EX, "invalid IP address: localhost"));
        assertRule(EX, "FROM a\nEXPOSE abc:80\n", d(1, 7, 1, 13, Severity.ERROR, EX, "invalid hostPort: abc"));
        assertRule(EX, "FROM a\nEXPOSE /tcp\n", d(1, 7, 1, 11, Severity.ERROR, EX, "invalid port: \"/tcp\": no port specified"));
        assertRule(EX, "FROM a\nEXPOSE 1-3:1-2\n",
                d(1, 7, 1, 14, Severity.ERROR, EX, "invalid ranges specified for container and host Ports: 1-2 and 1-3"));
    }

    @TestFactory
    Stream<DynamicTest> emptyContainerPortCorpus() {
        return CorpusCases.each(CorpusCases.cases("TestParsePortEmptyContainerPort"), CorpusCases::input,
                c -> assertEquals(c.get("expectedError").getAsString(), InvalidExposePort.problem(CorpusCases.input(c))));
    }

    @TestFactory
    Stream<DynamicTest> portSpecCorpus() {
        return CorpusCases.each(CorpusCases.cases("TestParsePortFull / TestPartPortIPV6 / TestParsePorts / TestParsePortsWithRange"),
                c -> c.get("input").toString(), c -> {
                    List<String> specs = new ArrayList<>();
                    JsonElement input = c.get("input");
                    if (input.isJsonArray()) {
                        specs.addAll(CorpusCases.strings(input.getAsJsonArray()));
                    } else {
                        specs.add(input.getAsString());
                    }
                    List<String> ports = new ArrayList<>();
                    String error = null;
                    for (String spec : specs) {
                        error = error != null ? error : InvalidExposePort.parse(spec, ports);
                    }
                    JsonElement expected = c.get("expected");
                    if (expected.isJsonPrimitive() && expected.getAsString().equals("error")) {
                        assertNotNull(error);
                    } else {
                        assertNull(error);
                        assertEquals(CorpusCases.strings(expected.getAsJsonArray()), ports);
                    }
                });
    }

}
