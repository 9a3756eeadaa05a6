package dockerfilels.features.navigation;

import dockerfilels.semantics.Declaration;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.StageReferences;
import dockerfilels.semantics.Variables;
import dockerfilels.shell.VariableReference;
import dockerfilels.shell.VariableReferences;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ARG and ENV names and their uses, scoped as BuildKit scopes them ({@link Variables}). A use
 * resolves to the declaration it reads at its place: FROM lines see the global ARGs, a stage sees
 * what it declared so far plus, for {@code FROM <stage>}, everything that stage had. Declarations
 * that BuildKit treats as one variable form one symbol, so a rename keeps the file meaning the
 * same: a stage {@code ARG V} that takes the value of the global {@code ARG V}, and a declaration
 * that sets a name again where it is already defined ({@code ENV PATH=/x:$PATH}, an ENV of a
 * parent stage). Uses of a name nothing declares are one symbol per stage.
 */
final class VariableOccurrences {
    private VariableOccurrences() {
    }

    /** One occurrence before grouping: the declaration it means (null when undefined). */
    private record Raw(Declaration declaration, String name, Stage stage, TextRange range, boolean isDeclaration,
            boolean renamable) {
    }

    static void collect(Model model, List<Occurrence> out) {
        Variables variables = model.variables();
        List<Raw> raws = new ArrayList<>();
        UnionFind groups = new UnionFind();
        for (Instruction instruction : model.dockerfile().instructions()) {
            if (instruction.kind() == null || instruction.is(Keyword.ONBUILD)) {
                continue; // ONBUILD's variables belong to the build that uses this image
            }
            Stage stage = model.stageOf(instruction);
            declarations(variables, instruction, stage, raws, groups);
            uses(model, instruction, stage, raws);
        }
        Map<Declaration, List<Declaration>> members = groups.groups();
        Map<Declaration, Symbol> symbols = new IdentityHashMap<>();
        Map<String, Symbol> undefined = new java.util.HashMap<>();
        for (Raw raw : raws) {
            Symbol symbol;
            if (raw.declaration() == null) {
                String key = "undefined " + (raw.stage() == null ? -1 : raw.stage().index()) + " " + raw.name();
                symbol = undefined.computeIfAbsent(key, k -> new Symbol(Symbol.Kind.VARIABLE, raw.name(), k,
                        raw.name() + " is not declared in this Dockerfile"));
            } else {
                Declaration root = groups.find(raw.declaration());
                symbol = symbols.computeIfAbsent(root, r -> new Symbol(Symbol.Kind.VARIABLE, raw.name(), r,
                        fixed(members.getOrDefault(r, List.of(r)), raw.name())));
            }
            out.add(new Occurrence(symbol, raw.range(), raw.isDeclaration(), raw.renamable(), targets(raw)));
        }
    }

    private static void declarations(Variables variables, Instruction instruction, Stage stage, List<Raw> raws,
            UnionFind groups) {
        List<Declaration> declared = variables.declarations(instruction);
        List<Scope> argumentScopes = variables.argumentScopes(instruction);
        for (int i = 0; i < declared.size(); i++) {
            Declaration d = declared.get(i);
            groups.add(d);
            Scope prior = instruction.is(Keyword.ARG) && i < argumentScopes.size() ? argumentScopes.get(i)
                    : variables.before(instruction);
            Declaration earlier = prior.lookup(d.name());
            if (earlier != null) {
                groups.union(d, earlier);
            }
            if (d.global() != null) {
                groups.union(d, d.global());
            }
            Word word = d.word();
            if (word != null) {
                boolean exact = word.text().equals(d.name()) && StageReferences.exact(word);
                raws.add(new Raw(d, d.name(), stage, word.range(), true, exact));
            }
        }
    }

    /** The {@code $name} references in the instruction's lines and, where a shell or BuildKit expands them, heredoc bodies. */
    private static void uses(Model model, Instruction instruction, Stage stage, List<Raw> raws) {
        Set<Integer> skipped = new HashSet<>();
        for (Heredoc heredoc : instruction.heredocs()) {
            skipped.addAll(HeredocOccurrences.bodyLines(heredoc));
            if (heredoc.terminator() != null) {
                skipped.add(heredoc.terminator().start().line());
            }
        }
        instruction.comments().forEach(c -> skipped.add(c.range().start().line()));
        char escape = model.dockerfile().escape();
        TextPosition keywordEnd = instruction.keyword().range().end();
        for (int line = instruction.startLine(); line <= instruction.endLine(); line++) {
            if (skipped.contains(line)) {
                continue;
            }
            int from = line == keywordEnd.line() ? keywordEnd.character() : 0;
            scan(model, instruction, stage, line, from, escape, raws);
        }
        boolean shell = instruction.is(Keyword.RUN);
        for (Heredoc heredoc : instruction.heredocs()) {
            if (shell || heredoc.expand()) {
                for (int line : HeredocOccurrences.bodyLines(heredoc)) {
                    scan(model, instruction, stage, line, 0, '\\', raws);
                }
            }
        }
    }

