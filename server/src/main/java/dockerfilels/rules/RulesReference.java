package dockerfilels.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@code docs/rules.md} from the rules' own metadata, so the reference cannot drift
 * from the code: a test compares the file with this rendering.
 */
public final class RulesReference {
    private RulesReference() {
    }

    public static String markdown(List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        out.append("# Rules\n\n");
        out.append("<!-- Generated from the rules' metadata by RulesReference; RulesReferenceTest fails when this file is stale.\n");
        out.append("     Regenerate with: mvn -q -pl server -am test -Dtest=RulesReferenceTest -Ddockerfilels.updateDocs=true -Dsurefire.failIfNoSpecifiedTests=false -->\n\n");
        out.append("Every rule has an id (BuildKit's own name for BuildKit's checks), a default severity and a category. ")
                .append("Settings can change the level of a rule or a whole category (`off`, `hint`, `info`, `warning`, `error`); ")
                .append("`# dockerfile-ls ignore=<Rule>` above an instruction or `# dockerfile-ls global ignore=<Rule>` silences it, ")
                .append("as do hadolint's `# hadolint ignore=` comments for rules that carry a DL code, and BuildKit's ")
                .append("`# check=skip=<Rule>` directive.\n\n");
        out.append("| rule | category | default | description |\n|---|---|---|---|\n");
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            out.append("| [").append(info.id()).append("](#").append(anchor(info.id())).append(") | ")
                    .append(info.category().id()).append(" | ").append(severity(info)).append(" | ")
                    .append(info.description().replace("|", "\\|")).append(" |\n");
        }
        out.append('\n');
        for (Category category : Category.values()) {
            List<Rule> inCategory = rules.stream().filter(r -> r.info().category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            out.append("## ").append(title(category)).append("\n\n").append(intro(category));
            for (Rule rule : inCategory) {
                entry(rule.info(), out);
            }
        }
        out.append("## Syntax errors\n\n");
        out.append("The parser reports these whatever the settings say: the file would not build. ")
                .append("Each is on the smallest range that shows the problem, in BuildKit's words.\n\n");
        out.append("| code | meaning |\n|---|---|\n");
        for (Map.Entry<String, String> code : SyntaxCodes.all().entrySet()) {
            out.append("| `").append(code.getKey()).append("` | ").append(code.getValue().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    private static void entry(RuleInfo info, StringBuilder out) {
        out.append("### ").append(info.id()).append("\n\n");
        out.append("*").append(info.description()).append("*\n\n");
        out.append("- Category: `").append(info.category().id()).append("`; default severity: ").append(severity(info));
        if (info.experimental()) {
            out.append(" (experimental: runs only when enabled with `# check=experimental=").append(info.id()).append("`)");
        }
        out.append('\n');
        if (!info.aliases().isEmpty()) {
            out.append("- Also answers to: ").append(String.join(", ", info.aliases().stream().map(a -> "`" + a + "`").toList()))
                    .append('\n');
        }
        if (info.url() != null) {
            out.append("- Documentation: ").append(info.url()).append('\n');
        }
        out.append('\n').append(info.explanation()).append("\n\n");
        example("Bad", info.badExample(), out);
        example("Good", info.goodExample(), out);
    }

    private static void example(String label, String dockerfile, StringBuilder out) {
        if (dockerfile == null || dockerfile.isEmpty()) {
            return;
        }
        out.append(label).append(":\n\n```dockerfile\n").append(dockerfile);
        if (!dockerfile.endsWith("\n")) {
            out.append('\n');
        }
        out.append("```\n\n");
    }

    private static String intro(Category category) {
        return switch (category) {
            case BUILDKIT_CHECK -> "BuildKit's checks (`docker build --check`), with BuildKit's names, messages and documentation "
                    + "links, computed offline: nothing needs Docker or a registry, and each points at the exact word. "
                    + "`# check=skip=...;error=true;experimental=...` works as in BuildKit. BuildKit's "
                    + "InvalidBaseImagePlatform is left out: it compares the platform of the base image pulled from "
                    + "the registry, which a language server that never touches the network cannot know.\n\n";
            case CORRECTNESS -> "Instruction-level errors BuildKit raises before it builds. Errors by default: the build "
                    + "would fail.\n\n";
            default -> "";
        };
    }

    private static String severity(RuleInfo info) {
        return info.offByDefault() ? "off" : info.defaultSeverity().name().toLowerCase(Locale.ROOT);
    }

    private static String title(Category category) {
        return switch (category) {
            case CORRECTNESS -> "What `docker build` rejects";
            case BUILDKIT_CHECK -> "BuildKit's build checks";
            case BEST_PRACTICE -> "Best practices";
            case IMAGE_SIZE -> "Image size";
            case BUILD_SPEED -> "Build speed";
            case SECURITY -> "Security";
        };
    }

    /** GitHub's heading anchor for a rule id: lower case. */
    static String anchor(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
