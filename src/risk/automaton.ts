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
/** The column of every character no hint holds (any non-ASCII one too): it breaks a hint in progress. */
const OTHER = 0;
/** The newline's column: it leads back to the start from every state, so no hint spans two lines. */
const LINE_BREAK = 1;

export function buildHintAutomaton(hints: ReadonlyMap<string, readonly number[]>, patternCount: number): HintAutomaton {
  // One column per character the hints use, upper case read as lower case: a narrow table is quick to build.
  const columnOf = new Uint8Array(65536);
  columnOf[NEWLINE] = LINE_BREAK;
  let columns = 2;
  let capacity = 1;
  for (const word of hints.keys()) {
    capacity += word.length;
    for (const character of word) {
      const code = character.charCodeAt(0);
      if (code >= ALPHABET || code === NEWLINE || character !== character.toLowerCase()) throw new Error(`hint ${JSON.stringify(word)} must be lowercase ASCII on one line`);
      if (columnOf[code] === OTHER) columnOf[code] = columns++;
    }
  }
  for (let code = 65; code <= 90; code++) columnOf[code] = columnOf[code + 32]!;
  // One row per state, -1 while missing; a trie has at most one state per hint character.
  const flat = new Int32Array(capacity * columns).fill(-1);
  const outputs: number[][] = [[]];
  let states = 1;
  for (const [word, patterns] of hints) {
    let state = 0;
    for (let index = 0; index < word.length; index++) {
      const cell = state * columns + columnOf[word.charCodeAt(index)]!;
      if (flat[cell] === -1) {
        flat[cell] = states++;
        outputs.push([]);
      }
      state = flat[cell]!;
    }
    outputs[state]!.push(...patterns);
  }
  // Breadth first: a state's missing transitions follow its failure link, which makes the table total.
  const failure = new Int32Array(states);
  const queue: number[] = [];
  for (let column = 0; column < columns; column++) {
    const child = flat[column]!;
    if (child === -1) flat[column] = 0;
    else queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const inherited = outputs[failure[state]!]!;
    if (inherited.length > 0) outputs[state] = [...new Set([...outputs[state]!, ...inherited])];
    const row = state * columns;
    const failureRow = failure[state]! * columns;
    for (let column = 0; column < columns; column++) {
      const child = flat[row + column]!;
      if (child === -1) {
        flat[row + column] = flat[failureRow + column]!;
      } else {
        failure[child] = flat[failureRow + column]!;
        queue.push(child);
      }
    }
  }
  // Transitions lead to a row's offset, one's complement when the state ends a hint: the loop over the text does
  // two array reads and a sign test per character.
  const table = new Int32Array(states * columns);
  for (let cell = 0; cell < table.length; cell++) {
    const to = flat[cell]!;
    table[cell] = outputs[to]!.length > 0 ? ~(to * columns) : to * columns;
  }
  const emits = outputs.map((list) => (list.length > 0 ? list : null));

  // The row nextHit stopped at, read right after the call.
  let reached = 0;
  /**
   * Where the next hint ends from `from` on, reading on from `row`, or -1: a small loop apart from the visits, so
   * it compiles small, and no list of hits, so a text full of hints takes no more memory.
   */
  function nextHit(text: string, from: number, row: number): number {
    for (let index = from; index < text.length; index++) {
      row = table[row + columnOf[text.charCodeAt(index)]!]!;
      if (row < 0) {
        reached = ~row;
        return index;
      }
    }
    return -1;
  }

  return {
    lines(text, visit) {
      const seen = new Uint8Array(patternCount);
      let found: number[] = [];
      let lineStart = 0;
      let lineEnd = -1;
      let row = 0;
      for (let at = nextHit(text, 0, row); at !== -1; at = nextHit(text, at + 1, row)) {
        row = reached;
        const emitted = emits[row / columns]!;
        if (at > lineEnd) {
          if (found.length > 0) {
            visit(lineStart, lineEnd, found);
            for (const pattern of found) seen[pattern] = 0;
            found = [];
          }
          // Each line's ends are searched for once, from its first hint: linear in the text.
          lineStart = text.lastIndexOf("\n", at) + 1;
          const newline = text.indexOf("\n", at);
          lineEnd = newline === -1 ? text.length : newline;
        }
        for (const pattern of emitted) {
          if (seen[pattern] === 0) {
            seen[pattern] = 1;
            found.push(pattern);
          }
        }
      }
      if (found.length > 0) visit(lineStart, lineEnd, found);
    },
  };
}
