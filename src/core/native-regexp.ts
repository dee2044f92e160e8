// V8 first runs a new pattern in its regexp interpreter and compiles it to machine code only when it is used again.
// For large patterns, making the interpreter's bytecode costs far more than making the machine code: the first use of
// the risk model's built-in patterns took 78 ms that way, and 15 ms compiled straight to machine code. V8 skips the
// interpreter for a subject of 1,000 characters or more, so one run on such a subject compiles machine code at once.
const LONG_SUBJECT = "\n".repeat(1000);

/** `pattern`, compiled to machine code now: for the large patterns the risk model runs on most reports. */
export function native(pattern: RegExp): RegExp {
  pattern.exec(LONG_SUBJECT);
  pattern.lastIndex = 0;
  return pattern;
}
