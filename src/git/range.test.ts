import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTempGitRepo, type TempGitRepo } from "../../test/helpers/temp-git-repo.js";
import { listRangeFiles, parseRevRange } from "./range.js";
import { GitRepository } from "./repository.js";

describe("parseRevRange", () => {
  it.each([
    ["main~3..main", { from: "main~3", to: "main" }],
    ["v1..", { from: "v1", to: "HEAD" }],
  ])("reads %s", (range, expected) => {
    expect(parseRevRange(range)).toEqual(expected);
  });

  it.each(["main", "a...b", "..main", ""])("refuses %j", (range) => {
    expect(() => parseRevRange(range)).toThrow(/--rev-range takes <a>\.\.<b>/);
  });
});

describe("listRangeFiles", () => {
  let repo: TempGitRepo;
  const commit = (date: string, message: string) => {
    repo.env.GIT_COMMITTER_DATE = date;
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", message);
  };
  const listed = async (range: string) => (await listRangeFiles(await GitRepository.open(repo.dir), parseRevRange(range))).map(({ path, date }) => [path, date.toISOString()]);

  beforeEach(() => {
    repo = createTempGitRepo();
    repo.write("old.md", "old\n");
    repo.write("moved.md", "moved\n");
    commit("2026-01-01T00:00:00Z", "start");
    repo.git("tag", "start");
  });
  afterEach(() => repo.remove());

  it("dates each file by the last commit of the range that changed it, and leaves out what the range deleted", async () => {
    repo.write("a.md", "a\n");
    repo.write("b.md", "b\n");
    commit("2026-01-05T10:00:00Z", "add a and b");
    repo.write("b.md", "b2\n");
    repo.git("rm", "-q", "old.md");
    commit("2026-01-12T10:00:00Z", "change b, delete old");
    expect(await listed("start..HEAD")).toEqual([
      ["a.md", "2026-01-05T10:00:00.000Z"],
      ["b.md", "2026-01-12T10:00:00.000Z"],
    ]);
    expect(await listed("start..HEAD~1")).toEqual([
      ["a.md", "2026-01-05T10:00:00.000Z"],
      ["b.md", "2026-01-05T10:00:00.000Z"],
    ]);
  });

  it("counts a merge for what it brought in, at the merge's date", async () => {
    repo.git("checkout", "-q", "-b", "topic");
    repo.write("topic.md", "t\n");
    commit("2026-01-02T00:00:00Z", "topic");
    repo.git("checkout", "-q", "main");
    repo.write("main.md", "m\n");
    commit("2026-01-03T00:00:00Z", "main");
    repo.env.GIT_COMMITTER_DATE = "2026-01-09T00:00:00Z";
    repo.git("merge", "-q", "--no-ff", "--no-edit", "topic");
    expect(await listed("start..main")).toEqual([
      ["main.md", "2026-01-03T00:00:00.000Z"],
      ["topic.md", "2026-01-09T00:00:00.000Z"],
    ]);
  });

  it("does not count a pure move as new, but keeps an earlier change under the old name", async () => {
    repo.write("moved.md", "moved, changed\n");
    commit("2026-01-05T00:00:00Z", "change");
    repo.git("mv", "moved.md", "renamed.md");
    commit("2026-01-20T00:00:00Z", "move");
    expect(await listed("start..HEAD")).toEqual([["renamed.md", "2026-01-05T00:00:00.000Z"]]);
    expect(await listed("HEAD~1..HEAD")).toEqual([]);
  });

  it("names a revision that is not a commit", async () => {
    await expect(listRangeFiles(await GitRepository.open(repo.dir), parseRevRange("start..nowhere"))).rejects.toThrow(/--rev-range: nowhere is not a commit/);
  });
});
