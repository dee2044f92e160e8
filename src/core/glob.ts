import { createRequire } from "node:module";
import type picomatchType from "picomatch";

// picomatch is needed only for globs: required on first use, so runs without any start faster.
const requireModule = createRequire(import.meta.url);
let picomatchModule: typeof picomatchType | undefined;
function picomatch(): typeof picomatchType {
  return (picomatchModule ??= requireModule("picomatch") as typeof picomatchType);
}

const compiled = new Map<string, (path: string) => boolean>();

function matcher(glob: string): (path: string) => boolean {
  let match = compiled.get(glob);
  if (!match) {
    // A bare folder name means everything under it, as in .gitignore.
    const patterns = /[*?[\]{}!]/.test(glob) ? [glob] : [glob, `${glob.replace(/\/+$/, "")}/**`];
    match = picomatch()(patterns, { dot: true });
    compiled.set(glob, match);
  }
  return match;
}

/** True when a `/`-separated relative path matches any of the globs. */
export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  return globs.some((glob) => matcher(glob)(path));
}

/** Characters one of which every glob holds (wildcards, classes, braces, extglobs, negation). */
const GLOB_CHARACTER = /[*?[\]{}()!]/;

export function isGlob(pattern: string): boolean {
  // A plain path, the usual case, is told apart without loading picomatch.
  return GLOB_CHARACTER.test(pattern) && picomatch().scan(pattern).isGlob;
}

/** The part of a glob before its first wildcard: where a walk for it starts. */
export function globBase(pattern: string): string {
  return picomatch().scan(pattern).base;
}
