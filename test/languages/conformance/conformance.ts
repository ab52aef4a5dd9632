import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultSettings, type AliasSpelling, type IdentifierRole, type Language } from "../../../generator/languages/language.js";
import { formerNames } from "../../../generator/languages/alias-sources.js";
import { declarationsOf } from "../../../generator/languages/target.js";
import type { Registry } from "../../../generator/registry.js";
import { SpecError, type Diagnostic } from "../../../generator/shared/diagnostics.js";
import type { CodeModel } from "../../../generator/spec/model.js";
import { validateSpec } from "../../../generator/spec/validate.js";
import { base } from "../../spec/bad-specs.js";
import { root } from "../../support/helpers.js";
import { hostileTexts, lineBreaks } from "./hostile-texts.js";
import { keywordReferences } from "./keyword-references.js";
import { literalReaders, textReaders, type Reader } from "./literal-readers.js";

/** What a language registered outside the generator brings to the suite: its literal reader and its reference keywords. */
export interface ConformanceExtras {
  readonly readers?: Readonly<Record<string, Reader>>;
  readonly keywords?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The conformance suite every registered language must pass (quicktype proves each language the same
 * way): hostile texts written as literals read back unchanged, by the writer templates call and in the
 * code views they print; doc comments that no text can close early; every keyword of the language's own
 * reference known, and escaped or refused in every role where a spec name becomes an identifier; reserved
 * type names refused; names that collide once cased refused by validation. Run for the built-in registry
 * and for any registry a test builds (a language registered from a fixture passes the same suite).
 */
export function describeConformance(registry: Registry, languages: readonly Language[] = registry.languages, extras: ConformanceExtras = {}): void {
  describe.each(languages.map((language) => [language.displayName, language] as const))("%s", (_name, language) => {
    const settings = defaultSettings(language);
    const string = language.string;
    if (string !== undefined) {
      const reader = { ...literalReaders, ...extras.readers }[language.id];
      it("writes every hostile text as one-line literals that read back unchanged, and templates get that writer", () => {
        expect(reader, `no literal reader for ${language.id}'s escape grammar`).toBeDefined();
        for (const text of hostileTexts) {
          const literal = string(text);
          expect(literal, JSON.stringify(text)).not.toMatch(lineBreaks);
          expect(reader?.(literal), literal).toBe(text);
        }
        expect(language.helpers["string"], "the string helper templates call").toBe(string);
      });

      const codeView = language.codeView;
      if (codeView !== undefined) {
        it("gives templates code views whose literals read back as the code's own fields", () => {
          const { model } = validateSpec(hostileSpec(), "spec.yaml", registry);
          const target = registry.targets.find((candidate) => candidate.language === language);
          const declared = target === undefined ? { types: {}, values: {}, members: {} } : declarationsOf(target, settings);
          let literals = 0;
          model.codes.forEach((code, index) => {
            const view = codeView(code, index, model.codes.length, { model, settings, declared });
            for (const [field, value] of Object.entries(view)) {
              const source = /^(\w+)Literal$/.exec(field)?.[1];
              if (source === undefined || typeof code[source as keyof CodeModel] !== "string" || typeof value !== "string") continue;
              expect(reader?.(value), `${field} of ${code.name}`).toBe(String(code[source as keyof CodeModel]));
              literals++;
            }
          });
          expect(literals, "a code view with literals reads back at least one").toBeGreaterThan(0);
        });
      }
    }

    const text = language.text;
    if (text !== undefined) {
      it("writes every hostile text so that a reader of the language gets it back (within its documented limits)", () => {
        const reader = textReaders[language.id];
        expect(reader, `no text reader for ${language.id}`).toBeDefined();
        // Spec texts never start or end with white space (the schema refuses it), which a Markdown cell drops.
        for (const hostile of hostileTexts.filter((candidate) => candidate !== "" && candidate.trim() === candidate)) {
          const written = text(hostile);
          expect(written, JSON.stringify(hostile)).not.toMatch(lineBreaks);
          expect(reader?.read(written), written).toBe(reader?.expected(hostile));
        }
      });
    }

    const doc = language.doc;
    if (doc !== undefined) {
      it("writes doc comments that no text can close early, break or turn into a tag", () => {
        expect(language.comments, "a language with doc comments says how they are delimited").toBeDefined();
        expect(language.helpers["doc"], "the doc helper templates call").toBe(doc);
        for (const hostile of hostileTexts.filter((candidate) => candidate.trim() !== "")) {
          const comment = doc(hostile, "    ");
          expect(comment.replace(/\n/g, ""), JSON.stringify(hostile)).not.toMatch(lineBreaks);
          const lines = comment.split("\n");
          const syntax = language.comments;
          if (syntax?.kind === "block") {
            expect(comment.startsWith(syntax.open), comment).toBe(true);
            expect(comment.endsWith(syntax.close), comment).toBe(true);
            expect(comment.indexOf(syntax.close), comment).toBe(comment.length - syntax.close.length);
            if (syntax.nests) expect(comment.slice(1).includes(syntax.open.slice(0, 2)), comment).toBe(false);
            for (const line of lines.slice(1)) expect(line.startsWith("     *"), comment).toBe(true);
            for (const line of lines) expect(line, comment).not.toMatch(/^\s*(\/\*\*|\*)\s*@/);
          } else if (syntax?.kind === "line") {
            lines.forEach((line, index) => expect(line.startsWith(`${index === 0 ? "" : "    "}${syntax.prefix}`), comment).toBe(true));
          }
        }
      });
    }

    if (language.naming !== undefined || language.aliases !== undefined) {
      it("knows every keyword its language's own reference lists", () => {
        const reference = { ...keywordReferences, ...extras.keywords }[language.id];
        expect(reference, `no reference keyword list for ${language.id}`).toBeDefined();
        expect(reference?.length).toBeGreaterThan(0);
        expect([...(reference ?? [])].filter((word) => !language.keywords.has(word))).toEqual([]);
      });

      it("escapes or refuses every keyword wherever a spec name becomes an identifier", () => {
        const refusedBy = refusals(registry, language);
        for (const keyword of language.keywords) {
          for (const [role, input, identifier] of identifiersFor(language, keyword, settings)) {
            if (identifier === undefined || (identifier.ok && identifier.identifier !== keyword)) continue;
            const what = `${role} ${input} → ${keyword}`;
            if (!identifier.ok) {
              expect(refusedBy.has(`${role}:${input}`), `${what} is refused by the language but validation does not report it`).toBe(true);
            } else if (identifier.source === keyword) {
              expect(language.keywordsLegalAs?.[role], `${what} is written as it is`).toBeDefined();
            }
          }
        }
      });
    }

    const typeNameFields = Object.entries(language.settings?.fields ?? {}).filter(([, field]) => field.typeName === true);
    if (typeNameFields.length > 0) {
      it("refuses every reserved type name, and every keyword that could be a type name", () => {
        const candidates = new Set([...(language.reservedTypeNames ?? []), ...[...language.keywords].filter((word) => /^[A-Z][A-Za-z0-9]*$/.test(word))]);
        for (const name of candidates) {
          for (const [field] of typeNameFields) {
            const spec = `settings:\n  ${language.id}:\n    ${field}: ${name}\n${base}`;
            const problems = diagnostics(spec, registry).filter((diagnostic) => diagnostic.severity === "error");
            if (language.keywords.has(name) && language.keywordsLegalAs?.type !== undefined && !language.reservedTypeNames?.has(name)) continue;
            // At the field itself, or at the language's settings naming the declaration made from it.
            const located = problems.filter((problem) => problem.path === `settings.${language.id}.${field}` || (problem.path === `settings.${language.id}` && problem.message.includes(name)));
            expect(located, `${field}: ${name} gave ${JSON.stringify(problems)}`).not.toEqual([]);
          }
        }
      });
    }

    const naming = language.naming;
    if (naming !== undefined) {
      it("refuses two names that become one identifier once cased, codes and categories alike", () => {
        const codePairs: [string, string][] = [["FOO_BAR", "FOO__BAR"], ["FOO_BAR", "FOO_BAR_"], ["A1_B", "A_1_B"], ["HTTP_2", "HTTP2"], ["AB_C", "A_BC"]];
        const categoryPairs: [string, string][] = [["a-1", "a1"], ["ab-c", "a-bc"], ["http-2", "http2"]];
        let collisions = 0;
        for (const [first, second] of codePairs) {
          const [a, b] = [naming.code(first, settings), naming.code(second, settings)];
          if (!a.ok || !b.ok || a.identifier !== b.identifier) continue;
          collisions++;
          const spec = base.replace("name: RATE_LIMIT", `name: ${first}`).replace("name: TEAM_MEMBER_LIMIT", `name: ${second}`);
          const messages = diagnostics(spec, registry).map((diagnostic) => diagnostic.message);
          expect(messages, `${first} and ${second}`).toContainEqual(expect.stringContaining(`are both "${a.identifier}" in ${language.displayName}`));
        }
        for (const [first, second] of categoryPairs) {
          const [a, b] = [naming.category?.(first, settings), naming.category?.(second, settings)];
          if (a === undefined || b === undefined || !a.ok || !b.ok || a.identifier !== b.identifier) continue;
          collisions++;
          const spec = base.replace("  - id: general", `  - id: ${first}`).replace("  - id: team", `  - id: ${second}`).replace(/category: (general|team)/g, `category: ${first}`);
          const messages = diagnostics(spec, registry).map((diagnostic) => diagnostic.message);
          expect(messages, `${first} and ${second}`).toContainEqual(expect.stringContaining(`are both "${a.identifier}" in ${language.displayName}`));
        }
        // A language that keeps code names as they are makes no collision of them; one that cases them must have been tried.
        const keepsNames = codePairs.flat().every((name) => {
          const identifier = naming.code(name, settings);
          return identifier.ok && identifier.identifier === name;
        });
        if (!keepsNames) expect(collisions, "no candidate pair collides once cased; add one that does").toBeGreaterThan(0);
      });
    }
  });
}

/** The hostile fixture, whose texts every literal must carry. */
function hostileSpec(): string {
  return readFileSync(join(root, "test/fixtures/hostile.yaml"), "utf8");
}

/** Every diagnostic validation gives `spec` (warnings included); empty when valid without warnings. */
function diagnostics(spec: string, registry: Registry): readonly Diagnostic[] {
  try {
    return validateSpec(spec, "spec.yaml", registry).warnings;
  } catch (error) {
    if (error instanceof SpecError) return error.diagnostics;
    throw error;
  }
}

/** `associatedType` → `ASSOCIATED_TYPE`: the SCREAMING_SNAKE name a language would case back to the word. */
function screaming(word: string): string {
  return word.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}

/** `associatedType` → `associated-type`: the kebab-case category id a language would case back to the word. */
function kebab(word: string): string {
  return word.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

type Identified = ReturnType<NonNullable<Language["naming"]>["code"]>;

/** For each role, the spec input that should become `keyword`, and the identifier the language makes of it. */
function identifiersFor(language: Language, keyword: string, settings: Readonly<Record<string, string>>): [IdentifierRole, string, Identified | undefined][] {
  const code = screaming(keyword);
  const category = kebab(keyword);
  return [
    ["code", code, /^[A-Z][A-Z0-9_]*$/.test(code) ? language.naming?.code(code, settings) : undefined],
    ["category", category, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(category) ? language.naming?.category?.(category, settings) : undefined],
    // Each SDK source the language declares names of, with every keyword given to that source at once.
    ...legacySources(language).map(([from, spell]): [IdentifierRole, string, Identified | undefined] => [
      "alias",
      `${from}:${keyword}`,
      /^[A-Za-z_][A-Za-z0-9_]*$/.test(keyword) ? spell(keyword, { settings, names: legacyKeywords(language) }) : undefined,
    ]),
  ];
}

/** The SDK alias sources a language declares names of (a former name is spelt as a code is: the code role covers it). */
function legacySources(language: Language): [string, AliasSpelling][] {
  return Object.entries(language.aliases?.sources ?? {}).filter(([from]) => from !== formerNames.id);
}

/** The keywords that can be written as legacy names, all given at once to each source. */
function legacyKeywords(language: Language): string[] {
  return [...language.keywords].filter((keyword) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(keyword));
}

/**
 * What validation refuses when every keyword of `language` is used at once: as a code name, as a category
 * id and as an alias. Keys are `role:input`.
 */
function refusals(registry: Registry, language: Language): Set<string> {
  const keywords = [...language.keywords];
  const codes = keywords.map((keyword) => screaming(keyword)).filter((name) => /^[A-Z][A-Z0-9_]*$/.test(name));
  const categories = keywords.map(kebab).filter((id) => /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id));
  const aliases = legacyKeywords(language);
  const sources = legacySources(language).map(([from]) => from);
  const refused = new Set<string>();
  const categoryIds = ["zz-general", ...new Set(categories)];
  const codeNames = ["ZZ_HOLDER", ...new Set(codes)];
  // Validation reports at most maxReported problems, and a language may refuse every keyword as an alias
  // (C's are over a hundred): the aliases go in chunks, each spec holding few enough that all are reported.
  const chunkSize = 30;
  for (let start = 0; start === 0 || start < aliases.length; start += chunkSize) {
    const chunk = aliases.slice(start, start + chunkSize);
    const lines = ["version: 1.0.0", "categories:"];
    for (const id of categoryIds) lines.push(`  - { id: ${id}, title: "Title ${id}", description: Codes. }`);
    lines.push("codes:");
    const aliasLists = sources.map((from) => `${from}: [${chunk.map((alias) => JSON.stringify(alias)).join(", ")}]`);
    lines.push(`  - { code: 1, name: ZZ_HOLDER, category: zz-general, message: Holds aliases., aliases: { ${aliasLists.join(", ")} } }`);
    [...new Set(codes)].forEach((name, index) => lines.push(`  - { code: ${index + 2}, name: ${name}, category: zz-general, message: A code. }`));
    for (const diagnostic of diagnostics(`${lines.join("\n")}\n`, registry)) {
      if (diagnostic.severity !== "error") continue;
      const match = /^(codes|categories)\[(\d+)\]\.(name|id|aliases\.([\w-]+)\[(\d+)\])$/.exec(diagnostic.path);
      if (match === null) continue;
      const index = Number(match[2]);
      if (match[1] === "categories") refused.add(`category:${categoryIds[index] ?? ""}`);
      else if (match[5] !== undefined) refused.add(`alias:${match[4] ?? ""}:${chunk[Number(match[5])] ?? ""}`);
      else refused.add(`code:${codeNames[index] ?? ""}`);
    }
  }
  return refused;
}
