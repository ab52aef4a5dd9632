/**
 * `{ ...base, ...extra }` for many objects of one shape (a table's codes with a target's code view), made by
 * one object literal of their keys. V8 builds a spread property by property; a literal of fixed keys is
 * one allocation of a known shape, about a quarter of the time (100,000 codes with a code view: about 90 ms
 * a target). The literal is compiled only once `literalAfter` objects have been spread, so a small table
 * spends nothing on it; for a list of `bases` longer than that, at once (the spreads before it cost a large
 * table's 13 targets some 30 ms). An object of another shape than the literal's, or a key a literal would not copy as
 * a spread does (`__proto__`), is spread: the result is the same either way, with the same keys in the same
 * order.
 *
 * `bases`, when given, is a frozen list that every `base` comes from (a model's codes, extended by each
 * target in turn): it is checked once, for all the extenders made for it, rather than object by object.
 */
export function extender(bases?: readonly object[]): (base: object, extra: object) => object {
  let shapes = 0;
  let shape: { base: readonly string[]; extra: readonly string[]; literal: Literal | undefined } | undefined;
  // The keys every base has, when all are plain objects of one shape: then only `extra` is looked at.
  const keysOfEveryBase = bases !== undefined && Object.isFrozen(bases) && bases.length > literalAfter ? sharedKeys(bases) : undefined;
  // A list known to be long enough pays for its literal: no spreads first.
  let spread = keysOfEveryBase === undefined ? 0 : literalAfter;
  return (base, extra) => {
    // Objects whose shapes keep changing are spread too, once a few literals have been made for them.
    if (spread < literalAfter || shapes > maxShapes || (keysOfEveryBase === undefined && !isPlain(base)) || !isPlain(extra)) {
      spread++;
      return { ...base, ...extra };
    }
    if (shape === undefined || (keysOfEveryBase === undefined && !hasKeys(base, shape.base)) || !hasKeys(extra, shape.extra)) {
      const [baseKeys, extraKeys] = [keysOfEveryBase ?? Object.keys(base), Object.keys(extra)];
      shape = { base: baseKeys, extra: extraKeys, literal: literalFor(baseKeys, extraKeys) };
      shapes++;
    }
    return shape.literal === undefined ? { ...base, ...extra } : shape.literal(base, extra);
  };
}

/** sharedKeys' finding for each frozen list: the keys, or null for a list of objects of several shapes. */
const keysOfLists = new WeakMap<readonly object[], readonly string[] | null>();

/**
 * The keys of every object of `list`, when each is plain (see isPlain), frozen, and has those keys in one
 * order; undefined otherwise. A frozen object's keys cannot change, so the finding holds for the list.
 */
function sharedKeys(list: readonly object[]): readonly string[] | undefined {
  let keys = keysOfLists.get(list);
  if (keys === undefined) {
    const first = list[0];
    keys = first !== undefined && isPlain(first) ? Object.keys(first) : null;
    for (const object of list) {
      if (keys === null) break;
      if (!Object.isFrozen(object) || !isPlain(object) || !hasKeys(object, keys)) keys = null;
    }
    keysOfLists.set(list, keys);
  }
  return keys ?? undefined;
}

/** Literals made for one list at most: views whose keys vary from code to code are spread. */
const maxShapes = 4;

type Literal = (base: object, extra: object) => object;

/** How many objects are spread before the literal is made: below this, compiling it costs more than it saves. */
const literalAfter = 512;

/**
 * Whether a literal copies what a spread copies of `object`: only for a plain object, with no prototype of
 * its own (the literal's reads would take an inherited key) and no symbol keys (which no literal of its
 * keys lists).
 */
function isPlain(object: object): boolean {
  return Object.getPrototypeOf(object) === Object.prototype && Object.getOwnPropertySymbols(object).length === 0;
}

/** Whether `object`'s enumerable keys are `keys`, in that order. */
function hasKeys(object: object, keys: readonly string[]): boolean {
  let index = 0;
  for (const key in object) {
    if (key !== keys[index]) return false;
    index++;
  }
  return index === keys.length;
}

/** The literal for objects of these keys; none when one of them is `__proto__` (a literal's would set the prototype). */
function literalFor(baseKeys: readonly string[], extraKeys: readonly string[]): Literal | undefined {
  if (baseKeys.includes("__proto__") || extraKeys.includes("__proto__")) return undefined;
  const fields = [...baseKeys.map((key) => `${JSON.stringify(key)}: base[${JSON.stringify(key)}]`), ...extraKeys.map((key) => `${JSON.stringify(key)}: extra[${JSON.stringify(key)}]`)];
  try {
    return new Function("base", "extra", `"use strict"; return { ${fields.join(", ")} };`) as Literal;
  } catch {
    // Node run with --disallow-code-generation-from-strings: spread, as without a literal.
    return undefined;
  }
}
