/** The project's repository, as `repository` in package.json says (a test keeps the two equal). */
export const REPOSITORY_URL = "https://github.com/fsar-dev/fsar";

/** Where a built-in rule is documented: its anchor in the README's table of rules. */
export function builtinRuleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}#rule-${ruleId}`;
}
