/**
 * What the Maven package's build runs, pinned: the same Kotlin compiler and plugins on every machine, so
 * that a build is reproducible and Maven warns about no plugin left to its defaults. The proof's consumer
 * projects pin the same list, so one warm local repository serves every build.
 */

/** The Kotlin compiler and standard library: the version of this repository's kotlin-compiler devDependency (a test holds them together). */
export const kotlinVersion = "2.4.20";

/** The oldest Kotlin that compiles against the jar: a compiler reads the metadata of one minor version after its own. */
export function oldestKotlinReading(version: string): string {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return minor > 0 ? `${major}.${minor - 1}` : `${major}.0`;
}

/** A Maven plugin's coordinates. */
export interface MavenPlugin {
  readonly groupId: string;
  readonly artifactId: string;
  readonly version: string;
}

const apache = (artifactId: string, version: string): MavenPlugin => ({ groupId: "org.apache.maven.plugins", artifactId, version });

/**
 * Every plugin a jar project's lifecycle runs (clean, package, install, deploy), the sources jar's, and
 * the dependency plugin that prints a class path; each works with Maven 3.8.7 (Debian 12's) and later.
 */
export const mavenPlugins: readonly MavenPlugin[] = [
  apache("maven-clean-plugin", "3.5.0"),
  apache("maven-resources-plugin", "3.5.0"),
  apache("maven-compiler-plugin", "3.16.0"),
  apache("maven-surefire-plugin", "3.6.1"),
  apache("maven-jar-plugin", "3.5.1"),
  apache("maven-source-plugin", "3.4.0"),
  apache("maven-install-plugin", "3.2.0"),
  apache("maven-deploy-plugin", "3.2.0"),
  apache("maven-dependency-plugin", "3.9.0"),
];
