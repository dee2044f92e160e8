// The CLI as a bundle in dist/cli-bundle/ (bin/fsar.js runs it): start-up then loads a handful of files
// instead of ~170 modules, most of them zod's. dist/ itself stays the unbundled library and its types.
import { isDeepStrictEqual } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";

const INLINED = ["zod", "commander", "chalk", "yaml"];

const moduleId = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The modules a module imports, itself included, by id: statically, or dynamically too. */
function closure(ctx, id, dynamic, into = new Set()) {
  if (into.has(id)) return into;
  into.add(id);
  const info = ctx.getModuleInfo(id);
  for (const imported of [...(info?.importedIds ?? []), ...(dynamic ? (info?.dynamicallyImportedIds ?? []) : [])]) closure(ctx, imported, dynamic, into);
  return into;
}

/**
 * `fsar audit` in one chunk instead of ~30 (start-up reads and resolves each): what its command module imports
 * statically, less what the program and the textconv fast path load anyway, so that those stay lean (git runs
 * textconv once per file). The modules left out import nothing in the chunk, so no chunk imports back.
 */
function auditPath() {
  let members = null;
  return {
    debugName: "audit",
    name(id, ctx) {
      if (members === null) {
        const lean = new Set([...closure(ctx, moduleId("dist/cli/program.js"), false), ...closure(ctx, moduleId("dist/cli/commands/textconv.js"), true)]);
        members = new Set([...closure(ctx, moduleId("dist/cli/commands/audit.js"), false)].filter((member) => !lean.has(member)));
      }
      return members.has(id) ? "audit" : null;
    },
    // The set is chosen whole above; following imports would pull the lean paths' modules in.
    includeDependenciesRecursively: false,
  };
}

/**
 * dist/config/rule-defaults.js replaced by the values it computes now, through zod: a run then parses no rule's
 * default options. They must survive JSON unchanged, as they do.
 */
function ruleDefaultsAtBuildTime() {
  const file = moduleId("dist/config/rule-defaults.js");
  return {
    name: "rule-defaults-at-build-time",
    async load(id) {
      if (id !== file) return null;
      const { builtinRuleDefaults } = await import(pathToFileURL(file).href);
      const defaults = builtinRuleDefaults();
      const json = JSON.stringify(defaults);
      if (!isDeepStrictEqual(JSON.parse(json), defaults)) throw new Error("a built-in rule's default options do not survive JSON");
      return `// The built-in rules' defaults, computed when the bundle was built.\nconst DEFAULTS = ${JSON.stringify(json)};\n\nexport function builtinRuleDefaults() {\n  return JSON.parse(DEFAULTS);\n}\n`;
    },
  };
}

/**
 * commander requires node:child_process when it loads, for executable subcommands, which fsar has none of;
 * loading it loads node:net and the streams with it, on every command. It is required on first use instead.
 * The build fails if commander's line changes, rather than bundle it unchanged.
 */
function commanderChildProcessOnUse() {
  const file = fileURLToPath(new URL("../node_modules/commander/lib/command.js", import.meta.url));
  const eager = "const childProcess = require('node:child_process');";
  return {
    name: "commander-child-process-on-use",
    transform(code, id) {
      if (id !== file) return null;
      if (!code.includes(eager)) throw new Error(`commander's lib/command.js no longer has ${eager}`);
      return code.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };");
    },
  };
}

export default {
  // The audit worker is an entry of its own, beside main.js, where the code that starts it looks for it.
  input: { main: "dist/cli/main.js", "audit-worker": "dist/app/audit-worker.js" },
  platform: "node",
  plugins: [ruleDefaultsAtBuildTime(), commanderChildProcessOnUse()],
  // Required by the audit chunk's choice of modules (rolldown would set it and warn): no entry is imported by
  // anything but node, so an entry's exports may grow.
  preserveEntrySignatures: "allow-extension",
  // yaml is inlined as a chunk of its own, loaded only with a config. Other packages stay imports: re2js,
  // simple-git and diff load only when a command needs them.
  external: (id) => !/^[./#]/.test(id) && !INLINED.some((name) => id === name || id.startsWith(`${name}/`)),
  output: { dir: "dist/cli-bundle", format: "esm", codeSplitting: { groups: [auditPath()] } },
};
