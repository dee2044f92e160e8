import { describe, expect, it } from "vitest";
import { compiledNow, compileNativePatterns, native } from "./native-regexp.js";

describe("native patterns", () => {
  it("returns the same pattern, ready to match from the start, before and after compiling", () => {
    const pattern = native(/\bdrop\b/gm);
    expect("drop it\ndrop that".match(pattern)).toEqual(["drop", "drop"]);
    compileNativePatterns();
    expect(pattern.lastIndex).toBe(0);
    expect("drop it\ndrop that".match(pattern)).toEqual(["drop", "drop"]);
    const later = native(/\bkeep\b/g);
    expect(later.lastIndex).toBe(0);
    expect(later.test("keep")).toBe(true);
  });

  it("leaves a pattern compiled now at the start of the text", () => {
    const pattern = compiledNow(/^/gm);
    expect(pattern.lastIndex).toBe(0);
    expect(pattern.exec("x")?.index).toBe(0);
  });
});
