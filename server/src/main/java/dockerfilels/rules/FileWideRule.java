package dockerfilels.rules;

/**
 * A rule BuildKit evaluates over the whole file after parsing (casing, stage names, empty
 * continuation lines, default ARG values in FROM): {@code # check=} comments above an
 * instruction do not affect it, only the file's {@code # check=} directive does.
 */
public interface FileWideRule extends Rule {
}
