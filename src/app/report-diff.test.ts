import { describe, expect, it } from "vitest";
import { splitPathspecs } from "../cli/commands/diff.js";
import { parseRevisionRange } from "./report-diff.js";

describe("parseRevisionRange", () => {
  it("reads A...B as from the merge base and A..B as the two tips, an empty side being HEAD", () => {
    expect(parseRevisionRange("main...feature")).toEqual({ from: "main", to: "feature", mergeBase: true });
    expect(parseRevisionRange("v1..v2")).toEqual({ from: "v1", to: "v2", mergeBase: false });
    expect(parseRevisionRange("origin/main...")).toEqual({ from: "origin/main", to: "HEAD", mergeBase: true });
    expect(parseRevisionRange("..v2")).toEqual({ from: "HEAD", to: "v2", mergeBase: false });
  });

  it("is null for a revision alone or a blob spec", () => {
    expect(parseRevisionRange("main")).toBeNull();
    expect(parseRevisionRange("v1..v2:reports/a.md")).toBeNull();
  });
});

describe("splitPathspecs", () => {
  it("takes the operands after -- as pathspecs", () => {
    expect(splitPathspecs(["v1", "v2", "reports", "docs"], ["diff", "v1", "v2", "-f", "json", "--", "reports", "docs"])).toEqual({ targets: ["v1", "v2"], paths: ["reports", "docs"] });
    expect(splitPathspecs(["a.md", "b.md"], ["diff", "a.md", "b.md"])).toEqual({ targets: ["a.md", "b.md"], paths: [] });
  });
});
