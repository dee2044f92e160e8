import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./helpers/cli.js";

const SRC = join(PROJECT_ROOT, "src");
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\s+from\s+)?["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** What loading a module loads with it: its imports of values, not of types only, and not import() calls. */
const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\s+from\s+)?["'](\.{1,2}\/[^"']+)["']/g;

/** Every source file of src/ (tests left out) with the files it imports, static, type-only or dynamic (or static only). */
function importGraph(pattern: RegExp = IMPORT): Map<string, string[]> {
  const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts")).map((file) => file.split("\\").join("/"));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(SRC, file), "utf8");
    const imports = [...text.matchAll(pattern)].map((match) => relative(SRC, resolve(SRC, dirname(file), (match[1] ?? match[2])!.replace(/\.js$/, ".ts"))).split("\\").join("/"));
    graph.set(file, imports);
  }
  return graph;
}

/** The first cycle found, as the path round it; null when there is none. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "open") return [...path.slice(path.indexOf(node)), node];
    state.set(node, "open");
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

/** A file's folder under src/: its first path segment, or "." for src/index.ts. */
const folderOf = (file: string): string => (file.includes("/") ? file.slice(0, file.indexOf("/")) : ".");

describe("the import graph of src/", () => {
  const graph = importGraph();

  it("finds every file it imports", () => {
    const missing = [...graph].flatMap(([file, imports]) => imports.filter((target) => !graph.has(target)).map((target) => `${file} -> ${target}`));
    expect(missing).toEqual([]);
    expect(graph.get("app/audit.ts")).toContain("core/engine.ts");
  });

  it("has no cycle between files", () => {
    expect(findCycle(graph)).toBeNull();
  });

  it("has no cycle between folders", () => {
    const folders = new Map<string, string[]>();
    for (const [file, imports] of graph) {
      const from = folderOf(file);
      const targets = folders.get(from) ?? [];
      for (const target of imports) if (folderOf(target) !== from && !targets.includes(folderOf(target))) targets.push(folderOf(target));
      folders.set(from, targets);
    }
    expect(findCycle(folders)).toBeNull();
  });

  it("keeps core pure of the layers above it, and the CLI out of everything below it", () => {
    const crossings = [...graph].flatMap(([file, imports]) =>
      imports.filter((target) => (folderOf(file) === "core" && folderOf(target) !== "core") || (folderOf(file) !== "cli" && folderOf(target) === "cli")).map((target) => `${file} -> ${target}`),
    );
    expect(crossings).toEqual([]);
  });

  it("loads a config file's machinery (yaml, the config's zod schema, plugins, custom rules) only when there is a config file", () => {
    const staticGraph = importGraph(STATIC_IMPORT);
    const loaded = new Set<string>();
    const load = (file: string): void => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const target of staticGraph.get(file) ?? []) load(target);
    };
    load("app/audit.ts");
    expect(loaded).toContain("config/load.ts");
    expect(["config/load-file.ts", "config/schema.ts", "config/extends.ts", "config/plugins.ts", "config/custom-rules.ts", "config/risk.ts", "config/yaml-document.ts"].filter((file) => loaded.has(file))).toEqual([]);
  });

  it("detects a cycle when there is one", () => {
    expect(findCycle(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]]]))).toEqual(["a", "b", "c", "a"]);
  });
});
