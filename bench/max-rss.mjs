// Preloaded (--import) where /usr/bin/time is missing: writes the process's peak RSS (KiB) to FSAR_BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";

process.on("exit", () => writeFileSync(process.env.FSAR_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));
