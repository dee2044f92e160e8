/** Writes `pairs` deterministic report pairs under `dir` (see corpus.mjs). */
export function generateCorpus(dir: string, pairs: number, seed: number): void;
