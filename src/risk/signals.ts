import type { RiskCategory } from "./categories.js";

/** Where a signal matched, for a signal to judge the match by its surroundings. */
export interface MatchSite {
  /** The whole proposal text. */
  text: string;
  /** Where the match starts and ends in `text`. */
  start: number;
  end: number;
}

/**
 * A named pattern a reviewer stops at. `weight` is on the default severity scale (0–75: review from 25, block
 * from 45). Built-in patterns are ours (JS syntax, only non-capturing groups, never crossing a newline); they are
 * joined into one pattern so a proposal is read once.
 */
export interface SignalDefinition {
  id: string;
  category: RiskCategory;
  weight: number;
  /** Why a reviewer stops at it, for explanations. */
  description: string;
  pattern: string;
  /**
   * Lowercase words every match contains one of: one automaton for all hints finds the lines worth reading, and
   * the signals are matched on those lines only.
   */
  hints: readonly string[];
  /** The signal reads a sentence of intent: in text shown to users (markup, string literals) it is copy, not a plan. */
  prose?: true;
  /** The signal reads what the change does: said in a comment ("requireAdmin removed") it is evidence, not a mention. */
  statement?: true;
  /** The signal reads what a diff takes out: it counts on a diff's removed lines only, where the others do not. */
  removal?: true;
  /** Judges the match by what surrounds it: the weight it deserves there, or null when it is not the risk. */
  refine?: (site: MatchSite) => number | null;
}

// Spaces within a line: patterns never cross a newline, so every signal sits on one line.
const S = String.raw`[ \t]+`;
const O = String.raw`[ \t]*`;
const NAME = String.raw`[\w."\x60\[\]]+`;

export const BLOCK_WEIGHT = 55;
export const REVIEW_WEIGHT = 32;

/** The text after the match up to `limit` characters or the end of the SQL statement. */
function restOfStatement(site: MatchSite, limit = 300): string {
  const rest = site.text.slice(site.end, site.end + limit);
  const end = rest.indexOf(";");
  return end === -1 ? rest : rest.slice(0, end);
}

/** The rest of the match's line from the match on, at most `limit` characters: refining stays linear on long lines. */
function restOfLine(site: MatchSite, limit = 400): string {
  const rest = site.text.slice(site.start, site.start + limit);
  const newline = rest.indexOf("\n");
  return newline === -1 ? rest : rest.slice(0, newline);
}

/** The match's line around it, at most `limit` characters either side. */
function aroundOnLine(site: MatchSite, limit = 300): string {
  const lead = before(site, limit);
  return lead.slice(lead.lastIndexOf("\n") + 1) + restOfLine(site, limit + (site.end - site.start));
}

function before(site: MatchSite, limit: number): string {
  return site.text.slice(Math.max(0, site.start - limit), site.start);
}

function after(site: MatchSite, limit: number): string {
  return site.text.slice(site.end, site.end + limit);
}

