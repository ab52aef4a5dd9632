import { severities, type Finding, type Severity } from "./compare-specs.js";
import type { Model } from "../spec/model.js";
import { printable } from "../shared/diagnostics.js";

/** What a diff found, and whether the run fails. */
export interface DiffResult {
  readonly findings: readonly Finding[];
  readonly old: { readonly file: string; readonly version: string | undefined };
  readonly new: { readonly file: string; readonly version: string | undefined };
  readonly majorRaised: boolean;
  /** 1 when something breaking was found and the major version was not raised. */
  readonly exitCode: 0 | 1;
}

export function diffResult(findings: readonly Finding[], old: { file: string; model: Model }, current: { file: string; model: Model }, majorRaised: boolean): DiffResult {
  const breaking = findings.some((finding) => finding.severity === "breaking");
  return {
    findings,
    old: { file: old.file, version: old.model.version },
    new: { file: current.file, version: current.model.version },
    majorRaised,
    exitCode: breaking && !majorRaised ? 1 : 0,
  };
}

function counts(findings: readonly Finding[]): Record<Severity, number> {
  const result: Record<Severity, number> = { breaking: 0, dangerous: 0, safe: 0 };
  for (const finding of findings) result[finding.severity]++;
  return result;
}


/**
 * The report for people: one located line per finding (`file:line:col: severity RULE: message`), most
 * serious first, then a summary and, when the run fails, what to do. Returns [stdout lines, stderr lines].
 */
export function textReport(result: DiffResult): { out: string[]; err: string[] } {
  const out = result.findings.map((finding) => printable(`${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.rule}: ${finding.message}`));
  const side = (entry: DiffResult["old"]) => `${entry.file}${entry.version === undefined ? "" : ` (${entry.version})`}`;
  const tally = counts(result.findings);
  out.push(
    result.findings.length === 0
      ? `no changes from ${side(result.old)} to ${side(result.new)}`
      : `${severities.map((severity) => `${tally[severity]} ${severity}`).join(", ")} from ${side(result.old)} to ${side(result.new)}`,
  );
  const err: string[] = [];
  if (tally.breaking > 0 && result.majorRaised) {
    out.push(`breaking changes are allowed: the major version was raised (${String(result.old.version)} → ${String(result.new.version)})`);
  } else if (result.exitCode === 1) {
    const next = nextMajor(result.old.version);
    err.push(`status-codegen: ${tally.breaking} breaking change${tally.breaking === 1 ? "" : "s"}; undo ${tally.breaking === 1 ? "it" : "them"}, or release a new major version (set \`version: ${next}\`)`);
  }
  return { out, err };
}

function nextMajor(version: string | undefined): string {
  const major = version === undefined ? undefined : Number(version.split(".")[0]);
  return major === undefined || Number.isNaN(major) ? "1.0.0" : `${major + 1}.0.0`;
}

/** The report for machines: everything the text says, as one JSON document. */
export function jsonReport(result: DiffResult): string {
  const tally = counts(result.findings);
  return JSON.stringify(
    {
      old: { file: result.old.file, version: result.old.version ?? null },
      new: { file: result.new.file, version: result.new.version ?? null },
      summary: { ...tally, majorRaised: result.majorRaised, exitCode: result.exitCode },
      findings: result.findings.map(({ severity, rule, file, line, column, code, message }) => ({ severity, rule, file, line, column, ...(code === undefined ? {} : { code }), message })),
    },
    null,
    2,
  );
}
