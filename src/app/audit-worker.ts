// A worker thread of `fsar audit --concurrency`: reads and audits the twin groups the main thread sends, and
// sends back what each file was found to hold. The main thread adds the results, in the same way as its own.
import { parentPort, workerData } from "node:worker_threads";
import { readAndAuditGroup, type GroupJob, type WorkerData, type WorkerReply, type WorkerRequest } from "./audit-files.js";
import { loadConfig } from "../config/load.js";
import { Auditor, RuleCrashError } from "../core/engine.js";

const { cwd, configFile, now } = workerData as WorkerData;
const port = parentPort!;

function replyError(id: number, error: unknown): void {
  const reply: WorkerReply =
    error instanceof RuleCrashError
      ? { id, crash: { rule: error.rule, file: error.file, message: error.cause instanceof Error ? error.cause.message : String(error.cause), stack: error.cause instanceof Error ? (error.cause.stack ?? null) : null } }
      : { id, error: { message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? (error.stack ?? null) : null } };
  port.postMessage(reply);
}

try {
  // The same config the main thread resolved: from the same file, or the defaults for the same folder.
  const config = await loadConfig({ cwd, ...(configFile === null ? {} : { configFile }) });
  const auditor = new Auditor(config, new Date(now));
  port.on("message", ({ id, groups }: WorkerRequest) => {
    try {
      const reply: WorkerReply = { id, outcomes: JSON.stringify(groups.map((job: GroupJob) => readAndAuditGroup(auditor, job))) };
      port.postMessage(reply);
    } catch (error) {
      replyError(id, error);
    }
  });
  port.postMessage({ id: -1, ready: true } satisfies WorkerReply);
} catch (error) {
  replyError(-1, error);
}
