import { createHash } from "node:crypto";
import { z } from "zod";
import type { AuditSummary } from "./engine.js";
import { REPOSITORY_URL } from "./project-links.js";

/** in-toto's Statement, version 1: subjects (artifacts by digest) and a typed predicate about them. */
export const STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
/** fsar's predicate: the verdict a gate gave on the subjects. */
export const VERDICT_PREDICATE_TYPE = `${REPOSITORY_URL}/attestation/verdict/v1`;

export function sha256Hex(content: Uint8Array | string): string {
  return createHash("sha256").update(content).digest("hex");
}

const digestSchema = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/, "a sha256 digest is 64 lowercase hex digits") });
const count = z.number().int().nonnegative();

/** What `fsar verify` accepts; anything else is a malformed statement. Extra keys are allowed, as in-toto allows them. */
export const verdictStatementSchema = z.object({
  _type: z.literal(STATEMENT_TYPE),
  subject: z.array(z.object({ name: z.string().min(1), digest: digestSchema })).min(1),
  predicateType: z.literal(VERDICT_PREDICATE_TYPE),
  predicate: z.object({
    /** The gate's verdict: pass when the audit exited 0. */
    verdict: z.enum(["pass", "fail"]),
    summary: z.object({ reports: count, pass: count, warn: count, fail: count, errors: count, warnings: count, skipped: count }),
    gate: z.object({ failOn: z.enum(["error", "warn"]), maxWarnings: count.nullable() }),
    fsar: z.object({ version: z.string().min(1) }),
    /** The config file (relative to the working folder; null for the defaults) and the digest of the config it resolved to. */
    config: z.object({ file: z.string().nullable(), digest: digestSchema }),
    /** The time every rule saw. */
    now: z.iso.datetime(),
  }),
});

export type VerdictStatement = z.infer<typeof verdictStatementSchema>;

export interface VerdictFacts {
  subjects: ReadonlyArray<{ name: string; content: Uint8Array | string }>;
  passed: boolean;
  summary: AuditSummary;
  gate: VerdictStatement["predicate"]["gate"];
  version: string;
  config: { file: string | null; digest: string };
  now: Date;
}

/** The statement of one audit: pure, from what was audited and what the gate said. */
export function createVerdictStatement(facts: VerdictFacts): VerdictStatement {
  return {
    _type: STATEMENT_TYPE,
    subject: facts.subjects.map((subject) => ({ name: subject.name, digest: { sha256: sha256Hex(subject.content) } })),
    predicateType: VERDICT_PREDICATE_TYPE,
    predicate: {
      verdict: facts.passed ? "pass" : "fail",
      summary: { ...facts.summary },
      gate: facts.gate,
      fsar: { version: facts.version },
      config: { file: facts.config.file, digest: { sha256: facts.config.digest } },
      now: facts.now.toISOString(),
    },
  };
}
