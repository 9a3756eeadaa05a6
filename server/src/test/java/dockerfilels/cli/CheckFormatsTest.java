package dockerfilels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code check --format sarif|checkstyle|github}: structure and values, read back by a parser. */
class CheckFormatsTest {
    /** A rule warning (MaintainerDeprecated) and a syntax error (UnknownInstruction). */
    private static final String SOURCE = "FROM alpine\nMAINTAINER me\nFOO bar\n";
    private static final String MAINTAINER_MESSAGE = "Maintainer instruction is deprecated in favor of using label";

    @TempDir
    Path dir;

    /** The parts of SARIF 2.1.0 that code scanning reads; a missing required field fails the read-back. */
    static final class Sarif {
        String version;
        List<Run> runs;

        static final class Run {
            Tool tool;
            List<Result> results;
        }

        static final class Tool {
            Driver driver;
        }

        static final class Driver {
            String name;
            String version;
            String informationUri;
            List<Rule> rules;
        }

        static final class Rule {
            String id;
            Map<String, String> shortDescription;
            String helpUri;
            Map<String, String> defaultConfiguration;
        }

        static final class Result {
            String ruleId;
            Integer ruleIndex;
            String level;
            Map<String, String> message;
            List<Location> locations;
        }

        static final class Location {
            Physical physicalLocation;
        }

        static final class Physical {
            Map<String, String> artifactLocation;
            Region region;
        }

        static final class Region {
            Integer startLine;
            Integer startColumn;
            Integer endLine;
            Integer endColumn;
        }
    }

    @Test
    void sarifHasTheDriverItsRulesAndOneResultPerDiagnostic() throws IOException {
        Path file = write("Dockerfile", SOURCE);

        Cli cli = Cli.run("check", "--format", "sarif", file.toString());

        assertEquals(1, cli.exitCode(), cli.err());
        assertEquals("2.1.0", JsonParser.parseString(cli.out()).getAsJsonObject().get("version").getAsString());
        assertTrue(cli.out().contains("\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\""), cli.out());
        Sarif sarif = new Gson().fromJson(cli.out(), Sarif.class);
        assertEquals(1, sarif.runs.size());
        Sarif.Driver driver = sarif.runs.get(0).tool.driver;
        assertEquals("dockerfile-ls", driver.name);
        assertNotNull(driver.version);
        assertTrue(driver.informationUri.startsWith("https://"), driver.informationUri);

        assertEquals(2, driver.rules.size());
        Sarif.Rule maintainer = driver.rules.get(0);
        assertEquals("MaintainerDeprecated", maintainer.id);
        assertEquals("The MAINTAINER instruction is deprecated, use a label instead to define an image author",
                maintainer.shortDescription.get("text"));
        assertEquals("https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/", maintainer.helpUri);
        assertEquals("warning", maintainer.defaultConfiguration.get("level"));
        Sarif.Rule syntax = driver.rules.get(1);
        assertEquals("UnknownInstruction", syntax.id);
        assertEquals("A word BuildKit does not know as an instruction (with BuildKit's did-you-mean).",
                syntax.shortDescription.get("text"));
        assertEquals("error", syntax.defaultConfiguration.get("level"));

        List<Sarif.Result> results = sarif.runs.get(0).results;
        assertEquals(2, results.size());
        Sarif.Result first = results.get(0);
        assertEquals("MaintainerDeprecated", first.ruleId);
        assertEquals(0, first.ruleIndex);
        assertEquals("warning", first.level);
        assertEquals(MAINTAINER_MESSAGE, first.message.get("text"));
        Sarif.Physical where = first.locations.get(0).physicalLocation;
        assertEquals(file.toUri().toString(), where.artifactLocation.get("uri"));
        assertEquals(List.of(2, 1, 2, 11), List.of(where.region.startLine, where.region.startColumn,
                where.region.endLine, where.region.endColumn), "1-based, end column exclusive");
        assertEquals("UnknownInstruction", results.get(1).ruleId);
        assertEquals(1, results.get(1).ruleIndex);
        assertEquals("error", results.get(1).level);
        assertEquals(3, results.get(1).locations.get(0).physicalLocation.region.startLine);
    }

