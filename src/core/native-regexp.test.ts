import { describe, expect, it } from "vitest";
import { native } from "./native-regexp.js";

describe("native", () => {
  it("returns the same pattern, ready to match from the start", () => {
    const pattern = /\bdrop\b/gm;
    expect(native(pattern)).toBe(pattern);
    expect(pattern.lastIndex).toBe(0);
    expect("drop it\ndrop that".match(pattern)).toEqual(["drop", "drop"]);
  });

  it("leaves a pattern that matches an empty string at the start of the text", () => {
    const pattern = native(/^/gm);
    expect(pattern.lastIndex).toBe(0);
    expect(pattern.exec("x")?.index).toBe(0);
  });
});
