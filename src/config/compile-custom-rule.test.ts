import { describe, expect, it } from "vitest";
import { check, recordOf, type RenderedFinding } from "../../test/helpers/rule-harness.js";
import { customRuleSchema } from "./custom-rules.js";
import { compileCustomRule } from "./compile-custom-rule.js";

// Lines: id 2, severity 4, block_execution 5, proposal 8-9, ## Risks 11, items 12-13, ## Mitigations 15, items 16-17.
const FIELDS = {
  severity: 30,
  proposal: "Migrate the billing database.\nThen enable Stripe webhooks.",
  risks: ["Security: webhook secrets leak", "Slow failure: invoices drift"],
  mitigations: ["Human sign-off by finance", "Rollback plan kept warm"],
};

function run(rule: Record<string, unknown>, format: "markdown" | "json" = "markdown", fields: Partial<typeof FIELDS> = {}): RenderedFinding[] {
  const definition = customRuleSchema.parse({ id: "custom", description: "d", level: "error", message: "m", ...rule });
  return check(compileCustomRule(definition, "fsar.config.yaml"), recordOf({ ...FIELDS, ...fields }, format));
}

// field, a condition that holds on FIELDS, one that does not, and where a failed requirement on the field stands.
const MATCHERS: Array<[string, string, unknown, unknown, { line: number; column: number }]> = [
  ["id", "matches", { matches: "^fsar_" }, { matches: "^run_" }, { line: 2, column: 7 }],
  ["id", "notMatches", { notMatches: "^run_" }, { notMatches: "^fsar_" }, { line: 2, column: 7 }],
  ["proposal", "matches (flags i)", { matches: "stripe", flags: "i" }, { matches: "stripe" }, { line: 8, column: 1 }],
  ["proposal", "notMatches", { notMatches: "paypal" }, { notMatches: "billing" }, { line: 8, column: 1 }],
  ["proposal", "matches (flags m)", { matches: "^Then", flags: "m" }, { matches: "^Then" }, { line: 8, column: 1 }],
  ["proposal", "matches (flags s)", { matches: "database.\\n?.Then", flags: "s" }, { matches: "database..Then" }, { line: 8, column: 1 }],
  ["severity", "min", { min: 30 }, { min: 31 }, { line: 4, column: 13 }],
  ["severity", "max", { max: 30 }, { max: 29.5 }, { line: 4, column: 13 }],
  ["block_execution", "equals", { equals: false }, { equals: true }, { line: 5, column: 20 }],
  ["risks", "min", { min: 2 }, { min: 3 }, { line: 11, column: 1 }],
  ["risks", "max", { max: 2 }, { max: 1 }, { line: 11, column: 1 }],
  ["risks", "some", { some: { matches: "leak" } }, { some: { matches: "outage" } }, { line: 11, column: 1 }],
  ["risks", "every", { every: { matches: ": " } }, { every: { matches: "Security" } }, { line: 11, column: 1 }],
  ["risks", "none", { none: { matches: "outage" } }, { none: { matches: "leak" } }, { line: 11, column: 1 }],
  ["risks", "some category", { some: { category: { matches: "^security$", flags: "i" } } }, { some: { category: { matches: "^Privacy$" } } }, { line: 11, column: 1 }],
  ["risks", "every notMatches", { every: { notMatches: "outage" } }, { every: { notMatches: "drift" } }, { line: 11, column: 1 }],
  ["mitigations", "min", { min: 2 }, { min: 3 }, { line: 15, column: 1 }],
  ["mitigations", "max", { max: 2 }, { max: 1 }, { line: 15, column: 1 }],
  ["mitigations", "some", { some: { matches: "human (approval|sign-off)", flags: "i" } }, { some: { matches: "human" } }, { line: 15, column: 1 }],
  ["mitigations", "every", { every: { matches: "^[A-Z]" } }, { every: { matches: "finance" } }, { line: 15, column: 1 }],
  ["mitigations", "none", { none: { matches: "revert" } }, { none: { matches: "Rollback" } }, { line: 15, column: 1 }],
];

