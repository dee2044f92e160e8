// An fsar plugin: an ES module whose default export is { name, rules }, each rule in the shape of
// fsar's own (`defineRule` and `definePlugin` from "fsar" type them in an editor; plain objects work as well).

const PLACEHOLDER = /\b(TODO|TBD|FIXME)\b|lorem ipsum/i;

/** @type {import("fsar").Plugin} */
export default {
  name: "acme",
  rules: [
    {
      id: "acme/no-placeholders",
      meta: {
        description: "No TODO, TBD or FIXME left in the proposal, its risks or its mitigations",
        defaultLevel: "error",
        docs: "A placeholder means the retrospection was not finished. The finding stands on the first line that has one.\n\nExample:\n\n```\n- Rollback: TODO\n  15:1  error  placeholder in \"Rollback: TODO\"  acme/no-placeholders\n```",
        messages: {
          inProposal: "the proposal has a placeholder",
          inItem: 'placeholder in "{item}"',
        },
        identity: ["item"],
      },
      check(report) {
        const findings = [];
        // In markdown, the proposal's lines follow one another from its position; in JSON it is one string.
        const lines = report.proposal.split("\n");
        const index = lines.findIndex((line) => PLACEHOLDER.test(line));
        if (index !== -1) {
          const line = report.format === "markdown" ? report.positions.proposal.line + index : report.positions.proposal.line;
          findings.push({ messageId: "inProposal", line, column: 1 });
        }
        for (const item of [...report.risks, ...report.mitigations]) {
          if (PLACEHOLDER.test(item.text)) findings.push({ messageId: "inItem", data: { item: item.text }, line: item.line, column: 1 });
        }
        return findings;
      },
    },
  ],
};
