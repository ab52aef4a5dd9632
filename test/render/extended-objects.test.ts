import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { extender } from "../../generator/render/extended-objects.js";
import { root } from "../support/helpers.js";

/** What the extender makes of each pair, beside what a spread makes: keys in order, values, prototype. */
function bothWays(pairs: readonly [object, object][], bases?: readonly object[]) {
  const extend = extender(bases);
  const seen = (object: object) => ({ keys: Reflect.ownKeys(object), values: Object.values(object), prototype: Object.getPrototypeOf(object) as unknown });
  return pairs.map(([base, extra]) => ({ ours: seen(extend(base, extra)), spread: seen({ ...base, ...extra }) }));
}

const code = (n: number) => ({ code: n, name: `CODE_${n}`, message: `message ${n}`, deprecated: undefined });
const view = (n: number) => ({ caseName: `code${n}`, literal: `"${n}"` });

describe("extender", () => {
  // Given the frozen list its bases come from, the extender checks the list once instead of each base.
  it("makes what a spread makes for bases from a frozen list: of one shape, or with one base unlike the rest", () => {
    const frozen = (n: number) => Object.freeze(code(n));
    const alike: [object, object][] = Array.from({ length: 2000 }, (_, n) => [frozen(n), view(n)]);
    const unlike: [object, object][][] = [
      // One base of another shape, one with a symbol key, one inheriting from another prototype, one not frozen.
      alike.map(([base, extra], n) => (n === 1500 ? [Object.freeze({ ...code(n), more: 1 }), extra] : [base, extra])),
      alike.map(([base, extra], n) => (n === 1500 ? [Object.freeze({ ...code(n), [Symbol("s")]: 1 }), extra] : [base, extra])),
      alike.map(([base, extra], n) => (n === 1500 ? [Object.freeze(Object.assign(Object.create({ code: 0 }) as object, code(n))), extra] : [base, extra])),
      alike.map(([base, extra], n) => (n === 1500 ? [code(n), extra] : [base, extra])),
    ];
    for (const pairs of [alike, ...unlike]) {
      for (const { ours, spread } of bothWays(pairs, Object.freeze(pairs.map(([base]) => base)))) expect(ours).toEqual(spread);
    }
  });

  // A long frozen list makes its literal at once: what differs among the first objects meets the literal too.
  it("makes what a spread makes for the first objects of a long frozen list: views of other keys, order, symbols or prototype", () => {
    const bases = Object.freeze(Array.from({ length: 2000 }, (_, n) => Object.freeze(code(n))));
    const odd: Record<number, object> = {
      0: { ...view(0), extra: true },
      1: { literal: `"1"`, caseName: "code1" },
      2: { ...view(2), [Symbol("s")]: 1 },
      3: Object.assign(Object.create({ inherited: 1 }) as object, view(3)),
      4: { name: "from the view", ...view(4) },
      5: JSON.parse('{"__proto__": {"polluted": true}, "caseName": "c"}') as object,
    };
    const pairs = bases.map((base, n): [object, object] => [base, odd[n] ?? view(n)]);
    const results = bothWays(pairs, bases);
    for (const { ours, spread } of results) expect(ours).toEqual(spread);
    expect(results[5]?.ours.prototype).toBe(Object.prototype);
  });

  it("makes what a spread makes, for many objects of one shape (past the point where it compiles a literal)", () => {
    const pairs: [object, object][] = Array.from({ length: 2000 }, (_, n) => [code(n), view(n)]);
    for (const { ours, spread } of bothWays(pairs)) expect(ours).toEqual(spread);
  });

  it("makes what a spread makes when the shapes change, late and often", () => {
    const pairs: [object, object][] = Array.from({ length: 1500 }, (_, n) => {
      if (n % 3 === 0) return [code(n), { ...view(n), extra: true }];
      if (n % 7 === 0) return [{ first: true, ...code(n) }, view(n)];
      return [code(n), view(n)];
    });
    for (const { ours, spread } of bothWays(pairs)) expect(ours).toEqual(spread);
  });

  it("copies an own __proto__ key as a key, not as the prototype; own keys only; a later key's value at the earlier place", () => {
    const strange = JSON.parse('{"__proto__": {"polluted": true}, "name": "n"}') as object;
    const inheriting = Object.assign(Object.create({ inherited: 1 }) as object, { own: 2 });
    const pairs: [object, object][] = Array.from({ length: 1200 }, (_, n) => {
      if (n === 1000) return [strange, view(n)];
      if (n === 1001) return [inheriting, view(n)];
      if (n === 1002) return [code(n), { name: "from the view", ...view(n) }];
      return [code(n), view(n)];
    });
    const results = bothWays(pairs);
    for (const { ours, spread } of results) expect(ours).toEqual(spread);
    expect(results[1000]?.ours.prototype).toBe(Object.prototype);
    expect(results[1000]?.ours.keys).toContain("__proto__");
    expect(results[1001]?.ours.keys).not.toContain("inherited");
    expect(results[1002]?.ours.values[1]).toBe("from the view");
  });

  it("copies no inherited key and keeps symbol keys, past the literal, as a spread does", () => {
    const tag = Symbol("tag");
    const pairs: [object, object][] = Array.from({ length: 1200 }, (_, n) => {
      // An own key and an inherited one, in the order of the shape before them.
      if (n === 1000) return [Object.assign(Object.create({ name: "inherited", message: "inherited" }) as object, { code: n }), view(n)];
      if (n === 1001) return [{ ...code(n), [tag]: "symbol" }, view(n)];
      if (n === 1002) return [code(n), { ...view(n), [tag]: "symbol" }];
      return [code(n), view(n)];
    });
    const results = bothWays(pairs);
    for (const { ours, spread } of results) expect(ours).toEqual(spread);
    expect(results[1000]?.ours.keys).toEqual(["code", "caseName", "literal"]);
    expect(results[1001]?.ours.keys).toContain(tag);
    expect(results[1002]?.ours.keys).toContain(tag);
  });

  it("spreads when Node may not compile code from strings", () => {
    const module = pathToFileURL(join(root, "dist/render/extended-objects.js")).href;
    const script = `const { extender } = await import(${JSON.stringify(module)}); const extend = extender(); let last; for (let n = 0; n < 1000; n++) last = extend({ code: n }, { name: "N" + n }); console.log(JSON.stringify(last));`;
    const run = spawnSync(process.execPath, ["--disallow-code-generation-from-strings", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe('{"code":999,"name":"N999"}');
  });
});
