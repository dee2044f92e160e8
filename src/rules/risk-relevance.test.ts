import { testRule } from "../../test/helpers/rule-tester.js";
import { riskRelevance } from "./risk-relevance.js";

const QUIET = "idea_implementation: tighten the nightly export.";
const DROP = "idea_implementation: clean up with DROP TABLE legacy_orders CASCADE;";
const STOCK = ["Slow failure: unnoticed degradation accumulating by 2028-01-01", "Incentive drift: stakeholders habituate to optimistic outputs"];

const unrelated = (categories: string) => ({
  messageId: "unrelated",
  data: { categories, signalLine: 8, signal: "DROP TABLE" },
  message: `no risk relates to what the proposal does: ${categories} (line 8: "DROP TABLE")`,
  line: 10,
  column: 1,
});

testRule(riskRelevance, {
  valid: [
    { name: "passes a proposal the risk model finds nothing in, whatever its risks", report: { proposal: QUIET, risks: STOCK } },
    { name: "passes when one risk speaks of one of the categories", report: { proposal: DROP, risks: [STOCK[0]!, "Data loss: the orders cannot come back"] } },
    {
      name: "takes more terms per category from its options",
      report: { proposal: DROP, risks: [STOCK[0]!, "Reporting: the quarterly numbers go blank"] },
      options: { terms: { "destructive-data": ["numbers go blank"] } },
    },
  ],
  invalid: [
    {
      name: "warns on a proposal that drops a table whose risks speak only of drift, on the Risks line",
      report: { proposal: DROP, risks: STOCK },
      documented: true,
      findings: [unrelated("destructive-data")],
    },
    {
      name: "names every category found",
      report: { proposal: `${DROP} Then charge with stripe.charges.create({ amount });`, risks: STOCK },
      findings: [unrelated("destructive-data, money-movement")],
    },
  ],
});
