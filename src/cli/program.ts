import { Command, CommanderError, Option } from "commander";
import { ExitCode, verdictWithLostOutput } from "../core/exit-code.js";
import { DIFF_FORMAT_NAMES, FORMAT_NAMES } from "../formatters/index.js";
import { TREND_FORMAT_NAMES } from "../formatters/trend-index.js";
import { TREND_GROUPINGS } from "../trend/period.js";
import type { CommandIo } from "./io.js";
import { readVersion } from "./package-files.js";

export type { CommandIo } from "./io.js";

/** One line naming the rule, its plugin (for plugin rules) and the report. */
async function describeRuleCrash(error: import("../core/engine.js").RuleCrashError): Promise<string> {
  const { pluginOfRule } = await import("../core/plugin.js");
  const plugin = pluginOfRule(error.rule);
  const reason = error.cause instanceof Error ? error.cause.message : String(error.cause);
  return `rule "${error.rule}"${plugin ? ` of plugin "${plugin}"` : ""} failed on ${error.file}: ${reason}`;
}

/** Maps any error to exit 2 with one line; the stack only with --debug. Error messages can quote report text: strip controls. */
async function reportError(error: unknown, io: CommandIo, debug: boolean): Promise<ExitCode> {
  const { toSingleLine } = await import("../core/sanitize.js");
  const { ConfigError } = await import("../config/config-error.js");
  const { UsageError } = await import("../core/usage-error.js");
  const { RuleCrashError } = await import("../core/engine.js");
  if (error instanceof ConfigError) {
    for (const problem of error.problems) {
      const where = problem.file ? `${toSingleLine(problem.file)}${problem.line ? `:${problem.line}` : ""}: ` : "";
      io.stderr(`fsar: config error: ${where}${toSingleLine(problem.message)}\n`);
    }
  } else if (error instanceof UsageError) {
    io.stderr(`fsar: ${toSingleLine(error.message)}\n`);
  } else if (error instanceof RuleCrashError) {
    io.stderr(`fsar: ${toSingleLine(await describeRuleCrash(error))}${debug ? "" : " (run with --debug for the stack)"}\n`);
    if (debug && error.cause instanceof Error && error.cause.stack) io.stderr(`${error.cause.stack}\n`);
    return ExitCode.Error;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`fsar: internal error: ${toSingleLine(message)}${debug ? "" : " (run with --debug for the stack)"}\n`);
  }
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return ExitCode.Error;
}

