/*
 * The words of an instruction after its keyword: BuildKit takes the leading words that start
 * with `--` as flags (until a word `--`), and the text after them as the arguments, which each
 * instruction then reads in its own way (JSON array, whitespace-split, ENV pairs ...).
 * At this level a word is any run of tokens between ASCII separators; Unicode spaces stay
 * inside words, as they do for BuildKit's flag and keyword split.
 */
parser grammar InstructionParser;

options { tokenVocab = InstructionLexer; }

words : SPACE? ( word ( SPACE word )* SPACE? )? EOF ;

word  : part+ ;

part  : TEXT | ESCAPED | LONE_ESCAPE | SINGLE_QUOTED | DOUBLE_QUOTED | UNICODE_SPACE ;
