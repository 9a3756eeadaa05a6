package dockerfilels.features.symbols;

import dockerfilels.features.navigation.Model;
import dockerfilels.semantics.Declaration;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Directive;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The outline: parser directives and the global ARGs at the top level, then one entry a stage
 * (its name, or "stage N", with the image or stage it is built from) holding its instructions;
 * ARG and ENV give one entry a variable, named by it.
 */
public final class DocumentSymbols {
    private static final int DETAIL_LENGTH = 60;

    private DocumentSymbols() {
    }

    public static List<OutlineSymbol> of(Model model) {
        List<OutlineSymbol> top = new ArrayList<>();
        for (Directive directive : model.dockerfile().directives()) {
            top.add(new OutlineSymbol(directive.key(), directive.value(), OutlineSymbol.Kind.DIRECTIVE, directive.range(),
                    directive.keyRange(), false, List.of()));
        }
        for (Instruction instruction : model.dockerfile().instructions()) {
            if (model.stageOf(instruction) == null) {
                top.addAll(instruction(model, instruction)); // global ARGs, and whatever else is (wrongly) before FROM
            }
        }
        for (Stage stage : model.stages().all()) {
            List<OutlineSymbol> children = new ArrayList<>();
            for (Instruction instruction : stage.instructions()) {
                children.addAll(instruction(model, instruction));
            }
            TextRange selection = stage.nameWord() != null ? stage.nameWord().range() : stage.from().keyword().range();
            top.add(new OutlineSymbol(label(stage), "FROM " + (stage.base() == null ? "" : stage.base().text()),
                    OutlineSymbol.Kind.STAGE, range(stage), selection, false, List.copyOf(children)));
        }
        return List.copyOf(top);
    }

    /** From the FROM keyword to the end of the stage's last instruction. */
    public static TextRange range(Stage stage) {
        List<Instruction> body = stage.instructions();
        TextRange last = body.isEmpty() ? stage.from().range() : body.get(body.size() - 1).range();
        return new TextRange(stage.from().range().start(), last.end());
    }

    /** The stage's name as written, or "stage N" for an unnamed one. */
    public static String label(Stage stage) {
        return stage.nameWord() != null ? stage.nameWord().text() : "stage " + stage.index();
    }

    private static List<OutlineSymbol> instruction(Model model, Instruction instruction) {
        List<Declaration> declared = model.variables().declarations(instruction);
        String keyword = instruction.keyword().text().toUpperCase(java.util.Locale.ROOT);
        if (!declared.isEmpty()) {
            List<OutlineSymbol> variables = new ArrayList<>();
            for (Declaration d : declared) {
                TextRange selection = d.word() != null ? d.word().range() : instruction.keyword().range();
                String detail = keyword + (d.hasValue() ? " = " + shorten(d.value()) : "");
                variables.add(new OutlineSymbol(d.name().isEmpty() ? keyword : d.name(), detail, OutlineSymbol.Kind.VARIABLE,
                        instruction.range(), selection, false, List.of()));
            }
            return variables;
        }
        String rest = instruction.text().length() > instruction.keyword().text().length()
                ? instruction.text().substring(instruction.keyword().text().length()).strip() : "";
        return List.of(new OutlineSymbol(keyword, shorten(rest), OutlineSymbol.Kind.INSTRUCTION, instruction.range(),
                instruction.keyword().range(), instruction.is(Keyword.MAINTAINER), List.of()));
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= DETAIL_LENGTH ? line : line.substring(0, DETAIL_LENGTH - 1) + "…";
    }
}
