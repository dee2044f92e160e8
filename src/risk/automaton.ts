/**
 * An Aho–Corasick automaton over lowercase ASCII words, as a full transition table: one array read per character.
 * Each word names the patterns it is a hint for; one pass over a text gives, line by line, the patterns worth
 * trying there.
 */
export interface HintAutomaton {
  /** Calls `visit` once per line holding any hint, with the pattern ids hinted on that line (each once). */
  lines(text: string, visit: (lineStart: number, lineEnd: number, patterns: readonly number[]) => void): void;
}

const ALPHABET = 128;
const NEWLINE = 10;

export function buildHintAutomaton(hints: ReadonlyMap<string, readonly number[]>, patternCount: number): HintAutomaton {
  const table: number[][] = [new Array<number>(ALPHABET).fill(-1)];
  const outputs: Set<number>[] = [new Set()];
  for (const [word, patterns] of hints) {
    let state = 0;
    for (const character of word) {
      const code = character.charCodeAt(0);
      if (code >= ALPHABET || code === NEWLINE || character !== character.toLowerCase()) throw new Error(`hint ${JSON.stringify(word)} must be lowercase ASCII on one line`);
      if (table[state]![code] === -1) {
        table[state]![code] = table.length;
        table.push(new Array<number>(ALPHABET).fill(-1));
        outputs.push(new Set());
      }
      state = table[state]![code]!;
    }
    for (const pattern of patterns) outputs[state]!.add(pattern);
  }
  // Breadth first: a state's missing transitions follow its failure link, which makes the table total.
  const failure = new Array<number>(table.length).fill(0);
  const queue: number[] = [];
  for (let code = 0; code < ALPHABET; code++) {
    const child = table[0]![code]!;
    if (child === -1) table[0]![code] = 0;
    else queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const pattern of outputs[failure[state]!]!) outputs[state]!.add(pattern);
    for (let code = 0; code < ALPHABET; code++) {
      const child = table[state]![code]!;
      if (child === -1) {
        table[state]![code] = table[failure[state]!]![code]!;
      } else {
        failure[child] = table[failure[state]!]![code]!;
        queue.push(child);
      }
    }
  }
  const flat = new Int32Array(table.length * ALPHABET);
  table.forEach((row, state) => {
    flat.set(row, state * ALPHABET);
  });
  const emits = outputs.map((set) => (set.size > 0 ? [...set] : null));
  return {
    lines(text, visit) {
      const seen = new Uint8Array(patternCount);
      let found: number[] = [];
      let state = 0;
      let lineStart = 0;
      for (let index = 0; index <= text.length; index++) {
        let code = index < text.length ? text.charCodeAt(index) : NEWLINE;
        if (code === NEWLINE) {
          if (found.length > 0) {
            visit(lineStart, index, found);
            for (const pattern of found) seen[pattern] = 0;
            found = [];
          }
          state = 0;
          lineStart = index + 1;
          continue;
        }
        if (code >= 65 && code <= 90) code += 32;
        // Hints are ASCII: any other character breaks a hint in progress.
        state = code < ALPHABET ? flat[state * ALPHABET + code]! : 0;
        const emitted = emits[state];
        if (emitted) {
          for (const pattern of emitted) {
            if (seen[pattern] === 0) {
              seen[pattern] = 1;
              found.push(pattern);
            }
          }
        }
      }
    },
  };
}
