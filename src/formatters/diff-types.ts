import type { DiffResult } from "../diff/change.js";

/** A diff formatter turns a semantic diff into text; it never writes. */
export type DiffFormatter = (result: DiffResult, context: { color: boolean }) => string;
