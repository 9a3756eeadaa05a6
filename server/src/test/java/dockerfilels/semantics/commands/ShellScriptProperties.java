package dockerfilels.semantics.commands;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.TextRange;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The shell model is total: any RUN made of shell-ish fragments gives commands whose words lie inside the instruction. */
class ShellScriptProperties {
    private static final List<String> FRAGMENTS = List.of("RUN ", "RUN <<EOF\n", "EOF\n", "\n", " ", "\\\n", "# c\n",
            "apt-get", " install", " -y", "&&", "||", ";", "|", "&", "'", "\"", "\\", "$", "$(", "`", "${", "}", ")", "(",
            "sh -c ", "<<", ">", "2>&1", "if", "then", "fi", "case", "in", ";;", "esac", "for", "do", "done", "[\"sh\", \"-c\", \"", "\"]",
            "x=1", "ONBUILD ", "# escape=`\n", "`\n", "\t", "\r\n", "é", "\uD83D\uDC33");

    @Provide
    Arbitrary<String> dockerfiles() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(50).map(parts -> "RUN " + String.join("", parts));
    }

    @Property(tries = 3000)
    void everyWordLiesInsideItsInstruction(@ForAll("dockerfiles") String text) {
        for (Instruction instruction : Dockerfile.parse(text).instructions()) {
            TextRange whole = instruction.range();
            for (ShellCommand command : ShellScript.of(instruction).commands()) {
                for (ShellWord word : command.words()) {
                    TextRange range = word.range();
                    assertTrue(!range.start().isBefore(whole.start()) && !whole.end().isBefore(range.end())
                            && !range.end().isBefore(range.start()), () -> word + " outside " + whole + " in " + text);
                }
            }
        }
    }
}