function buildProgram(io: CommandIo, setExit: (code: ExitCode) => void): Command {
  const program = new Command()
    .name("fsar")
    .description("Audit FSAR proposal reports against configurable pass/fail gates.")
    .version(io.version, "-v, --version", "print the version")
    .option("--debug", "print stack traces of internal errors, and which config file is in use")
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout(text),
      writeErr: (text) => io.stderr(text),
    });

  program
    .command("audit")
    .description("audit reports (files, folders, globs; default: the config's include, else .) and exit 1 when a gate fails")
    .argument("[paths...]", "files, folders and globs to audit")
    .option("-c, --config <file>", "use this config file instead of searching for one")
    .option("-f, --format <name>", `output format: ${FORMAT_NAMES.join(", ")}, or a formatter module's path or package`, "stylish")
    .option("-o, --output <file>", "write the --format output to this file instead of stdout")
    .option("--report <format:file>", "also write this format to this file (repeatable)", (spec: string, specs: string[] = []) => [...specs, spec])
    .addOption(new Option("--fail-on <level>", "the lowest finding level that fails the gate").choices(["error", "warn"]).default("error"))
    .option("--quiet", "report errors only")
    .option("--max-warnings <n>", "fail when there are more than n warnings")
    .option("--now <instant>", "the current time for every rule (ISO 8601), for reproducible runs")
    .option("--baseline <file>", "report only findings not in this baseline (written by `fsar baseline`), and list its entries that no longer occur")
    .option("--changed", "audit only reports changed since the merge-base with the base, committed or not")
    .option("--base <ref>", "the base for --changed (default: the upstream, else origin/HEAD, else main, else master)")
    .option("--staged", "audit the staged content of staged reports (the index, not the working files)")
    .option("--shard <i/n>", "audit only part i of n of the reports (a stable split for CI matrices)")
    .option("--stdin", "audit the report read from stdin (for editors), named by --stdin-filename")
    .option("--stdin-filename <path>", "the path the --stdin report stands for: it decides discovery, overrides and the path shown")
    .option("--no-ignore", "apply no exclude globs: audit named files the config excludes, and walk into excluded folders")
    .option("--attest <file>", "also write an in-toto statement of the verdict, the counts and each audited report's digest (see `fsar verify`)")
    .option("--cache", "keep what each file was found to hold, and skip unchanged files on the next run")
    .option("--cache-location <path>", "the cache file, or a folder for it (default: .fsarcache beside the config)")
    .option("--concurrency <n|auto|off>", "worker threads for reading and auditing files; auto uses them when the run is big enough to gain", "off")
    .action(async (paths: string[], options) => setExit(await (await import("./commands/audit.js")).runAudit(paths, options, io)));

  program
    .command("baseline")
    .description("write the current findings to fsar-baseline.json, so `fsar audit --baseline` reports only new ones")
    .argument("[paths...]", "files, folders and globs to audit")
    .option("-c, --config <file>", "use this config file instead of searching for one")
    .option("--now <instant>", "the current time for every rule (ISO 8601), for reproducible runs")
    .action(async (paths: string[], options) => setExit(await (await import("./commands/baseline.js")).runBaseline(paths, options, io)));

  program
    .command("verify")
    .description("check an attestation written by `fsar audit --attest`: exit 0 only when its verdict passed and every report still has its digest")
    .argument("<statement>", "the statement file")
    .argument("[paths...]", "check only the reports under these files and folders, each of which the statement must cover")
    .action(async (file: string, paths: string[]) => setExit(await (await import("./commands/verify.js")).runVerify(file, paths, io)));

  program
    .command("parse")
    .description("print a report as its parsed JSON record (exit 0), or its diagnostics (exit 1)")
    .argument("<file>", "a report, md or json")
    .action(async (file: string) => setExit(await (await import("./commands/parse.js")).runParse(file, io)));

  program
    .command("init")
    .description("write a commented starter fsar.config.yaml")
    .option("--force", "overwrite an existing config")
    .option("--git-diff", "instead, set up git to diff reports through `fsar textconv` (.gitattributes and repository config)")
    .action(async (options: { force?: boolean; gitDiff?: boolean }) => setExit(await (await import("./commands/init.js")).runInit(options, io)));

  program
    .command("rules")
    .description("list the rules, with the level each has in the config in force")
    .option("-c, --config <file>", "use this config file instead of searching for one")
    .addOption(new Option("-f, --format <name>", "output format").choices(["text", "json"]).default("text"))
    .action(async (options: { config?: string; format: "text" | "json" }) => setExit(await (await import("./commands/rules.js")).runRules(options, io)));

  program
    .command("print-config")
    .description("print, as JSON, the rules and settings that apply to a file (overrides included) and the config file in use")
    .argument("<file>", "a report path (it need not exist)")
    .option("-c, --config <file>", "use this config file instead of searching for one")
    .action(async (file: string, options: { config?: string }) => setExit(await (await import("./commands/rules.js")).runPrintConfig(file, options, io)));

  program
    .command("test")
    .description("check the config's rules against test cases: reports with X.expect.yaml sidecars (exit 1 on a mismatch)")
    .argument("[folder]", "the folder of test cases (walked)", ".")
    .option("-c, --config <file>", "use this config file instead of searching for one")
    .option("--now <instant>", "the current time for every rule (ISO 8601), for reproducible runs")
    .option("--labels <tsv>", "instead, print the risk model's confusion table, precision, recall and band agreement on labelled reports (file<TAB>band rows)")
    .action(async (folder: string, options: { config?: string; now?: string; labels?: string }) => setExit(await (await import("./commands/test.js")).runTest(folder, options, io)));

  program
    .command("explain")
    .description("print a rule's documentation, the risk model (`risk`), or one report's assessed risk and how it came about")
    .argument("<subject>", "a rule id, risk, or a report file")
    .option("-c, --config <file>", "use this config file instead of searching for one")
    .action(async (subject: string, options: { config?: string }) => setExit(await (await import("./commands/rules.js")).runExplain(subject, options, io)));

  program
    .command("diff")
    .description("the semantic changes between two versions of a report (files or <rev>:<path>), or of every report changed between two revisions")
    .usage("[options] <old> <new> | <rev> <rev> [-- <paths...>] | <rev>...<rev> [-- <paths...>]")
    .argument("<targets...>", "two reports (files or <rev>:<path>), two revisions, or a range A...B; pathspecs after --")
    .option("-c, --config <file>", "use this config file instead of searching for one")
    .addOption(new Option("-f, --format <name>", "output format").choices(DIFF_FORMAT_NAMES).default("text"))
    .addOption(new Option("--fail-on <kind>", "exit 1 when a change of this kind is present").choices(["downgrade", "any", "none"]).default("none"))
    .option("--now <instant>", "the current time for every rule (ISO 8601), for reproducible verdicts")
    .action(async (operands: string[], options, command: Command) => {
      const diff = await import("./commands/diff.js");
      // commander merges the operands after `--` into the list; its rawArgs still show where `--` was.
      const { targets, paths } = diff.splitPathspecs(operands, (command.parent as unknown as { rawArgs?: string[] } | null)?.rawArgs ?? []);
      setExit(await diff.runDiff(targets, paths, options, io));
    });

  program
    .command("trend")
    .description("the trend of declared against assessed risk per day, week or month, with an alert when the gap rises")
    .argument("[paths...]", "files, folders and globs, as for audit")
    .option("-c, --config <file>", "use this config file instead of searching for one")
    .addOption(new Option("-f, --format <name>", "output format").choices(TREND_FORMAT_NAMES).default("text"))
    .option("-o, --output <file>", "write the output to this file instead of stdout")
    .addOption(new Option("--by <period>", "group by UTC day, week (from Monday) or month").choices(TREND_GROUPINGS).default("week"))
    .option("--since <date>", "only reports dated at or after this date or instant")
    .option("--until <date>", "only reports dated before this instant (a date alone: through that day)")
    .option("--fail-on-rise <points>", "exit 1 when the latest period's gap is more than this many percentage points above the mean of the earlier periods")
    .option("--rev-range <a..b>", "the reports the commits in a..b brought in, dated by those commits")
    .option("--now <instant>", "the current time for every rule (ISO 8601), for reproducible runs")
    .action(async (paths: string[], options) => setExit(await (await import("./commands/trend.js")).runTrend(paths, options, io)));

  program
    .command("textconv")
    .description("print a report in canonical form for git's diff driver (anything else byte for byte)")
    .argument("<file>", "the file git hands over")
    .action(async (file: string) => setExit(await (await import("./commands/textconv.js")).runTextconv(file, io.cwd)));
  const hook = program.command("hook").description("install, remove and run fsar's git hooks");
  hook
    .command("install")
    .description("write a git hook that audits the reports a push (or commit) changes")
    .addOption(new Option("--hook <name>", "which hook").choices(["pre-push", "pre-commit"]).default("pre-push"))
    .option("--force", "replace a hook fsar did not write")
    .action(async (options: { hook: string; force?: boolean }) => setExit(await (await import("./commands/hook.js")).runHookInstall(options, io)));
  hook
    .command("uninstall")
    .description("remove the git hooks fsar wrote (and only those)")
    .action(async () => setExit(await (await import("./commands/hook.js")).runHookUninstall(io)));
  hook
    .command("run")
    .description("run a hook's check, as git calls it: pre-push <remote> <url> (refs on stdin), or pre-commit")
    .argument("<hook>", "pre-push or pre-commit")
    .argument("[args...]", "the arguments git gives the hook")
    .action(async (name: string, args: string[]) => setExit(await (await import("./commands/hook.js")).runHookRun(name, args, io)));

  return program;
}