    private static void scan(Model model, Instruction instruction, Stage stage, int line, int from, char escape,
            List<Raw> raws) {
        String text = model.line(line);
        if (from >= text.length() || text.indexOf('$', from) < 0) {
            return;
        }
        for (VariableReference ref : VariableReferences.find(text.substring(from), escape)) {
            if (!isName(ref.name())) {
                continue; // $1, $@ and the like are the shell's
            }
            TextRange range = TextRange.of(line, from + ref.nameStart(), line, from + ref.nameEnd());
            Declaration d = scopeAt(model.variables(), instruction, range.start()).lookup(ref.name());
            raws.add(new Raw(d, ref.name(), stage, range, false, true));
        }
    }

    /** The scope a reference at this position is expanded with: per argument for ARG, the global one for FROM. */
    private static Scope scopeAt(Variables variables, Instruction instruction, TextPosition position) {
        if (instruction.is(Keyword.FROM)) {
            return variables.global();
        }
        if (instruction.is(Keyword.ARG)) {
            List<Scope> scopes = variables.argumentScopes(instruction);
            List<Word> arguments = instruction.arguments();
            Scope scope = null;
            for (int i = 0; i < arguments.size() && i < scopes.size(); i++) {
                if (!position.isBefore(arguments.get(i).range().start())) {
                    scope = scopes.get(i);
                }
            }
            if (scope != null) {
                return scope;
            }
        }
        return variables.before(instruction);
    }

    private static boolean isName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char c = name.charAt(0);
        return c == '_' || Character.isLetter(c);
    }

    private static List<TextRange> targets(Raw raw) {
        Declaration d = raw.declaration();
        if (d == null) {
            return List.of();
        }
        List<TextRange> targets = new ArrayList<>();
        if (d.word() != null) {
            targets.add(d.word().range());
        }
        if (d.global() != null && d.global().word() != null) {
            targets.add(d.global().word().range());
        }
        return List.copyOf(targets);
    }

    /** Why a variable cannot be renamed: BuildKit or the base image gives it meaning, or a declaration is not written as is. */
    private static String fixed(List<Declaration> members, String name) {
        if (Variables.PLATFORM_ARGS.contains(name) || Variables.PROXY_ARGS.contains(name)
                || Variables.BUILTIN_BUILD_ARGS.contains(name)) {
            return name + " is predefined by BuildKit; renaming it would change what it means";
        }
        for (Declaration d : members) {
            if (d.kind() == Declaration.Kind.IMAGE) {
                return name + " is set by the base image; renaming it would change what it means";
            }
            if (d.word() == null || !d.word().text().equals(d.name()) || !StageReferences.exact(d.word())) {
                return name + " is declared in a form that cannot be renamed in place (across lines, or as a variable)";
            }
        }
        return null;
    }

    /** Declarations joined into groups; identity-based, as declarations are the objects {@link Variables} made. */
    private static final class UnionFind {
        private final Map<Declaration, Declaration> parent = new IdentityHashMap<>();

        void add(Declaration d) {
            parent.putIfAbsent(d, d);
        }

        Declaration find(Declaration d) {
            add(d);
            Declaration root = d;
            while (parent.get(root) != root) {
                root = parent.get(root);
            }
            while (parent.get(d) != root) {
                Declaration next = parent.get(d);
                parent.put(d, root);
                d = next;
            }
            return root;
        }

        void union(Declaration a, Declaration b) {
            Declaration ra = find(a);
            Declaration rb = find(b);
            if (ra != rb) {
                parent.put(rb, ra);
            }
        }

        /** Each group's root with its members. */
        Map<Declaration, List<Declaration>> groups() {
            Map<Declaration, List<Declaration>> groups = new IdentityHashMap<>();
            for (Declaration d : new ArrayList<>(parent.keySet())) {
                groups.computeIfAbsent(find(d), r -> new ArrayList<>()).add(d);
            }
            return groups;
        }
    }
}
