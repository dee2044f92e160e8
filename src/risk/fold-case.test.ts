import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { foldCase, lowerAscii } from "./fold-case.js";
import { BUILT_IN_SIGNALS } from "./signals.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures");

function matchesOf(pattern: RegExp, text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const match of text.matchAll(pattern)) found.push([match.index, match[0].length]);
  return found;
}

// Signals no test or fixture holds an example of.
const UNTESTED = ["git push --force origin main", "DROP INDEX idx_users_email;", "Apply the migrations directly on production.", "It will execute any code sent by the user."];

/** The string literals of the risk model's tests: the examples each signal is tested on, new signals' included. */
function testedExamples(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const sources = readdirSync(here).filter((file) => file.endsWith(".test.ts") && file !== "fold-case.test.ts");
  const literals: string[] = [];
  for (const file of sources) {
    const source = readFileSync(join(here, file), "utf8");
    for (const [literal] of source.matchAll(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g)) {
      try {
        literals.push(literal.startsWith('"') ? JSON.parse(literal) : JSON.parse(`"${literal.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`));
      } catch {
        // An escape JSON does not read: that literal is left out.
      }
    }
  }
  return [...UNTESTED, ...literals].join("\n");
}

/** Every report text of the fixtures, then each again with its letters' cases swapped and non-ASCII look-alikes. */
function texts(): string[] {
  const files = readdirSync(FIXTURES, { recursive: true, encoding: "utf8" }).filter((file) => /\.(?:json|md)$/.test(file));
  const originals = [testedExamples(), ...files.map((file) => readFileSync(join(FIXTURES, file), "utf8"))];
  const swapped = originals.map((text) => text.replace(/[A-Za-z]/g, (letter) => (letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase())));
  // Characters whose case maps reach ASCII (the Kelvin sign, long s, dotted and dotless i) or that are letters.
  const lookalikes = originals.map((text) => text.replace(/k/g, "\u212a").replace(/s(?=e)/g, "\u017f").replace(/I/g, "\u0130").replace(/i(?=n)/g, "\u0131").replace(/e(?=d)/g, "\u00e9"));
  return [...originals, ...swapped, ...lookalikes];
}

describe("foldCase", () => {
  it("lowercases letters, rewrites classes and keeps escapes", () => {
    expect(foldCase(String.raw`\bDROP[ \t]+TABLE\b`)).toBe(String.raw`\bdrop[\x20\x09]+table\b`);
    expect(foldCase(String.raw`\S+\W\B\x41\x60[A-Fx_]`)).toBe(String.raw`\S+\W\Ba\x60[a-fx\x5f]`);
    expect(foldCase(String.raw`[^A-Z\s][\w."\x60\[\]]`)).toBe(String.raw`[^a-z\s][\x2e\x22\x60\x5b\x5d\w]`);
    expect(foldCase(String.raw`[A-z][0-9][a-f]`)).toBe(String.raw`[a-z\x5b-z][0-9][a-f]`);
    expect(foldCase(String.raw`(?<![-\w])(?:No|NOT)(?=[ -]Only)`)).toBe(String.raw`(?<![\x2d\w])(?:no|not)(?=[\x20\x2d]only)`);
  });

  it("refuses what it cannot rewrite exactly", () => {
    expect(() => foldCase("caf\u00e9")).toThrow("not ASCII");
    expect(() => foldCase(String.raw`(?:a)\1`)).toThrow("cannot fold the case of \\1");
    expect(() => foldCase(String.raw`[a-\u00ff]`)).toThrow("outside ASCII");
  });

  it("lowers only A-Z, keeping every position", () => {
    expect(lowerAscii("DROP Table")).toBe("drop table");
    expect(lowerAscii("\u0130STANBUL \u212a \u00c9T\u00c9")).toBe("\u0130stanbul \u212a \u00c9t\u00c9");
  });

  it("finds on lowercased text what every built-in pattern finds with the i flag", () => {
    const all = texts();
    const lowered = all.map(lowerAscii);
    for (const signal of BUILT_IN_SIGNALS) {
      const original = new RegExp(signal.pattern, "gim");
      const folded = new RegExp(foldCase(signal.pattern), "gm");
      const expected = all.map((text) => matchesOf(original, text));
      // One comparison per signal, of every text's matches: one per text was most of this test's time.
      expect(
        lowered.map((text) => matchesOf(folded, text)),
        signal.id,
      ).toEqual(expected);
      // Compared where it matches: the texts hold examples of every signal.
      expect(expected.flat().length, `${signal.id}: no text here holds a match; the tests hold no example of it`).toBeGreaterThan(0);
    }
    // Every pattern over every fixture text, four forms each: about 7 s alone, over 30 on a loaded machine.
  }, 120_000);
});
