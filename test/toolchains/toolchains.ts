import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { root } from "../support/helpers.js";

/** In CI a missing toolchain fails the run; elsewhere its tests are skipped with the install command. */
export const inCi = process.env["CI"] === "true";

/** Whether a compiler can run here, and if not, why and how to get it. */
export interface Toolchain {
  readonly name: string;
  readonly available: boolean;
  readonly missing: string;
  readonly install: string;
}

/** A test that needs a toolchain: runs when it is there, fails in CI when it is not, else is skipped with the install command. */
export function withToolchain(toolchain: Toolchain, name: string, test: () => void | Promise<void>) {
  if (toolchain.available) it(name, test);
  else if (inCi) it(name, () => expect.fail(`${toolchain.name} toolchain missing in CI: ${toolchain.missing}; install: ${toolchain.install}`));
  else it.skip(`${name} [skipped: ${toolchain.missing}; install with: ${toolchain.install}]`, test);
}

/** python3, which the machine has (the registry proof imports a generated Python package with it). */
export function pythonToolchain(): Toolchain {
  const version = spawnSync("python3", ["--version"], { encoding: "utf8" });
  const available = version.status === 0;
  return { name: "Python", available, missing: available ? "" : "no python3 on PATH", install: "apt-get install python3" };
}

/** Root, which mounting a read-only file system for a test needs (CI runs as root). */
export function rootToolchain(): Toolchain {
  const available = process.getuid?.() === 0;
  return { name: "root", available, missing: available ? "" : "mount needs root", install: "run the tests as root (sudo npm test)" };
}

/** The Swift chroot that test/toolchains/setup-swift.sh builds (root only: chroot and mount need it). */
export const swiftChroot = process.env["SWIFT_CHROOT"] ?? "/var/cache/status-codegen/swift-trixie";

export function swiftToolchain(): Toolchain {
  const install = "sudo npm run setup:swift";
  if (process.getuid?.() !== 0) return { name: "Swift", available: false, missing: "chroot and mount need root", install };
  const ready = existsSync(join(swiftChroot, ".status-codegen-ready"));
  return { name: "Swift", available: ready, missing: `no Swift chroot at ${swiftChroot}`, install };
}

/** kotlinc from the kotlin-compiler devDependency, on the machine's Java. */
export const kotlinHome = join(root, "node_modules/kotlin-compiler");

export function kotlinToolchain(): Toolchain {
  const install = "npm ci (kotlin-compiler) and a Java 17+ runtime (apt-get install openjdk-17-jre-headless)";
  if (!existsSync(join(kotlinHome, "bin/kotlinc"))) {
    return { name: "Kotlin", available: false, missing: "node_modules/kotlin-compiler is not installed", install };
  }
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (java.status !== 0) return { name: "Kotlin", available: false, missing: "no java on PATH", install };
  return { name: "Kotlin", available: true, missing: "", install };
}

/** gcc, g++, clang and clang++, which the C kit compiles with (Debian: build-essential's compilers and clang). */
export function cToolchain(): Toolchain {
  const install = "apt-get install gcc g++ clang";
  const missing = ["gcc", "g++", "clang", "clang++"].filter((compiler) => spawnSync(compiler, ["--version"], { encoding: "utf8" }).status !== 0);
  return { name: "C", available: missing.length === 0, missing: missing.length === 0 ? "" : `no ${missing.join(", ")} on PATH`, install };
}

/** mcs and mono, Debian's mono-mcs (which brings mono-runtime): the C# output is compiled and run with them. */
export function csharpToolchain(): Toolchain {
  const install = "apt-get install mono-mcs mono-runtime";
  for (const [tool, args] of [["mcs", ["--version"]], ["mono", ["--version"]]] as const) {
    if (spawnSync(tool, args, { encoding: "utf8" }).status !== 0) return { name: "C#", available: false, missing: `no ${tool} on PATH`, install };
  }
  return { name: "C#", available: true, missing: "", install };
}

/**
 * clang against GNUstep's Foundation: clang, gnustep-config (libgnustep-base-dev) and the GNU runtime's
 * objc/objc.h, which Debian ships with gobjc in gcc's own include folder.
 */
export function objcToolchain(): Toolchain {
  const install = "apt-get install clang gobjc libgnustep-base-dev";
  const missing = (what: string): Toolchain => ({ name: "Objective-C", available: false, missing: what, install });
  if (spawnSync("clang", ["--version"], { encoding: "utf8" }).status !== 0) return missing("no clang on PATH");
  if (spawnSync("gnustep-config", ["--objc-flags"], { encoding: "utf8" }).status !== 0) return missing("no gnustep-config on PATH");
  if (!existsSync(join(gccIncludeDir(), "objc/objc.h"))) return missing("no objc/objc.h in gcc's include folder");
  return { name: "Objective-C", available: true, missing: "", install };
}

/** gcc's own include folder, where gobjc puts the GNU runtime's headers (empty when there is no gcc). */
export function gccIncludeDir(): string {
  const found = spawnSync("gcc", ["-print-file-name=include"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : "";
}

/** javac and java of a JDK 17 or later: the Java target is compiled with `--release 8` and `--release 17`. */
export function javaToolchain(): Toolchain {
  const install = "apt-get install openjdk-17-jdk-headless";
  const javac = spawnSync("javac", ["-version"], { encoding: "utf8" });
  if (javac.status !== 0) return { name: "Java", available: false, missing: "no javac on PATH", install };
  const major = Number(/javac (\d+)/.exec(`${javac.stdout}${javac.stderr}`)?.[1] ?? 0);
  if (major < 17) return { name: "Java", available: false, missing: `javac ${major} cannot compile --release 17`, install };
  return { name: "Java", available: true, missing: "", install };
}

/** Where `npm run setup:go` installs staticcheck (outside the repository, so a clean clone reuses it). */
export const goToolsDir = process.env["GO_TOOLS"] ?? "/var/cache/status-codegen/go-tools";
export const staticcheckPath = join(goToolsDir, "staticcheck");

/** go and gofmt from the machine's Go, and staticcheck (for SA1019, deprecated uses) from setup:go. */
export function goToolchain(): Toolchain {
  const install = "a Go toolchain on PATH (the machine's go), then npm run setup:go (staticcheck)";
  const version = spawnSync("go", ["version"], { encoding: "utf8" });
  if (version.status !== 0) return { name: "Go", available: false, missing: "no go on PATH", install };
  if (!existsSync(staticcheckPath)) return { name: "Go", available: false, missing: `no staticcheck at ${staticcheckPath}`, install };
  return { name: "Go", available: true, missing: "", install };
}

/**
 * The environment the Go compile kit runs go and staticcheck in: offline (no proxy, no toolchain
 * download, no workspace), modules resolved through the drivers' replace directives, and build caches
 * outside the checkout (kept between runs in the system's temporary folder, so the standard library is
 * compiled once per machine).
 */
export function goEnvironment(): NodeJS.ProcessEnv {
  const caches = join(tmpdir(), "status-codegen-go-cache");
  return {
    ...process.env,
    GOFLAGS: "-mod=mod",
    GOPROXY: "off",
    GOTOOLCHAIN: "local",
    GOWORK: "off",
    GOCACHE: process.env["GOCACHE"] ?? join(caches, "build"),
    XDG_CACHE_HOME: join(caches, "xdg"),
  };
}