const LOOP = /\b(?:for|while)\s*\(|\.(?:forEach|map|flatMap)\s*\(|\bfor\s+\w+\s+in\b|\bfor\s+(?:const|let|var)\b|\bPromise\.all\b/;
const MANY = /\b(?:all|every|each)\b|\.objects\.(?:all|filter|exclude|iterator)\b|\.(?:findAll|find_all|all)\s*\(\s*\)|\bSELECT\s+[\w\s,*."]+?\s+FROM\b|\b(?:customers|users|subscribers|accounts|members|cards|clients|recipients|contacts|leads|orders|subscriptions|invoices|charges|payments|refunds|transactions|creators|sellers|payees|vendors)\b/i;

/** A call that runs once per customer deserves more than one call. */
function inLoop(site: MatchSite): boolean {
  const lead = before(site, 400);
  return LOOP.test(lead) && MANY.test(lead);
}

// Paths whose deletion loses nothing: caches, build output, package lists in an image.
const DISPOSABLE_PATH = /^(?:["']?)(?:\/var\/lib\/apt\/lists\/?\*?|\/var\/cache\/\S*|\/tmp\/\S*|\/usr\/share\/(?:doc|man)\/\S*|\S*(?:node_modules|__pycache__|\.cache|\.pytest_cache|\.next|\.turbo|coverage|dist|build|out|target|\.venv|venv|tmp|temp)\/?\*?|\*\.pyc|~\/\.cache\S*|\$\{?TMPDIR\}?\S*)(?:["']?)$/;
const DATA_PATH = /^["']?(?:\/|\/\*|~\/?|\$\{?HOME\}?\/?|\.\/?\*?|\*|\/(?:var\/lib|data|srv|home|mnt|opt|etc|var\/www|backups?|uploads?)\b\S*|\S*(?:data|backups?|uploads?|storage|db|database|volumes?|\.git|media|files|exports?)\b\S*|\S*\.(?:db|sqlite3?|sql|dump|bak)|\$\{?\w+\}?\S*)["']?$/i;

function rmWeight(site: MatchSite): number | null {
  const args = site.text.slice(site.end, site.end + 200).split(/[\n;&|#]/)[0] ?? "";
  const paths = args
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/^["'`]+|["'`,;)]+$/g, ""))
    .filter((part) => part !== "" && !part.startsWith("-"));
  const risky = paths.filter((path) => !DISPOSABLE_PATH.test(path));
  if (risky.length === 0) return null;
  return risky.some((path) => DATA_PATH.test(path)) ? BLOCK_WEIGHT : REVIEW_WEIGHT;
}

// An identifier naming a secret, alone or as a part (DB_PASSWORD, stripeSecretKey, authToken).
const SECRET_WORD = /\b\w*(?:password|passwd|secret|api_?key|private_?key|token|credentials?)\w*\b|process\.env\s*\)/i;
// String literals say what is logged ("Invalid token"), identifiers and interpolations log the value itself.
const STRING_LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;

const SECRET_FROM_ENV = /^\s*=\s*process\.env\.\w*(?:SECRET|KEY|TOKEN|PASSWORD|PASS)\w*|^\s*=\s*os\.environ(?:\.get\(|\[)["']\w*(?:SECRET|KEY|TOKEN|PASSWORD|PASS)/;

function loggedSecret(site: MatchSite): number | null {
  const call = restOfLine(site);
  const code = call.replace(STRING_LITERAL, "\"\"").replace(/`[^`$]*`/g, "``");
  const args = code.slice(code.indexOf("("));
  if (SECRET_WORD.test(args)) return 48;
  // A variable that holds a secret read a few lines up.
  const lead = before(site, 600);
  for (const name of new Set(args.match(/[A-Za-z_$][\w$]*/g) ?? [])) {
    const assigned = lead.lastIndexOf(name);
    if (assigned !== -1 && /[\s,{(]/.test(lead[assigned - 1] ?? " ") && SECRET_FROM_ENV.test(lead.slice(assigned + name.length, assigned + name.length + 120))) return 48;
  }
  return null;
}

const PLACEHOLDER = /^(?:your|my|xxx|changeme|change_me|example|sample|test|dummy|placeholder|secret|password|pass|todo|replace|<|\$\{|\{\{|\*+$|\.\.\.)|your[_-]|_here$|example|placeholder|xxxx|\*\*\*/i;

function hardcodedSecret(site: MatchSite): number | null {
  const value = /[:=]\s*['"]([^'"]*)['"]/.exec(site.text.slice(site.start, site.end))?.[1] ?? "";
  if (PLACEHOLDER.test(value) || /^[a-z]+$/i.test(value) || /^\d+$/.test(value)) return null;
  return 40;
}

function inlinePassword(site: MatchSite): number | null {
  const match = /:\/\/([^\s:/@]+):([^\s@/]+)@([^\s/:?'"`]+)/.exec(site.text.slice(site.start, site.end));
  if (!match) return null;
  const [, user = "", password = "", host = ""] = match;
  if (PLACEHOLDER.test(password) || PLACEHOLDER.test(user) || /^(?:localhost|127\.0\.0\.1|host|db|postgres|example\.com)$/i.test(host)) return null;
  return 40;
}

const REQUEST_INPUT = /\b(?:req|request|ctx\.request|event)\.(?:body|query|params|headers|cookies|args|form|json|data|files|GET|POST|values|get_json)\b|\bflask\.request\b|\$_(?:GET|POST|REQUEST|COOKIE)\b|\buserInput\b|\buser_input\b|\binput\(\)/;

/** A command built from values: worse when a value comes from the request, here or a few lines up. */
const VALUE_FROM_REQUEST = String.raw`(?:\b(?:req|request)\.(?:body|query|params|headers|json|form|args|files|get_json)|\bctx\.request|\bmessage\.content|\binput\()`;

function takenFromRequest(name: string, lead: string): boolean {
  if (!lead.includes(name)) return false;
  const escaped = name.replace(/\$/g, "\\$");
  return new RegExp(String.raw`\b${escaped}\b[^\n]{0,40}=\s*[^\n]*${VALUE_FROM_REQUEST}|\{[^}\n]*\b${escaped}\b[^}\n]*\}\s*=\s*${VALUE_FROM_REQUEST}`).test(lead);
}

function commandFrom(site: MatchSite): number | null {
  const rest = restOfLine(site).slice(site.end - site.start - 1);
  const shell = /\bshell\s*=\s*True\b/.test(rest);
  if (REQUEST_INPUT.test(rest)) return 58;
  const lead = before(site, 800);
  // Any value of the call that was taken from the request a few lines up.
  const call = rest.slice(0, rest.indexOf(")") === -1 ? undefined : rest.indexOf(")") + 1).replace(STRING_LITERAL, "\"\"");
  for (const name of new Set(call.match(/[A-Za-z_$][\w$]*/g) ?? [])) {
    if (takenFromRequest(name, lead)) return 58;
  }
  // The first argument: a template or f-string with a value in it, a string joined with a value, or a variable.
  const argument = /^\(\s*(?:`[^`]*\$\{\s*([\w.$]+)|f["'][^"']*\{([\w.]+)|["'][^"']*["']\s*\+\s*([\w.$]+)|([A-Za-z_$][\w.$]*)\s*[,)])/.exec(rest);
  if (!argument) return null;
  const name = (argument[1] ?? argument[2] ?? argument[3] ?? argument[4] ?? "").split(".")[0]!;
  if (name !== "" && takenFromRequest(name, lead)) return 58;
  if (shell || /^\(\s*["'](?:ba|z)?sh["']\s*,\s*\[\s*["']-c["']/.test(rest)) return 45;
  return argument[4] !== undefined ? 30 : 38;
}

// A migration's down step, in the formats of the common tools (knex, sequelize, alembic, dbmate, goose, sql-migrate).
const ROLLBACK = /\b(?:exports\.down|down\s*[:=]\s*(?:async\s*)?(?:function|\()|async\s+down\s*\(|down\s*\(\s*(?:knex|queryInterface|db|migration)|def\s+(?:downgrade|down)\s*\(|migrate:down)|--\s*\+?(?:goose|migrate)\s+Down\b|--\s*migrate:down\b|^--\s*down\b/im;
const ROLLFORWARD = /\b(?:exports\.up|up\s*[:=(]|async\s+up\s*\(|def\s+(?:upgrade|up)\s*\(|migrate:up)|--\s*\+?(?:goose|migrate)\s+Up\b|^--\s*up\b/im;

/** A drop in a migration's down step undoes what its up step created: a rollback, not a loss. */
function outsideRollback(weight: number): (site: MatchSite) => number | null {
  return (site) => {
    const lead = before(site, 400);
    const rollback = lead.search(ROLLBACK);
    return rollback !== -1 && !ROLLFORWARD.test(lead.slice(rollback)) ? null : weight;
  };
}

// How far back a drop looks for the statement that created the same table.
const CREATED_REACH = 4000;

/**
 * A drop that undoes what the proposal itself created further up (a rollback step, a test's own scratch table) loses
 * nothing. A drop before the create (DROP … IF EXISTS; CREATE …) recreates a table that may hold data: it counts.
 */
function dropOfExisting(site: MatchSite): number | null {
  if (outsideRollback(BLOCK_WEIGHT)(site) === null) return null;
  const name = /^[ \t]+(?:IF[ \t]+EXISTS[ \t]+)?([\w."\x60]+)/i.exec(after(site, 120))?.[1];
  return name !== undefined && createdAbove(site, name) ? null : BLOCK_WEIGHT;
}

function unpickle(site: MatchSite): number | null {
  return /\b(?:request|req\.|upload|recv|urlopen|requests\.(?:get|post)|\.content\b|body|socket|message|payload|user)/i.test(aroundOnLine(site)) ? 58 : 38;
}

function corsCredentials(site: MatchSite): number | null {
  const around = site.text.slice(Math.max(0, site.start - 300), site.end + 300);
  return /credentials\W{0,4}\s*[:=,]?\s*['"]?true|Allow-Credentials['"]?\s*[,:]\s*['"]?true/i.test(around) ? 50 : 15;
}

function chargeWeight(weight: number): (site: MatchSite) => number {
  return (site) => (inLoop(site) || /\boff_session\s*:\s*true/.test(after(site, 300)) ? BLOCK_WEIGHT : weight);
}

// Money sent out in one sweep (the whole balance) or to a destination anyone with the settings page can change.
const SWEEP = /\bbalance\.(?:available|retrieve)\b|\b(?:entire|whole|full|all(?:\s+the)?)\s+(?:available\s+)?(?:balance|funds)\b|\bamount\s*:\s*[\w.]*balance\w*|\bdestination\s*:\s*(?:config|settings|process\.env|req(?:uest)?\.)/i;

function payoutWeight(site: MatchSite): number {
  if (SWEEP.test(site.text.slice(Math.max(0, site.start - 400), site.end + 400))) return BLOCK_WEIGHT;
  return chargeWeight(40)(site);
}

// The recipients chose to hear from us: a send to an opted-in segment or topic needs review, not a block.
const CONSENTED = /(?:\b|_)opt(?:ed)?[_-]?in(?:\b|_)|(?:\b|_)consent\w*|\bsubscribed\s*=\s*true\b|\bunsubscribed(?:_at)?\s+IS\s+NULL\b|\bmarketing_opt\w*/i;
// A message a user's own request triggers (a reset link, a receipt): one recipient, routine.
const USER_REQUESTED = /password[-_ ]?reset|reset[-_ ]?password|verif(?:y|ication)[-_ ]?(?:email|code|link)|magic[-_ ]?link|log[-_ ]?in[-_ ]?(?:code|link)|sign[-_ ]?in[-_ ]?(?:code|link)|one[-_ ]time[-_ ](?:code|password|link)|\botp\b|2fa[-_ ]?code/i;
const REQUEST_HANDLER = /\b(?:router|app)\.(?:post|get|put)\s*\(|\breq\.(?:body|params|query)\b|@app\.route\b|\brequest\.(?:form|json|POST)\b/;

function sendWeight(site: MatchSite): number | null {
  if (inLoop(site)) return CONSENTED.test(before(site, 600)) ? REVIEW_WEIGHT : 50;
  // A message the user asked for in this very request (a reset link, a login code): routine. Receipts and
  // reminders the system sends of its own accord still deserve a look at what goes out.
  const lead = before(site, 600);
  if (REQUEST_HANDLER.test(lead) && USER_REQUESTED.test(site.text.slice(Math.max(0, site.start - 300), site.end + 200))) return null;
  return REVIEW_WEIGHT;
}

function bulkSendWeight(site: MatchSite): number {
  return CONSENTED.test(site.text.slice(Math.max(0, site.start - 600), site.end + 200)) ? REVIEW_WEIGHT : 50;
}

// Posting on a timer or without anyone reading first: what goes out publicly is whatever the generator wrote.
const RECURRING = /\bwhile\s*\(?\s*(?:True|true|1)\b|\bsetInterval\s*\(|\bcron\.schedule\b|\bschedule\.every\b|\bevery\s+(?:hour|day|morning|night|\d+\s+(?:minutes|hours))\b|\bhourly\b/i;
const UNREVIEWED = /\b(?:skip|skips|skipping|bypass|bypasses|without|no)\s+(?:the\s+|any\s+)?(?:human\s+)?(?:approval|review|moderation)\b|\bimmediately\b/i;

function postWeight(site: MatchSite): number {
  const window = site.text.slice(Math.max(0, site.start - 1500), site.end + 300);
  return RECURRING.test(window) && UNREVIEWED.test(window) ? 50 : REVIEW_WEIGHT;
}

// A bound value (`$1`, `?`, `:id`, `%s`, `${id}`, `@id`): the statement runs for the one row a request names.
const BOUND_VALUE = /\$\d|\?|(?<!:):[A-Za-z_]\w*|%s|%\(\w+\)s|\$\{|@[A-Za-z_]\w*|\bid\s*=\s*\d+\b/;
/**
 * What rewriting or deleting the rows a WHERE selects weighs, on the tables of people and money: a bulk change by
 * condition there (a purge of accounts, plans renamed) cannot be undone. By key, or on ephemeral rows (sessions,
 * drafts, notifications, logs, tokens), it is routine.
 */
export const BULK_ROWS_WEIGHT = 30;
const RECORDS_OF_PEOPLE_OR_MONEY = /^["\x60]?(?:\w+\.)?(?:users?|accounts?|customers?|members?|patients?|profiles?|employees?|clients?|subscribers?|subscriptions?|orders?|payments?|invoices?|transactions?|charges?|payouts?|balances?|wallets?|plans?|prices?)["\x60]?$/i;

function tableNamed(site: MatchSite, keyword: RegExp): string {
  return keyword.exec(site.text.slice(site.start, site.end + 80))?.[1] ?? "";
}

function whereClause(site: MatchSite): string | null {
  const matched = site.text.slice(site.start, site.end);
  // A match that ends the statement (`;`, a closing quote) has no WHERE after it: one in a comment further on is not.
  const statement = /[;)"'\x60]\s*$/.test(matched) ? matched : matched + restOfStatement(site);
  const where = statement.search(/\bWHERE\b/i);
  return where === -1 ? null : statement.slice(where);
}

/**
 * UPDATE without WHERE overwrites every row. With a WHERE on bound values it is the application doing its job; a
 * standalone UPDATE selecting rows by a condition (a data migration: plans renamed, statuses reset) rewrites live
 * data in bulk and needs a look.
 */
function updateWeight(site: MatchSite): number | null {
  // UPDATE on a line of its own is SQL only when SET opens the next one.
  if (!/\bSET\b/i.test(site.text.slice(site.start, site.end)) && !/^[ \t]*\r?\n[ \t]*SET\b/i.test(after(site, 200))) return null;
  const where = whereClause(site);
  if (where === null) return 50;
  if (BOUND_VALUE.test(where) || !RECORDS_OF_PEOPLE_OR_MONEY.test(tableNamed(site, /UPDATE\s+([\w."\x60]+)/i))) return null;
  // Standalone: the UPDATE opens its line (a .sql file, a migration), not a string inside application code.
  return /(?:^|\n)[ \t]*$/.test(before(site, 200)) ? BULK_ROWS_WEIGHT : null;
}

/** A DELETE whose WHERE stands on the next line is narrowed all the same; the WHERE in a comment after `;` is not. */
function deleteAllWeight(site: MatchSite): number | null {
  if (/\bWHERE\b/i.test(site.text.slice(site.start, site.end))) return BLOCK_WEIGHT;
  const where = whereClause(site);
  if (where === null) return BLOCK_WEIGHT;
  return BOUND_VALUE.test(where) ? null : bulkDeleteWeight(site);
}

/** Deleting by key is routine; deleting every row a condition selects (a purge, a retention job) cannot be undone. */
function deleteWhereWeight(site: MatchSite): number | null {
  return BOUND_VALUE.test(whereClause(site) ?? "") ? 18 : bulkDeleteWeight(site);
}

/** `db.collection('users').deleteMany(…)`, `User.deleteMany(…)`, `db.orders.delete_many(…)`: the collection named before the call. */
function collectionOfPeopleOrMoney(site: MatchSite): number | null {
  const name = /(\w+)['"]?\s*\)?$/.exec(before(site, 80))?.[1] ?? "";
  return RECORDS_OF_PEOPLE_OR_MONEY.test(name) ? BULK_ROWS_WEIGHT : null;
}

function bulkDeleteWeight(site: MatchSite): number {
  return RECORDS_OF_PEOPLE_OR_MONEY.test(tableNamed(site, /FROM\s+([\w."\x60]+)/i)) ? BULK_ROWS_WEIGHT : 18;
}

/**
 * ALTER TABLE that only adds nullable columns rewrites nothing and locks briefly: additive. NOT NULL, constraints,
 * renames, type changes and drops change what live rows hold or who can read them.
 */
/** The table a statement names, created further up in the same proposal: new, so empty. */
function createdAbove(site: MatchSite, name: string): boolean {
  const escaped = name.replace(/["\x60]/g, "").toLowerCase().replace(/[.]/g, "\\.");
  const lead = before(site, CREATED_REACH).replace(/["\x60]/g, "").toLowerCase();
  return escaped !== "" && new RegExp(String.raw`\bcreate\s+table\s+(?:if\s+not\s+exists\s+)?${escaped}\b`).test(lead);
}

/**
 * CREATE INDEX without CONCURRENTLY blocks writes to the table while it builds: on a live table, a reviewer wants
 * it done concurrently or off-peak. On a table the same proposal creates there is nothing to block.
 */
function indexWeight(site: MatchSite): number | null {
  const rest = restOfStatement(site, 300);
  if (/^\s*CONCURRENTLY\b/i.test(rest)) return null;
  const table = /\bON\s+(?:ONLY\s+)?([\w."\x60]+)/i.exec(rest)?.[1];
  return table === undefined || createdAbove(site, table) ? null : 28;
}

function alterWeight(site: MatchSite): number | null {
  // The statement up to its end, or up to the quote that closes it inside code; comments left out.
  const statement = after(site, 600).split(/[;'"\x60]/)[0]!.replace(/--[^\n]*/g, "");
  const add = /^\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?[\w.]+\s+(ADD\b[\s\S]*)$/i.exec(statement)?.[1];
  if (add === undefined) return 30;
  const additive = add.split(",").every((clause) => /^\s*ADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?\w+\s+\w+(?:\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\s+(?:NULL|DEFAULT\s+NULL))?\s*$/i.test(clause));
  return additive ? null : 30;
}

const EXPORT_VERB = /\b(?:axios\.(?:post|put)|fetch\s*\(|requests\.(?:post|put)|https?\.request|\.upload\w*\s*\(|putObject|sendMail|webhook|to_csv|writeFile\w*|export\w*|share\w*|sell\w*|third[- ]part\w+|partners?\b|advertis\w+|analytics|mixpanel|segment\.(?:track|identify)|pixel|public-read|console\.log|print\s*\(|logger\.)/i;
const PROTECTED_FIELDS = /\b(?:mask\w*|redact\w*|scrub\w*|sanitiz\w*|anonymi[sz]\w*|pseudonymi[sz]\w*|encrypt\w*|hash(?:ed|es)?)\b|\*\*\*/i;
const STORED_COLUMN = /^\s*[\w"`]+\s+(?:VARCHAR|TEXT|CHAR|INTEGER|INT|BIGINT|NUMERIC|STRING|String)\b/i;

const PERSONAL_WORD = /\b(?:patients?|customers?|users?|personal|pii|medical|health|diagnos\w*|ssn|passports?|payroll|employees?|contacts?|emails?|phones?|addresses|dob|birth|salar\w*|kyc|records)\b/i;

function nearPersonalData(site: MatchSite): number | null {
  return PERSONAL_WORD.test(site.text.slice(Math.max(0, site.start - 200), site.end + 200)) ? BLOCK_WEIGHT : null;
}

function personalField(site: MatchSite): number | null {
  const window = site.text.slice(Math.max(0, site.start - 160), site.end + 160);
  const card = /card_?number|cvv|cvc|pan\b/i.test(site.text.slice(site.start, site.end));
  if (EXPORT_VERB.test(window)) return 50;
  // The rows a query selects are often sent a few lines further down; code that masks the fields sends nothing.
  if (/\bSELECT\b/i.test(aroundOnLine(site, 200))) {
    const further = site.text.slice(site.end, site.end + 400);
    if (EXPORT_VERB.test(further) && !PROTECTED_FIELDS.test(further)) return 50;
  }
  if (STORED_COLUMN.test(aroundOnLine(site, 80))) return card ? 48 : 28;
  return null;
}

// How much of a self-improvement plan is read for what it changes.
const PLAN_REACH = 20_000;
/**
 * What makes a self-improvement more than advice: it changes the agent's own running system: the schema of its live
 * tables, its prompts, schedule, budgets or model, or its code applied to production. Process advice, dashboards,
 * alerting, docs and tests are routine; gates and review rules have signals of their own.
 */
const OWN_SYSTEM_CHANGE = new RegExp(
  [
    String.raw`\bALTER\s+TABLE\b|\bCREATE\s+(?:UNIQUE\s+)?INDEX\b`,
    String.raw`\b(?:update|updates|updating|alter|alters|altering|change|changes|changing|modify|modifies|fix|fixes|fixing|adjust|adjusting|optimi[sz]e|optimi[sz]ing)\s+(?:the\s+|our\s+|its\s+)?(?:database\s+|db\s+|table\s+)?schema\b|\b(?:update|updating|alter|altering|modify|modifying)\s+the\s+\S+\s+table\s+to\s+(?:include|add|have)\b|\bschema\s+(?:update|adjustment|change|migration|fix)\b`,
    String.raw`\b(?:run|runs|running|apply|applies|applying|create|write)\s+(?:a\s+|the\s+|this\s+)?(?:database\s+|schema\s+)?migration\b|\bmigration\s+scripts?\b`,
    String.raw`\b(?:add|adds|adding)\s+(?:back\s+)?(?:the\s+|a\s+|an\s+|any\s+)?(?:necessary\s+|missing\s+|new\s+|required\s+)?(?:\x60?\w+\x60?\s+)?(?:columns?|indexes|indices|index)\b`,
    String.raw`\b(?:to|on|in)\s+the\s+(?:production|live)\s+(?:database|db|system)\b`,
    String.raw`\b(?:route|routes|reroute|move|moves|switch|switches|migrate|migrates)\s+(?:the\s+|all\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:webhooks?|tasks|jobs|traffic|requests|events|payments)\s+(?:through|onto|via|to)\s+(?:the\s+|a\s+)?(?:new\s+)?(?:[\w-]+\s+)?(?:queue|worker|service|pipeline|cluster)\b`,
    String.raw`\b(?:task|execution|job)\s+(?:pipeline|worker|executor|queue|runner|scheduler)\b|\bretry\s+polic(?:y|ies)\b|\bretry\s+failed\s+[\w\x60-]+\s+tasks\b`,
    String.raw`\b(?:indexes|indices|index|columns?)\s+(?:of|on|to|in)\s+the\s+\S+\s+table\b`,
    String.raw`\b(?:replace|replaces|rewrite|rewrites|edit|edits|change|changes|update|updates)\s+(?:the\s+|its\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:prompts?|system\s+prompt|prompt\s+templates?|scheduler|token\s+budget)\b|\bprompts\/\S+`,
  ].join("|"),
  "i",
);

/** The kind prefix opens the proposal; the same words further down quote it. A plan counts by what it changes. */
function selfImprovementWeight(site: MatchSite): number | null {
  let index = 0;
  while (index < site.start && /\s/.test(site.text[index]!)) index++;
  if (index !== site.start) return null;
  return OWN_SYSTEM_CHANGE.test(site.text.slice(site.end, site.end + PLAN_REACH)) ? 28 : null;
}

// The cookie that carries the login: a session's settings, or a cookie named for a session, token or login.
const SESSION_COOKIE = /session|\bsid\b|\.sid\b|auth|token|jwt|remember|login|\bcookie\s*:/i;

function cookieWeight(site: MatchSite): number | null {
  // A theme or consent cookie holds no login; a mail transport's `secure: false` is STARTTLS.
  const around = site.text.slice(Math.max(0, site.start - 200), site.end + 100);
  if (/^secure/i.test(site.text.slice(site.start, site.end))) return /\b(?:cookie|session)/i.test(around) ? 30 : null;
  return SESSION_COOKIE.test(around) ? 30 : null;
}

// A template is input when its source names the user, the request or a customer's own text.
const TEMPLATE_FROM_USER = /\b\w*(?:user|input|custom|submitted|untrusted|payload|body|params)\w*\b/i;

function templateSource(site: MatchSite): number | null {
  const argument = /^[^,)]*/.exec(after(site, 160))?.[0] ?? "";
  if (REQUEST_INPUT.test(argument)) return 45;
  return TEMPLATE_FROM_USER.test(argument.replace(STRING_LITERAL, '""')) ? 32 : null;
}

// The agent's own settings: a block for one of its loops, or a budget near words naming the agent.
const AGENT_CONTEXT = /\b(?:self_improvement|idea_implementation|agent|autonom\w*|cycles?|llm|ollama)\b/i;

function agentLimits(site: MatchSite): number | null {
  if (/^["']/.test(site.text.slice(site.start, site.end))) return /\b(?:schedule|cron|interval|max_tokens\w*|budget\w*|model|enabled)\b/i.test(after(site, 300)) ? 30 : null;
  return AGENT_CONTEXT.test(before(site, 600)) ? 30 : null;
}

// Where a dump goes once written: another host, a bucket.
const OFF_HOST = /\baws\s+s3\s+(?:cp|sync|mv)\b|\bgsutil\s+(?:-m\s+)?(?:cp|rsync|mv)\b|\bscp\s|\brsync\s|\brclone\s|\baz\s+storage\s+blob\s+upload|\.upload\w*\s*\(|\bputObject\b|\bupload_file\b|\bcurl\b[^\n]*(?:\s-T\s|--upload-file|\s-F\s)|\|\s*ssh\b/i;

function dumpLeavesHost(site: MatchSite): number | null {
  return OFF_HOST.test(site.text.slice(site.start, site.end + 800)) ? REVIEW_WEIGHT : null;
}

// Route middleware and decorators that check who is calling.
const GUARD = String.raw`(?:requireAuth\w*|requireAdmin\w*|requireRole\w*|requireUser|requireLogin|requireSession|ensureAuth\w*|ensureLoggedIn|ensureAdmin|isAuthenticated|isAdmin|checkAuth\w*|checkPermissions?|checkRole|verifyToken|verifyJwt|authenticateToken|authenticateUser|authMiddleware|adminOnly|login_required|permission_required|IsAuthenticated|IsAdminUser)`;

/** The built-in signals: each one what a careful reviewer would stop at, not a word that merely sounds risky. */
export const BUILT_IN_SIGNALS: readonly SignalDefinition[] = [
  // destructive-data
  { id: "sql-drop-table", category: "destructive-data", weight: BLOCK_WEIGHT, description: "drops a table, schema or database", hints: ["drop"], pattern: String.raw`\bDROP${S}(?:TABLE|DATABASE|SCHEMA|COLLECTION)\b`, refine: dropOfExisting },
  { id: "sql-truncate", category: "destructive-data", weight: BLOCK_WEIGHT, description: "empties a table", hints: ["truncate"], pattern: String.raw`\bTRUNCATE${S}(?:TABLE${S})?(?:ONLY${S})?${NAME}${O}(?:;|$|,|\bCASCADE\b|\bRESTART\b|["'\x60])` },
  { id: "sql-delete-all", category: "destructive-data", weight: BLOCK_WEIGHT, description: "deletes every row of a table (no narrowing WHERE)", hints: ["delete"], pattern: String.raw`\bDELETE${S}FROM${S}${NAME}(?:${O}(?:;|$|\)|["'\x60])|${S}WHERE${S}(?:1${O}=${O}1|TRUE)\b)`, refine: deleteAllWeight },
  { id: "sql-delete-where", category: "destructive-data", weight: 18, description: "deletes the rows a WHERE clause selects (by condition, not by key: review)", hints: ["delete"], pattern: String.raw`\bDELETE${S}FROM${S}${NAME}${S}WHERE\b`, refine: deleteWhereWeight },
  { id: "sql-update-all", category: "destructive-data", weight: 50, description: "overwrites a column in every row (UPDATE without WHERE; review for a standalone UPDATE by condition)", hints: ["update"], pattern: String.raw`\bUPDATE${S}${NAME}(?:${S}SET\b|${O}$)`, refine: updateWeight },
  { id: "sql-drop-column", category: "destructive-data", weight: 52, description: "drops a column and the data in it", hints: ["alter"], pattern: String.raw`\bALTER${S}TABLE${S}(?:IF${S}EXISTS${S})?${NAME}${S}DROP${S}(?:COLUMN\b|(?!CONSTRAINT\b|DEFAULT\b|NOT\b|INDEX\b)[\w"\x60]+)`, refine: outsideRollback(52) },
  { id: "orm-drop", category: "destructive-data", weight: 52, description: "drops tables or columns through a migration API, or forces a sync that recreates tables", hints: ["droptable", "dropalltables", "removecolumn", "drop_table", "remove_column", "dropdatabase", "dropcollection", "drop_all", "sync", ".drop"], pattern: String.raw`\b(?:dropTable|dropAllTables|removeColumn|drop_table|remove_column|dropDatabase|dropCollection|drop_all)${O}\(|\bsync${O}\(${O}\{${O}force${O}:${O}true\b|\bdb\.\w+\.drop${O}\(${O}\)`, refine: outsideRollback(52) },
  { id: "nosql-delete-all", category: "destructive-data", weight: BLOCK_WEIGHT, description: "deletes every document or row (empty filter), or flushes a store", hints: ["deletemany", ".remove", ".destroy", "delete_many", ".truncate", "flushall", "flushdb"], pattern: String.raw`\.(?:deleteMany|remove|destroy|delete_many|truncate)${O}\(${O}(?:\{${O}\}|\{${O}where${O}:${O}\{${O}\}${O}\}|\{[^\n)]{0,40}\btruncate${O}:${O}true)|\b(?:FLUSHALL|FLUSHDB)\b|\.flushall${O}\(` },
  { id: "nosql-delete-where", category: "destructive-data", weight: BULK_ROWS_WEIGHT, description: "deletes the documents a filter selects from a collection of people or money", hints: ["deletemany", "delete_many"], pattern: String.raw`\.(?:deleteMany|delete_many)${O}\(${O}\{${O}[\w$"']`, refine: collectionOfPeopleOrMoney },
  { id: "shell-rm-recursive", category: "destructive-data", weight: BLOCK_WEIGHT, description: "removes files recursively (data paths block; caches and build output are ignored)", hints: ["rm ", "rm\t"], pattern: String.raw`\brm${S}(?:-[a-zA-Z]*[rR][a-zA-Z]*|--recursive)(?:${S}-[a-zA-Z]+)*(?=${S})`, refine: rmWeight },
  { id: "cluster-delete", category: "destructive-data", weight: BLOCK_WEIGHT, description: "deletes cluster resources (namespaces, volumes, everything)", hints: ["kubectl", "helm"], pattern: String.raw`\bkubectl${S}delete${S}(?:namespaces?|ns|pvc|pv|persistentvolume\w*|all|statefulsets?|deployments?|secrets?|--all)\b|\bhelm${S}(?:uninstall|delete)\b` },
  { id: "cloud-delete", category: "destructive-data", weight: BLOCK_WEIGHT, description: "destroys cloud infrastructure or storage (terraform destroy, bucket or database deletion)", hints: ["terraform", "aws", "gsutil", "deletebucket", "delete_bucket", "deleteobjects", "delete_objects", "gcloud", "az ", "docker", "heroku", "dropdb"], pattern: String.raw`\bterraform${S}(?:destroy\b|apply\b[^\n]{0,60}-destroy\b)|\baws${S}s3${S}(?:rb\b|rm\b[^\n]{0,200}--recursive)|\bgsutil${S}(?:-m${S})?(?:rm${S}-[a-zA-Z]*r|rb\b)|\b(?:deleteBucket|DeleteBucket|delete_bucket|deleteObjects|delete_objects|DeleteObjects)\b|\baws${S}(?:rds${S}delete-db-\w+|dynamodb${S}delete-table|ec2${S}terminate-instances|s3api${S}delete-bucket)\b|\bgcloud${S}(?:[\w-]+${S}){1,3}delete\b|\baz${S}(?:[\w-]+${S}){1,3}delete\b|\bdocker${S}(?:volume${S}(?:rm|prune)|system${S}prune)\b|\bheroku${S}(?:pg:reset|apps:destroy)\b|\bdropdb${S}` },
  { id: "force-push", category: "destructive-data", weight: 42, description: "rewrites shared history (force push, hard reset of a shared branch)", hints: ["git"], pattern: String.raw`\bgit${S}push\b[^\n]{0,80}?(?:--force\b|${S}-f\b)|\bgit${S}reset${S}--hard${S}origin\b` },
  { id: "prose-irreversible-delete", category: "destructive-data", weight: BLOCK_WEIGHT, prose: true, description: "says it deletes data for good", hints: ["truncat", "empt", "permanently", "irreversibly", "irrevocably", "delet", "wip", "purg", "eras", "drop", "destroy", "remov", "reset", "nuke", "recreate"], pattern: String.raw`\b(?:permanently|irreversibly|irrevocably)${S}(?:delete|remove|erase|purge|wipe|destroy|drop)\w*|\b(?:delete|deletes|deleting|wipe|wipes|wiping|purge|purges|purging|erase|erases|drop|drops|dropping|destroy|destroys|remove|removes|removing|truncate|truncates|truncating|empty|empties|emptying)${S}(?:all${S}(?:of${S})?|every${S}|the${S}entire${S}|the${S}whole${S}|our${S}entire${S}|all${S}the${S})(?:[\w-]+${S}){0,2}?(?:data(?:base)?s?|records|rows|tables|users|user${S}accounts|accounts|customers|customer${S}data|backups|history|files|documents|uploads|orders|transactions|logs|buckets?|volumes?)\b|\b(?:reset|wipe|nuke|recreate)${S}(?:the${S})?(?:production${S}|prod${S}|live${S})(?:database|db|data)\b` },
  // schema-change
  { id: "sql-alter-table", category: "schema-change", weight: 30, description: "alters a table that may hold live data (adding a nullable column is additive)", hints: ["alter"], pattern: String.raw`\bALTER${S}TABLE\b`, refine: alterWeight },
  { id: "sql-drop-object", category: "schema-change", weight: 30, description: "drops an index, constraint, view, trigger or function", hints: ["drop"], pattern: String.raw`\bDROP${S}(?:INDEX|CONSTRAINT|VIEW|TRIGGER|FUNCTION|TYPE|SEQUENCE)\b` },
  { id: "sql-index-locking", category: "schema-change", weight: 28, description: "builds an index on an existing table without CONCURRENTLY (writes wait while it builds)", hints: ["create index", "create unique index"], pattern: String.raw`\bCREATE (?:UNIQUE )?INDEX\b`, refine: indexWeight },
  { id: "orm-alter", category: "schema-change", weight: 30, description: "changes columns through a migration API or an altering sync", hints: ["renamecolumn", "changecolumn", "rename_column", "change_column", "renametable", "rename_table", "alter_column", "sync"], pattern: String.raw`\b(?:renameColumn|changeColumn|rename_column|change_column|renameTable|rename_table|alter_column)${O}\(|\bsync${O}\(${O}\{${O}alter${O}:${O}true\b` },
  { id: "prose-live-migration", category: "schema-change", weight: 30, prose: true, description: "runs a schema migration on the live database", hints: ["migration"], pattern: String.raw`\b(?:run|runs|running|apply|applies|applying)${S}(?:the${S}|a${S}|this${S})?(?:schema${S}|database${S})?migrations?${S}(?:directly${S})?(?:on|to|against|in)${S}(?:the${S})?(?:production|prod|live)\b` },
  // money-movement
  { id: "payment-charge", category: "money-movement", weight: 35, description: "charges a customer (block when in a loop or off-session)", hints: ["stripe", "createcharge", "chargecustomer", "chargecard", "chargesavedcard", "createstripetransaction", "chargeuser"], pattern: String.raw`\bstripe\w*\.(?:charges|paymentIntents|payment_intents|invoices)\.(?:create|confirm|capture|pay)\b|\bstripe\.(?:Charge|PaymentIntent)\.(?:create|confirm|capture)\b|\b(?:createCharge|chargeCustomer|chargeCard|chargeSavedCard|createStripeTransaction|chargeUser)${O}\(`, refine: chargeWeight(35) },
  { id: "payment-payout", category: "money-movement", weight: 40, description: "sends money out (refunds, payouts, transfers; block in a loop, for the whole balance or to a destination read from settings)", hints: ["stripe", "issuerefund", "refundpayment", "createrefund", "sendpayout", "createpayout", "createtransfer", "transferfunds"], pattern: String.raw`\bstripe\w*\.(?:refunds|payouts|transfers)\.create\b|\bstripe\.(?:Refund|Payout|Transfer)\.create\b|\b(?:issueRefund|refundPayment|createRefund|sendPayout|createPayout|createTransfer|transferFunds)${O}\(`, refine: payoutWeight },
  { id: "payment-off-session", category: "money-movement", weight: 50, description: "charges saved cards without the customer present", hints: ["off_session"], pattern: String.raw`\boff_session${O}[:=]${O}(?:true|True)\b` },
  { id: "payment-subscription-change", category: "money-movement", weight: 32, description: "changes what customers pay (prices, plans, subscriptions)", hints: ["stripe"], pattern: String.raw`\bstripe\w*\.(?:prices|plans|subscriptions|subscriptionItems|coupons)\.(?:create|update|cancel|del)\b|\bstripe\.(?:Price|Plan|Subscription)\.(?:create|modify|delete)\b` },
  { id: "payment-checkout", category: "money-movement", weight: 28, description: "opens a payment flow (checkout session)", hints: ["stripe", "createcheckoutsession"], pattern: String.raw`\bstripe\w*\.checkout\.sessions\.create\b|\b(?:stripe\w*\.)?createCheckoutSession${O}\(` },
  { id: "prose-mass-charge", category: "money-movement", weight: BLOCK_WEIGHT, prose: true, description: "says it charges, bills or refunds many customers", hints: ["charg", "bill", "refund", "pay"], pattern: String.raw`\b(?:charge|charges|charging|bill|bills|billing|refund|refunds|refunding|re-charge|recharge|pay|pays|paying|payout|payouts|pay${S}out|pays${S}out|paying${S}out)${S}(?:\w+${S}){0,2}?(?:to${S})?(?:all|every|each)${S}(?:of${S})?(?:our${S}|the${S})?(?:[\w-]+${S}){0,2}?(?:customers?|users?|subscribers?|members?|accounts?|cards?|clients?|sellers?|creators?|vendors?|affiliates?|partners?|drivers?|contractors?|orders?|purchases?|transactions?|invoices?|subscriptions?|bookings?)\b|\bcharg(?:e|es|ing)${S}(?:the${S})?(?:saved|stored)${S}(?:credit${S})?cards?\b` },
  { id: "prose-price-change", category: "money-movement", weight: 48, prose: true, description: "changes the prices existing customers pay", hints: ["price", "pricing"], pattern: String.raw`\b(?:increase|increases|increasing|raise|raises|raising|change|changes|changing|double|doubles|update|updates)${S}(?:the${S}|our${S}|all${S})?(?:subscription${S}|plan${S}|monthly${S})?(?:prices|pricing)${S}(?:for|of|on)${S}(?:all|every|existing)\b` },
  // security-weakening
  { id: "tls-verify-off", category: "security-weakening", weight: BLOCK_WEIGHT, description: "turns off TLS certificate verification", hints: ["rejectunauthorized", "verify", "node_tls", "insecureskipverify", "cert_none", "check_hostname", "strictssl", "curl", "verification", "validation", "check"], pattern: String.raw`\brejectUnauthorized${O}:${O}false\b|\bverify${O}=${O}False\b|\bNODE_TLS_REJECT_UNAUTHORIZED${O}=${O}['"]?0\b|\bInsecureSkipVerify${O}:${O}true\b|\bCERT_NONE\b|\bcheck_hostname${O}=${O}False\b|\bstrictSSL${O}:${O}false\b|\bcurl${S}(?:[^\n|]{0,80}${S})?(?:-k|--insecure)\b|\b(?:disable|disables|disabling|turn${S}off|turns${S}off|skip|skips|skipping|bypass|bypasses|bypassing)${S}(?:the${S})?(?:TLS|SSL|certificate|cert)${S}(?:verification|validation|checks?)\b` },
  { id: "auth-check-removed", category: "security-weakening", weight: 50, description: "removes or bypasses an authentication, permission or CSRF check", hints: ["check", "middleware", "guard", "verification", "validation", "requirement", "protection", "csrf", "ignoreexpiration", "algorithms"], pattern: String.raw`\b(?:remove|removes|removing|disable|disables|disabling|bypass|bypasses|bypassing|skip|skips|skipping|drop|drops|dropping|comment${S}out|comments${S}out|commenting${S}out|turn${S}off|turns${S}off)${S}(?:the${S}|all${S}|any${S}|our${S})?(?:[\w-]+${S})?(?:auth|authentication|authorization|permission|permissions|access[- ]control|admin|role|csrf|CSRF|rate[- ]limit(?:ing)?|2fa|mfa|MFA|2FA|signature|webhook${S}signature)${S}(?:checks?|middleware|guards?|verification|validation|requirements?|protection)\b|\bcsrf${O}:${O}false\b|\bignoreExpiration${O}:${O}true\b|\balgorithms${O}:${O}\[${O}['"]none['"]` },
  { id: "cors-wildcard", category: "security-weakening", weight: 15, description: "allows any origin, or echoes the request's (blocks together with credentials)", hints: ["origin"], pattern: String.raw`\borigin${O}:${O}(?:['"\x60]\*['"\x60]|true\b|req(?:uest)?\.headers?\.origin\b)|Access-Control-Allow-Origin['"]?\]?${O}[,:=]${O}(?:['"]\*|req(?:uest)?\.(?:headers?\.origin\b|headers?\[['"]origin|get\(${O}['"]origin)|request\.headers\.get\(${O}['"]origin)`, refine: corsCredentials },
  { id: "secret-logged", category: "security-weakening", weight: 48, description: "writes a secret to the logs", hints: ["console.", "print", "logger.", "logging.", "log."], pattern: String.raw`(?:\bconsole\.(?:log|info|debug|warn|error)|\bprint|\blogger\.\w+|\blogging\.\w+|\blog\.(?:info|debug|warn|error))${O}\(`, refine: loggedSecret },
  { id: "secret-hardcoded", category: "security-weakening", weight: 40, description: "writes a secret into the code", hints: ["password", "passwd", "secret", "apikey", "api_key", "authtoken", "auth_token", "accesstoken", "access_token", "privatekey", "private_key"], pattern: String.raw`\b(?:password|passwd|secret|api_?key|apiKey|secret_?key|secretKey|auth_?token|access_?token|private_?key)\w*['"]?${O}[:=]${O}['"][^'"\n]{8,}['"]`, refine: hardcodedSecret },
  { id: "secret-in-url", category: "security-weakening", weight: 40, description: "writes a password into a connection string", hints: ["://"], pattern: String.raw`\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@'"\x60]+:[^\s@/'"\x60]+@[^\s/:?'"\x60]+`, refine: inlinePassword },
  { id: "secret-committed", category: "security-weakening", weight: 48, description: "commits a secrets file or a live key", hints: ["git", "commit", "push", "check", "sk_live_", "rk_live_", "akia", "-----begin"], pattern: String.raw`\bgit${S}add${S}(?:-f${S})?[^\n]{0,40}\.env\b|\b(?:commit|commits|committing|push|pushes|check${S}in)${S}(?:the${S})?\.env\b|\b(?:sk|rk)_live_[0-9A-Za-z]{10,}|\bAKIA[0-9A-Z]{16}\b|-----BEGIN${S}(?:RSA${S}|EC${S}|OPENSSH${S})?PRIVATE${S}KEY-----` },
  { id: "permissions-widened", category: "security-weakening", weight: 40, description: "opens files, storage or access to everyone", hints: ["chmod", "grant", "acl", "principal", "permitrootlogin", "nopasswd", "0.0.0.0/0", "permissions", "blockpublicacls"], pattern: String.raw`\bchmod${S}(?:-R${S})?(?:777|666|a\+w|o\+w)\b|\bGRANT${S}ALL\b|\bACL${O}['"]?${O}[:=]${O}['"]public-read(?:-write)?['"]|['"]Principal['"]${O}:${O}['"]\*['"]|\bPermitRootLogin${S}yes\b|\bNOPASSWD\b|\b0\.0\.0\.0\/0\b|\bpermissions${O}:${O}write-all\b|\bBlockPublicAcls['"]?${O}[:=]${O}false` },
  { id: "admin-role-granted", category: "security-weakening", weight: BLOCK_WEIGHT, description: "grants an owner, editor or administrator role, or every action", hints: ["roles/owner", "roles/editor", "administratoraccess", "cluster-admin", "\"action\"", "'action'"], pattern: String.raw`\broles\/(?:owner|editor)\b|\bAdministratorAccess\b|\bcluster-admin\b|['"]Action['"]${O}:${O}['"]\*['"]` },
  { id: "auth-skipped-by-env", category: "security-weakening", weight: BLOCK_WEIGHT, description: "lets requests past an authentication or permission check when running in production or when a setting says so", hints: ["next()"], pattern: String.raw`\bif${O}\([^)\n]{0,120}\b(?:production|NODE_ENV|SKIP_AUTH|DISABLE_AUTH|AUTH_DISABLED|BYPASS_AUTH)\b[^)\n]{0,60}\)${O}(?:\{${O})?(?:return${S})?next${O}\(${O}\)` },
  { id: "token-lifetime-long", category: "security-weakening", weight: REVIEW_WEIGHT, description: "lets access tokens or sessions live for a week or more", hints: ["expiresin", "expires_in", "token_ttl", "tokenttl", "jwt_expir", "jwtexpir"], pattern: String.raw`\b(?:expiresIn|expires_in|\w*token_?ttl|\w*Token_?Ttl|jwt_?expir\w*|JWT_?EXPIR\w*)['"]?${O}[:=]${O}['"]?(?:[7-9]|[1-9]\d+)${O}(?:d|days?)\b` },
  { id: "auth-guard-removed", category: "security-weakening", weight: 52, statement: true, description: "takes an authentication or permission middleware off routes (a comment saying so is evidence too)", hints: ["auth", "login", "permission", "access", "requireauth", "requireadmin", "requirerole", "requireuser", "requirelogin", "requiresession", "ensureauth", "ensureloggedin", "ensureadmin", "isauthenticated", "isadmin", "checkauth", "checkpermission", "checkrole", "verifytoken", "verifyjwt", "authenticatetoken", "authenticateuser", "authmiddleware", "adminonly", "login_required", "permission_required"], pattern: String.raw`\b${GUARD}${S}(?:middleware${S}|guard${S}|checks?${S}|decorator${S})?(?:is${S}|was${S}|has${S}been${S}|have${S}been${S}|are${S})?(?:now${S})?(?:removed|dropped|disabled|deleted|commented${S}out|bypassed|taken${S}out)\b|\b(?:remove|removes|removing|drop|drops|dropping|delete|deletes|deleting|disable|disables|disabling|comment${S}out|comments${S}out|commenting${S}out|take${S}out|takes${S}out|bypass|bypasses|bypassing)${S}(?:the${S})?${GUARD}\b|\b(?:remove|removes|removing|drop|drops|dropping|disable|disables|disabling|strip|strips|stripping|turn${S}off|turns${S}off|bypass|bypasses|bypassing)${S}(?:the${S})?(?:authenticate|authentication|authorization|auth|login|permission|access)${S}(?:middleware${S}|checks?${S}|guards?${S}|requirements?${S})?(?:from|on|for)${S}(?:the${S}|all${S}|our${S})?(?:[\w/-]+${S}){0,2}?(?:routes?|endpoints?|api|apis|pages?|dashboard|admin|handlers?)\b` },
  { id: "auth-guard-diff-removed", category: "security-weakening", weight: 52, removal: true, description: "a diff takes an authentication or permission middleware out", hints: ["requireauth", "requireadmin", "requirerole", "requireuser", "requirelogin", "requiresession", "ensureauth", "ensureloggedin", "ensureadmin", "isauthenticated", "isadmin", "checkauth", "checkpermission", "checkrole", "verifytoken", "verifyjwt", "authenticatetoken", "authenticateuser", "authmiddleware", "adminonly", "login_required", "permission_required"], pattern: String.raw`^-(?!-)[^\n]*?\b${GUARD}\b` },
  { id: "cookie-weakened", category: "security-weakening", weight: 30, description: "weakens the session cookie (sent cross-site, readable by scripts, or over plain HTTP); other cookies hold no login", hints: ["samesite", "same_site", "httponly", "http_only", "session_cookie", "secure"], pattern: String.raw`\bsame_?site${O}['"]?${O}[:=]${O}['"]?none\b|\bSameSite=None\b|\bSESSION_COOKIE_(?:SECURE|HTTPONLY)${O}=${O}False\b|\bhttp_?only['"]?${O}[:=]${O}false\b|\bsecure['"]?${O}[:=]${O}(?:false|False)\b`, refine: cookieWeight },
  { id: "permission-grant", category: "security-weakening", weight: 30, prose: true, description: "gives a role or team access to billing, payment, personal or production data", hints: ["give", "grant"], pattern: String.raw`\b(?:give|gives|giving|grant|grants|granting)${S}(?:the${S}|our${S}|all${S}|every${S})?(?:[\w-]+${S}){0,2}?(?:(?:read-only|read|write|full|admin|root|edit)${S})?(?:access|permissions?|rights)${S}(?:to|on|for|over)${S}(?!(?:their|your|his|her|its|my)\b)(?:the${S}|all${S}|our${S})?(?:[\w-]+${S})?(?:billing|payments?|payment${S}methods|invoices|subscriptions|customer${S}(?:data|records)|personal${S}data|user${S}data|PII|pii|admin|production|prod|secrets|financial${S}data|health${S}data|patient${S}records)\b` },
  // untrusted-execution
  { id: "exec-input", category: "untrusted-execution", weight: 38, description: "runs a command or code built from values (block when they come from the request)", hints: ["exec", "spawn", "eval", "system", "popen", "check_output", "runin", "run(", "run (", "call(", "call (", "new function"], pattern: String.raw`(?<![\w$.])(?:child_process\.|childProcess\.|cp\.|os\.|subprocess\.)?(?:exec|execSync|spawn|spawnSync|execFile|execFileSync|eval|system|popen|run|call|Popen|check_output|runInNewContext|runInThisContext)[ ]?\((?!${O}\))|\bnew Function${O}\(`, refine: commandFrom },
  { id: "curl-pipe-shell", category: "untrusted-execution", weight: BLOCK_WEIGHT, description: "runs a script fetched from the network", hints: ["curl", "wget", "iex"], pattern: String.raw`\b(?:curl|wget)\b[^\n|]{0,200}\|${O}(?:sudo${S})?(?:ba|z|k)?sh\b|\b(?:ba)?sh${S}<\(${O}(?:curl|wget)\b|\biex${O}\(${O}(?:New-Object|iwr|Invoke-WebRequest)` },
  { id: "unsafe-deserialize", category: "untrusted-execution", weight: 38, description: "unpickles or deserializes data that may be untrusted", hints: ["pickle", "dill", "joblib", "marshal", "shelve", "yaml.load", "unserialize", "objectinputstream", "node-serialize"], pattern: String.raw`\b(?:pickle|cPickle|dill|joblib|marshal|shelve)\.loads?${O}\(|\byaml\.load${O}\((?![^\n]*SafeLoader)|\bunserialize${O}\(|\bMarshal\.load\b|\bObjectInputStream\b|\bnode-serialize\b|\bserialize\.unserialize\b`, refine: unpickle },
  { id: "sql-from-input", category: "untrusted-execution", weight: 50, description: "builds SQL from request input", hints: ["query", "execute", "raw", "exec", "run(", "run (", "f\"", "f'"], pattern: String.raw`\b(?:query|execute|raw|exec|run)[ ]?\(${O}(?:\x60[^\x60\n]*\$\{${O}req(?:uest)?\.(?:body|query|params)|['"][^'"\n]*\b(?:SELECT|INSERT|UPDATE|DELETE)\b[^'"\n]*['"]${O}\+${O}req(?:uest)?\.(?:body|query|params))|\bf["'](?:SELECT|INSERT|UPDATE|DELETE)\b[^\n]*\{request\.` },
  { id: "prose-run-untrusted", category: "untrusted-execution", weight: BLOCK_WEIGHT, prose: true, description: "says it runs code or commands it receives", hints: ["execut", "run", "eval"], pattern: String.raw`\b(?:execute|executes|executing|run|runs|running|eval|evaluate|evaluates|evaluating)${S}(?:the${S}|any${S}|arbitrary${S})?(?:user[- ]supplied${S}|user[- ]provided${S}|incoming${S}|submitted${S})?(?:code|commands?|scripts?|shell${S}commands?|snippets?|python|javascript)${S}(?:from|sent${S}by|sent${S}in|supplied${S}by|provided${S}by|submitted${S}by|received${S}from|in)${S}(?:the${S}|a${S}|each${S})?(?:users?|requests?|clients?|webhooks?|payloads?|chat|messages?|input|request${S}body|issue${S}comments?|emails?|customers?)\b` },
  { id: "template-from-input", category: "untrusted-execution", weight: 32, description: "compiles a template users wrote (server-side template injection; block when it comes from the request)", hints: ["handlebars", "hbs.", "ejs.", "pug.", "nunjucks", "mustache", "dot.", "_.template", "lodash.template", "render_template_string", "jinja2.template", "from_string"], pattern: String.raw`\b(?:Handlebars|handlebars|hbs|ejs|pug|nunjucks|Mustache|mustache|doT|dot|_|lodash|jinja2|env|environment)\.(?:compile|render|renderString|template|from_string)${O}\(|\brender_template_string${O}\(|\bjinja2\.Template${O}\(`, refine: templateSource },
  // outbound-messages
  { id: "message-send", category: "outbound-messages", weight: REVIEW_WEIGHT, description: "sends email, SMS or push messages (block when sent to many who did not opt in; a message a user's own request triggers is routine)", hints: ["sgmail", "sg.", "sendgrid", "mailgun", "transporter", "mailer", "ses.", "sesclient", "twilio", "client.messages", "messaging", "webpush", "fcm", "resend", "postmark", "mailchimp", "brevo", "sendemail", "sendsms", "sendpush", "sendbulkemail", "sendnewsletter", "sendnotificationtoall", "broadcast", "mg.", "sns.", "sendmail", "send_mail", "send_mass_mail", "emailmessage"], pattern: String.raw`\b(?:sgMail|sg|sendgrid|mailgun|mg|transporter|mailer|ses|sesClient|twilio|twilioClient|client\.messages|messaging|webpush|fcm|resend\.emails|postmark|mailchimp\w*|brevo|sns)\.(?:send|sendMultiple|sendMail|sendEmail|sendEach\w*|sendToTopic|sendMulticast|sendBulk\w*|sendNotification|publish)\b|\b(?:sendEmail|sendSms|sendSMS|sendPush|sendBulkEmail|sendNewsletter|sendNotificationToAll|broadcast\w*)${O}\(|\b(?:client|twilio|twilioClient|smsClient)\.messages\.create\b|\bmessaging\(\)\.send\w*${O}\(|\.sendmail${O}\(|\bsend_mail${O}\(|\bsend_mass_mail${O}\(|\bEmailMessage\([^\n]{0,200}\.send\(`, refine: sendWeight },
  { id: "message-bulk-api", category: "outbound-messages", weight: 50, description: "sends to a whole list in one call (review when the list opted in)", hints: ["sendmultiple", "sendeachformulticast", "sendtotopic", "sendmulticast", "sendbulk", "sendnewsletter", "sendnotificationtoall", "broadcasttoall", "sendemailbatch", "sendbatch", "send_batch", "batchsend", "send_mass_mail", "bulk_send", "bulksend"], pattern: String.raw`\b(?:sendMultiple|sendEachForMulticast|sendToTopic|sendMulticast|sendBulk\w*|sendNewsletter|sendNotificationToAll|broadcastToAll|sendEmailBatch\w*|sendBatch\w*|send_batch\w*|batchSend\w*|send_mass_mail|bulk_send\w*|bulkSend\w*)\b`, refine: bulkSendWeight },
  { id: "prose-mass-message", category: "outbound-messages", weight: 52, prose: true, description: "says it messages many people", hints: ["users", "customers", "subscribers", "contacts", "members", "leads", "clients", "recipients", "people", "accounts", "followers", "patients", "signups", "sign-ups", "prospects", "registrants", "attendees", "students", "parents", "guests", "donors", "fans", "readers", "players", "employees", "staff"], pattern: String.raw`\b(?:email|emails|e-mail|text|texts|sms|message|messages|notify|notifies|notifying|push|pushes|send|sends|sending|blast|blasts|mail|mails)${S}(?:out${S})?(?:an?${S}|the${S}|our${S})?(?:[\w-]+${S}){0,2}?(?:to${S})?(?:all|every|each|our${S}entire|the${S}entire|all${S}of${S}our|\d{1,3}(?:,\d{3})+|\d{4,})${S}(?:of${S}our${S}|our${S}|the${S})?(?:[\w,-]+${S}){0,2}?(?:users|customers|subscribers|contacts|members|leads|clients|recipients|people|accounts|followers|patients|signups|sign-ups|prospects|registrants|attendees|students|parents|guests|donors|fans|readers|players|employees|staff)\b` },
  { id: "public-post", category: "outbound-messages", weight: REVIEW_WEIGHT, description: "posts publicly (social media) on the owner's behalf (block when generated posts go out on a timer unreviewed)", hints: ["twitter", "rwclient", "client.v", "tweet", "linkedin", "facebook", "reddit", "mastodon", "bluesky", "instagram", "auto-post", "autopost", "auto-publish", "autopublish", "automatically", "x_client", "xclient", "x_api", "xapi", "threads"], pattern: String.raw`\b(?:twitterClient|twitter|rwClient|client\.v[12]|tweet|x_?[cC]lient|x_?api|linkedin|facebook|reddit|mastodon|bluesky|instagram|threads)\w*(?:\.\w+)?\.(?:tweet|post|create|publish|submit|share)\w*${O}\(|\.create_tweet${O}\(|\b(?:auto-?post|auto-?publish|automatically${S}(?:post|posts|publish|publishes|tweet|tweets))\b`, refine: postWeight },
  // self-modification
  { id: "hooks-skipped", category: "self-modification", weight: BLOCK_WEIGHT, description: "skips the hooks and checks that guard commits", hints: ["--no-verify", "husky", "skip_hook", "hookspath"], pattern: String.raw`--no-verify\b|\bHUSKY${O}=${O}0\b|\bSKIP_HOOKS?${O}=${O}(?:1|true)\b|\bcore\.hooksPath${S}\/dev\/null\b` },
  { id: "hook-emptied", category: "self-modification", weight: BLOCK_WEIGHT, description: "turns a git hook that guards commits or pushes into one that always passes", hints: ["husky", "git/hooks", "githooks"], pattern: String.raw`(?:\.husky|\.git\/hooks|\.githooks)\/(?:pre-commit|pre-push|commit-msg)\b[^\n|&;]{0,80}?\bexit${S}0\b|\b(?:exit${S}0|true)\b[^\n]{0,40}?>${O}(?:\.husky|\.git\/hooks|\.githooks)\/(?:pre-commit|pre-push|commit-msg)\b` },
  { id: "gate-setting-raised", category: "self-modification", weight: BLOCK_WEIGHT, description: "sets a gate's review or block threshold in a config", hints: ["severity.block", "severity.review", "gates.", "gate."], pattern: String.raw`\b(?:severity|gates?)\.(?:block|review|fail\w*|max\w*)['"\x60]?${O}[:=]${O}\d` },
  { id: "merge-own-change", category: "self-modification", weight: 50, description: "merges its own change without a reviewer", hints: ["git", "merg", "approv", "push", "commit"], pattern: String.raw`\bgh${S}pr${S}merge\b|\bgit${S}push${S}(?:-u${S})?origin${S}(?:HEAD:)?(?:main|master)\b|\b(?:merge|merges|merging|approve|approves|approving)${S}(?:its|my|our|their)${S}own${S}(?:changes?|pull${S}requests?|PRs?|code|commits?|patches)\b|\bauto-?merge\b|\b(?:push|pushes|pushing|commit|commits|committing)${S}(?:directly${S})?(?:straight${S})?to${S}(?:main|master|production)\b` },
  { id: "gate-change", category: "self-modification", weight: 52, description: "changes its own gates, thresholds, permissions or review rules", hints: ["gate", "threshold", "guardrail", "safety", "review", "approval", "kill", "block_execution", "fsar", "protection", "moderation", "required", "limit", "grant", "giv", "severity-underreported", "max-severity", "block-execution", "block-consistency", "markers", "secrets", "twin-mismatch"], pattern: String.raw`\b(?:raise|raises|raising|increase|increases|increasing|lower|lowers|lowering|relax|relaxes|relaxing|loosen|loosens|loosening|disable|disables|disabling|bypass|bypasses|bypassing|skip|skips|skipping|remove|removes|removing|turn${S}off|turns${S}off|weaken|weakens|weakening|override|overrides|overriding|ignore|ignores|ignoring)${S}(?:the${S}|its${S}|our${S}|my${S}|all${S}|any${S})?(?:own${S})?(?:[\w-]+${S}){0,2}?(?:gates?|thresholds?|guardrails?|safety${S}checks?|review${S}(?:rules?|requirements?|steps?|gates?|queues?)|approval${S}(?:rules?|requirements?|steps?|gates?|queues?)|moderation${S}queues?|human${S}approval|kill[- ]switch|block_execution|fsar${S}(?:gate|checks?|audit)|human${S}review|code${S}review|branch${S}protection|required${S}(?:reviews?|checks?|reviewers?))\b|\b(?:block|review|severity|approval|gate)_?(?:threshold|limit)\w*['"]?${O}[:=]${O}\d|\bblock_execution${O}[:=]${O}(?:false|False)\b|\b(?:set|sets|setting|turn|turns|turning)${S}block_execution${S}(?:to${S})?(?:false|off|0)\b|\b(?:grant|grants|granting|give|gives|giving)${S}(?:itself|the${S}agent|the${S}ai|myself|the${S}bot)${S}(?:admin|write|root|full|elevated|more)\b|^${O}(?:severity-underreported|max-severity|block-execution|block-consistency|markers|secrets|twin-mismatch)${O}:${O}(?:off|\[${O}off\b)` },
  { id: "agent-own-limits", category: "self-modification", weight: 30, description: "changes the agent's own schedule, budgets or limits", hints: ["\"self_improvement\"", "'self_improvement'", "\"idea_implementation\"", "'idea_implementation'", "max_tokens_per", "token_budget", "budget", "max_cycles", "cycles_per", "max_spend", "spend_limit", "max_iterations", "autonomy"], pattern: String.raw`["'](?:self_improvement|idea_implementation)["']${O}:${O}\{|\b(?:max_tokens_per_\w+|token_budget\w*|\w+_budget\w*|budget_per_\w+|max_cycles\w*|cycles_per_\w+|max_spend\w*|spend_limit\w*|max_iterations\w*|autonomy(?:_level)?)['"]?${O}[:=]${O}['"]?\d`, refine: agentLimits },
  { id: "unreviewed-release", category: "self-modification", weight: 52, prose: true, description: "deploys, merges or publishes its own output without a human review", hints: ["without"], pattern: String.raw`\b(?:deploy|deploys|deploying|ship|ships|shipping|release|releases|releasing|publish|publishes|publishing|merge|merges|merging|push|pushes|pushing)${S}(?:[\w-]+${S}){0,3}?(?:to${S}(?:production|prod|main|master|live)${S})?without${S}(?:any${S}|a${S})?(?:human${S}|manual${S})?(?:review|approval|sign-?off)\b` },
  { id: "self-improvement-plan", category: "self-modification", weight: 28, description: "the agent proposes to change its own running system (its live schema, prompts, schedule, budgets); advice alone is routine", hints: ["self_improvement:"], pattern: "^self_improvement:", refine: selfImprovementWeight },
  // personal-data
  { id: "db-dump-offsite", category: "personal-data", weight: REVIEW_WEIGHT, description: "copies a whole database dump off the host (every personal record leaves its store)", hints: ["pg_dump", "mysqldump", "mongodump", "mongoexport"], pattern: String.raw`\b(?:pg_dump|pg_dumpall|mysqldump|mongodump|mongoexport)\b`, refine: dumpLeavesHost },
  { id: "crm-sync", category: "personal-data", weight: REVIEW_WEIGHT, prose: true, description: "sends customers' personal data to a third-party CRM or marketing tool", hints: ["hubspot", "salesforce", "mailchimp", "intercom", "segment", "mixpanel", "amplitude", "zendesk", "pipedrive", "klaviyo", "customer.io", "activecampaign", "braze", "marketo", "zoho", "crm"], pattern: String.raw`\b(?:sync|syncs|syncing|send|sends|sending|push|pushes|pushing|upsert|upserts|upserting|export|exports|exporting|upload|uploads|uploading|copy|copies|mirror|mirrors|forward|forwards)${S}(?:all${S}|the${S}|our${S}|every${S}|new${S})?(?:[\w-]+${S}){0,2}?(?:customers|users|contacts|leads|subscribers|signups|members|patients|accounts|buyers)${S}(?:[\w-]+${S}){0,3}?(?:to|into|with)${S}(?:the${S}|our${S}|a${S})?(?:HubSpot|Salesforce|Mailchimp|Intercom|Segment|Mixpanel|Amplitude|Zendesk|Pipedrive|Klaviyo|Customer\.io|ActiveCampaign|Braze|Marketo|Zoho|CRM)\b|\bhubspot\w*\.crm\.contacts\b|\bmailchimp\w*\.lists\.(?:addListMember|setListMember|batchListMembers)\b|\bmixpanel\.people\.set\b` },
  { id: "personal-data-field", category: "personal-data", weight: 50, description: "personal, financial or health fields sent out, logged, or stored in plain columns", hints: ["ssn", "social_security", "socialsecurity", "date_of_birth", "dateofbirth", "passport", "diagnos", "medical_", "health_record", "healthrecord", "card_number", "cardnumber", "cvv", "cvc", "iban", "bank_account", "routing_number", "tax_id", "national_id"], pattern: String.raw`\b(?:ssn|SSN|social_security\w*|socialSecurity\w*|date_of_birth|dateOfBirth|passport_?(?:number|no)\w*|diagnos[ie]s\w*|medical_\w+|health_records?|healthRecords?|card_?number|cardNumber|cvv|cvc|CVV|iban|bank_account\w*|routing_number|tax_id|national_id)\b`, refine: personalField },
  { id: "error-tracker-pii", category: "personal-data", weight: REVIEW_WEIGHT, description: "has an error tracker send users' personal data (IPs, cookies, emails) to its service", hints: ["senddefaultpii", "send_default_pii"], pattern: String.raw`\b(?:sendDefaultPii|send_default_pii)${O}[:=]${O}(?:true|True)\b` },
  { id: "personal-data-public", category: "personal-data", weight: BLOCK_WEIGHT, description: "makes storage public where personal, financial or health data stands", hints: ["public-read", "publicly", "public"], pattern: String.raw`\bpublic-read(?:-write)?\b|\bpublicly${S}(?:readable|accessible|available)\b|\bmake${S}(?:the${S})?(?:[\w-]+${S})?bucket${S}public\b`, refine: nearPersonalData },
  { id: "prose-personal-data-export", category: "personal-data", weight: 52, prose: true, description: "says it sends personal data to a third party or to the open", hints: ["third", "partner", "advertis", "vendor", "external", "marketing", "broker", "mailchimp", "hubspot", "salesforce", "facebook", "google", "public", "openai", "anyone", "everyone"], pattern: String.raw`\b(?:export|exports|exporting|send|sends|sending|share|shares|sharing|upload|uploads|uploading|sync|syncs|syncing|sell|sells|selling|transfer|transfers|forward|forwards|publish|publishes|dump|dumps)${S}(?:all${S}|the${S}|our${S}|every${S})?(?:[\w-]+${S}){0,3}?(?:personal${S}data|PII|pii|customer${S}data|user${S}data|patient${S}data|patient${S}records|health${S}data|medical${S}records|email${S}addresses|phone${S}numbers|contact${S}lists?|customer${S}lists?|payment${S}details|card${S}details|user${S}profiles|customer${S}records|user${S}records)\b[^\n]{0,80}?\b(?:to|with)${S}(?:a${S}|an${S}|the${S}|our${S})?(?:[\w-]+${S})?(?:third[- ]part\w+|partners?|advertis\w+|vendors?|external|marketing|data${S}brokers?|mailchimp|hubspot|salesforce|facebook|google|public|openai|anyone|everyone)\b` },
];