/**
 * Runs the CLI on argv (without node and the script) and returns the exit code. Output that stdout does not take
 * (a reader gone, a full disk) never turns a verdict into a pass: a failing verdict keeps its code, anything else is 2.
 */
export async function run(argv: readonly string[], io: CommandIo = processIo()): Promise<ExitCode> {
  let lost: unknown = null;
  const guarded: CommandIo = {
    ...io,
    debug: io.debug ?? argv.includes("--debug"),
    stdout: (text) =>
      io.stdout(text).catch((error: unknown) => {
        lost ??= error;
      }),
  };
  const verdict = await runCommand(argv, guarded);
  if (lost === null) return verdict;
  const { toSingleLine } = await import("../core/sanitize.js");
  const reason = (lost as NodeJS.ErrnoException).code ?? (lost instanceof Error ? lost.message : String(lost));
  io.stderr(`fsar: cannot write the output to stdout: ${toSingleLine(reason)}\n`);
  return verdictWithLostOutput(verdict);
}

async function runCommand(argv: readonly string[], io: CommandIo): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.Pass;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; every other commander error is a usage error.
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" ? ExitCode.Pass : ExitCode.Error;
    }
    return reportError(error, io, argv.includes("--debug"));
  }
}

function processIo(): CommandIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) =>
      new Promise((resolve, reject) => {
        if (text === "") resolve();
        else process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
      }),
    stderr: (text) => void process.stderr.write(text),
    version: readVersion(),
  };
}
