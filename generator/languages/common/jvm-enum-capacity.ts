import { androidSdk, formerNames } from "../alias-sources.js";

/*
 * The JVM enums (Java's and Kotlin's) keep their code entries to what one class file holds: every entry is
 * created in the static initializer, which the class file limits to 64 KB of bytecode, and the class holds
 * at most 65,535 constants. Both targets give the entries no arguments (their data is a table filled in
 * chunks elsewhere), so an entry costs the same in either.
 */

/**
 * How much of the code enum's room one code takes, in codes (16 bytes of the static initializer and 4
 * entries of the constant pool each, so that 4,000 codes take 64,000 of either's 65,535): a former name is a
 * field the initializer sets (`getstatic`, `putstatic`: 6 bytes) with 3 entries (its name, a name-and-type,
 * a field reference); an Android name is a constant (1 entry, its name) with a ConstantValue (1 entry per
 * number). Each code counts for whichever room it takes more of, a bound never below what it takes of
 * either. Measured with javac 17: 2,984 codes of one former name each compile (2,985 are "code too large":
 * 2,984 × 22 bytes is 4,103 × 16), and beside 4,000 codes 45,600 Android names of 3,800 numbers do (46,800
 * of 3,900 are "too many constants").
 */
export function jvmEnumCodeWeight(code: { readonly aliases?: Readonly<Record<string, readonly string[]>> | undefined }): number {
  const former = code.aliases?.[formerNames.id]?.length ?? 0;
  const android = code.aliases?.[androidSdk.id]?.length ?? 0;
  const initializer = 16 + 6 * former;
  const constants = 4 + 3 * former + android + (android > 0 ? 1 : 0);
  return Math.max(initializer, constants) / 16;
}
