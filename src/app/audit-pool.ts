import { Worker } from "node:worker_threads";
import type { GroupJob, GroupOutcome, WorkerData, WorkerReply } from "./audit-files.js";
import { RuleCrashError } from "../core/engine.js";

interface Pending {
  resolve: (outcomes: GroupOutcome[]) => void;
  reject: (error: unknown) => void;
}

/** An error thrown in a worker, with the worker's stack for --debug. */
class WorkerError extends Error {
  constructor(message: string, stack: string | null) {
    super(message);
    if (stack) this.stack = stack;
  }
}

/**
 * Worker threads that read and audit twin groups (`--concurrency`). Requests go to the worker with the fewest
 * waiting, so a slow start or a long report does not hold the others up.
 */
export class AuditPool {
  private readonly workers: Array<{ worker: Worker; waiting: number }> = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: unknown = null;
  private closing = false;

  constructor(count: number, data: WorkerData) {
    for (let index = 0; index < count; index++) {
      // A smaller young generation than the default: a worker keeps nothing between requests, and its young
      // generation is most of what a worker adds to the peak (100k pairs, --concurrency 2: 287 -> 265 MiB, same CPU).
      const worker = new Worker(new URL("./audit-worker.js", import.meta.url), { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
      const slot = { worker, waiting: 0 };
      worker.on("message", (reply: WorkerReply) => this.receive(slot, reply));
      worker.on("error", (error) => this.fail(error));
      worker.on("exit", (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`an audit worker stopped with exit code ${code}`));
      });
      this.workers.push(slot);
    }
  }

  private receive(slot: { waiting: number }, reply: WorkerReply): void {
    if ("crash" in reply) {
      const cause = new WorkerError(reply.crash.message, reply.crash.stack);
      this.fail(new RuleCrashError(reply.crash.rule, reply.crash.file, cause), reply.id);
      return;
    }
    if ("error" in reply) {
      this.fail(new WorkerError(reply.error.message, reply.error.stack), reply.id);
      return;
    }
    if (!("outcomes" in reply)) return;
    slot.waiting--;
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    pending?.resolve(JSON.parse(reply.outcomes) as GroupOutcome[]);
  }

  /** The first failure stops everything: every waiting request fails with it. */
  private fail(error: unknown, id?: number): void {
    this.failure ??= error;
    const pending = id === undefined || id === -1 ? [...this.pending.values()] : [this.pending.get(id)];
    for (const request of pending) request?.reject(this.failure);
    if (id === undefined || id === -1) this.pending.clear();
    else this.pending.delete(id);
  }

  /** Audits groups in a worker; the outcomes come back in the order of the groups. */
  audit(groups: GroupJob[]): Promise<GroupOutcome[]> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const slot = this.workers.reduce((best, candidate) => (candidate.waiting < best.waiting ? candidate : best));
    const id = this.nextId++;
    slot.waiting++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, groups });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
