package dockerfilels.rules;

/**
 * A rule whose findings are code that has no effect on the image (a stage nothing uses): editors
 * show it faded, through LSP's {@code Unnecessary} diagnostic tag.
 */
public interface UnnecessaryCodeRule extends Rule {
}
