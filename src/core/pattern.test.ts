import { describe, expect, it } from "vitest";
import { customRuleSchema } from "../config/custom-rules.js";
import { compileCustomRule } from "./custom-rule.js";
import { parseReport } from "./parse.js";
import { compilePattern } from "./pattern.js";

function reportWithProposal(proposal: string): string {
  return `# FSAR Proposal Report
- id: fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286
- timestamp: 2026-01-02T03:20:46.775Z
- severity: 6
- block_execution: false
- proposal:

${proposal}

## Risks
- Slow failure: drift

## Mitigations
- Audits
`;
}

describe("compilePattern", () => {
  it("finds the offset of the first match, honouring flags", () => {
    expect(compilePattern("stripe").firstMatch("Stripe and stripe")).toBe(11);
    expect(compilePattern("stripe", "i").firstMatch("Stripe and stripe")).toBe(0);
    expect(compilePattern("^b", "m").firstMatch("a\nb")).toBe(2);
    expect(compilePattern("a.b", "s").firstMatch("a\nb")).toBe(0);
    expect(compilePattern("a.b").firstMatch("a\nb")).toBe(-1);
  });

  it("says what is wrong with an invalid pattern, as the user wrote it", () => {
    expect(() => compilePattern("(a", "i")).toThrow("missing closing ): `(a`");
    expect(() => compilePattern("(?=b)")).toThrow("invalid or unsupported Perl syntax: `(?=`");
  });

  it("runs (a+)+$ over a 50 kB proposal in linear time", () => {
    const proposal = "a".repeat(50_000) + "!";
    const definition = customRuleSchema.parse({ id: "redos", description: "d", level: "error", when: { proposal: { matches: "(a+)+$" } }, message: "m" });
    const rule = compileCustomRule(definition, null);
    const record = parseReport(reportWithProposal(proposal), { file: "r.md" }).record!;
    const started = performance.now();
    const findings = rule.check(record, {}, { now: new Date(), severity: { max: 75, review: 25, block: 45 }, file: "r.md" });
    const elapsed = performance.now() - started;
    // A backtracking RegExp needs 2^50000 steps here; RE2 needs one pass (tens of milliseconds).
    expect(findings).toEqual([]);
    expect(elapsed).toBeLessThan(1000);
  });
});
