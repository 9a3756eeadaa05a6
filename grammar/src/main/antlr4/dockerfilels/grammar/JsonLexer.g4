/*
 * Tokens of a JSON text, used to locate each element of an exec-form argument array
 * (`CMD ["a", "b"]`) in the source. Validity and string values come from Gson in strict mode;
 * this lexer only gives positions, so it never needs to recurse into nested values.
 */
lexer grammar JsonLexer;

STRING        : '"' ( '\\' . | ~["\\] )* '"'? ;
OPEN_BRACKET  : '[' ;
CLOSE_BRACKET : ']' ;
OPEN_BRACE    : '{' ;
CLOSE_BRACE   : '}' ;
COMMA         : ',' ;
COLON         : ':' ;
WS            : [ \t\n\r]+ -> skip ;
OTHER         : ~["[\]{},: \t\n\r]+ ;
