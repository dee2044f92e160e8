import { existsSync } from "node:fs";
import { join } from "node:path";
import { ExitCode } from "../../core/exit-code.js";
import { UsageError } from "../../core/usage-error.js";
import { writeFileAtomic } from "../io.js";
import type { CommandIo } from "../io.js";

export const STARTER_CONFIG = `# fsar configuration: every key is described in the README (Configuration) and in \`fsar explain <rule>\`.
# yaml-language-server: $schema=./node_modules/fsar/schema/fsar.config.schema.json

# Presets: fsar:recommended (the default) or fsar:strict. Later entries win.
extends: fsar:recommended

# The severity scale. The real gates disagree, so pick yours:
# review and block are thresholds; max is the top of the scale.
severity:
  max: 75
  review: 25
  block: 45

# Rule levels: off | warn | error, or [level, { options }]. \`fsar rules\` lists them.
rules:
  min-risks: [error, { minimum: 1 }]
  id-format: warn

# What \`fsar audit\` audits when given no paths, relative to this file.
include:
  - .

# Files a folder walk never audits.
exclude:
  - "**/fixtures/**"

# Settings for some files only.
# overrides:
#   - files: ["drafts/**"]
#     rules:
#       max-severity: warn

# Findings accepted for a while: a reason and an expiry date are required.
# waivers:
#   - report: fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286   # an id, or a glob of report files
#     rules: [severity-underreported]
#     reason: "superseded by the Q3 review"
#     expires: 2027-01-31
`;

export async function runInit(options: { force?: boolean; gitDiff?: boolean }, io: CommandIo): Promise<ExitCode> {
  if (options.gitDiff) return (await import("./init-git-diff.js")).runInitGitDiff(io);
  const path = join(io.cwd, "fsar.config.yaml");
  if (existsSync(path) && !options.force) throw new UsageError("fsar.config.yaml already exists; use --force to overwrite it");
  writeFileAtomic(path, STARTER_CONFIG);
  await io.stdout("wrote fsar.config.yaml\n");
  return ExitCode.Pass;
}
