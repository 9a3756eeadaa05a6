package dockerfilels.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The codes of the parser's own diagnostics (what BuildKit's parser or instruction reader
 * rejects). They are not rules: they cannot be turned off, since the file does not build.
 */
public final class SyntaxCodes {
    private SyntaxCodes() {
    }

    /** Code -> what it means, in the order the docs list them. */
    public static Map<String, String> all() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("UnknownInstruction", "A word BuildKit does not know as an instruction (with BuildKit's did-you-mean).");
        codes.put("UnknownFlag", "A flag the instruction does not declare (with BuildKit's did-you-mean).");
        codes.put("DuplicateFlag", "A flag that may appear once, given twice.");
        codes.put("MissingFlagValue", "A flag that needs `=value` written without one, or a boolean flag with `=` and nothing after.");
        codes.put("InvalidFlagValue", "A boolean flag whose value is not true or false.");
        codes.put("MissingArguments", "An instruction without the arguments it needs (FROM, COPY/ADD destination, ENV value ...).");
        codes.put("UnexpectedArguments", "Arguments where none are allowed (`HEALTHCHECK NONE x`).");
        codes.put("InvalidJsonArguments", "A JSON array whose elements are not all strings.");
        codes.put("ShellNotJson", "SHELL not in JSON form.");
        codes.put("InvalidKeyValue", "An ENV or LABEL word without `=` in the key=value form.");
        codes.put("BlankName", "An ENV, LABEL or ARG with an empty name.");
        codes.put("EmptyVolume", "An empty string in VOLUME.");
        codes.put("HeredocDestination", "A heredoc as the destination of COPY or ADD.");
        codes.put("UnterminatedHeredoc", "A heredoc whose terminator line never comes.");
        codes.put("UnknownHealthcheckType", "HEALTHCHECK followed by something other than CMD or NONE.");
        codes.put("InvalidOnbuildTrigger", "ONBUILD ONBUILD, ONBUILD FROM or ONBUILD MAINTAINER.");
        codes.put("InvalidStageName", "A stage name that does not match `^[a-z][a-z0-9-_.]*$` once lower-cased.");
        codes.put("DuplicateDirective", "The same parser directive twice.");
        codes.put("InvalidEscapeDirective", "An escape directive other than `\\` or `` ` ``.");
        codes.put("InvalidCheckDirective", "A `# check=` directive BuildKit cannot parse (it fails the build).");
        codes.put("LineTooLong", "A physical line of 64 KiB or more, which BuildKit's scanner refuses.");
        codes.put("LoneCarriageReturn", "(warning) A carriage return that does not end a line for BuildKit, though editors show one.");
        codes.put("NoInstructions", "A file with no instructions.");
        return codes;
    }
}
