/*
 * Tokens of an instruction's logical text (continuation lines already joined), as BuildKit's
 * parser reads it. The escape character is `\` by default and `` ` `` after `# escape=``;
 * the caller selects the BACKTICK mode for the latter, so neither mode needs a predicate and
 * both run on ANTLR's cached DFA.
 *
 * Whitespace comes in two kinds because BuildKit splits instruction words on ASCII separators
 * ([\t\v\f\r ]), but splits ENV/LABEL/ARG words on every Unicode space (Go's unicode.IsSpace).
 * Quoted parts keep their quotes; an escape keeps the character it escapes.
 */
lexer grammar InstructionLexer;

SPACE         : [\t\u000B\f\r ]+ ;
UNICODE_SPACE : [\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+ ;
SINGLE_QUOTED : '\'' ~'\''* '\''? ;
DOUBLE_QUOTED : '"' ( '\\' . | ~["\\] )* ( '"' | '\\' )? ;
ESCAPED       : '\\' . ;
LONE_ESCAPE   : '\\' ;
TEXT          : ~[\t\u000B\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000'"\\]+ ;

mode BACKTICK;

BT_SPACE         : [\t\u000B\f\r ]+ -> type(SPACE) ;
BT_UNICODE_SPACE : [\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+ -> type(UNICODE_SPACE) ;
BT_SINGLE_QUOTED : '\'' ~'\''* '\''? -> type(SINGLE_QUOTED) ;
BT_DOUBLE_QUOTED : '"' ( '`' . | ~["`] )* ( '"' | '`' )? -> type(DOUBLE_QUOTED) ;
BT_ESCAPED       : '`' . -> type(ESCAPED) ;
BT_LONE_ESCAPE   : '`' -> type(LONE_ESCAPE) ;
BT_TEXT          : ~[\t\u000B\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000'"`]+ -> type(TEXT) ;
