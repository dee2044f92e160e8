const argv = process.argv.slice(2);

// A write that fails (a reader gone, a full disk) reaches the writer's callback, where run() turns it into the
// exit code; the stream's error event must not crash the process first. stderr has nowhere left to complain.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});

// git runs `fsar textconv <file>` once per file it diffs: that path skips commander and the rest of the CLI.
// On any error it falls back to the full CLI, which reports it.
async function textconvFastPath(): Promise<number | null> {
  if (argv.length !== 2 || argv[0] !== "textconv" || argv[1]!.startsWith("-")) return null;
  try {
    const { runTextconv } = await import("./commands/textconv.js");
    return await runTextconv(argv[1]!, process.cwd());
  } catch {
    return null;
  }
}

process.exitCode = (await textconvFastPath()) ?? (await (await import("./program.js")).run(argv));
