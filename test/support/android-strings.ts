/**
 * A string resource's text as Android's resource compiler (aapt2) reads it once the XML is parsed:
 * backslash escapes (`\\`, `\'`, `\"`, `\@`, `\?`, `\n`, `\t`, `\uXXXX`), runs of unescaped white space
 * folded to one space outside double quotes, unescaped double quotes dropped (they only keep white space),
 * and white space at either end trimmed. Written from aapt2's documented rules, apart from our writer.
 */
export function readAndroidString(text: string): string {
  let out = "";
  let quoted = false;
  let pendingSpace = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (char === "\\") {
      const next = text[++index] ?? "";
      let escaped: string;
      if (next === "u") {
        escaped = String.fromCharCode(Number.parseInt(text.slice(index + 1, index + 5), 16));
        index += 4;
      } else {
        escaped = next === "n" ? "\n" : next === "t" ? "\t" : next;
      }
      if (pendingSpace) out += " ";
      pendingSpace = false;
      out += escaped;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && /\s/.test(char)) {
      pendingSpace = out !== "";
    } else {
      if (pendingSpace) out += " ";
      pendingSpace = false;
      out += char;
    }
  }
  return out;
}
