import { describe, expect, it } from "vitest";
import { UsageError } from "../core/usage-error.js";
import { isDeletion, parsePushUpdates } from "./push.js";

const LOCAL = "a".repeat(40);
const REMOTE = "b".repeat(40);
const NONE = "0".repeat(40);

describe("parsePushUpdates", () => {
  it("reads one update per line", () => {
    expect(parsePushUpdates(`refs/heads/main ${LOCAL} refs/heads/main ${REMOTE}\nrefs/heads/topic ${LOCAL} refs/heads/topic ${NONE}\n`)).toEqual([
      { localRef: "refs/heads/main", localObject: LOCAL, remoteRef: "refs/heads/main", remoteObject: REMOTE },
      { localRef: "refs/heads/topic", localObject: LOCAL, remoteRef: "refs/heads/topic", remoteObject: NONE },
    ]);
  });

  it("reads nothing from empty input (git pushes nothing new)", () => {
    expect(parsePushUpdates("")).toEqual([]);
  });

  it("accepts SHA-256 object ids and CRLF line ends", () => {
    const local = "c".repeat(64);
    expect(parsePushUpdates(`HEAD ${local} refs/heads/main ${"0".repeat(64)}\r\n`)).toEqual([{ localRef: "HEAD", localObject: local, remoteRef: "refs/heads/main", remoteObject: "0".repeat(64) }]);
  });

  it("throws a UsageError naming the line that is not an update", () => {
    const read = () => parsePushUpdates(`refs/heads/main ${LOCAL} refs/heads/main ${REMOTE}\nrefs/heads/main main refs/heads/main ${REMOTE}\n`);
    expect(read).toThrow(UsageError);
    expect(read).toThrow(`pre-push input line 2 is not "<local ref> <local sha> <remote ref> <remote sha>": "refs/heads/main main refs/heads/main ${REMOTE}"`);
  });
});

describe("isDeletion", () => {
  it("is true when the local object is the null id", () => {
    expect(isDeletion({ localRef: "(delete)", localObject: NONE, remoteRef: "refs/heads/topic", remoteObject: REMOTE })).toBe(true);
    expect(isDeletion({ localRef: "refs/heads/topic", localObject: LOCAL, remoteRef: "refs/heads/topic", remoteObject: NONE })).toBe(false);
  });
});
