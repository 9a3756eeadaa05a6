package dockerfilels.features.structure;

import dockerfilels.features.navigation.Model;
import dockerfilels.features.symbols.DocumentSymbols;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.KeyValue;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Selection ranges ("expand selection"), innermost first, each inside the next: a variable's name,
 * a flag's value, the word (flag, argument, key, value, keyword), a key=value pair, a heredoc
 * body, the instruction, the stage, the whole document.
 */
public final class SelectionRanges {
    private SelectionRanges() {
    }

    public static List<TextRange> at(Model model, TextPosition position) {
        List<TextRange> chain = new ArrayList<>();
        Instruction instruction = model.dockerfile().instructionAt(position.line());
        if (instruction != null) {
            for (Word word : variableNames(model, position)) {
                add(chain, word.range());
            }
            words(instruction, position, chain);
            for (Heredoc heredoc : instruction.heredocs()) {
                if (heredoc.body().touches(position) && !heredoc.body().isEmpty()) {
                    add(chain, heredoc.body());
                }
            }
            add(chain, instruction.range());
            Stage stage = model.stageOf(instruction);
            if (stage != null) {
                add(chain, DocumentSymbols.range(stage));
            }
        }
        int lastLine = model.lines().lineCount() - 1;
        add(chain, TextRange.of(0, 0, lastLine, model.line(lastLine).length()));
        return List.copyOf(chain);
    }

    /** The variable name under the cursor, as a one-element list (or none). */
    private static List<Word> variableNames(Model model, TextPosition position) {
        String line = model.line(position.line());
        for (var ref : dockerfilels.shell.VariableReferences.find(line, model.dockerfile().escape())) {
            if (ref.nameStart() <= position.character() && position.character() <= ref.nameEnd()) {
                int l = position.line();
                return List.of(new Word(ref.name(), TextRange.of(l, ref.nameStart(), l, ref.nameEnd())),
                        new Word(line.substring(ref.start(), ref.end()), TextRange.of(l, ref.start(), l, ref.end())));
            }
        }
        return List.of();
    }

    private static void words(Instruction instruction, TextPosition position, List<TextRange> chain) {
        if (instruction.keyword().range().touches(position)) {
            add(chain, instruction.keyword().range());
            return;
        }
        for (Flag flag : instruction.flags()) {
            if (flag.range().touches(position)) {
                if (flag.valueRange() != null && flag.valueRange().touches(position) && !flag.valueRange().isEmpty()) {
                    add(chain, flag.valueRange());
                }
                add(chain, flag.range());
                return;
            }
        }
        for (KeyValue pair : instruction.pairs()) {
            if (pair.range().touches(position)) {
                if (pair.key().range().touches(position)) {
                    add(chain, pair.key().range());
                } else if (pair.value().range().touches(position)) {
                    add(chain, pair.value().range());
                }
                add(chain, pair.range());
                return;
            }
        }
        for (Word argument : instruction.arguments()) {
            if (argument.range().touches(position)) {
                add(chain, argument.range());
                return;
            }
        }
        if (instruction.trigger() != null) {
            words(instruction.trigger(), position, chain);
            add(chain, instruction.trigger().range());
        }
    }

    /** Adds a range if it contains the last one added (and differs from it): the chain stays nested. */
    private static void add(List<TextRange> chain, TextRange range) {
        if (range.isEmpty() && !chain.isEmpty()) {
            return;
        }
        if (!chain.isEmpty()) {
            TextRange last = chain.get(chain.size() - 1);
            if (last.equals(range) || range.start().compareTo(last.start()) > 0 || range.end().compareTo(last.end()) < 0) {
                return;
            }
        }
        chain.add(range);
    }
}
