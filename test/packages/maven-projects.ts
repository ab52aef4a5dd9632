import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mavenPlugins, kotlinVersion } from "../../generator/languages/kotlin/maven-build.js";
import { kotlin } from "../../generator/languages/kotlin/language.js";
import { kotlinTarget } from "../../generator/languages/kotlin/target.js";
import { root } from "../support/helpers.js";
import { declaredFor, renamedDriver, type Subject } from "../compile/kits/kit.js";
import { legacyUses } from "../compile/legacy-uses.js";
import { androidSdk } from "../../generator/languages/alias-sources.js";

/**
 * The Maven projects of the proof, written as files: an aggregator that builds several projects in one
 * Maven run (Maven starts slowly), and the consumers, each a project of its own that depends on an
 * installed package by its coordinates, as an app would.
 */

/** A package's coordinates, as its pom.xml gives them. */
export interface Coordinates {
  readonly groupId: string;
  readonly artifactId: string;
  readonly version: string;
}

/** The first groupId, artifactId and version of a pom: the project's own (its dependencies come after them). */
export function coordinatesOf(pom: string): Coordinates {
  const text = readFileSync(pom, "utf8");
  const first = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(text)?.[1] ?? "";
  return { groupId: first("groupId"), artifactId: first("artifactId"), version: first("version") };
}

const pluginManagement = [
  "    <pluginManagement>",
  "      <plugins>",
  ...mavenPlugins.map((plugin) => `        <plugin><groupId>${plugin.groupId}</groupId><artifactId>${plugin.artifactId}</artifactId><version>${plugin.version}</version></plugin>`),
  "      </plugins>",
  "    </pluginManagement>",
];

/** A project of packaging `pom` that builds `modules` (folders, relative to `dir`) and installs nothing of its own. */
export function writeAggregator(dir: string, modules: readonly string[]): string {
  mkdirSync(dir, { recursive: true });
  const pom = join(dir, "pom.xml");
  writeFileSync(
    pom,
    [
      `<project xmlns="http://maven.apache.org/POM/4.0.0">`,
      "  <modelVersion>4.0.0</modelVersion>",
      "  <groupId>test.status-codegen</groupId>",
      "  <artifactId>aggregator</artifactId>",
      "  <version>0</version>",
      "  <packaging>pom</packaging>",
      "  <properties><maven.install.skip>true</maven.install.skip></properties>",
      "  <modules>",
      ...modules.map((module) => `    <module>${module}</module>`),
      "  </modules>",
      "  <build>",
      ...pluginManagement,
      "  </build>",
      "</project>",
      "",
    ].join("\n"),
  );
  return pom;
}

/** What a consumer project is written in. */
export type ConsumerLanguage = "java" | "kotlin";

/** The class each consumer's driver compiles to. */
export const mainClass: Readonly<Record<ConsumerLanguage, string>> = { java: "consumer.Main", kotlin: "consumer.MainKt" };

/** Where a consumer's build writes the class path of its dependencies (the package and what its POM brings). */
export const classpathFile = "target/classpath.txt";

/**
 * A consumer project in `dir` that depends on `dependency` and nothing else: the Java one compiled by javac
 * with every lint as an error, the Kotlin one by the Kotlin plugin with warnings as errors. Neither declares
 * kotlin-stdlib: the package's POM must bring it. Its build writes its class path to classpathFile.
 */
