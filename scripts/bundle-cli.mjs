// Bundles the CLI through rolldown's API: its command line lists every chunk on stdout, and `npm pack`
// callers (the pre-commit framework) read stdout as the tarball's name.
import { build } from "rolldown";
import config from "./rolldown.cli.config.mjs";

await build({ ...config, logLevel: "warn" });
