import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parseEvents, type Event } from "js-yaml";
import { describe, expect, it } from "vitest";
import { maxNesting } from "../../generator/spec/load.js";
import { plainEvents } from "../../generator/spec/plain-events.js";
import { realSpec, root } from "../support/helpers.js";
import { syntheticSpec } from "../support/synthetic-spec.js";

/**
 * The plain reader stands in for js-yaml's parser only where it gives exactly what the parser gives: for
 * every text it reads, parseEvents reads it too, without an error, into the same events (offsets, styles,
 * chomping, indentation, `fast`). Anything else it must leave to js-yaml.
 */
function jsYamlEvents(text: string): Event[] | "refused" {
  try {
    return parseEvents(text, { maxDepth: maxNesting });
  } catch {
    return "refused";
  }
}

describe("the plain YAML reader", () => {
  const specs: [string, string][] = [
    ["the real spec", realSpec],
    ["1,000 short-shape codes", syntheticSpec(1000)],
    ["1,000 real-shape codes", syntheticSpec(1000, "real")],
  ];
  it.each(specs)("reads %s, event for event as js-yaml does", (_, text) => {
    const events = plainEvents(text);
    expect(events).toBeDefined();
    expect(events).toEqual(jsYamlEvents(text));
  });

  it("reads what js-yaml reads, or leaves it to js-yaml, for the hostile fixture", () => {
    const text = readFileSync(join(root, "test/fixtures/hostile.yaml"), "utf8");
    const events = plainEvents(text);
    if (events !== undefined) expect(events).toEqual(jsYamlEvents(text));
  });

  // Found by a review: js-yaml reads a plain scalar before a last line of spaces as one that could go on.
  it.each(["a: b\n ", "a: b\n\n  ", "a: b\n  \n  ", "k:\n- b\n ", "k:\n- a: b\n   ", "a:\n  b: c\n    "])("reads %j as js-yaml does, or leaves it", (text) => {
    const events = plainEvents(text);
    if (events !== undefined) expect(events).toEqual(jsYamlEvents(text));
  });

  // Each character of a plain scalar is looked at once: a long run of spaces inside one is read at once.
  it("reads a plain scalar holding a run of 200,000 spaces", () => {
    const text = `a: b${" ".repeat(200_000)}c\nd: e\n`;
    const events = plainEvents(text);
    expect(events).toBeDefined();
    expect(events).toEqual(jsYamlEvents(text));
  });

  it.each([
    ["an anchor and an alias", "a: &x 1\nb: *x\n"],
    ["a tag", "a: !!str 1\n"],
    ["a literal block", "a: |\n  x\n"],
    ["a folded block that keeps its final line break", "a: >\n  x\n"],
    ["a folded block with a more indented line", "a: >-\n  x\n    y\n"],
    ["a plain scalar over two lines", "a: one\n  two\n"],
    ["a tab", "a:\t1\n"],
    ["a carriage return", "a: 1\r\nb: 2\r\n"],
    ["a document marker", "---\na: 1\n"],
    ["a value left empty", "a:\nb: 1\n"],
    ["a flow sequence over two lines", "a: [x,\n  y]\n"],
    ["a nested flow sequence", "a: [[x]]\n"],
    ["a key in quotes", '"a": 1\n'],
    ["a plain scalar holding `: `", "a: b: c\n"],
    ["a root sequence", "- a\n"],
    ["an empty text", ""],
    ["only comments", "# a\n# b\n"],
  ])("leaves %s to js-yaml", (_, text) => {
    expect(plainEvents(text)).toBeUndefined();
  });

  // Texts made from the pieces specs are written with, near and past the edge of what the reader takes,
  // then edited at random: whenever the reader reads one, js-yaml must read it the same.
  it("gives js-yaml's events for every text it reads, across random texts near its edge", () => {
    type Node = { kind: "scalar"; text: string } | { kind: "folded"; header: string; lines: string[]; shift: number } | { kind: "map"; entries: [string, Node][] } | { kind: "seq"; items: Node[]; compact: boolean };

    // Tame texts use the pieces the reader takes; wild ones mix in what it must leave to js-yaml.
    function nodes(tame: boolean) {
      const safeScalar = fc.oneof(fc.constantFrom("OK", "200", "1.0.0", "true", "~", "null", "C# SDK", "a # comment", "x:y", "http://a.b", "a [b] c", "it's", "tail  ", "\u00e9 \u00fc", "\u2026", "a\u00a0b", "..."), fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _.'"-]{0,12}$/));
      const scalar = tame ? safeScalar : fc.oneof(safeScalar, fc.constantFrom("-1", "a #b", "a: b", "end:", "[x]", "{x}", "@x", "`x`", "%x", "'q'", '"q"', "\u2028", "?x", "!x", "&x", "*x", "|", ">", "#x", ",x", "x,y"), fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _.:#'"-]{0,12}$/));
      const quoted = fc.oneof(
        tame ? fc.constantFrom('"plain"', '"with \\"escape\\""', '"\\x41\\u00e9\\U0001F600"', "'single'", "'it''s'", '""', "''", '"a" # c') : fc.constantFrom('"bad \\q escape"', '"unclosed', "'unclosed", '"a"#c', '"a" x'),
        scalar.map((text) => JSON.stringify(text)),
      );
      const flowItem = tame ? fc.constantFrom("a", "kNIMResSuccess", "RES_X_1", "x.y", "$x", "'q'", '"q"', "801") : fc.oneof(fc.constantFrom("-x", "a b", "", "x:"), scalar);
      const flow = fc.oneof(
        fc.array(flowItem, { maxLength: 4 }).chain((items) => fc.constantFrom(`[${items.join(", ")}]`, `[ ${items.join(" ,")} ]`, `[${items.join(",")}]`, ...(tame ? [] : [`[${items.join(", ")},]`]))),
        fc.array(fc.tuple(tame ? fc.constantFrom("first", "last", "a") : fc.constantFrom("b c", "x:"), flowItem), { maxLength: 3 }).map((pairs) => `{ ${pairs.map(([key, value]) => `${key}: ${value}`).join(", ")} }`),
        tame ? fc.constantFrom("[]", "{}", "[a] # c", "{ a: 1 } # c") : fc.constantFrom("[a]# c", "[a] x"),
      );
      const tameKey = fc.oneof(fc.constantFrom("id", "name", "code", "aliases", "desktop", "x-y", "a.b", "200"), fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,6}$/));
      const key = tame ? tameKey : fc.oneof({ arbitrary: tameKey, weight: 4 }, { arbitrary: fc.constantFrom("-a", "a b", '"q"', "?", "a:b"), weight: 1 });
      const foldedLines = fc.array(fc.oneof(fc.constant(""), scalar, fc.constant("# not a comment"), ...(tame ? [] : [fc.constant("   ")])), { minLength: tame ? 1 : 0, maxLength: 4 });
      return fc.letrec<{ node: Node }>((tie) => ({
        node: fc.oneof(
          { depthSize: "small", withCrossShrink: true },
          fc.oneof(scalar, quoted, flow).map((text) => ({ kind: "scalar" as const, text })),
          fc.record({ kind: fc.constant("folded" as const), header: tame ? fc.constantFrom(">-", ">-  ") : fc.constantFrom(">", "|", ">- # c", ">2-"), lines: foldedLines, shift: tame ? fc.constant(0) : fc.constantFrom(1, -1) }),
          fc.record({ kind: fc.constant("map" as const), entries: fc.array(fc.tuple(key, tie("node")), { minLength: 1, maxLength: 3 }) }),
          fc.record({ kind: fc.constant("seq" as const), items: fc.array(tie("node"), { minLength: 1, maxLength: 3 }), compact: fc.boolean() }),
        ),
      })).node;
    }

    // A node as the value of a key at column `indent` (or as a sequence entry after its dash).
    function block(value: Node, indent: number, step: number): string[] {
      const pad = " ".repeat(indent + step);
      if (value.kind === "map") return value.entries.flatMap(([name, child]) => entry(`${pad}${name}:`, child, indent + step, step));
      if (value.kind === "seq") {
        const at = value.compact ? " ".repeat(indent) : pad;
        return value.items.flatMap((item) => {
          if (item.kind === "map") {
            const [[firstKey, firstValue], ...rest] = item.entries as [[string, Node], ...[string, Node][]];
            const column = at.length + 2;
            return [...entry(`${at}- ${firstKey}:`, firstValue, column, step), ...rest.flatMap(([name, child]) => entry(`${" ".repeat(column)}${name}:`, child, column, step))];
          }
          return entry(`${at}-`, item, at.length, step);
        });
      }
      return [];
    }
    function entry(head: string, value: Node, column: number, step: number): string[] {
      if (value.kind === "scalar") return [`${head} ${value.text}`];
      if (value.kind === "folded") return [`${head} ${value.header}`, ...value.lines.map((line, index) => (line === "" ? "" : `${" ".repeat(Math.max(0, column + step + (index === 1 ? value.shift : 0)))}${line}`))];
      return [head, ...block(value, column, step)];
    }

    const edit = fc.oneof(
      fc.record({ at: fc.nat(), text: fc.constantFrom(":", ": ", " #", "#", "- ", "-", "\n", "\n  ", "  ", " ", "\t", "\r", "'", '"', "[", "]", "{", "}", ",", ">", "|", "&a ", "*a", "!", "?", "%", "@", "---\n", "\u00a0", "\ufeff", "\u0085", "\\") }),
      fc.record({ at: fc.nat(), remove: fc.integer({ min: 1, max: 3 }) }),
    );
    const tameKey = fc.oneof(fc.constantFrom("id", "name", "codes", "version"), fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,6}$/));
    const document = fc.boolean().chain((tame) =>
      fc.record({
        entries: fc.array(fc.tuple(tameKey, nodes(tame)), { minLength: 1, maxLength: 4 }),
        step: fc.constantFrom(2, 2, 4, 1),
        comments: fc.array(fc.tuple(fc.nat(), fc.nat(6)), { maxLength: 2 }),
        edits: fc.oneof({ arbitrary: fc.constant([]), weight: 3 }, { arbitrary: fc.array(edit, { minLength: 1, maxLength: 2 }), weight: 2 }),
        ending: fc.constantFrom("", "\n", "\n", "\n", "\n", "\n ", "\n\n  ", "\n  \n"),
      }),
    );

    let read = 0;
    let left = 0;
    fc.assert(
      fc.property(document, ({ entries, step, comments, edits, ending }) => {
        const lines = entries.flatMap(([name, value]) => entry(`${name}:`, value, 0, step));
        for (const [at, indent] of comments) lines.splice(at % (lines.length + 1), 0, `${" ".repeat(indent)}# comment`);
        let text = lines.join("\n") + ending;
        for (const change of edits) {
          const at = change.at % (text.length + 1);
          text = "text" in change ? text.slice(0, at) + change.text + text.slice(at) : text.slice(0, at) + text.slice(at + change.remove);
        }
        const events = plainEvents(text);
        if (events === undefined) {
          left++;
          return;
        }
        read++;
        expect(jsYamlEvents(text), text).toEqual(events);
      }),
      { seed: 20261202, numRuns: 4000 },
    );
    // The texts reach both sides of the edge: the reader takes a good share and leaves a good share.
    expect(read).toBeGreaterThan(450);
    expect(left).toBeGreaterThan(2000);
  }, 60_000);
});
