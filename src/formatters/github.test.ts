import { describe, expect, it } from "vitest";
import { auditResult, CONTEXT, fileResult, finding } from "../../test/helpers/results.js";
import { formatGithub } from "./github.js";
import { escapeCommandData, escapeCommandProperty, workflowCommand } from "./github-commands.js";

describe("GitHub workflow command escaping", () => {
  it("escapes a message as @actions/core's escapeData: %, CR and LF only", () => {
    expect(escapeCommandData("50% done\r\nnext: a,b::c")).toBe("50%25 done%0D%0Anext: a,b::c");
  });

  it("escapes a property as @actions/core's escapeProperty: also : and ,", () => {
    expect(escapeCommandProperty("dir/a,b:c|d%e\nf")).toBe("dir/a%2Cb%3Ac|d%25e%0Af");
  });

  it("turns numbers into their JSON text, as toCommandValue does", () => {
    expect(escapeCommandProperty(12)).toBe("12");
  });

  it("leaves out properties without a value, as @actions/core does", () => {
    expect(workflowCommand("warning", { file: "a.md", line: 3, col: undefined, title: "" }, "m")).toBe("::warning file=a.md,line=3::m");
    expect(workflowCommand("error", {}, "m")).toBe("::error::m");
  });
});

describe("formatGithub", () => {
  it("writes one command per finding, escaped, then the summary line", () => {
    const result = auditResult([
      fileResult("reports/a,b:c|d.md", [finding("max-severity", "error", "severity 48 is at or above 45%\nreally", 6, 13)]),
      fileResult("reports/w.json", [finding("id-format", "warn", 'id "x" is not fsar_<uuid>', null, null)]),
      fileResult("reports/p.md", []),
    ]);
    expect(formatGithub(result, CONTEXT)).toMatchInlineSnapshot(`
      "::error file=reports/a%2Cb%3Ac|d.md,line=6,col=13,title=fsar max-severity::severity 48 is at or above 45%25%0Areally
      ::warning file=reports/w.json,line=1,title=fsar id-format::id "x" is not fsar_<uuid>
      2 problems (1 error, 1 warning) · 3 reports: 1 pass, 1 warn, 1 fail; 0 skipped
      "
    `);
  });

  it("strips terminal control characters from report text before escaping", () => {
    const result = auditResult([fileResult("a.md", [finding("id-format", "warn", "id \u001b[31mred\u0007 \r\nx", 2, 1)])]);
    expect(formatGithub(result, CONTEXT).split("\n")[0]).toBe("::warning file=a.md,line=2,col=1,title=fsar id-format::id [31mred %0Ax");
  });

  it("skips suppressed findings", () => {
    const result = auditResult([fileResult("a.md", [finding("min-risks", "error", "0 risks", 3, 1, { suppressed: { reason: "accepted" } })])]);
    expect(formatGithub(result, CONTEXT)).toBe("1 report: 1 pass, 0 warn, 0 fail; 0 skipped\n");
  });
});
