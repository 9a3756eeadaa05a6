package dockerfilels.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dockerfilels.Main;
import dockerfilels.rules.Rule;
import dockerfilels.rules.Rules;
import dockerfilels.rules.SyntaxCodes;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code check}'s formats for CI: SARIF 2.1.0, Checkstyle XML, GitHub Actions workflow commands. */
final class Reports {
    static final String TOOL = "dockerfile-ls";
    /**
     * Where the tool's documentation lives (SARIF's {@code informationUri}). A placeholder: the
     * project has no public home yet; set the real address here when it has one.
     */
    static final String INFORMATION_URI = "https://github.com/dockerfile-ls/dockerfile-ls";

    private Reports() {
    }

    // ---- SARIF 2.1.0 ----

    /**
     * One run: the driver with a rule entry for each code that appears (its description, help
     * page and default level), and a result per diagnostic with 1-based lines and UTF-16 columns
     * (SARIF's default column kind), the end column exclusive.
     */
    static String sarif(List<CheckCommand.Result> results) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        JsonArray rules = new JsonArray();
        JsonArray sarifResults = new JsonArray();
        for (CheckCommand.Result result : results) {
            for (Diagnostic d : result.diagnostics()) {
                Integer index = ruleIndex.get(d.code());
                if (index == null) {
                    index = rules.size();
                    ruleIndex.put(d.code(), index);
                    rules.add(sarifRule(d));
                }
                JsonObject region = new JsonObject();
                region.addProperty("startLine", d.range().start().line() + 1);
                region.addProperty("startColumn", d.range().start().character() + 1);
                region.addProperty("endLine", d.range().end().line() + 1);
                region.addProperty("endColumn", d.range().end().character() + 1);
                JsonObject artifact = new JsonObject();
                artifact.addProperty("uri", uri(result.path()));
                JsonObject physical = new JsonObject();
                physical.add("artifactLocation", artifact);
                physical.add("region", region);
                JsonObject location = new JsonObject();
                location.add("physicalLocation", physical);
                JsonArray locations = new JsonArray();
                locations.add(location);
                JsonObject item = new JsonObject();
                item.addProperty("ruleId", d.code());
                item.addProperty("ruleIndex", index);
                item.addProperty("level", sarifLevel(d.severity()));
                item.add("message", text(d.message()));
                item.add("locations", locations);
                sarifResults.add(item);
            }
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", TOOL);
        driver.addProperty("version", Main.version());
        driver.addProperty("informationUri", INFORMATION_URI);
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("results", sarifResults);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject log = new JsonObject();
        log.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log) + "\n";
    }

    private static JsonObject sarifRule(Diagnostic first) {
        Rule rule = Rules.byName(first.code());
        JsonObject descriptor = new JsonObject();
        descriptor.addProperty("id", first.code());
        JsonObject configuration = new JsonObject();
        if (rule != null) {
            descriptor.add("shortDescription", text(rule.info().description()));
            descriptor.addProperty("helpUri", rule.info().url());
            configuration.addProperty("level", sarifLevel(rule.info().defaultSeverity()));
        } else {
            // A code of the parser's own checks: what the build would reject.
            String meaning = SyntaxCodes.all().get(first.code());
            descriptor.add("shortDescription", text(meaning != null ? meaning : "Dockerfile syntax: " + words(first.code())));
            configuration.addProperty("level", sarifLevel(first.severity()));
        }
        descriptor.add("defaultConfiguration", configuration);
        return descriptor;
    }

    static String sarifLevel(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "note";
        };
    }

    private static JsonObject text(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text);
        return message;
    }

    /** {@code UnknownInstruction} as {@code unknown instruction}. */
    private static String words(String code) {
        return code.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** A relative path stays relative (slashes, percent-encoded); an absolute one becomes a file URI. */
    static String uri(String path) {
        try {
            Path p = Path.of(path);
            if (p.isAbsolute()) {
                return p.toUri().toString();
            }
        } catch (RuntimeException notAPath) {
            // Fall through: encode it as it is.
        }
        try {
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.replace('\\', '/');
        }
    }

    // ---- Checkstyle XML ----

    /** {@code <checkstyle><file name><error line column severity message source/></file></checkstyle>}. */
    static String checkstyle(List<CheckCommand.Result> results) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
        for (CheckCommand.Result result : results) {
            xml.append("  <file name=\"").append(xmlAttribute(result.path())).append("\">\n");
            for (Diagnostic d : result.diagnostics()) {
                xml.append("    <error line=\"").append(d.range().start().line() + 1)
                        .append("\" column=\"").append(d.range().start().character() + 1)
                        .append("\" severity=\"").append(checkstyleSeverity(d.severity()))
                        .append("\" message=\"").append(xmlAttribute(d.message()))
                        .append("\" source=\"").append(xmlAttribute(TOOL + "." + d.code())).append("\"/>\n");
            }
            xml.append("  </file>\n");
        }
        return xml.append("</checkstyle>\n").toString();
    }

    private static String checkstyleSeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "info";
        };
    }

    /** Text for a double-quoted XML attribute; characters XML cannot hold become U+FFFD. */
    static String xmlAttribute(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    // ---- GitHub Actions ----

    /**
     * One workflow command per diagnostic:
     * {@code ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=Rule::message} (warning
     * for warnings, notice below), 1-based; the end column is the last character's.
     */
    static String github(List<CheckCommand.Result> results) {
        StringBuilder out = new StringBuilder();
        for (CheckCommand.Result result : results) {
            for (Diagnostic d : result.diagnostics()) {
                int line = d.range().start().line() + 1;
                int col = d.range().start().character() + 1;
                int endLine = d.range().end().line() + 1;
                int endColumn = Math.max(endLine == line ? col : 1, d.range().end().character());
                out.append("::").append(githubCommand(d.severity()))
                        .append(" file=").append(githubProperty(result.path()))
                        .append(",line=").append(line)
                        .append(",col=").append(col)
                        .append(",endLine=").append(endLine)
                        .append(",endColumn=").append(endColumn)
                        .append(",title=").append(githubProperty(d.code()))
                        .append("::").append(githubData(d.message())).append('\n');
            }
        }
        return out.toString();
    }

    private static String githubCommand(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "notice";
        };
    }

    /** The escaping of a workflow command's message (as GitHub's toolkit does). */
    static String githubData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping of a workflow command's property value. */
    static String githubProperty(String text) {
        return githubData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
