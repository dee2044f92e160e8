import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { trend } from "../src/app/trend.js";
import { formatTrendHtml } from "../src/formatters/trend-html.js";
import { countColor, decodePng } from "./helpers/png.js";
import { tempDir } from "./helpers/temp-dir.js";
import { CALM, DESTRUCTIVE, week } from "./helpers/trend-reports.js";

/** Debian's chromium, as .ci/run installs it. */
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

/** Renders a page as a person would see it at 1200×1600, with nothing reaching the network. */
function screenshot(html: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "fsar-chromium-"));
  try {
    const page = join(dir, "trend.html");
    const png = join(dir, "trend.png");
    writeFileSync(page, html);
    const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
    const run = spawnSync(CHROMIUM!, [...flags, `--user-data-dir=${join(dir, "profile")}`, `--screenshot=${png}`, "--window-size=1200,1600", `file://${page}`], { encoding: "utf8", timeout: 120_000 });
    if (!existsSync(png)) throw new Error(`chromium wrote no screenshot (exit ${run.status}): ${run.stderr.slice(-500)}`);
    return readFileSync(png);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("fsar trend -f html in a browser", () => {
  it.skipIf(CHROMIUM === undefined)(`draws the three charts in headless Chromium${CHROMIUM ? "" : " (skipped: no chromium in /usr/bin; .ci/run installs Debian's)"}`, async () => {
    const cwd = tempDir({ ...week("2026-01-05T00:00:00.000Z", CALM, 0), ...week("2026-01-12T00:00:00.000Z", DESTRUCTIVE, 20) });
    const image = decodePng(screenshot(formatTrendHtml(await trend([], { cwd, now: new Date("2026-11-26T00:00:00Z"), by: "week", failOnRise: 20 }))));
    expect([image.width, image.height]).toEqual([1200, 1600]);
    // The colors the page draws with (trend-html.ts): each chart leaves its own on the screen.
    const pixels = {
      lowBars: countColor(image, "#5b9a68"),
      blockBarsAndAlert: countColor(image, "#c8443c"),
      gapLine: countColor(image, "#3b6fb6"),
      categoryBars: countColor(image, "#6d7fa8"),
    };
    expect(pixels.lowBars).toBeGreaterThan(5_000);
    expect(pixels.blockBarsAndAlert).toBeGreaterThan(5_000);
    expect(pixels.gapLine).toBeGreaterThan(200);
    expect(pixels.categoryBars).toBeGreaterThan(5_000);
  }, 180_000);
});
