package dockerfilels.semantics.commands;

import dockerfilels.syntax.TextRange;
import java.util.List;
import java.util.Set;

/**
 * One simple command of a script: its words (variable assignments before it and redirections
 * kept apart), the operator that joined it to the command before ({@code before}) and the one
 * after it ({@code after}: {@code &&}, {@code ||}, {@code ;}, {@code |}, {@code &}, a newline, or
 * empty at the end). Wrappers such as {@code sudo}, {@code env} and {@code xargs} are looked
 * through: {@link #name()} is the command they run. {@code nesting} is 0 for the script itself
 * and one more inside each {@code sh -c '...'}, {@code $(...)} or backquotes.
 */
public final class ShellCommand {
    /** Commands that run the command in their arguments, with the options of each that take a value. */
    private static final java.util.Map<String, Set<String>> WRAPPERS = java.util.Map.of(
            "sudo", Set.of("-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U"),
            "env", Set.of("-u", "-C", "-S"),
            "nice", Set.of("-n"),
            "ionice", Set.of("-c", "-n", "-p"),
            "time", Set.of("-f", "-o"),
            "exec", Set.of("-a"),
            "command", Set.of(),
            "nohup", Set.of(),
            "timeout", Set.of("-k", "-s"),
            "xargs", Set.of("-a", "-d", "-E", "-e", "-I", "-i", "-L", "-l", "-n", "-P", "-s"));

    private final List<ShellWord> words;
    private final List<ShellWord> assignments;
    private final List<Redirect> redirects;
    private final String before;
    private final String after;
    private final int nesting;
    private final int nameIndex;
    /** The command's name, worked out once: every rule about RUN asks for it. */
    private final String name;
    private List<ShellWord> operands;
    private final TextRange afterRange;

    /** A redirection: its operator ({@code >}, {@code 2>&1}'s {@code 2>&}, {@code <<}) and target word (null when missing). */
    public record Redirect(String operator, ShellWord target) {
    }

    ShellCommand(List<ShellWord> words, List<ShellWord> assignments, List<Redirect> redirects, String before,
            String after, int nesting) {
        this(words, assignments, redirects, before, after, nesting, null);
    }

    ShellCommand(List<ShellWord> words, List<ShellWord> assignments, List<Redirect> redirects, String before,
            String after, int nesting, TextRange afterRange) {
        this.afterRange = afterRange;
        this.words = List.copyOf(words);
        this.assignments = List.copyOf(assignments);
        this.redirects = List.copyOf(redirects);
        this.before = before;
        this.after = after;
        this.nesting = nesting;
        this.nameIndex = nameIndex(this.words);
        this.name = nameIndex < this.words.size() ? basename(this.words.get(nameIndex).value()) : "";
    }

    /** Every word of the command, wrappers included. */
    public List<ShellWord> words() {
        return words;
    }

    public List<ShellWord> assignments() {
        return assignments;
    }

