import type { SettingField } from "../language.js";

/**
 * The Go module's settings, each held to the rules the go command applies (golang.org/x/mod/module's
 * CheckPath for a module path, the spec's package clause, go.mod's go directive), so that a name the go
 * command would refuse is a located validation error rather than a failed `go build` in a consumer.
 */

/**
 * A module path: a first element like a domain name (lower case, with a dot, as the go command requires
 * of a path it may download), then elements of letters, digits and `- . _ ~`, none starting or ending
 * with a dot.
 */
const modulePath = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+(?:\/[A-Za-z0-9_~-]+(?:\.[A-Za-z0-9_~-]+)*)*$/;

/** Names Windows reserves for devices, which CheckPath refuses as any element (before its first dot). */
const windowsReserved = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/**
 * The default module path: the vendor's own domain (as the Maven groupId com.commsease.im and the npm
 * scope @commsease are), so that the import path names no code host or registry and survives a move of
 * the repository. `go get` needs the domain to serve a go-import meta tag; until it does, consumers use a
 * replace directive or a workspace, as the compile test does.
 */
const defaultModule = "commsease.com/im/status";

const moduleField: SettingField = {
  schema: {
    description: `The Go module path written in go.mod (default ${defaultModule}); the package is imported as <module>/<package>.`,
    type: "string",
    maxLength: 200,
    pattern: modulePath.source,
    patternErrorMessage: `must be a Go module path such as ${defaultModule}: a domain-like first element with a dot, then elements of letters, digits and - . _ ~`,
  },
  pattern: new RegExp(`^(?=.{1,200}$)${modulePath.source.slice(1)}`),
  default: defaultModule,
  check: (value) => {
    const elements = value.split("/");
    const problems: string[] = [];
    const device = elements.find((element) => windowsReserved.test(element.split(".")[0] ?? ""));
    if (device !== undefined) problems.push(`"${device}" is a name Windows reserves for a device; the go command refuses it in a module path`);
    const shortName = elements.find((element) => /~[0-9]+$/.test(element));
    if (shortName !== undefined) problems.push(`"${shortName}" looks like a Windows short name (~ and digits at its end); the go command refuses it in a module path`);
    const last = elements.at(-1) ?? "";
    if (elements.length > 1 && /^v(?:0|1|0[0-9]+)$/.test(last)) problems.push(`a module path cannot end in /${last}: a major version suffix is /v2 or later`);
    return problems;
  },
};

/**
 * Go's predeclared identifiers (the spec's Universe block): a package named like one would hide it in
 * every file that imports the package (`statuscodes.Code` reads fine; `string.Code` would leave that file
 * without its `string` type).
 */
export const goPredeclared: ReadonlySet<string> = new Set([
  "any", "bool", "byte", "comparable", "complex64", "complex128", "error", "float32", "float64", "int", "int8",
  "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "true",
  "false", "iota", "nil", "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make",
  "max", "min", "new", "panic", "print", "println", "real", "recover",
]);

/** Folder names the go command gives a meaning of their own: the package lives in a folder of its name. */
const specialFolders = new Map([
  ["main", "package main is a command, which no one can import"],
  ["internal", "a folder named internal can be imported only from inside the module"],
  ["vendor", "a folder named vendor holds a module's vendored dependencies, not a package"],
  ["testdata", "the go command ignores folders named testdata"],
]);

/** A package name in Go's style: lower case letters and digits, one word. */
const packageName = /^[a-z][a-z0-9]{0,63}$/;

function packageField(keywords: ReadonlySet<string>): SettingField {
  return {
    schema: {
      description: "The Go package's name and the folder it is written in, inside the module (default statuscodes).",
      type: "string",
      maxLength: 64,
      pattern: packageName.source,
      patternErrorMessage: "must be a Go package name such as statuscodes: lower case letters and digits, starting with a letter",
    },
    pattern: packageName,
    default: "statuscodes",
    check: (value) => {
      if (keywords.has(value)) return [`"${value}" is a Go keyword and cannot name a package`];
      if (goPredeclared.has(value)) return [`"${value}" is one of Go's predeclared identifiers; a package of that name would hide it in every file importing it`];
      const special = specialFolders.get(value);
      return special === undefined ? [] : [`"${value}" cannot name the package: ${special}`];
    },
  };
}

/** go.mod's go directive: a language version (1.21), or a release (1.21.0) from Go 1.21 on. */
const goVersion = /^1\.(?:0|[1-9][0-9]{0,2})(?:\.(?:0|[1-9][0-9]{0,2}))?$/;

/**
 * The default go directive. The generated code needs nothing newer than Go 1 (sort.Search, strconv), so
 * the line only sets the floor; 1.21 is the first release that reads the directive as a minimum and
 * names the version it needs instead of failing on the first unknown feature, and every maintained Go
 * release is newer.
 */
const defaultGoVersion = "1.21";

const goVersionField: SettingField = {
  schema: {
    description: `The go directive of go.mod, the oldest Go that may build the module (default ${defaultGoVersion}).`,
    type: "string",
    maxLength: 16,
    pattern: goVersion.source,
    patternErrorMessage: `must be a Go version such as ${defaultGoVersion} or 1.22.0`,
  },
  pattern: goVersion,
  default: defaultGoVersion,
  check: (value) => {
    const [, minor = "0", patch] = value.split(".");
    if (Number(minor) < 11) return ["Go modules (go.mod) need Go 1.11 or later"];
    if (Number(minor) < 21 && patch !== undefined) return [`before Go 1.21 the go directive names a language version without a patch number, such as 1.${minor}`];
    return [];
  },
};

/** The Go language's settings: the module path, the package (and its folder) and the go directive. */
export function goSettingFields(keywords: ReadonlySet<string>): Readonly<Record<string, SettingField>> {
  return { module: moduleField, package: packageField(keywords), goVersion: goVersionField };
}
