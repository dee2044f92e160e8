import { describe, expect, it } from "vitest";
import { duplicateId } from "./duplicate-id.js";

const entry = (file: string, id: string) => ({ file, id, idLine: 2, twinKey: file.replace(/\.(md|json)$/, ""), risksKey: null, risksLine: 10, mitigationsKey: null, mitigationsLine: 14 });

describe("duplicate-id", () => {
  it("passes distinct ids", () => {
    expect(duplicateId.checkProject([entry("a.md", "x"), entry("b.md", "y")], {})).toEqual([]);
  });

  it("treats an md report and its json twin as one report", () => {
    expect(duplicateId.checkProject([entry("a.md", "x"), entry("a.json", "x")], {})).toEqual([]);
  });

  it("fails each of two different reports that share an id", () => {
    expect(duplicateId.checkProject([entry("a.md", "x"), entry("a.json", "x"), entry("b.md", "x")], {})).toEqual([
      { file: "a.md", finding: { messageId: "sharedId", data: { id: "x", others: "b.md" }, line: 2, column: 1 } },
      { file: "a.json", finding: { messageId: "sharedId", data: { id: "x", others: "b.md" }, line: 2, column: 1 } },
      { file: "b.md", finding: { messageId: "sharedId", data: { id: "x", others: "a.md, a.json" }, line: 2, column: 1 } },
    ]);
  });
});
