import { describe, expect, it } from "vitest";
import { withDiffDriverAttributes } from "./diff-driver.js";

describe("withDiffDriverAttributes", () => {
  it("adds the driver lines to a missing, empty or unterminated file", () => {
    expect(withDiffDriverAttributes(null)).toBe("*.md diff=fsar\nfsar*.json diff=fsar\n");
    expect(withDiffDriverAttributes("")).toBe("*.md diff=fsar\nfsar*.json diff=fsar\n");
    expect(withDiffDriverAttributes("*.png binary")).toBe("*.png binary\n*.md diff=fsar\nfsar*.json diff=fsar\n");
  });

  it("adds only the lines that are missing, and nothing when all are there", () => {
    expect(withDiffDriverAttributes("*.md diff=fsar\r\n")).toBe("*.md diff=fsar\r\nfsar*.json diff=fsar\n");
    expect(withDiffDriverAttributes("*.md diff=fsar\nfsar*.json diff=fsar\n")).toBeNull();
  });
});
