// V8 first runs a new pattern in its regexp interpreter and compiles it to machine code only when it is used again.
// For large patterns, making the interpreter's bytecode costs far more than making the machine code: the first use of
// the risk model's built-in patterns took 78 ms that way, and 15 ms compiled straight to machine code. V8 skips the
// interpreter for a subject of 1,000 characters or more, so one run on such a subject compiles machine code at once.
// A pattern made when it is first needed is compiled so at once. Patterns made when their module loads wait until a
// run has shown itself long: a run of a few reports uses few of them, and compiling the rest would be wasted.
const LONG_SUBJECT = "\n".repeat(1000);

const pending: RegExp[] = [];
let compiling = false;

/** `pattern`, compiled to machine code now: for a pattern made when it is first needed. */
export function compiledNow(pattern: RegExp): RegExp {
  pattern.exec(LONG_SUBJECT);
  pattern.lastIndex = 0;
  return pattern;
}

/** `pattern`, marked as one to compile to machine code in a long run (see compileNativePatterns). */
export function native(pattern: RegExp): RegExp {
  if (compiling) compiledNow(pattern);
  else pending.push(pattern);
  return pattern;
}

/** Compiles every marked pattern to machine code, and from now on each one marked. */
export function compileNativePatterns(): void {
  if (compiling) return;
  compiling = true;
  for (const pattern of pending.splice(0)) compiledNow(pattern);
}
