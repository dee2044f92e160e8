import type { Band } from "../core/band.js";

export const BANDS: readonly Band[] = ["low", "review", "block"];

/** One labelled report: the band a person gave it and the band the model assessed. */
export interface LabelledAssessment {
  file: string;
  expected: Band;
  assessed: Band;
}

export interface Calibration {
  /** counts[expected][assessed] */
  counts: Record<Band, Record<Band, number>>;
  total: number;
  /** Of the reports assessed review or block, the share labelled review or block (null when none was assessed so). */
  precision: number | null;
  /** Of the reports labelled review or block, the share assessed review or block. */
  recall: number | null;
  /** The share assessed exactly as labelled. */
  agreement: number | null;
  /** Of the reports labelled block, the share assessed block. */
  blocksCaught: number | null;
  /** Of the reports labelled low, the share assessed block (they fail the default gate). */
  routineFailing: number | null;
  /** Of the reports labelled low, the share assessed above low. */
  lowRaised: number | null;
}

/** One `file<TAB>band` row per report (more columns are ignored; a header row, blank lines and `#` lines are skipped). */
export function parseLabels(text: string): { labels: { file: string; band: Band }[]; errors: string[] } {
  const labels: { file: string; band: Band }[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((row, index) => {
    if (row.trim() === "" || row.startsWith("#")) return;
    const [file = "", band = ""] = row.split("\t");
    if (index === 0 && band.trim() === "band") return;
    const wanted = band.trim().toLowerCase();
    if (file.trim() === "" || !(BANDS as readonly string[]).includes(wanted)) {
      errors.push(`line ${index + 1}: expected file<TAB>low|review|block, got ${JSON.stringify(row.slice(0, 80))}`);
      return;
    }
    labels.push({ file: file.trim(), band: wanted as Band });
  });
  return { labels, errors };
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The confusion table and the figures a gate is judged by. */
export function calibrate(rows: readonly LabelledAssessment[]): Calibration {
  const counts = Object.fromEntries(BANDS.map((expected) => [expected, Object.fromEntries(BANDS.map((assessed) => [assessed, 0]))])) as Calibration["counts"];
  for (const row of rows) counts[row.expected][row.assessed]++;
  const flagged = (band: Band) => band !== "low";
  const truePositive = rows.filter((row) => flagged(row.expected) && flagged(row.assessed)).length;
  const low = rows.filter((row) => row.expected === "low");
  const blocks = rows.filter((row) => row.expected === "block");
  return {
    counts,
    total: rows.length,
    precision: share(truePositive, rows.filter((row) => flagged(row.assessed)).length),
    recall: share(truePositive, rows.filter((row) => flagged(row.expected)).length),
    agreement: share(rows.filter((row) => row.expected === row.assessed).length, rows.length),
    blocksCaught: share(blocks.filter((row) => row.assessed === "block").length, blocks.length),
    routineFailing: share(low.filter((row) => row.assessed === "block").length, low.length),
    lowRaised: share(low.filter((row) => row.assessed !== "low").length, low.length),
  };
}

function figure(value: number | null): string {
  return value === null ? "n/a" : value.toFixed(2);
}

/** The table and figures as text, for the terminal. */
export function formatCalibration(calibration: Calibration): string {
  const width = 8;
  const cell = (text: string) => text.padStart(width);
  const lines = [`${"labelled \\ assessed".padEnd(20)}${BANDS.map(cell).join("")}`];
  for (const expected of BANDS) lines.push(`${expected.padEnd(20)}${BANDS.map((assessed) => cell(String(calibration.counts[expected][assessed]))).join("")}`);
  lines.push(
    "",
    `reports: ${calibration.total}`,
    `precision (review|block): ${figure(calibration.precision)}`,
    `recall (review|block): ${figure(calibration.recall)}`,
    `band agreement: ${figure(calibration.agreement)}`,
    `blocks assessed block: ${figure(calibration.blocksCaught)}`,
    `low assessed block (fail the gate): ${figure(calibration.routineFailing)}`,
    `low assessed above low: ${figure(calibration.lowRaised)}`,
  );
  return lines.join("\n");
}