export function writeConsumer(dir: string, language: ConsumerLanguage, dependency: Coordinates, subject: Subject): void {
  const generatedPackage = subject.settings["kotlin"]?.["package"] ?? "";
  const sources = join(dir, "src/main", language, "consumer");
  mkdirSync(sources, { recursive: true });
  if (language === "java") {
    // Renamed first: the legacy names are inserted as they are, whatever words they hold.
    const codeType = declaredFor(kotlinTarget, subject).types["code"] ?? "";
    const uses = legacyUses(subject, kotlin);
    // The Android SDK's names as Android apps use them: int codes switched over with the short constants as
    // case labels (one label per number, as javac requires), and compared with ==.
    const android = uses.filter((use) => use.from === androidSdk.id);
    const labels = android.filter((use, index) => android.findIndex((other) => other.code === use.code) === index);
    const switchCases = labels.map((use) => `            case ${codeType}.${use.source}:\n                return code;`);
    const legacy = uses.map((use) =>
      use.from === androidSdk.id
        ? `        print(${JSON.stringify(use.name)}, viaSwitch(${codeType}.${use.source}) == ${codeType}.${use.source} ? ${codeType}.${use.source} : -1);`
        : `        print(${JSON.stringify(use.name)}, ${codeType}.${use.source}.getCode());`,
    );
    const template = readFileSync(join(root, "test/packages/maven-drivers/Main.java.template"), "utf8").replace(/GENERATED_PACKAGE/g, generatedPackage);
    writeFileSync(
      join(sources, "Main.java"),
      renamedDriver(template, kotlinTarget, subject).replace("        // LEGACY_USES", legacy.join("\n")).replace("            // SWITCH_CASES", switchCases.join("\n")),
    );
  } else {
    const template = readFileSync(join(root, "test/compile/drivers/Main.kt.template"), "utf8").replace("package DRIVER_PACKAGE", "package consumer").replace(/GENERATED_PACKAGE/g, generatedPackage);
    writeFileSync(join(sources, "Main.kt"), renamedDriver(template, kotlinTarget, subject));
  }
  const compiler =
    language === "java"
      ? [
          "      <plugin>",
          "        <groupId>org.apache.maven.plugins</groupId>",
          "        <artifactId>maven-compiler-plugin</artifactId>",
          "        <configuration><compilerArgs><arg>-Xlint:all</arg><arg>-Werror</arg></compilerArgs></configuration>",
          "      </plugin>",
        ]
      : [
          "      <plugin>",
          "        <groupId>org.jetbrains.kotlin</groupId>",
          "        <artifactId>kotlin-maven-plugin</artifactId>",
          `        <version>${kotlinVersion}</version>`,
          "        <configuration><jvmTarget>17</jvmTarget><useDaemon>false</useDaemon><args><arg>-Werror</arg></args></configuration>",
          "        <executions><execution><id>compile</id><goals><goal>compile</goal></goals></execution></executions>",
          "      </plugin>",
        ];
  writeFileSync(
    join(dir, "pom.xml"),
    [
      `<project xmlns="http://maven.apache.org/POM/4.0.0">`,
      "  <modelVersion>4.0.0</modelVersion>",
      "  <groupId>test.status-codegen</groupId>",
      `  <artifactId>consumer-${language}-${subject.label}</artifactId>`,
      "  <version>0</version>",
      "  <properties>",
      "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>",
      "    <maven.compiler.release>17</maven.compiler.release>",
      "  </properties>",
      "  <dependencies>",
      `    <dependency><groupId>${dependency.groupId}</groupId><artifactId>${dependency.artifactId}</artifactId><version>${dependency.version}</version></dependency>`,
      "  </dependencies>",
      "  <build>",
      ...(language === "kotlin" ? ["    <sourceDirectory>src/main/kotlin</sourceDirectory>"] : []),
      ...pluginManagement,
      "    <plugins>",
      ...compiler,
      "      <plugin>",
      "        <groupId>org.apache.maven.plugins</groupId>",
      "        <artifactId>maven-dependency-plugin</artifactId>",
      "        <executions><execution><id>classpath</id><phase>package</phase><goals><goal>build-classpath</goal></goals>",
      `          <configuration><outputFile>\${project.basedir}/${classpathFile}</outputFile></configuration>`,
      "        </execution></executions>",
      "      </plugin>",
      "    </plugins>",
      "  </build>",
      "</project>",
      "",
    ].join("\n"),
  );
}
