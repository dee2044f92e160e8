import { execFileSync } from "node:child_process";
import { chmodSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The Multitool ships a platform binary whose install script (chmod) npm here does not run. */
export function sarifMultitool(): string {
  const require = createRequire(import.meta.url);
  const folder = dirname(require.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`));
  const binary = join(folder, process.platform === "win32" ? "Sarif.Multitool.exe" : "Sarif.Multitool");
  chmodSync(binary, 0o755);
  return binary;
}

/** Runs `validate --rule-kind "Gh;Sarif"` and returns its errors and warnings as `RULE: message` lines. */
export function validateSarif(file: string): string[] {
  const log = `${file}.validation.sarif`;
  execFileSync(sarifMultitool(), ["validate", "--rule-kind", "Gh;Sarif", "--level", "Error;Warning", "--log", "ForceOverwrite", "--output", log, file], { stdio: "pipe", timeout: 60_000 });
  const results: Array<{ ruleId: string; message: { text?: string; id?: string; arguments?: string[] } }> = JSON.parse(readFileSync(log, "utf8")).runs[0].results ?? [];
  return results.map((result) => `${result.ruleId}: ${result.message.text ?? `${result.message.id} ${result.message.arguments?.join(" | ")}`}`);
}