describe("custom rule matchers", () => {
  it.each(MATCHERS)("%s %s: a holding requirement gives nothing", (field, _name, holding) => {
    expect(run({ require: { [field]: holding } })).toEqual([]);
  });

  it.each(MATCHERS)("%s %s: a failed requirement fires on the field's line", (field, _name, _holding, failing, at) => {
    expect(run({ require: { [field]: failing } })).toEqual([{ message: "m", ...at }]);
  });

  it.each(MATCHERS)("%s %s: a when that does not hold keeps the rule quiet", (field, _name, _holding, failing) => {
    expect(run({ when: { [field]: failing }, require: { severity: { max: 1 } } })).toEqual([]);
  });

  it.each(MATCHERS)("%s %s: a when that holds lets the requirement judge", (field, _name, holding) => {
    expect(run({ when: { [field]: holding }, require: { severity: { max: 1 } } })).toHaveLength(1);
  });

  it("combines matches and notMatches in one matcher: both must hold", () => {
    expect(run({ require: { proposal: { matches: "billing", notMatches: "Stripe" } } })).toEqual([{ message: "m", line: 8, column: 1 }]);
    expect(run({ require: { proposal: { matches: "billing", notMatches: "PayPal" } } })).toEqual([]);
  });

  it("treats a risk without a category as an empty category", () => {
    const risks = ["Security: webhook secrets leak", "invoices drift"];
    expect(run({ require: { risks: { every: { category: { matches: "." } } } } }, "markdown", { risks })).toEqual([{ message: "m", line: 11, column: 1 }]);
    expect(run({ require: { risks: { some: { category: { notMatches: "." } } } } }, "markdown", { risks })).toEqual([]);
  });
});

describe("custom rule placement", () => {
  it("puts the finding on the first text match of when, at its column", () => {
    const when = { proposal: { matches: "stripe", flags: "i" } };
    expect(run({ when, require: { mitigations: { some: { matches: "approval" } } } })).toEqual([{ message: "m", line: 9, column: 13 }]);
  });

  it("puts a match on the proposal's first line at its column", () => {
    expect(run({ when: { proposal: { matches: "billing" } }, require: { severity: { max: 1 } } })).toEqual([{ message: "m", line: 8, column: 13 }]);
  });

  it("puts a when on list items on the first matching item", () => {
    expect(run({ when: { risks: { some: { matches: "drift" } } }, require: { severity: { max: 1 } } })).toEqual([{ message: "m", line: 13, column: 1 }]);
  });

  it("prefers the earliest located when: id before proposal", () => {
    const when = { proposal: { matches: "Stripe" }, id: { matches: "5c37" } };
    expect(run({ when, require: { severity: { max: 1 } } })).toEqual([{ message: "m", line: 2, column: 7 }]);
  });

  it("puts a when without a text match on the failed requirement's section", () => {
    expect(run({ when: { severity: { min: 10 }, proposal: { notMatches: "paypal" } }, require: { mitigations: { min: 5 } } })).toEqual([{ message: "m", line: 15, column: 1 }]);
  });

  it("reports the first failed requirement in report order", () => {
    expect(run({ require: { mitigations: { min: 5 }, risks: { min: 5 }, severity: { max: 1 } } })).toEqual([{ message: "m", line: 4, column: 13 }]);
  });

  it("fires on the first when field when there is no require", () => {
    expect(run({ when: { block_execution: { equals: false }, severity: { min: 10 } } })).toEqual([{ message: "m", line: 4, column: 13 }]);
  });

  it("puts a proposal match in a JSON report on the proposal's line", () => {
    expect(run({ when: { proposal: { matches: "Stripe" } }, require: { severity: { max: 1 } } }, "json")).toEqual([{ message: "m", line: 4, column: 15 }]);
  });

  it("puts a failed list requirement in a JSON report on the list's line", () => {
    expect(run({ require: { risks: { min: 3 } } }, "json")).toEqual([{ message: "m", line: 6, column: 12 }]);
  });
});
