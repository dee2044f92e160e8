import { fstatSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AuditResult } from "../../core/engine.js";
import { ExitCode } from "../../core/exit-code.js";
import { UsageError } from "../../core/usage-error.js";
import { loadFormatter } from "../../formatters/index.js";
import { HOOK_NAMES, type HookName } from "../../git/hooks.js";
import { shouldColor } from "../io.js";
import { CLI_SCRIPT } from "../package-files.js";
import type { CommandIo } from "../io.js";
import { exitCodeFor } from "./audit.js";

function parseHookName(name: string | undefined): HookName {
  const hook = name ?? "pre-push";
  if (!(HOOK_NAMES as readonly string[]).includes(hook)) throw new UsageError(`fsar has no ${JSON.stringify(hook)} hook (known: ${HOOK_NAMES.join(", ")})`);
  return hook as HookName;
}

export async function runHookInstall(options: { hook?: string; force?: boolean }, io: CommandIo): Promise<ExitCode> {
  const { installHook } = await import("../../git/hooks.js");
  const hook = parseHookName(options.hook);
  // The hook runs this very fsar: the node running now and the bin/fsar.js of this package.
  const fsar = { node: process.execPath, script: fileURLToPath(CLI_SCRIPT) };
  const { path, action } = await installHook({ cwd: io.cwd, hook, fsar, force: options.force });
  const said = { installed: "installed", updated: "updated", unchanged: "already installed:", replaced: "replaced the existing hook with" }[action];
  await io.stdout(`fsar: ${said} ${hook} hook ${path}\n`);
  return ExitCode.Pass;
}

export async function runHookUninstall(io: CommandIo): Promise<ExitCode> {
  const { uninstallHooks } = await import("../../git/hooks.js");
  const { removed, kept } = await uninstallHooks(io.cwd);
  const lines = [...removed.map((path) => `fsar: removed ${path}`), ...kept.map((path) => `fsar: left ${path} alone: fsar did not write it`)];
  if (removed.length === 0) lines.unshift("fsar: no fsar hook is installed");
  await io.stdout(`${lines.join("\n")}\n`);
  return ExitCode.Pass;
}

const STDIN_FIX = "run it as git's pre-push hook (fsar hook install), or hand it git's pre-push stdin (lefthook: use_stdin: true)";

/**
 * Reads all of git's pre-push input. git writes it to a pipe and closes it, so this ends; an empty pipe is a push
 * with nothing to update ("Everything up-to-date"). A closed stdin, a terminal or /dev/null (what a hook manager gives
 * a command it does not pass stdin to) hold no refs: a UsageError, never a pass with 0 reports.
 */
async function readPushInput(): Promise<string> {
  // Node opens /dev/null in place of a closed stdin: that is the device case.
  const stats = fstatSync(0);
  if (process.stdin.isTTY || stats.isCharacterDevice()) throw new UsageError(`fsar hook run pre-push reads the pushed refs from stdin, which is ${process.stdin.isTTY ? "a terminal" : "a device such as /dev/null"}: ${STDIN_FIX}`);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  // A file (stdin redirected from one) is not git: git gives a pipe, even when empty.
  if (text.trim() === "" && !stats.isFIFO() && !stats.isSocket()) throw new UsageError(`fsar hook run pre-push got no pushed refs on stdin: ${STDIN_FIX}`);
  return text;
}

const STOPPED: Record<HookName, string> = {
  "pre-push": "fsar: push stopped: fix the reports above, or skip this check once with git push --no-verify\n",
  "pre-commit": "fsar: commit stopped: fix the staged reports above, or skip this check once with git commit --no-verify\n",
};

/** `fsar hook run <hook> [args...]`: what the installed hook runs. Exit 1 stops the push or commit. */
export async function runHookRun(name: string, args: string[], io: CommandIo): Promise<ExitCode> {
  const hook = parseHookName(name);
  const { loadCommandConfig } = await import("../config.js");
  const config = await loadCommandConfig(io);
  const git = await import("../../app/audit-git.js");
  let result: AuditResult;
  if (hook === "pre-push") {
    const [remote, url] = args;
    if (remote === undefined || url === undefined || args.length > 2) throw new UsageError("fsar hook run pre-push takes git's two arguments: <remote> <url>");
    const { parsePushUpdates } = await import("../../git/push.js");
    result = await git.auditPush(remote, parsePushUpdates(await readPushInput()), { cwd: io.cwd, config });
  } else {
    if (args.length > 0) throw new UsageError("fsar hook run pre-commit takes no arguments");
    result = await git.auditStaged([], { cwd: io.cwd, config });
  }
  const formatter = await loadFormatter("stylish");
  await io.stdout(formatter(result, { color: shouldColor(process.stdout, io.env), version: io.version, rules: config.ruleSet }));
  const exitCode = exitCodeFor(result, undefined);
  if (exitCode === ExitCode.GateFailure) io.stderr(STOPPED[hook]);
  return exitCode;
}
