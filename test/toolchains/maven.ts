import { spawnSync } from "node:child_process";
import type { Toolchain } from "./toolchains.js";

/**
 * Maven with a JDK 17 or later (javac, not only the runtime kotlinc needs): the Maven package is built
 * and consumed with them. Debian 12 has Maven 3.8.7.
 */
export function mavenToolchain(): Toolchain {
  const install = "apt-get install maven openjdk-17-jdk-headless";
  const maven = spawnSync("mvn", ["--version"], { encoding: "utf8" });
  if (maven.status !== 0) return { name: "Maven", available: false, missing: "no mvn on PATH", install };
  const javac = spawnSync("javac", ["-version"], { encoding: "utf8" });
  const major = Number(/javac (\d+)/.exec(`${javac.stdout}${javac.stderr}`)?.[1] ?? 0);
  if (javac.status !== 0 || major < 17) return { name: "Maven", available: false, missing: "no javac 17 or later on PATH", install };
  return { name: "Maven", available: true, missing: "", install };
}

/**
 * The local repository Maven's downloads are kept in between runs, outside the checkout (CI runs as root
 * and creates it). The builds never write to it: see test/packages/maven-repository.ts.
 */
export const mavenCache = process.env["MAVEN_CACHE"] ?? "/var/cache/status-codegen/m2";