    public List<Redirect> redirects() {
        return redirects;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public int nesting() {
        return nesting;
    }

    /** The word naming the command run (wrappers looked through), or null for a bare assignment or redirection. */
    public ShellWord nameWord() {
        return nameIndex < words.size() ? words.get(nameIndex) : null;
    }

    /** The command run, without its directory ({@code /usr/bin/apt-get} is {@code apt-get}); empty when none. */
    public String name() {
        return name;
    }

    public boolean is(String... names) {
        String name = name();
        for (String candidate : names) {
            if (candidate.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a wrapper runs the command, e.g. {@code sudo}. */
    public boolean wraps(String wrapper) {
        for (int k = 0; k < nameIndex; k++) {
            if (basename(words.get(k).value()).equals(wrapper)) {
                return true;
            }
        }
        return false;
    }

    /** The words after the command's name. */
    public List<ShellWord> arguments() {
        return nameIndex < words.size() ? words.subList(nameIndex + 1, words.size()) : List.of();
    }

    /** The arguments that are not options, in order (an option's separate value counts as one). */
    public List<ShellWord> operands() {
        List<ShellWord> found = operands;
        if (found == null) {
            // Kept: the commands are shared by every rule that reads the RUN (a benign race: any
            // thread computes the same immutable list).
            found = arguments().stream().filter(w -> !w.isOption()).toList();
            operands = found;
        }
        return found;
    }

    /** The first operand, often a subcommand ({@code install} of {@code apt-get -y install}); null when none. */
    public String subcommand() {
        List<ShellWord> operands = operands();
        return operands.isEmpty() ? null : operands.get(0).value();
    }

    /** Whether an argument is exactly {@code value}. */
    public boolean hasArgument(String value) {
        return argument(value) != null;
    }

    public ShellWord argument(String value) {
        for (ShellWord word : arguments()) {
            if (word.value().equals(value)) {
                return word;
            }
        }
        return null;
    }

    /**
     * The word that gives one of these options, or null: a long option as {@code --name} or
     * {@code --name=value}; a one-letter option alone ({@code -y}) or among letters ({@code -qy}).
     */
    public ShellWord option(String... names) {
        for (ShellWord word : arguments()) {
            String value = word.value();
            if (value.equals("--")) {
                return null;
            }
            for (String name : names) {
                if (value.equals(name) || (name.startsWith("--") && value.startsWith(name + "="))
                        || (isShortOption(name) && isShortCluster(value) && value.indexOf(name.charAt(1), 1) > 0)) {
                    return word;
                }
            }
        }
        return null;
    }

    public boolean hasOption(String... names) {
        return option(names) != null;
    }

    /** The value of an option: {@code --name=value}, {@code --name value} or {@code -n value}; null when absent. */
    public String optionValue(String... names) {
        List<ShellWord> arguments = arguments();
        for (int k = 0; k < arguments.size(); k++) {
            String value = arguments.get(k).value();
            for (String name : names) {
                if (name.startsWith("--") && value.startsWith(name + "=")) {
                    return value.substring(name.length() + 1);
                }
                if (value.equals(name) && k + 1 < arguments.size()) {
                    return arguments.get(k + 1).value();
                }
            }
        }
        return null;
    }

    /** From the first word to the last (the name through the arguments; assignments and redirections excluded). */
    public TextRange range() {
        if (words.isEmpty()) {
            ShellWord only = assignments.isEmpty() ? null : assignments.get(0);
            return only == null ? null : only.range();
        }
        return new TextRange(words.get(0).range().start(), words.get(words.size() - 1).range().end());
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (ShellWord word : assignments) {
            out.append(out.isEmpty() ? "" : " ").append(word.value());
        }
        for (ShellWord word : words) {
            out.append(out.isEmpty() ? "" : " ").append(word.value());
        }
        return out + (after.isEmpty() ? "" : " " + after.replace("\n", "\\n"));
    }

    static String basename(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
    }

    private static boolean isShortOption(String name) {
        return name.length() == 2 && name.charAt(0) == '-' && Character.isLetterOrDigit(name.charAt(1));
    }

    /**
     * {@code -qy}: a dash and letters only, and no capital after a small letter, so an option with
     * its value attached ({@code -oDpkg::Options}, {@code -5}) is not read as a cluster.
     */
    private static boolean isShortCluster(String value) {
        if (value.length() < 2 || value.charAt(0) != '-' || value.charAt(1) == '-') {
            return false;
        }
        for (int k = 1; k < value.length(); k++) {
            char c = value.charAt(k);
            if (!Character.isLetter(c) || (k > 1 && Character.isUpperCase(c) && Character.isLowerCase(value.charAt(k - 1)))) {
                return false;
            }
        }
        return true;
    }

    /** Skips wrappers and their options (and env's assignments) to the word naming the command run. */
    private static int nameIndex(List<ShellWord> words) {
        int k = 0;
        while (k < words.size()) {
            Set<String> valued = WRAPPERS.get(basename(words.get(k).value()));
            if (valued == null) {
                return k;
            }
            String wrapper = basename(words.get(k).value());
            k++;
            if (wrapper.equals("timeout")) {
                k = skipOptions(words, k, valued);
                k++; // the duration
                continue;
            }
            k = skipOptions(words, k, valued);
            if (wrapper.equals("env")) {
                while (k < words.size() && words.get(k).value().indexOf('=') > 0) {
                    k++;
                }
            }
        }
        return k;
    }

    private static int skipOptions(List<ShellWord> words, int k, Set<String> valued) {
        while (k < words.size() && words.get(k).isOption()) {
            String option = words.get(k).value();
            k += valued.contains(option) ? 2 : 1;
        }
        if (k < words.size() && words.get(k).value().equals("--")) {
            k++;
        }
        return k;
    }

    /** Where the operator after the command is written ({@code |} of {@code a | b}); null at the end or when unknown. */
    public TextRange afterRange() {
        return afterRange;
    }

    /**
     * The operands when the options in {@code valued} take the next word as their value
     * ({@code -t bookworm} of {@code apt-get install -t bookworm curl} is not an operand); every
     * word after {@code --} is an operand.
     */
    public List<ShellWord> operandsSkipping(Set<String> valued) {
        List<ShellWord> operands = new java.util.ArrayList<>();
        List<ShellWord> arguments = arguments();
        for (int k = 0; k < arguments.size(); k++) {
            ShellWord word = arguments.get(k);
            if (word.value().equals("--")) {
                operands.addAll(arguments.subList(k + 1, arguments.size()));
                break;
            }
            if (word.isOption()) {
                k += valued.contains(word.value()) ? 1 : 0;
            } else {
                operands.add(word);
            }
        }
        return operands;
    }
}
