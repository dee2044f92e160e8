// C0 controls but tab and newline, DEL, and C1 controls: ESC and BEL start terminal escape sequences.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const CONTROL_WITH_NEWLINES = /[\u0000-\u001f\u007f-\u009f]/g;

/** Removes control characters from untrusted report text before it reaches a terminal; keeps tab and newline. */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, "");
}

/** For one-line output: newlines and tabs become spaces, other controls go. */
export function toSingleLine(text: string): string {
  return text.replace(CONTROL_WITH_NEWLINES, (c) => (c === "\n" || c === "\t" || c === "\r" ? " " : ""));
}
