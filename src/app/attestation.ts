import { relative, resolve } from "node:path";
import { describeConfig } from "../config/describe.js";
import type { ResolvedConfig } from "../config/resolve.js";
import { createVerdictStatement, sha256Hex, verdictStatementSchema, type VerdictStatement } from "../core/attestation.js";
import type { AuditResult } from "../core/engine.js";
import { toSlash } from "../core/paths.js";
import { UsageError } from "../core/usage-error.js";
import { describeRefusal, MAX_REPORT_BYTES, readRegularFile } from "../fs/read-regular-file.js";

/** The most a statement may hold: a subject is a path and a digest, so room for hundreds of thousands. */
const MAX_STATEMENT_BYTES = 64 * 1024 * 1024;

/**
 * The digest of the config an audit resolved to: every rule that could run, its level and options, the scale,
 * include, exclude, overrides and waivers. Two configs that judge alike in every setting digest alike.
 */
export function configDigest(config: ResolvedConfig): string {
  return sha256Hex(JSON.stringify({ ...describeConfig(config), ruleSet: config.ruleSet.map((rule) => [rule.id, rule.meta.description]) }));
}

export interface AttestOptions {
  cwd: string;
  config: ResolvedConfig;
  now: Date;
  version: string;
  /** Whether the gate passed (the audit's exit code was 0), and how it was set. */
  passed: boolean;
  gate: VerdictStatement["predicate"]["gate"];
}

/** An in-toto statement of an audit's verdict, one subject per audited report file, read again to digest it. */
export function attestAudit(result: AuditResult, options: AttestOptions): VerdictStatement {
  const subjects = result.results
    .filter((entry) => entry.format !== "config")
    .map((entry) => {
      const read = readRegularFile(resolve(options.cwd, entry.file), MAX_REPORT_BYTES);
      if (!read.ok) throw new UsageError(`--attest: ${describeRefusal(read, entry.file)}`);
      return { name: entry.file, content: read.content };
    });
  if (subjects.length === 0) throw new UsageError("--attest: no report was audited, so there is nothing to attest");
  const configFile = options.config.file === null ? null : toSlash(relative(options.cwd, options.config.file));
  return createVerdictStatement({ ...options, subjects, summary: result.summary, config: { file: configFile, digest: configDigest(options.config) } });
}

/** How one subject of a statement stands now. */
export interface SubjectCheck {
  name: string;
  status: "unchanged" | "changed" | "missing";
}

export interface Verification {
  statement: VerdictStatement;
  subjects: SubjectCheck[];
  /** Paths asked about that no subject of the statement covers. */
  unattested: string[];
  /** True only when the verdict passed, every subject checked is unchanged and every path asked about is covered. */
  verified: boolean;
}

/** Parses a statement file; anything but a verdict statement of fsar's is a UsageError (exit 2). */
export function readVerdictStatement(file: string, cwd: string): VerdictStatement {
  const read = readRegularFile(resolve(cwd, file), MAX_STATEMENT_BYTES);
  if (!read.ok) throw new UsageError(describeRefusal(read, file));
  let value: unknown;
  try {
    value = JSON.parse(read.content.toString("utf8"));
  } catch (error) {
    throw new UsageError(`${file} is not a statement: ${(error as Error).message}`);
  }
  const parsed = verdictStatementSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${file} is not an fsar verdict statement: ${issue.path.join(".") || "the statement"}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * Checks a statement against the files as they are now: every subject (or those under `paths`, files or folders
 * relative to cwd) must still have its digest, and each path must be covered by a subject.
 */
export function verifyStatement(statement: VerdictStatement, options: { cwd: string; paths?: readonly string[] }): Verification {
  const asked = (options.paths ?? []).map((path) => toSlash(relative(options.cwd, resolve(options.cwd, path))));
  const covers = (path: string, name: string) => path === "" || name === path || name.startsWith(`${path}/`);
  const selected = asked.length === 0 ? statement.subject : statement.subject.filter((subject) => asked.some((path) => covers(path, subject.name)));
  const subjects = selected.map(({ name, digest }): SubjectCheck => {
    const read = readRegularFile(resolve(options.cwd, name), MAX_REPORT_BYTES);
    if (!read.ok) return { name, status: "missing" };
    return { name, status: sha256Hex(read.content) === digest.sha256 ? "unchanged" : "changed" };
  });
  const unattested = asked.filter((path) => !statement.subject.some((subject) => covers(path, subject.name)));
  const verified = statement.predicate.verdict === "pass" && unattested.length === 0 && subjects.every((subject) => subject.status === "unchanged");
  return { statement, subjects, unattested, verified };
}
