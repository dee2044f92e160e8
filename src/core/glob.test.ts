import { describe, expect, it } from "vitest";
import picomatch from "picomatch";
import { globBase, isGlob, matchesAnyGlob } from "./glob.js";

describe("globs", () => {
  it("tells globs from plain paths as picomatch does", () => {
    const globs = ["reports/*.md", "**/fsar_*.json", "report?.md", "r/[ab].md", "r/{a,b}.md", "r/+(a|b).md", "r/@(a).md", "!(x).md"];
    const paths = ["reports", "reports/fsar_a.md", "./a b/c.json", "../x", "r/a-b_c.md", "r/a+b.md", "r/a@b.md", "!reports"];
    expect([...globs, ...paths].map((pattern) => [pattern, isGlob(pattern)])).toEqual([...globs.map((glob) => [glob, true]), ...paths.map((path) => [path, picomatch.scan(path).isGlob])]);
    expect(paths.filter((path) => isGlob(path))).toEqual([]);
  });

  it("walks a glob from its base, and a bare folder name matches everything under it", () => {
    expect(globBase("reports/2026/**/*.md")).toBe("reports/2026");
    expect(matchesAnyGlob("reports/a/fsar_x.md", ["reports"])).toBe(true);
    expect(matchesAnyGlob("other/fsar_x.md", ["reports"])).toBe(false);
  });
});
