import { UsageError } from "../core/usage-error.js";
import { isNullObjectId } from "./diff.js";

/** One line of git's pre-push input: a ref the push updates. */
export interface PushUpdate {
  localRef: string;
  /** All zeros when the push deletes the remote ref. */
  localObject: string;
  remoteRef: string;
  /** All zeros when the remote ref does not exist yet (a new branch). */
  remoteObject: string;
}

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Parses what git writes to a pre-push hook's stdin: `<local ref> SP <local sha> SP <remote ref> SP <remote sha> LF` per ref. */
export function parsePushUpdates(text: string): PushUpdate[] {
  const updates: PushUpdate[] = [];
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    const fields = line.replace(/\r$/, "").split(" ");
    const [localRef, localObject, remoteRef, remoteObject] = fields;
    if (fields.length !== 4 || !localRef || !remoteRef || !OBJECT_ID.test(localObject ?? "") || !OBJECT_ID.test(remoteObject ?? "")) {
      throw new UsageError(`pre-push input line ${index + 1} is not "<local ref> <local sha> <remote ref> <remote sha>": ${JSON.stringify(line.slice(0, 200))}`);
    }
    updates.push({ localRef, localObject: localObject!, remoteRef, remoteObject: remoteObject! });
  }
  return updates;
}

/** Whether an update deletes the remote ref: nothing is pushed, so there is nothing to audit. */
export function isDeletion(update: PushUpdate): boolean {
  return isNullObjectId(update.localObject);
}
