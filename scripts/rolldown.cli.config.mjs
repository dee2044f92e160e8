// The CLI as a bundle in dist/cli-bundle/ (bin/fsar.js runs it): start-up then loads a handful of files
// instead of ~170 modules, most of them zod's. dist/ itself stays the unbundled library and its types.
const INLINED = ["zod", "commander", "chalk", "yaml"];

export default {
  // The audit worker is an entry of its own, beside main.js, where the code that starts it looks for it.
  input: { main: "dist/cli/main.js", "audit-worker": "dist/app/audit-worker.js" },
  platform: "node",
  // yaml is inlined as a chunk of its own, loaded only with a config. Other packages stay imports: re2js,
  // simple-git and diff load only when a command needs them.
  external: (id) => !/^[./#]/.test(id) && !INLINED.some((name) => id === name || id.startsWith(`${name}/`)),
  output: { dir: "dist/cli-bundle", format: "esm" },
};
