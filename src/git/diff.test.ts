import { describe, expect, it } from "vitest";
import { isNullObjectId, isRegularFileMode, parseRawDiff } from "./diff.js";

const OLD = "1".repeat(40);
const NEW = "2".repeat(40);
const NONE = "0".repeat(40);

function raw(...records: string[][]): string {
  return records.map((fields) => fields.join("\0")).join("\0") + "\0";
}

describe("parseRawDiff", () => {
  it("keeps added, modified and retyped files with their new blob and mode", () => {
    const output = raw(
      [`:000000 100644 ${NONE} ${NEW} A`, "reports/fsar_added.md"],
      [`:100644 100755 ${OLD} ${NEW} M`, "reports/fsar_modified.md"],
      [`:120000 100644 ${OLD} ${NEW} T`, "reports/fsar_was-a-link.md"],
    );
    expect(parseRawDiff(output)).toEqual([
      { path: "reports/fsar_added.md", previousPath: null, mode: "100644", blob: NEW },
      { path: "reports/fsar_modified.md", previousPath: null, mode: "100755", blob: NEW },
      { path: "reports/fsar_was-a-link.md", previousPath: null, mode: "100644", blob: NEW },
    ]);
  });

  it("follows renames and copies to their new path", () => {
    const output = raw([`:100644 100644 ${OLD} ${OLD} R100`, "old/fsar_a.md", "new/fsar_a.md"], [`:100644 100644 ${OLD} ${NEW} C075`, "fsar_b.md", "fsar_c.md"]);
    expect(parseRawDiff(output)).toEqual([
      { path: "new/fsar_a.md", previousPath: "old/fsar_a.md", mode: "100644", blob: OLD },
      { path: "fsar_c.md", previousPath: "fsar_b.md", mode: "100644", blob: NEW },
    ]);
  });

  it("leaves out deleted and unmerged files", () => {
    const output = raw([`:100644 000000 ${OLD} ${NONE} D`, "fsar_gone.md"], [`:000000 000000 ${NONE} ${NONE} U`, "fsar_conflict.md"], [`:000000 100644 ${NONE} ${NEW} A`, "fsar_kept.md"]);
    expect(parseRawDiff(output).map((file) => file.path)).toEqual(["fsar_kept.md"]);
  });

  it("keeps paths with spaces, tabs and newlines whole (-z output is not quoted)", () => {
    expect(parseRawDiff(raw([`:000000 100644 ${NONE} ${NEW} A`, "odd name\twith\nbreaks.md"]))[0]!.path).toBe("odd name\twith\nbreaks.md");
  });

  it("reads nothing from empty output", () => {
    expect(parseRawDiff("")).toEqual([]);
  });

  it("throws on output that is not a raw diff", () => {
    expect(() => parseRawDiff("diff --git a/x b/x\0")).toThrow('unexpected git diff output: "diff --git a/x b/x"');
  });
});

describe("file modes and object ids", () => {
  it("counts only regular files as files", () => {
    expect(["100644", "100755", "120000", "160000"].map(isRegularFileMode)).toEqual([true, true, false, false]);
  });

  it("knows the null object id in SHA-1 and SHA-256 repositories", () => {
    expect([NONE, "0".repeat(64), NEW].map(isNullObjectId)).toEqual([true, true, false]);
  });
});
