import { describe, expect, it } from "vitest";
import { createProgress, showsProgress } from "./progress.js";

const TERMINAL = { stdout: { isTTY: true }, stderr: { isTTY: true } };

describe("showsProgress", () => {
  it.each([
    ["at a terminal, stylish output", TERMINAL, {}, {}, true],
    ["in CI", TERMINAL, { CI: "true" }, {}, false],
    ["with stdout in a pipe", { stdout: {}, stderr: { isTTY: true } }, {}, {}, false],
    ["with stderr in a pipe", { stdout: { isTTY: true }, stderr: {} }, {}, {}, false],
    ["with --quiet", TERMINAL, {}, { quiet: true }, false],
    ["with a machine format on stdout", TERMINAL, {}, { machineOutputOnStdout: true }, false],
    ["on a dumb terminal", TERMINAL, { TERM: "dumb" }, {}, false],
  ])("%s: %s", (_name, streams, env, options, expected) => {
    expect(showsProgress(streams, env, { machineOutputOnStdout: false, ...options })).toBe(expected);
  });
});

describe("createProgress", () => {
  it("says nothing in the first second, then rewrites one line at most every 100 ms, and erases it at the end", () => {
    const written: string[] = [];
    let now = 0;
    const progress = createProgress((text) => written.push(text), () => now);
    now = 999;
    progress.update(100, 90);
    expect(written).toEqual([]);
    now = 2000;
    progress.update(3000, 2500);
    now = 2050;
    progress.update(3100, 2600);
    now = 2100;
    progress.update(3200, 2700);
    progress.finish();
    progress.finish();
    expect(written).toEqual(["\r\x1b[Kfsar: 3,000 files audited, 1,250 reports/s", "\r\x1b[Kfsar: 3,200 files audited, 1,286 reports/s", "\r\x1b[K"]);
  });

  it("erases nothing when it never showed", () => {
    const written: string[] = [];
    createProgress((text) => written.push(text), () => 0).finish();
    expect(written).toEqual([]);
  });
});
