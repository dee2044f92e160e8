/**
 * An Aho–Corasick automaton over lowercase ASCII words, as a transition table filled in as the text needs it: one
 * array read per character once a transition is known. Each word names the patterns it is a hint for; one pass over
 * a text gives, line by line, the patterns worth trying there.
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
/** A transition not worked out yet: most never are, so the build costs what the trie costs, not states × columns. */
const UNKNOWN = 0x7fffffff;

export function buildHintAutomaton(hints: ReadonlyMap<string, readonly number[]>, patternCount: number): HintAutomaton {
  // One column per character the hints use, upper case read as lower case: a narrow table.
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
  // The trie: a child per state and column, -1 when there is none; a trie has at most one state per hint character.
  const child = new Int32Array(capacity * columns).fill(-1);
  const parent = [0];
  const parentColumn = [0];
  const own: (readonly number[])[] = [[]];
  for (const [word, patterns] of hints) {
    let state = 0;
    for (let index = 0; index < word.length; index++) {
      const column = columnOf[word.charCodeAt(index)]!;
      const cell = state * columns + column;
      if (child[cell] === -1) {
        child[cell] = parent.length;
        parent.push(state);
        parentColumn.push(column);
        own.push([]);
      }
      state = child[cell]!;
    }
    own[state] = [...own[state]!, ...patterns];
  }
  const states = parent.length;
  const failure = new Int32Array(states);
  // The nearest state down the failure links that ends a hint, or -1: the hints a state ends are its own and those.
  const nextEnding = new Int32Array(states).fill(-1);
  const ends = new Uint8Array(states);
  // Failure links are worked out as texts reach the states, like transitions: most states of a long word never are.
  const prepared = new Uint8Array(states);
  prepared[0] = 1;
  // Transitions lead to a row's offset, one's complement when the state ends a hint: the loop over the text does
  // two array reads and a sign test per character.
  const table = new Int32Array(states * columns).fill(UNKNOWN);
  const encoded = (state: number): number => {
    prepare(state);
    return ends[state] === 1 ? ~(state * columns) : state * columns;
  };
  /** The transition from `state` (prepared) on `column`, worked out from the trie and the failure links, and kept. */
  function transition(state: number, column: number): number {
    const cell = state * columns + column;
    const known = table[cell]!;
    if (known !== UNKNOWN) return known;
    const next = child[cell]!;
    const value = next !== -1 ? encoded(next) : state === 0 ? 0 : transition(failure[state]!, column);
    table[cell] = value;
    return value;
  }
  const stateAt = (value: number): number => (value < 0 ? ~value : value) / columns;
  /** Sets a state's failure link and what it ends, from its parent's link: every state it reads is shallower. */
  function prepare(state: number): void {
    if (prepared[state] === 1) return;
    const up = parent[state]!;
    prepare(up);
    const fallback = up === 0 ? 0 : stateAt(transition(failure[up]!, parentColumn[state]!));
    failure[state] = fallback;
    nextEnding[state] = own[fallback]!.length > 0 ? fallback : nextEnding[fallback]!;
    ends[state] = own[state]!.length > 0 || nextEnding[state] !== -1 ? 1 : 0;
    prepared[state] = 1;
  }

  // The row nextHit stopped at, read right after the call.
  let reached = 0;
  /**
   * Where the next hint ends from `from` on, reading on from `row`, or -1: a small loop apart from the visits, so
   * it compiles small, and no list of hits, so a text full of hints takes no more memory.
   */
  function nextHit(text: string, from: number, row: number): number {
    for (let index = from; index < text.length; index++) {
      const column = columnOf[text.charCodeAt(index)]!;
      const next = table[row + column]!;
      row = next === UNKNOWN ? transition(row / columns, column) : next;
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
        for (let state = own[row / columns]!.length > 0 ? row / columns : nextEnding[row / columns]!; state !== -1; state = nextEnding[state]!) {
          for (const pattern of own[state]!) {
            if (seen[pattern] === 0) {
              seen[pattern] = 1;
              found.push(pattern);
            }
          }
        }
      }
      if (found.length > 0) visit(lineStart, lineEnd, found);
    },
  };
}
