import { spawn } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, renameSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { Outcome } from "../compile/run-command.js";

/**
 * The Maven local repository of one test run: a copy of the shared cache (a fraction of a second), so the
 * builds find every plugin and library already there and run offline, while what they install (the
 * packages built from this checkout) stays in the copy. Installing into the cache itself would leave a
 * jar that a later run, or another checkout, resolves instead of its own: Maven never fetches a release
 * version again once it is in the local repository. Whatever the builds had to download goes back into
 * the cache afterwards, so a fresh machine downloads once, on its first run.
 */
export class MavenRepository {
  private constructor(
    readonly path: string,
    private readonly cache: string | undefined,
  ) {}

  /** A repository at `path`, seeded from `cache` (created when missing; without it when it cannot be). */
  static seeded(path: string, cache: string): MavenRepository {
    let usable: string | undefined = cache;
    try {
      mkdirSync(cache, { recursive: true });
      cpSync(cache, path, { recursive: true });
    } catch {
      usable = undefined;
      mkdirSync(path, { recursive: true });
    }
    return new MavenRepository(path, usable);
  }

  /**
   * `mvn` on `pom` with `args`: offline first, and online again only when offline Maven missed something
   * (the first run on a machine, or after a plugin's version changed). A failure gives the command and
   * Maven's last errors and warnings. Maven's JVM runs with a client JIT and the serial collector, which
   * halves its time on a small machine (the Kotlin compiler runs inside it).
   */
  async run(pom: string, args: readonly string[]): Promise<Outcome> {
    const common = ["-B", "--no-transfer-progress", "-Dstyle.color=never", `-Dmaven.repo.local=${this.path}`, "-f", pom, ...args];
    const offline = await maven(["--offline", ...common]);
    if (offline.ok || !offline.missedOffline) return offline.outcome;
    return (await maven(common)).outcome;
  }

  /**
   * Copies into the cache every file the builds downloaded that it lacks, except below `built` (the
   * folders of the artifacts the test installed) and Maven's notes about failed or local look-ups. Each
   * file is written beside its place and renamed there, so a run reading the cache never sees half a jar.
   */
  keepDownloads(built: readonly string[]): void {
    if (this.cache === undefined) return;
    const cache = this.cache;
    const skipped = new Set(built.map((folder) => join(this.path, folder)));
    const walk = (folder: string) => {
      if (skipped.has(folder)) return;
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.isFile() && !/\.lastUpdated$|^resolver-status\.properties$|^maven-metadata-local\.xml$/.test(entry.name)) {
          const target = join(cache, relative(this.path, path));
          if (existsSync(target)) continue;
          mkdirSync(dirname(target), { recursive: true });
          const partial = `${target}.${process.pid}.part`;
          copyFileSync(path, partial);
          renameSync(partial, target);
        }
      }
    };
    walk(this.path);
  }
}

/** One Maven run: its outcome, and whether it failed for want of something it may not download offline. */
function maven(args: readonly string[]): Promise<{ ok: boolean; outcome: Outcome; missedOffline: boolean }> {
  return new Promise((resolve) => {
    // Added to the machine's own MAVEN_OPTS, which may hold what it needs to reach its repositories.
    const env = { ...process.env, MAVEN_OPTS: `${process.env["MAVEN_OPTS"] ?? ""} -XX:TieredStopAtLevel=1 -XX:+UseSerialGC`.trim() };
    const child = spawn("mvn", args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", (error) => resolve({ ok: false, outcome: { ok: false, failure: `mvn: ${error.message}` }, missedOffline: false }));
    child.on("close", (status) => {
      // Maven 3.8 writes colour resets even in batch mode.
      const output = Buffer.concat(chunks).toString("utf8").replace(/\u001b\[[0-9;]*m/g, "");
      if (status === 0) {
        resolve({ ok: true, outcome: { ok: true, stdout: output, stderr: "" }, missedOffline: false });
        return;
      }
      // What went wrong, without the build's progress: its errors and warnings, and anything else not [INFO].
      const told = output.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("[INFO]"));
      const failure = `mvn ${args.join(" ")} exited ${status}; its last errors and warnings:\n${told.slice(-60).join("\n")}`;
      resolve({ ok: false, outcome: { ok: false, failure }, missedOffline: /in offline mode|repository system is offline/i.test(output) });
    });
  });
}

/** Where Maven keeps every version of an artifact in a repository: `com/example/status-codes`. */
export function artifactFolder(groupId: string, artifactId: string): string {
  return `${groupId.split(".").join("/")}/${artifactId}`;
}

/** Where it keeps one version's files: `com/example/status-codes/1.0.0/status-codes-1.0.0`, without the extension. */
export function artifactPath(groupId: string, artifactId: string, version: string): string {
  return `${artifactFolder(groupId, artifactId)}/${version}/${artifactId}-${version}`;
}
