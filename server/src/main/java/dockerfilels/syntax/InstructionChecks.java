package dockerfilels.syntax;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What BuildKit rejects while it turns one parsed instruction into a command
 * ({@code instructions/parse.go}, {@code bflag.go}): unknown instructions and flags, flag
 * values, argument counts. Messages are BuildKit's; every problem is reported, not just the
 * first, each on the smallest range that shows it.
 */
final class InstructionChecks {
    private static final Pattern STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");
    private static final List<String> INSTRUCTION_NAMES = java.util.Arrays.stream(Keyword.values())
            .map(Keyword::lowerName).toList();

    private InstructionChecks() {
    }

    static void check(Instruction.Builder b) {
        if (b.kind == null) {
            b.reject("unknown instruction: " + b.keyword.text() + instructionSuggestion(b.keyword.text()),
                    "UnknownInstruction", b.keyword.range());
            return;
        }
        if (b.kind.validatesFlags() && !isHealthcheckNone(b)) {
            flags(b);
        }
        arguments(b);
        if (b.trigger != null) {
            onbuildTrigger(b);
        }
    }

    private static boolean isHealthcheckNone(Instruction.Builder b) {
        return b.kind == Keyword.HEALTHCHECK && !b.arguments.isEmpty()
                && b.arguments.get(0).text().toUpperCase(Locale.ROOT).equals("NONE");
    }

    private static void flags(Instruction.Builder b) {
        flags(b, b.kind.flags());
    }

    /** The flag checks against any set of declared flags (BuildKit's BFlags.Parse); package-private for tests. */
    static void flags(Instruction.Builder b, java.util.Map<String, Keyword.FlagType> declared) {
        Set<String> seen = new HashSet<>();
        for (Flag flag : b.flags) {
            String name = "--" + flag.name();
            Keyword.FlagType type = declared.get(flag.name());
            if (type == null) {
                b.reject("unknown flag: " + name + suggestion(flag.name(), declared.keySet()), "UnknownFlag", flag.nameRange());
                continue;
            }
            if (type != Keyword.FlagType.STRINGS && !seen.add(flag.name())) {
                b.reject("duplicate flag specified: " + name, "DuplicateFlag", flag.nameRange());
            }
            if (type == Keyword.FlagType.BOOL) {
                if (flag.value() != null && flag.value().isEmpty()) {
                    b.reject("missing a value on flag: " + name, "MissingFlagValue", flag.range());
                } else if (flag.value() != null && !flag.value().equalsIgnoreCase("true") && !flag.value().equalsIgnoreCase("false")) {
                    b.reject("expecting boolean value for flag " + name + ", not: " + flag.value(), "InvalidFlagValue", flag.valueRange());
                }
            } else if (flag.value() == null) {
                b.reject("missing a value on flag: " + name, "MissingFlagValue", flag.range());
            }
        }
    }

    private static void arguments(Instruction.Builder b) {
        String name = b.kind.name();
        int count = b.arguments.size();
        switch (b.kind) {
            case FROM -> from(b);
            case MAINTAINER, WORKDIR, USER, STOPSIGNAL -> {
                if (count == 0) {
                    b.reject(name + " requires exactly one argument", "MissingArguments", b.keyword.range());
                }
            }
            case EXPOSE, VOLUME, ONBUILD, ARG -> {
                if (count == 0 && b.trigger == null) {
                    b.reject(name + " requires at least one argument", "MissingArguments", b.keyword.range());
                }
                if (b.kind == Keyword.VOLUME) {
                    b.arguments.stream().filter(a -> a.text().isEmpty()).findFirst().ifPresent(a -> b.reject(
                            "VOLUME specified can not be an empty string", "EmptyVolume", a.range()));
                }
                if (b.kind == Keyword.ARG) {
                    b.arguments.stream().filter(a -> a.text().startsWith("=")).findFirst().ifPresent(a -> b.reject(
                            "ARG names can not be blank", "BlankName", a.range()));
                }
            }
            case ENV, LABEL -> {
                if (b.pairs.isEmpty() && b.diagnostics.isEmpty()) {
                    b.reject(name + " requires at least one argument", "MissingArguments", b.keyword.range());
                }
                b.pairs.stream().filter(p -> p.key().text().isEmpty()).findFirst().ifPresent(p -> b.reject(
                        name + " names can not be blank", "BlankName", p.range()));
            }
            case ADD, COPY -> copy(b, name, count);
            case SHELL -> {
                if (!b.json) {
                    b.reject("SHELL requires the arguments to be in JSON form", "ShellNotJson",
                            b.rest == null ? b.keyword.range() : b.rest.range());
                } else if (count == 0 && b.diagnostics.isEmpty()) {
                    b.reject("SHELL requires at least one argument", "MissingArguments", b.rest.range());
                }
            }
            case HEALTHCHECK -> healthcheck(b, count);
            default -> {
            }
        }
    }

