import { GitRepository } from "./repository.js";

/** The .gitattributes lines that route reports through the `fsar` diff driver. */
export const DIFF_DRIVER_ATTRIBUTES = ["*.md diff=fsar", "fsar*.json diff=fsar"] as const;

/** .gitattributes with the driver lines added, or null when every line is already there. */
export function withDiffDriverAttributes(existing: string | null): string | null {
  const present = new Set((existing ?? "").split(/\r?\n/).map((line) => line.trim()));
  const missing = DIFF_DRIVER_ATTRIBUTES.filter((line) => !present.has(line));
  if (missing.length === 0) return null;
  const base = existing === null || existing === "" ? "" : existing.endsWith("\n") ? existing : `${existing}\n`;
  return `${base}${missing.join("\n")}\n`;
}

/** Sets `diff.fsar.textconv = fsar textconv` in the repository's own config; returns the repository root. */
export async function configureTextconvDriver(cwd: string): Promise<string> {
  const repo = await GitRepository.open(cwd);
  await repo.setDiffTextconv("fsar", "fsar textconv");
  return repo.root;
}
