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
  let capacity = 1;
  for (const word of hints.keys()) capacity += word.length;
  // One row of ALPHABET transitions per state, -1 while missing; a trie has at most one state per hint character.
  const flat = new Int32Array(capacity * ALPHABET).fill(-1);
  const outputs: number[][] = [[]];
  let states = 1;
  for (const [word, patterns] of hints) {
    let state = 0;
    for (const character of word) {
      const code = character.charCodeAt(0);
      if (code >= ALPHABET || code === NEWLINE || character !== character.toLowerCase()) throw new Error(`hint ${JSON.stringify(word)} must be lowercase ASCII on one line`);
      if (flat[state * ALPHABET + code] === -1) {
        flat[state * ALPHABET + code] = states++;
        outputs.push([]);
      }
      state = flat[state * ALPHABET + code]!;
    }
    outputs[state]!.push(...patterns);
  }
  // Breadth first: a state's missing transitions follow its failure link, which makes the table total.
  const failure = new Int32Array(states);
  const queue: number[] = [];
  for (let code = 0; code < ALPHABET; code++) {
    const child = flat[code]!;
    if (child === -1) flat[code] = 0;
    else queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const inherited = outputs[failure[state]!]!;
    if (inherited.length > 0) outputs[state] = [...new Set([...outputs[state]!, ...inherited])];
    const row = state * ALPHABET;
    const failureRow = failure[state]! * ALPHABET;
    for (let code = 0; code < ALPHABET; code++) {
      const child = flat[row + code]!;
      if (child === -1) {
        flat[row + code] = flat[failureRow + code]!;
      } else {
        failure[child] = flat[failureRow + code]!;
        queue.push(child);
      }
    }
  }
  const emits = outputs.map((list) => (list.length > 0 ? list : null));
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
