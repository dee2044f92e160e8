import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { twinKey } from "../core/paths.js";
import { discoverBatches, twinSafeSlices, type DiscoveryTally } from "./discover.js";

const sorted = (names: string[]) => [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe("twinSafeSlices", () => {
  it("cuts sorted names into slices that cover them in order and never split a twin key", () => {
    // Short stems over few letters, so that keys nest (`a`, `a.b`, `a.lock`) and names fall between twins.
    const stem = fc.string({ unit: fc.constantFrom("a", "b", ".", "_"), minLength: 1, maxLength: 5 });
    const name = fc.tuple(stem, fc.constantFrom(".md", ".json", ".MD", ".Json")).map(([base, extension]) => base + extension);
    fc.assert(
      fc.property(fc.array(name, { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (drawn, size) => {
        const names = sorted(drawn);
        const slices = [...twinSafeSlices(names, size)];
        expect(slices.flatMap(([start, end]) => names.slice(start, end))).toEqual(names);
        const sliceOf = new Map<string, number>();
        slices.forEach(([start, end], index) => {
          for (const member of names.slice(start, end)) {
            const key = twinKey(member);
            expect(sliceOf.get(key) ?? index).toBe(index);
            sliceOf.set(key, index);
          }
        });
      }),
    );
  });

  it("ends a slice at the first boundary past the size", () => {
    const names = ["a.json", "a.lock.md", "a.md", "b.json", "b.md", "c.md"];
    expect([...twinSafeSlices(names, 1)]).toEqual([
      [0, 3],
      [3, 5],
      [5, 6],
    ]);
    expect([...twinSafeSlices(names, 4)]).toEqual([
      [0, 5],
      [5, 6],
    ]);
    expect([...twinSafeSlices([], 4)]).toEqual([]);
  });
});

describe("discoverBatches", () => {
  let root: string | null = null;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = null;
  });

  it("gives a big folder in sorted batches of about 64 files, twins together", () => {
    root = mkdtempSync(join(tmpdir(), "fsar-discover-"));
    const folder = join(root, "reports");
    mkdirSync(folder);
    for (let index = 0; index < 100; index++) {
      const base = `fsar_${String(index).padStart(3, "0")}`;
      writeFileSync(join(folder, `${base}.json`), "{}");
      writeFileSync(join(folder, `${base}.md`), "");
    }
    const tally: DiscoveryTally = { skipped: 0, problems: [], unmatched: [] };
    const batches = [...discoverBatches(["reports"], { cwd: root }, tally)].map((batch) => batch.map((candidate) => candidate.path.slice(folder.length + 1)));
    expect(batches.map((batch) => batch.length)).toEqual([64, 64, 64, 8]);
    expect(batches[1]![0]).toBe("fsar_032.json");
    expect(batches.flat()).toEqual(sorted(batches.flat()));
    expect(tally).toEqual({ skipped: 0, problems: [], unmatched: [] });
  });
});
