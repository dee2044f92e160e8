// Reading and auditing one twin group: the per-file work of an audit, the same on the main thread and in a worker.
import type { Auditor, AuditedFile, ReportSource } from "../core/engine.js";
import { sha1Base64 } from "../core/digest.js";
import type { Finding } from "../core/finding.js";
import { describeReadError, looksLikeReport } from "../discovery/discover.js";
import { MAX_REPORT_BYTES, readRegularFile } from "../fs/read-regular-file.js";
import { refusalFinding } from "./read-source.js";

/** A file's names in results: relative to the working folder, and to the config's folder (for overrides). */
export interface NamedFile {
  file: string;
  pathFromConfig: string;
}

/** One twin group to read and audit. */
export interface GroupJob {
  /** Absolute paths, and whether each is audited whatever it holds (see Candidate). */
  paths: string[];
  certain: boolean[];
  named: NamedFile[];
  /** Content hashes a cache holds for these files: when every file still has them, they are not audited again. */
  known: string[] | null;
  /** Whether to hash the contents (for a cache). */
  hash: boolean;
}

/** What reading a file showed of it; the hash only when asked for. */
export interface FileRead {
  size: number;
  mtimeMs: number;
  hash: string | null;
}

/** What reading one file gave: why it could not be read, or its stamp and what auditing it found (null: not a report). */
export type FileOutcome = { problem: Finding } | (FileRead & { audited: AuditedFile | null });

/** What reading and auditing a group gave; `known`: every file had the known hashes, nothing was audited. */
export type GroupOutcome = { known: true; files: FileRead[] } | { known: false; files: FileOutcome[] };

export function contentHash(content: Uint8Array): string {
  return sha1Base64(content);
}

/** Reads a listed file, by the one guarded read of report files. */
function readCandidate(path: string): { content: Buffer; mtimeMs: number } | { problem: Finding } {
  const read = readRegularFile(path, MAX_REPORT_BYTES);
  if (read.ok) return read;
  return { problem: refusalFinding(read, (error) => describeReadError(path, error)) };
}

/**
 * Reads a twin group's files and audits those that are reports, together (each sees the other as its twin), without
 * adding results: the caller does (see applyGroupOutcome). A file that cannot be read is left to the caller too.
 */
export function readAndAuditGroup(auditor: Auditor, job: GroupJob): GroupOutcome {
  const reads = job.paths.map(readCandidate);
  const hashes = reads.map((read) => (job.hash && "content" in read ? contentHash(read.content) : null));
  if (job.known && reads.every((read, index) => "content" in read && hashes[index] === job.known![index])) {
    return { known: true, files: reads.map((read, index) => ({ size: (read as { content: Buffer }).content.length, mtimeMs: (read as { mtimeMs: number }).mtimeMs, hash: hashes[index]!, audited: null })) };
  }
  const sources: ReportSource[] = [];
  const reportAt: number[] = [];
  reads.forEach((read, index) => {
    if ("content" in read && (job.certain[index] || looksLikeReport(job.paths[index]!, read.content))) {
      reportAt.push(index);
      sources.push({ ...job.named[index]!, content: read.content });
    }
  });
  const audited = auditor.auditGroup(sources);
  return {
    known: false,
    files: reads.map((read, index) => {
      if ("problem" in read) return read;
      const at = reportAt.indexOf(index);
      return { size: read.content.length, mtimeMs: read.mtimeMs, hash: hashes[index]!, audited: at === -1 ? null : audited[at]! };
    }),
  };
}

/** What a worker thread starts from. */
export interface WorkerData {
  cwd: string;
  configFile: string | null;
  /** The run's now, in milliseconds. */
  now: number;
}

export interface WorkerRequest {
  id: number;
  groups: GroupJob[];
}

/**
 * A worker's answer to a request (or, with id -1, to its start). The outcomes come as their JSON text (they are
 * plain JSON, as the cache keeps them): parsing one string costs the main thread a quarter of what deserialising the
 * structured clone of the same objects does, and the main thread is the one that merges and writes everything.
 */
export type WorkerReply =
  | { id: number; outcomes: string }
  | { id: number; ready: true }
  | { id: number; crash: { rule: string; file: string; message: string; stack: string | null } }
  | { id: number; error: { message: string; stack: string | null } };