    @Test
    void sarifOfACleanFileHasAnEmptyRun() throws IOException {
        Cli cli = Cli.run("check", "--format=sarif", write("Dockerfile", "FROM alpine\n").toString());

        Sarif sarif = new Gson().fromJson(cli.out(), Sarif.class);
        assertEquals(List.of(), sarif.runs.get(0).results);
        assertEquals(List.of(), sarif.runs.get(0).tool.driver.rules);
        assertEquals(0, cli.exitCode());
    }

    @Test
    void relativePathsStayRelativeInSarif() {
        assertEquals("sub%20dir/Dockerfile", Reports.uri("sub dir/Dockerfile"));
    }

    @Test
    void checkstyleIsXmlWithOneErrorElementPerDiagnostic() throws Exception {
        Path file = write("Dockerfile", SOURCE);

        Cli cli = Cli.run("check", "--format", "checkstyle", file.toString());

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(cli.out().getBytes(StandardCharsets.UTF_8)));
        Element root = xml.getDocumentElement();
        assertEquals("checkstyle", root.getTagName());
        NodeList files = root.getElementsByTagName("file");
        assertEquals(1, files.getLength());
        assertEquals(file.toString(), ((Element) files.item(0)).getAttribute("name"));
        NodeList errors = root.getElementsByTagName("error");
        assertEquals(2, errors.getLength());
        Element first = (Element) errors.item(0);
        assertEquals("2", first.getAttribute("line"));
        assertEquals("1", first.getAttribute("column"));
        assertEquals("warning", first.getAttribute("severity"));
        assertEquals(MAINTAINER_MESSAGE, first.getAttribute("message"));
        assertEquals("dockerfile-ls.MaintainerDeprecated", first.getAttribute("source"));
        assertEquals("error", ((Element) errors.item(1)).getAttribute("severity"));
        assertEquals(1, cli.exitCode());
    }

    @Test
    void checkstyleEscapesWhatXmlCannotHoldAsIs() throws Exception {
        String attribute = Reports.xmlAttribute("a<b>&\"c'\n\u0001\uD800");

        assertEquals("a&lt;b&gt;&amp;&quot;c&apos;&#10;\uFFFD\uFFFD", attribute);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                ("<x a=\"" + attribute + "\"/>").getBytes(StandardCharsets.UTF_8)));
        assertEquals("a<b>&\"c'\n\uFFFD\uFFFD", xml.getDocumentElement().getAttribute("a"));
    }

    @Test
    void githubPrintsOneWorkflowCommandPerDiagnostic() throws IOException {
        Path file = write("Dockerfile", SOURCE);

        Cli cli = Cli.run("check", "--format", "github", file.toString());

        assertEquals("::warning file=" + file + ",line=2,col=1,endLine=2,endColumn=10,title=MaintainerDeprecated::"
                + MAINTAINER_MESSAGE + "\n"
                + "::error file=" + file + ",line=3,col=1,endLine=3,endColumn=3,title=UnknownInstruction::"
                + "unknown instruction: FOO (did you mean FROM?)\n", cli.out());
        assertEquals(1, cli.exitCode());
    }

    @Test
    void githubEscapesPropertiesAndMessages() {
        assertEquals("a%3Ab%2Cc%25%0A", Reports.githubProperty("a:b,c%\n"));
        assertEquals("50%25: a, b: c%0D%0Ad", Reports.githubData("50%: a, b: c\r\nd"));
    }

    @Test
    void lowerSeveritiesAreNoticesOnGithub() throws IOException {
        Path file = write("Dockerfile", "FROM alpine\nMAINTAINER me\n");
        Path config = write("c.json", "{\"rules\":{\"MaintainerDeprecated\":\"hint\"}}");

        Cli cli = Cli.run("check", "--format", "github", "--config", config.toString(), file.toString());

        assertTrue(cli.out().startsWith("::notice file="), cli.out());
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
