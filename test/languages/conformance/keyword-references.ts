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
  // C: the keywords of ISO/IEC 9899:2024 (C23) 6.4.1, which holds C99's and C11's; C++: the keywords of
  // ISO/IEC 14882:2020 [lex.key] and the alternative tokens of [lex.digraph]. The header is both.
  c: [
    "alignas", "alignof", "auto", "bool", "break", "case", "char", "const", "constexpr", "continue", "default", "do",
    "double", "else", "enum", "extern", "false", "float", "for", "goto", "if", "inline", "int", "long", "nullptr",
    "register", "restrict", "return", "short", "signed", "sizeof", "static", "static_assert", "struct", "switch",
    "thread_local", "true", "typedef", "typeof", "typeof_unqual", "union", "unsigned", "void", "volatile", "while",
    "_Atomic", "_BitInt", "_Complex", "_Decimal128", "_Decimal32", "_Decimal64", "_Generic", "_Imaginary",
    "_Noreturn", "_Alignas", "_Alignof", "_Bool", "_Static_assert", "_Thread_local",
    "asm", "catch", "char8_t", "char16_t", "char32_t", "class", "concept", "const_cast", "consteval", "constinit",
    "co_await", "co_return", "co_yield", "decltype", "delete", "dynamic_cast", "explicit", "export", "friend",
    "mutable", "namespace", "new", "noexcept", "operator", "private", "protected", "public", "reinterpret_cast",
    "requires", "static_cast", "template", "this", "throw", "try", "typeid", "typename", "using", "virtual",
    "wchar_t", "and", "and_eq", "bitand", "bitor", "compl", "not", "not_eq", "or", "or_eq", "xor", "xor_eq",
  ],
  // C#'s reserved keywords (C# language reference, "C# keywords"; contextual keywords are identifiers).
  csharp: [
    "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
    "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
    "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
    "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
    "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof",
    "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint",
    "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
  ],
  // C11's keywords (ISO/IEC 9899:2011, 6.4.1), and Objective-C's (The Objective-C Programming Language
  // and objc/objc.h: the runtime's types and constants, the method context, the remote-messaging type
  // qualifiers), with the C library's macros NULL and EOF, which every Foundation file sees.
  objc: [
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern",
    "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed",
    "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while",
    "_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic", "_Imaginary", "_Noreturn",
    "_Static_assert", "_Thread_local", "id", "Class", "SEL", "IMP", "BOOL", "YES", "NO", "nil", "Nil", "self",
    "super", "_cmd", "in", "out", "inout", "bycopy", "byref", "oneway", "NULL", "EOF",
  ],
  // The Java Language Specification (Java SE 17), 3.9 Keywords: the reserved keywords (`_` among them since
  // Java 9), and 3.10.3 and 3.10.8, the literals true, false and null, which cannot be identifiers either.
  java: [
    "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
    "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
    "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
    "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
    "throw", "throws", "transient", "try", "void", "volatile", "while", "_", "true", "false", "null",
  ],
  // The Go Programming Language Specification, Keywords.
  go: [
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go",
    "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type",
    "var",
  ],
};
