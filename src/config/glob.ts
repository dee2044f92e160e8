import picomatch from "picomatch";

const compiled = new Map<string, (path: string) => boolean>();

function matcher(glob: string): (path: string) => boolean {
  let match = compiled.get(glob);
  if (!match) {
    // A bare folder name means everything under it, as in .gitignore.
    const patterns = /[*?[\]{}!]/.test(glob) ? [glob] : [glob, `${glob.replace(/\/+$/, "")}/**`];
    match = picomatch(patterns, { dot: true });
    compiled.set(glob, match);
  }
  return match;
}

/** True when a `/`-separated relative path matches any of the globs. */
export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  return globs.some((glob) => matcher(glob)(path));
}

export function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

/** The part of a glob before its first wildcard: where a walk for it starts. */
export function globBase(pattern: string): string {
  return picomatch.scan(pattern).base;
}
