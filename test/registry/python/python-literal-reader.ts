import { hexEscape, read, simple, type Reader } from "../../languages/conformance/literal-readers.js";

/** Python: \\ \' \" \a \b \f \n \r \t \v, \xhh, \uXXXX and \UXXXXXXXX; any other escape is kept as it is (and warned about), so refused. */
export const pythonReader: Reader = (literal) =>
  read(literal, (body, at) => {
    const known = simple({ "\\": "\\", "'": "'", '"': '"', a: "\u0007", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\u000b" }, body, at);
    if (known !== undefined) return known;
    const kind = body[at];
    const digits = kind === "x" ? 2 : kind === "u" ? 4 : kind === "U" ? 8 : undefined;
    if (digits === undefined) throw new Error(`bad Python escape: ${body.slice(at - 1, at + 2)}`);
    const [text] = hexEscape(body, at + 1, digits);
    return [text, digits + 1];
  });

