// Removes the previous build so files of renamed or deleted sources never ship.
import { rmSync } from "node:fs";

rmSync(new URL("../dist/", import.meta.url), { recursive: true, force: true });
