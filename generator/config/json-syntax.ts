/**
 * The first JSON syntax error in `text` (RFC 8259), with its offset, or undefined for valid JSON. A `.json`
 * config must be JSON, not the YAML that js-yaml would also accept (trailing commas, comments, bare words),
 * and Node's JSON.parse does not always say where it stopped ("Unexpected token ']'"); this does.
 */
export function jsonSyntaxError(text: string): { offset: number; message: string } | undefined {
  let at = 0;
  const fail = (message: string): never => {
    throw new JsonSyntax(at, message);
  };
  const space = () => {
    while (at < text.length && " \t\n\r".includes(text[at] as string)) at++;
  };
  const word = (literal: string) => {
    if (text.startsWith(literal, at)) at += literal.length;
    else fail("expected a value (an object, a list, a string, a number, true, false or null)");
  };
  const string = () => {
    at++; // the opening quote
    while (at < text.length) {
      const char = text[at] as string;
      if (char === '"') {
        at++;
        return;
      }
      if (char.charCodeAt(0) < 0x20) fail("a line break or control character inside a string (write it as \\n or \\uXXXX)");
      if (char === "\\") {
        const escape = text[at + 1] ?? "";
        if (escape === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) fail("\\u needs four hex digits");
          at += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(escape) || escape === "") fail(`\\${escape} is no JSON escape`);
        at += 2;
        continue;
      }
      at++;
    }
    fail("a string that is never closed");
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (match === null) fail("expected a value (an object, a list, a string, a number, true, false or null)");
    at += (match as RegExpExecArray)[0].length;
  };
  const value = (depth: number): void => {
    if (depth > 64) fail("nested more than 64 deep");
    space();
    const char = text[at];
    if (char === "{") {
      at++;
      space();
      if (text[at] === "}") {
        at++;
        return;
      }
      for (;;) {
        space();
        if (text[at] === "}") fail("a comma before } (JSON has no trailing commas)");
        if (text[at] !== '"') fail("expected a key in double quotes");
        string();
        space();
        if (text[at] !== ":") fail("expected : after the key");
        at++;
        value(depth + 1);
        space();
        if (text[at] === ",") {
          at++;
          continue;
        }
        if (text[at] === "}") {
          at++;
          return;
        }
        fail("expected , or } after a value");
      }
    }
    if (char === "[") {
      at++;
      space();
      if (text[at] === "]") {
        at++;
        return;
      }
      for (;;) {
        space();
        if (text[at] === "]") fail("a comma before ] (JSON has no trailing commas)");
        value(depth + 1);
        space();
        if (text[at] === ",") {
          at++;
          continue;
        }
        if (text[at] === "]") {
          at++;
          return;
        }
        fail("expected , or ] after a value");
      }
    }
    if (char === '"') return string();
    if (char === "t") return word("true");
    if (char === "f") return word("false");
    if (char === "n") return word("null");
    if (char === undefined) fail("the file ends where a value should be");
    return number();
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) at = 1;
    value(0);
    space();
    if (at < text.length) fail("more after the JSON value (one object per file)");
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntax) return { offset: error.offset, message: error.message };
    throw error;
  }
}

class JsonSyntax extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}
