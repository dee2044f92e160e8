import { testRule } from "../../test/helpers/rule-tester.js";
import { minMitigations } from "./min-mitigations.js";

const tooFew = (count: number, minimum: number) => ({
  messageId: "tooFew",
  data: { count, noun: count === 1 ? "mitigation" : "mitigations", minimum },
  message: `${count} ${count === 1 ? "mitigation" : "mitigations"} listed, at least ${minimum} required`,
  line: 14,
  column: 1,
});

testRule(minMitigations, {
  valid: [{ name: "passes with one mitigation by default" }],
  invalid: [
    { name: "fails with no mitigations, on the Mitigations heading", report: { mitigations: [] }, documented: true, findings: [tooFew(0, 1)] },
    { name: "takes a minimum option", options: { minimum: 2 }, findings: [tooFew(1, 2)] },
  ],
});
