// Measures the pre-push hook in a repository of 10,000 reports with one changed, against auditing that one
// report: `node bench/pre-push-10k.mjs` (build first). Uses hyperfine when it is installed, else timed runs.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const REPORTS = 10_000;
const fsar = fileURLToPath(new URL("../bin/fsar.js", import.meta.url));
const template = readFileSync(new URL("../fixtures/git/passing-report.md", import.meta.url), "utf8");
const dir = mkdtempSync(join(tmpdir(), "fsar-bench-"));
const globalConfig = join(dir, "global.gitconfig");
writeFileSync(globalConfig, "");
const env = { ...process.env, GIT_CONFIG_GLOBAL: globalConfig, GIT_CONFIG_NOSYSTEM: "1" };
const git = (cwd, ...args) => execFileSync("git", args, { cwd, env, encoding: "utf8", maxBuffer: 1 << 26 });

function report(index) {
  const id = `fsar_00000000-0000-4000-8000-${String(index).padStart(12, "0")}`;
  return template.replace(/^- id: .*$/m, `- id: ${id}`);
}

try {
  const remote = join(dir, "remote.git");
  const work = join(dir, "work");
  git(dir, "init", "-q", "--bare", "--initial-branch=main", remote);
  git(dir, "init", "-q", "--initial-branch=main", work);
  git(work, "config", "user.name", "bench");
  git(work, "config", "user.email", "bench@fsar.invalid");
  git(work, "remote", "add", "origin", remote);
  for (let index = 0; index < REPORTS; index++) {
    const folder = join(work, "reports", String(Math.floor(index / 1000)));
    if (index % 1000 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `fsar_${String(index).padStart(5, "0")}.md`), report(index));
  }
  git(work, "add", ".");
  git(work, "commit", "-q", "-m", `${REPORTS} reports`);
  git(work, "push", "-q", "origin", "main");
  const base = git(work, "rev-parse", "HEAD").trim();
  const changed = "reports/4/fsar_04321.md";
  writeFileSync(join(work, changed), report(4321).replace("- severity: 6", "- severity: 7"));
  git(work, "commit", "-q", "-am", "change one report");
  const tip = git(work, "rev-parse", "HEAD").trim();
  const refs = join(dir, "refs.txt");
  writeFileSync(refs, `refs/heads/main ${tip} refs/heads/main ${base}\n`);

  const commands = {
    "audit one report": `node ${fsar} audit ${changed}`,
    "pre-push hook run": `node ${fsar} hook run pre-push origin ${remote} < ${refs}`,
    "audit --changed": `node ${fsar} audit --changed --base origin/main`,
    "audit all 10,000": `node ${fsar} audit reports`,
  };
  console.log(`repository: ${work} (${REPORTS} reports, one changed)`);
  const hyperfine = spawnSync("hyperfine", ["--version"], { encoding: "utf8" });
  if (hyperfine.status === 0) {
    const args = ["--warmup", "3", "--min-runs", "20", "-i", "--export-markdown", join(dir, "results.md")];
    for (const [name, command] of Object.entries(commands)) args.push("-n", name, command);
    spawnSync("hyperfine", args, { cwd: work, env, stdio: "inherit", shell: false });
    console.log(readFileSync(join(dir, "results.md"), "utf8"));
  } else {
    for (const [name, command] of Object.entries(commands)) {
      const times = [];
      for (let run = 0; run < 20; run++) {
        const start = process.hrtime.bigint();
        spawnSync("sh", ["-c", command], { cwd: work, env, stdio: "ignore" });
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      times.sort((a, b) => a - b);
      console.log(`${name}: median ${times[10].toFixed(1)} ms, min ${times[0].toFixed(1)} ms`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
