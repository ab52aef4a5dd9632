/**
 * Each language's reserved words as its own reference lists them, kept apart from the generator's lists
 * so that a word missing there is caught here. The conformance suite requires every language's keywords
 * to include its reference's.
 */
export const keywordReferences: Readonly<Record<string, readonly string[]>> = {
  // ECMAScript's ReservedWord, the strict-mode future reserved words, and the identifiers strict mode
  // restricts (ECMA-262, 12.7.2 and 13.1.1).
  typescript: [
    "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
    "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new",
    "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
    "yield", "implements", "interface", "let", "package", "private", "protected", "public", "static", "arguments",
    "eval",
  ],
  // The Swift Programming Language, Lexical Structure: keywords used in declarations, in statements, in
  // expressions and types, and in patterns; only these need backticks to be identifiers.
  swift: [
    "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
    "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup",
    "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case",
    "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat",
    "return", "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self",
    "super", "throws", "true", "try", "_",
  ],
  // Kotlin's hard keywords (kotlinlang.org, Keywords and operators), without the operators !in, !is, as?.
  kotlin: [
    "as", "break", "class", "continue", "do", "else", "false", "for", "fun", "if", "in", "interface", "is", "null",
    "object", "package", "return", "super", "this", "throw", "true", "try", "typealias", "typeof", "val", "var",
    "when", "while",
  ],
  // The Go Programming Language Specification, Keywords.
  go: [
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go",
    "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type",
    "var",
  ],
};
