import { join } from "node:path";
import { pathToFileURL } from "node:url";

interface Capacity {
  readonly max: number;
}
interface TargetLike {
  readonly id: string;
  readonly capacity?: { readonly codes?: Capacity; readonly categories?: Capacity };
}

/**
 * The `--target` arguments that leave out the built targets whose files cannot hold `codes` codes and
 * `categories` categories (the Java enums hold 4,000 codes), so that a bench of a larger table measures every
 * other target instead of a refusal; none when every target can hold it. Read from the build (dist/).
 */
export async function targetArgumentsHolding(root: string, codes: number, categories: number): Promise<string[]> {
  const api = (await import(pathToFileURL(join(root, "dist/api.js")).href)) as { builtinTargets: readonly TargetLike[] };
  const fits = (target: TargetLike) => codes <= (target.capacity?.codes?.max ?? Infinity) && categories <= (target.capacity?.categories?.max ?? Infinity);
  const holding = api.builtinTargets.filter(fits);
  return holding.length === api.builtinTargets.length ? [] : ["--target", holding.map((target) => target.id).join(",")];
}
