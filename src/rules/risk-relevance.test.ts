import { describe, expect, it } from "vitest";
import { check, recordOf } from "../../test/helpers/rule-harness.js";
import { riskRelevance } from "./risk-relevance.js";

const QUIET = "idea_implementation: tighten the nightly export.";
const DROP = "idea_implementation: clean up with DROP TABLE legacy_orders CASCADE;";
const STOCK = ["Slow failure: unnoticed degradation accumulating by 2028-01-01", "Incentive drift: stakeholders habituate to optimistic outputs"];

describe("risk-relevance", () => {
  it("passes a proposal the risk model finds nothing in, whatever its risks", () => {
    expect(check(riskRelevance, recordOf({ proposal: QUIET, risks: STOCK }))).toEqual([]);
  });

  it("warns on a proposal that drops a table whose risks speak only of drift, on the Risks line", () => {
    expect(check(riskRelevance, recordOf({ proposal: DROP, risks: STOCK }))).toEqual([{ message: 'no risk relates to what the proposal does: destructive-data (line 8: "DROP TABLE")', line: 10, column: 1 }]);
  });

  it("passes when one risk speaks of one of the categories", () => {
    expect(check(riskRelevance, recordOf({ proposal: DROP, risks: [STOCK[0]!, "Data loss: the orders cannot come back"] }))).toEqual([]);
  });

  it("names every category found", () => {
    const proposal = `${DROP} Then charge with stripe.charges.create({ amount });`;
    expect(check(riskRelevance, recordOf({ proposal, risks: STOCK }))[0]?.message).toBe('no risk relates to what the proposal does: destructive-data, money-movement (line 8: "DROP TABLE")');
  });

  it("takes more terms per category from its options", () => {
    const risks = [STOCK[0]!, "Reporting: the quarterly numbers go blank"];
    expect(check(riskRelevance, recordOf({ proposal: DROP, risks }), { terms: { "destructive-data": ["numbers go blank"] } })).toEqual([]);
  });
});
