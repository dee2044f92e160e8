import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detachString } from "./detach.js";

describe("detachString", () => {
  it("returns the same text, one-byte or not", () => {
    expect(["", "fsar_0b7f3c2e", "naïve ÿ\u0080", "€ and 😀", "\ud800 lone surrogate"].map(detachString)).toEqual(["", "fsar_0b7f3c2e", "naïve ÿ\u0080", "€ and 😀", "\ud800 lone surrogate"]);
  });

  it("returns the same text for any string cut from a longer one", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), fc.nat(), (text, start) => {
      const cut = text.slice(start % (text.length + 1));
      expect(detachString(cut)).toBe(cut);
    }));
  });
});
