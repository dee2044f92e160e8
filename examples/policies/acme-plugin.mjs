// An fsar plugin: an ES module whose default export is { name, rules }.
// `definePlugin` and `defineRule` from "fsar" type it in an editor; a plain object works as well.

const PLACEHOLDER = /\b(TODO|TBD|FIXME)\b|lorem ipsum/i;

/** @type {import("fsar").Plugin} */
export default {
  name: "acme",
  rules: [
    {
      id: "acme/no-placeholders",
      description: "No TODO, TBD or FIXME left in the proposal, its risks or its mitigations",
      defaultLevel: "error",
      docs: "A placeholder means the retrospection was not finished. The finding stands on the first line that has one.",
      check(report) {
        const findings = [];
        // In markdown, the proposal's lines follow one another from its position; in JSON it is one string.
        const lines = report.proposal.split("\n");
        const index = lines.findIndex((line) => PLACEHOLDER.test(line));
        if (index !== -1) {
          const line = report.format === "markdown" ? report.positions.proposal.line + index : report.positions.proposal.line;
          findings.push({ message: "the proposal has a placeholder", line });
        }
        for (const item of [...report.risks, ...report.mitigations]) {
          if (PLACEHOLDER.test(item.text)) findings.push({ message: `placeholder in "${item.text}"`, line: item.line });
        }
        return findings;
      },
    },
  ],
};
