package dockerfilels.reference;

import dockerfilels.syntax.Keyword;
import java.util.List;

/** What one instruction is: a summary line, a paragraph, an example, its forms, snippets and flags. */
public record InstructionDoc(String name, String anchor, String summary, String description, String example,
        boolean deprecated, List<Snippet> snippets, List<Form> forms, List<FlagDoc> flags) {

    public InstructionDoc {
        snippets = snippets == null ? List.of() : List.copyOf(snippets);
        forms = forms == null ? List.of() : List.copyOf(forms);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    public Keyword keyword() {
        return Keyword.valueOf(name);
    }

    /** The flag with this name (without dashes, case-sensitive as BuildKit), or null. */
    public FlagDoc flag(String flagName) {
        for (FlagDoc flag : flags) {
            if (flag.name().equals(flagName)) {
                return flag;
            }
        }
        return null;
    }

    /** The documentation page of this instruction. */
    public String url() {
        return Reference.url(anchor);
    }
}