    private static void from(Instruction.Builder b) {
        List<Word> args = b.arguments;
        if (args.size() == 3 && args.get(1).text().equalsIgnoreCase("as")) {
            Word stage = args.get(2);
            if (!STAGE_NAME.matcher(GoText.toLower(stage.text())).matches()) {
                b.reject("invalid name for build stage: " + GoQuote.quote(stage.text())
                        + ", name can't start with a number or contain symbols", "InvalidStageName", stage.range());
            }
        } else if (args.size() != 1) {
            b.reject("FROM requires either one or three arguments", "MissingArguments",
                    b.rest == null ? b.keyword.range() : b.rest.range());
        }
    }

    private static void copy(Instruction.Builder b, String name, int count) {
        if (count < 2 && b.heredocs.isEmpty() || count < 1) {
            b.reject(name + " requires at least two arguments, but only one was provided. Destination could not be determined",
                    "MissingArguments", b.rest == null ? b.keyword.range() : b.rest.range());
            return;
        }
        Word destination = b.arguments.get(count - 1);
        for (Heredoc heredoc : b.heredocs) {
            if (heredoc.marker().range().equals(destination.range()) || destination.text().startsWith("<<")
                    && destination.range().start().equals(heredoc.marker().range().start())) {
                b.reject(name + " cannot accept a heredoc as a destination", "HeredocDestination", destination.range());
            }
        }
    }

    private static void healthcheck(Instruction.Builder b, int count) {
        if (count == 0) {
            b.reject("HEALTHCHECK requires at least one argument", "MissingArguments", b.keyword.range());
            return;
        }
        Word type = b.arguments.get(0);
        switch (type.text().toUpperCase(Locale.ROOT)) {
            case "NONE" -> {
                if (count > 1 || b.json) {
                    b.reject("HEALTHCHECK NONE takes no arguments", "UnexpectedArguments", b.rest.range());
                }
            }
            case "CMD" -> {
                if (count == 1 && !b.json) {
                    b.reject("Missing command after HEALTHCHECK CMD", "MissingArguments", type.range());
                }
            }
            default -> b.reject("Unknown type " + GoQuote.quote(type.text().toUpperCase(Locale.ROOT)) + " in HEALTHCHECK (try CMD)",
                    "UnknownHealthcheckType", type.range());
        }
    }

    private static void onbuildTrigger(Instruction.Builder b) {
        Instruction.Builder trigger = b.trigger;
        if (trigger.kind == Keyword.ONBUILD) {
            b.reject("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", "InvalidOnbuildTrigger", trigger.keyword.range());
        } else if (trigger.kind == Keyword.FROM || trigger.kind == Keyword.MAINTAINER) {
            b.reject(trigger.kind.name() + " isn't allowed as an ONBUILD trigger", "InvalidOnbuildTrigger", trigger.keyword.range());
        } else {
            // The trigger runs in a later build; report what that build would reject, here and now.
            check(trigger);
            b.diagnostics.addAll(trigger.diagnostics);
        }
    }

    /**
     * The hint for an unknown instruction. BuildKit matches case-insensitively and then writes the
     * candidate in the word's case: lower case for a lower-case word, upper case for an upper-case
     * one, lower case otherwise (suggest.WrapError with matchCase).
     */
    private static String instructionSuggestion(String word) {
        String match = closest(GoText.toLower(word), INSTRUCTION_NAMES);
        if (match == null) {
            return "";
        }
        boolean upper = !word.equals(GoText.toLower(word)) && word.equals(word.toUpperCase(Locale.ROOT));
        return " (did you mean " + (upper ? match.toUpperCase(Locale.ROOT) : match) + "?)";
    }

    /**
     * BuildKit's " (did you mean x?)" hint for an unknown flag: the closest candidate at a distance
     * below 3, compared case-sensitively as {@code instructions/bflag.go} asks of
     * {@code suggest.WrapError(err, arg, allFlags(bf.flags), true)} ({@code --FROM} suggests nothing).
     */
    static String suggestion(String word, Collection<String> candidates) {
        String best = closest(word, candidates);
        return best == null ? "" : " (did you mean " + best + "?)";
    }

    /** The closest candidate at a distance below 3 (case-sensitive), or null. */
    private static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : candidates.stream().sorted().toList()) {
            int d = GoText.distance(word, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }
}
