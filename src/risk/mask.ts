const MASK = "****";

// Shapes of secrets that may stand in matched text: keep the prefix that says what it is, hide the rest.
const SECRET_SHAPES: readonly [RegExp, string][] = [
  [/(:\/\/[^\s:/@]+:)[^\s@/]+@/g, `$1${MASK}@`],
  [/\b((?:sk|rk|pk)_(?:live|test)_|whsec_|xox[abprs]-|gh[pousr]_|AKIA|ASIA|AIza|sk-(?:proj-|ant-)?|eyJ)[A-Za-z0-9_\-.]{6,}/g, `$1${MASK}`],
  [/(\b(?:password|passwd|secret|token|api_?key|apikey|secret_?key|private_?key|auth)\w*['"]?\s*[:=]\s*['"])[^'"]{3,}(['"])/gi, `$1${MASK}$2`],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*/g, "-----BEGIN PRIVATE KEY----- " + MASK],
  // A long run of letters and digits that mixes both is a key more often than a word.
  [/\b(?=[A-Za-z0-9_-]{24,})(?=[A-Za-z_-]*[0-9])(?=[0-9_-]*[A-Za-z])([A-Za-z0-9]{4})[A-Za-z0-9_-]{20,}/g, `$1${MASK}`],
];

/** Masks what looks like a secret in text shown to a person: no output ever carries a key. */
export function maskSecrets(text: string): string {
  let masked = text;
  for (const [shape, replacement] of SECRET_SHAPES) masked = masked.replace(shape, replacement);
  return masked;
}
