/**
 * Texts that have broken code generators' escaping somewhere: every language's literals and doc comments
 * must carry each of them unchanged.
 */
export const hostileTexts: readonly string[] = [
  "plain text",
  `Double " single ' backtick \` backslash \\ end`,
  "Kotlin $x ${x}, Ruby #{x}, Swift \\(x), Handlebars {{x}} {{{x}}}, Python {x} %s",
  "Comment closer */ opener /* nested /* /* */ and triple quotes \"\"\" and '''",
  "@deprecated at the start",
  "- Returns: a callout, * Warning: x, + plus",
  "[link](x) | pipe <script>alert(1)</script> &amp; &#65;",
  "Line one\nline two\r\nline three\rline four",
  "Tab\there, controls \u0000 \u0001 \u0007 \u001b \u007f \u0085 \u009f",
  "Separators \u2028 and \u2029, vertical tab \u000b, form feed \u000c",
  "Emoji 😀👍🏽👩‍💻 and combining e\u0301 a\u0308",
  "Right-to-left שלום مرحبا, override \u202eevil\u202c, isolates \u2066x\u2069, marks \u200e\u200f",
  "Invisible: zero width \u200b, joiner \u200d, word joiner \u2060, soft hyphen \u00ad, BOM \ufeff",
  "\\u0041 is not A, \\n is not a line break, \\\\ is two backslashes",
  "ends with a backslash \\",
  " leading and trailing spaces ",
  "",
];

/** The characters that end a line somewhere: no generated line may hold one raw. */
export const lineBreaks = /[\n\r\u000b\u000c\u0085\u2028\u2029]/;
