import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordValuesArbitrary, renderJsonReport, renderMarkdownReport } from "../../test/helpers/arbitraries.js";
import { canonicalTextOf } from "./textconv.js";

const bytes = (text: string): Uint8Array => Buffer.from(text, "utf8");

describe("canonicalTextOf", () => {
  it("renders md and json twins of any record the same", async () => {
    await fc.assert(
      fc.asyncProperty(recordValuesArbitrary, async (record) => {
        const md = await canonicalTextOf("fsar_x.md", bytes(renderMarkdownReport(record)));
        expect(md).not.toBeNull();
        expect(await canonicalTextOf("fsar_x.json", bytes(renderJsonReport(record)))).toBe(md);
      }),
    );
  });

  it("returns null (print as is) for anything that is not a report that parses, and never throws", async () => {
    expect(await canonicalTextOf("notes.md", bytes("# Notes\n\nFSAR Proposal Report is mentioned here\n"))).toBeNull();
    expect(await canonicalTextOf("package.json", bytes('{ "name": "x", "proposal": 1 }'))).toBeNull();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string().map(bytes)), fc.constantFrom("a.md", "a.json", "a"), async (content, file) => {
        await canonicalTextOf(file, content);
      }),
    );
  });

  it("strips control characters and indents an item's own lines", async () => {
    const report = "# FSAR Proposal Report\n- id: fsar_x\n- timestamp: t\n- severity: 6\n- block_execution: false\n- proposal:\n\nbell \u0007 here\r\n\n## Risks\n- Slow failure: one\ncontinued\n\n## Mitigations\n- m";
    expect(await canonicalTextOf("fsar_x.md", bytes(report))).toBe(
      "# FSAR Proposal Report\nid: fsar_x\ntimestamp: t\nseverity: 6\nblock_execution: false\n\n## Proposal\nbell  here\n\n## Risks\n- Slow failure: one\n  continued\n\n## Mitigations\n- m\n",
    );
  });
});
