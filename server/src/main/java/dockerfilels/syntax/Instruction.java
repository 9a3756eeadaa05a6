package dockerfilels.syntax;

/** One instruction: its keyword, flags and arguments, with exact ranges. */
public final class Instruction {
}
