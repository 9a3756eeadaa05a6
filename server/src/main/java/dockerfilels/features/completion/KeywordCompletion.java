package dockerfilels.features.completion;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import dockerfilels.reference.InstructionDoc;
import dockerfilels.reference.Reference;
import dockerfilels.reference.Snippet;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Instruction keywords at the start of an instruction: a snippet for each of its forms when the
 * client takes snippets. Before the first FROM only ARG and FROM are allowed; after ONBUILD only
 * its triggers. Keywords take the casing most of the file's instructions use.
 */
final class KeywordCompletion {
    private static final Set<Keyword> NOT_TRIGGERS = EnumSet.of(Keyword.ONBUILD, Keyword.FROM, Keyword.MAINTAINER);

    private KeywordCompletion() {
    }

    static void complete(Proposals proposals) {
        CursorContext cursor = proposals.cursor();
        Instruction outer = cursor.outerInstruction();
        boolean trigger = outer != null && outer.is(Keyword.ONBUILD) && !outer.keyword().range().touches(cursor.position());
        boolean beforeFirstFrom = !trigger && cursor.model().instructions().stream()
                .noneMatch(i -> i.is(Keyword.FROM) && i.startLine() < cursor.position().line());
        boolean lower = lowerCaseFile(cursor);
        for (InstructionDoc doc : Reference.instructions()) {
            Keyword keyword = doc.keyword();
            if ((trigger && NOT_TRIGGERS.contains(keyword))
                    || (beforeFirstFrom && keyword != Keyword.FROM && keyword != Keyword.ARG)) {
                continue;
            }
            String name = lower ? keyword.lowerName() : keyword.name();
            String documentation = Markdown.of().paragraph(doc.description()).code("dockerfile", doc.example())
                    .link("Dockerfile reference: " + doc.name(), doc.url()).toString();
            if (!cursor.after().isBlank()) {
                // Rewriting the keyword of a written instruction: replace the word, keep the rest.
                proposals.add(CompletionItem.of(name, CompletionItem.Kind.KEYWORD, proposals.between(cursor.wordStart(), cursor.wordEnd()))
                        .detail(doc.summary()).documentation(documentation).deprecated(doc.deprecated()));
            } else if (proposals.snippets() && !doc.snippets().isEmpty()) {
                for (Snippet snippet : doc.snippets()) {
                    String body = lower ? keyword.lowerName() + snippet.body().substring(keyword.name().length()) : snippet.body();
                    String label = lower ? keyword.lowerName() + snippet.label().substring(keyword.name().length()) : snippet.label();
                    proposals.add(CompletionItem.of(label, CompletionItem.Kind.KEYWORD, proposals.from(cursor.wordStart()))
                            .insert(body, true).detail(doc.summary()).documentation(documentation).deprecated(doc.deprecated()));
                }
            } else {
                proposals.add(CompletionItem.of(name, CompletionItem.Kind.KEYWORD, proposals.from(cursor.wordStart()))
                        .insert(name + " ", false).detail(doc.summary()).documentation(documentation).deprecated(doc.deprecated()));
            }
        }
    }

    /** Whether most instructions of the file are written in lower case (ties: upper case, as BuildKit). */
    private static boolean lowerCaseFile(CursorContext cursor) {
        int lower = 0;
        int upper = 0;
        for (Instruction instruction : cursor.model().instructions()) {
            if (instruction.kind() == null || instruction.startLine() == cursor.position().line()) {
                continue;
            }
            String text = instruction.keyword().text();
            if (text.equals(text.toLowerCase(Locale.ROOT))) {
                lower++;
            } else if (text.equals(text.toUpperCase(Locale.ROOT))) {
                upper++;
            }
        }
        return lower > upper;
    }
}
