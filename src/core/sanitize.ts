// What untrusted text must not carry to a terminal or a review page:
// - C0 controls (but tab and newline), DEL and C1 controls: ESC and BEL start terminal escape sequences. They go.
// - Bidi controls (U+061C, U+200E/F, U+202A–202E, U+2066–2069), zero-width and invisible characters (U+200B–200D,
//   U+2060–2064, U+FEFF) and the line and paragraph separators (U+2028/9): they make text read other than it is
//   (Trojan Source). They are made visible as <U+XXXX>, so two names that differ only by them still look different.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const UNSAFE_WITH_NEWLINES = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

function neutralize(character: string): string {
  return character <= "\u009f" ? "" : `<U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`;
}

/** Makes untrusted text safe to print: controls go, invisible and bidi characters become visible; keeps tab and newline. */
export function stripControlCharacters(text: string): string {
  return text.replace(UNSAFE, neutralize);
}

/** For one-line output: newlines and tabs become spaces, other controls go, invisible and bidi characters become visible. */
export function toSingleLine(text: string): string {
  return text.replace(UNSAFE_WITH_NEWLINES, (c) => (c === "\n" || c === "\t" || c === "\r" ? " " : neutralize(c)));
}
