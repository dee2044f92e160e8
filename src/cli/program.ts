import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { ExitCode } from "../core/exit-code.js";

/** Everything a command needs from the process, so commands stay testable and the exit code is decided in one place. */
export interface CommandIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => Promise<void>;
  stderr: (text: string) => void;
  version: string;
}

function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return manifest.version;
}

/** Maps any error to exit 2 with one line; the stack only with --debug. Error messages can quote report text: strip controls. */
async function reportError(error: unknown, io: CommandIo, debug: boolean): Promise<ExitCode> {
  const { toSingleLine } = await import("../core/sanitize.js");
  const { ConfigError } = await import("../config/config-error.js");
  const { UsageError } = await import("../core/usage-error.js");
  if (error instanceof ConfigError) {
    for (const problem of error.problems) {
      const where = problem.file ? `${problem.file}${problem.line ? `:${problem.line}` : ""}: ` : "";
      io.stderr(`fsar: config error: ${where}${toSingleLine(problem.message)}\n`);
    }
  } else if (error instanceof UsageError) {
    io.stderr(`fsar: ${toSingleLine(error.message)}\n`);
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
    .option("--debug", "print stack traces of internal errors")
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
    .addOption(new Option("-f, --format <name>", "output format").choices(["stylish", "json"]).default("stylish"))
    .option("--quiet", "report errors only")
    .option("--max-warnings <n>", "fail when there are more than n warnings")
    .option("--now <instant>", "the current time for every rule (ISO 8601), for reproducible runs")
    .option("--shard <i/n>", "audit only part i of n of the reports (a stable split for CI matrices)")
    .action(async (paths: string[], options) => setExit(await (await import("./commands/audit.js")).runAudit(paths, options, io)));

  program
    .command("parse")
    .description("print a report as its parsed JSON record (exit 0), or its diagnostics (exit 1)")
    .argument("<file>", "a report, md or json")
    .action(async (file: string) => setExit(await (await import("./commands/parse.js")).runParse(file, io)));

  program
    .command("init")
    .description("write a commented starter fsar.config.yaml")
    .option("--force", "overwrite an existing config")
    .action(async (options: { force?: boolean }) => setExit(await (await import("./commands/init.js")).runInit(options, io)));

  program
    .command("rules")
    .description("list the rules, with the level each has in the config in force")
    .option("-c, --config <file>", "use this config file instead of searching for one")
    .action(async (options: { config?: string }) => setExit(await (await import("./commands/rules.js")).runRules(options, io)));

  program
    .command("explain")
    .description("print one rule's documentation")
    .argument("<rule>", "a rule id")
    .action(async (rule: string) => setExit(await (await import("./commands/rules.js")).runExplain(rule, io)));

  return program;
}

/** Runs the CLI on argv (without node and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: CommandIo = processIo()): Promise<ExitCode> {
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
      new Promise((resolve) => {
        if (text === "") resolve();
        else process.stdout.write(text, () => resolve());
      }),
    stderr: (text) => void process.stderr.write(text),
    version: readVersion(),
  };
}
