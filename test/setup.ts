import { afterAll } from "vitest";
import { removeTempDirs } from "./helpers/temp-dir.js";

// Runs before every test file. Files share modules (isolate: false), so a hook a helper module registered when
// it loaded would run after the first file that imported it only.
afterAll(removeTempDirs);
