import { native } from "../core/native-regexp.js";
import { COMPOSED_SIGNALS } from "./compose.js";
import type { MatchSite, SignalDefinition } from "./signal-definition.js";

export type { MatchSite, SignalDefinition } from "./signal-definition.js";

// Spaces within a line: patterns never cross a newline, so every signal sits on one line.
const S = String.raw`[ \t]+`;
const O = String.raw`[ \t]*`;
const NAME = String.raw`[\w."\x60\[\]]+`;

export const BLOCK_WEIGHT = 55;
export const REVIEW_WEIGHT = 32;

/** The text after the match up to `limit` characters or the end of the SQL statement. */
function restOfStatement(site: MatchSite, limit = 1200): string {
  const rest = site.text.slice(site.end, site.end + limit);
  // A statement ends at its `;`; without one, at a blank line or a fence (the next block is another statement).
  const end = rest.search(/;|\n[ \t]*\n|\n[ \t]*(?:\x60\x60\x60|~~~)/);
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

/** The text from `lead` characters before the match to `trail` characters after it. */
/** The proposal's opening words, up to its first blank line: where it says what it does and to whom. */
function openingWords(site: MatchSite): string {
  return site.text.split("\n\n", 1)[0]!;
}

function around(site: MatchSite, lead: number, trail: number): string {
  return site.text.slice(Math.max(0, site.start - lead), site.end + trail);
}

// Loops of other languages too: Ruby's each and find_each blocks, PHP's foreach, Go's range, Elixir's Enum.each.
const LOOP = native(/\b(?:for|while|foreach)\s*\(|\bfor\s+await\s*\(|\bfor\s+\w+(?:\s*,\s*\w+)+\s+in\b|\bfor\s+\w+\.Next\(\)|\.(?:forEach|map|flatMap)\s*\(|\bfor\s+\w+\s+in\b|\bfor\s+(?:const|let|var)\b|\bPromise\.all\b|\.(?:each|find_each|find_in_batches|in_batches|each_with_index|foreach)\b[^\n]{0,80}?\bdo\s*\|\w+|\bfor\s+\w+(?:\s*,\s*\w+)?\s*:?=\s*range\b|\bEnum\.(?:each|map)\b|\.chunk\s*\(/);
const MANY = native(/\b(?:all|every|each)\b|\brows\b|\.csv\b|\bCSV\.|\.(?:where|find_each|find_in_batches|in_batches|chunk)\b|\.objects\.(?:all|filter|exclude|iterator)\b|\.query\(\s*\w+\s*\)|\.(?:findAll|find_all|all)\s*\(\s*\)|\bSELECT\s+[\w\s,*."]+?\s+FROM\b|\b(?:customers|users|subscribers|accounts|members|cards|clients|recipients|contacts|leads|orders|subscriptions|subs|invoices|charges|payments|refunds|transactions|creators|sellers|payees|vendors|tenants|patients|affiliates|buyers|shops|stores|drivers|riders|students|parents|guests|followers|donors|learners|players)\b|\.findMany\s*\(|\bauto_?paging_?(?:iter|each)\b|\bautoPagingEach\b|\b\w+\.list\s*\([^)\n]*\)\s*\.\s*(?:auto_paging_iter|data|items)\b/i);

/** A call that runs once per customer deserves more than one call. */
// A loop over a collection named in the plural (`for (const a of awards)`, `for c in cands`): one pass per record.
const OVER_PLURAL = /\bfor\s*\(\s*(?:const|let|var)\s+\w+\s+of\s+[\w.]*[a-z]s\s*\)|\bfor\s+\w+(?:\s*,\s*\w+)*\s+in\s+[\w.]*[a-z]s\s*:|\b[\w.]*[a-z]s\.(?:forEach|each|find_each)\b|\bfor\s+\w+(?:\s*,\s*\w+)?\s*:?=\s*range\s+[\w.]*[a-z]s\b|\bfor\s+\w+(?:\s*,\s*\w+)*\s+in\s+\w+\.(?:fetchall|fetchmany|iterator|scalars)\s*\(\s*\)/;

function inLoop(site: MatchSite): boolean {
  const lead = before(site, 400);
  return LOOP.test(lead) && (MANY.test(lead) || OVER_PLURAL.test(lead));
}

// Paths whose deletion loses nothing: caches, build output, package lists in an image.
const DISPOSABLE_PATH = native(/^(?:["']?)(?:\/var\/lib\/apt\/lists\/?\*?|\/var\/cache\/\S*|\/tmp\/\S*|\/usr\/share\/(?:doc|man)\/\S*|\S*(?:node_modules|__pycache__|\.cache|\.pytest_cache|\.next|\.turbo|coverage|dist|build|out|target|\.venv|venv|tmp|temp|\.terraform|\w*\.?tfplan|storybook-static|\.nyc_output|htmlcov|\.parcel-cache|\.svelte-kit|\.nuxt|\.gradle|\.mypy_cache|\.ruff_cache|\.tox|\w+\.egg-info|coverage\.\w+)(?:\/\S*)?|(?:\.\/)?(?:bin|obj)\/?|\*\.pyc|~\/\.cache\S*|\$\{?TMPDIR\}?\S*)(?:["']?)$/);
const DATA_PATH = /^["']?(?:\/|\/\*|~\/?|\$\{?HOME\}?\/?|\.\/?\*?|\*|\/(?:var\/lib|data|srv|home|mnt|opt|etc|var\/www|backups?|uploads?)\b\S*|\S*(?:data|backups?|uploads?|storage|db|database|volumes?|\.git|media|files|exports?)\b\S*|\S*\.(?:db|sqlite3?|sql|dump|bak)|\$\{?\w+\}?\S*)["']?$/i;

// A Dockerfile's RUN line, continued over lines ending in a backslash: it removes files of the image being built.
const IMAGE_BUILD_STEP = /(?:^|\n)[ \t]*RUN[ \t][^\n]*(?:\\\n[^\n]*)*$/;

// A folder the script made itself with mktemp holds nothing but what the script put there.
function madeByMktemp(path: string, lead: string): boolean {
  const name = /^\$\{?(\w+)\}?(?:\/|$)/.exec(path)?.[1];
  return name !== undefined && new RegExp(String.raw`\b${name}=(?:\$\(|\x60)\s*mktemp\b`).test(lead);
}

const FOUND_NAME = /\bfind\b[^\n]*?-i?name\s+["']?([^"'\s]+)["']?/;

function rmWeight(site: MatchSite): number | null {
  const lead = before(site, 600);
  if (IMAGE_BUILD_STEP.test(lead)) return null;
  let args = site.text.slice(site.end, site.end + 200).split(/[\n;&|#]/)[0] ?? "";
  // In a trap's command string the command ends where the string does.
  const trap = /\btrap\s+(?:'[^'\n]*|"[^"\n]*)$/.exec(lead);
  if (trap) args = args.split(trap[0].charAt(trap[0].search(/['"]/)))[0]!;
  const paths = args
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/^["'`]+|["'`,;)]+$/g, ""))
    .filter((part) => part !== "" && !part.startsWith("-") && part !== "+" && part !== "\\");
  // `find … -name __pycache__ -exec rm -rf {} +` removes what find matched: what its name says.
  const found = FOUND_NAME.exec(lead.slice(lead.lastIndexOf("\n") + 1))?.[1];
  const risky = paths.filter((path) => !(path === "{}" && found !== undefined && DISPOSABLE_PATH.test(found)) && !DISPOSABLE_PATH.test(path) && !madeByMktemp(path, lead));
  if (risky.length === 0) return null;
  return risky.some((path) => DATA_PATH.test(path)) ? BLOCK_WEIGHT : REVIEW_WEIGHT;
}

// An identifier naming a secret, alone or as a part (DB_PASSWORD, stripeSecretKey, authToken).
const SECRET_WORD = /\b\w*(?:password|passwd|secret|api_?key|private_?key|token|credentials?)\w*\b|process\.env\s*\)/i;
// String literals say what is logged ("Invalid token"), identifiers and interpolations log the value itself.
const STRING_LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;

const SECRET_FROM_ENV = /^\s*=\s*process\.env\.\w*(?:SECRET|KEY|TOKEN|PASSWORD|PASS)\w*|^\s*=\s*os\.environ(?:\.get\(|\[)["']\w*(?:SECRET|KEY|TOKEN|PASSWORD|PASS)/;

// A request's credentials read for the log call: its Authorization or Cookie header.
const CREDENTIAL_HEADER = /\b(?:Header\.Get|headers?\.get|getHeader|header)\s*\(\s*["'](?:authorization|proxy-authorization|cookie|x-api-key)["']|\bheaders\[\s*["'](?:authorization|cookie|x-api-key)["']/i;

function loggedSecret(site: MatchSite): number | null {
  const line = restOfLine(site);
  // A call whose arguments go on over the next lines (one per line, as Go's slog and structured loggers write them).
  const call = /[(,]\s*$/.test(line) ? site.text.slice(site.start, site.start + 800).split(/\n\s*\)/)[0]! : line;
  if (CREDENTIAL_HEADER.test(call)) return 48;
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

const PLACEHOLDER = native(/^(?:your|my|xxx|changeme|change_me|example|sample|test|dummy|placeholder|secret|password|pass|todo|replace|<|\$\{|\{\{|\*+$|\.\.\.)|your[_-]|_here$|example|placeholder|xxxx|\*\*\*/i);

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

const REQUEST_INPUT = native(/\b(?:req|request|ctx\.request|event)\.(?:body|query|params|headers|cookies|args|form|json|data|files|GET|POST|values|get_json)\b|\bflask\.request\b|\$_(?:GET|POST|REQUEST|COOKIE)\b|\buserInput\b|\buser_input\b|\binput\(\)|\bparams\[|\br\.(?:URL\.Query\(\)|FormValue\(|PostFormValue\()|\.choices\[\d\]\.(?:message\.content|text)\b|\b(?:generated_code|llm_(?:output|response|code)|model_(?:output|code)|generatedCode|llmOutput|modelOutput)\b|\bc\.(?:Query|PostForm|Param|FormValue)\(|\brequest\.getParameter\(|\b(?:command|event|payload|message)\[["'](?:text|content)["']\]|\b\w*(?:[Uu]pload|[Ff]ile)\w*\.(?:filename|originalname|original_filename|name)\b/);

/**
 * A command built from values: worse when a value comes from the request, here or a few lines up. A record looked up
 * by a request's id (`User.find(params[:id])`) holds the record's values, not the request's.
 */
const VALUE_FROM_REQUEST = String.raw`(?:\b(?:req|request)\.(?:body|query|params|headers|json|form|args|files|get_json|cookies|COOKIES|GET|POST|data)|\bctx\.request|\bmessage\.content|\binput\(|(?<!\.find\(|\.find_by\(|\.find_by!\(|\.find\(\s)\bparams\[|\b\w*(?:upload|file)\w*\.(?:filename|originalname|original_filename)\b)`;

// Every assignment takenFromRequest looks for holds a request value: a lead without one is not read per name.
const REQUEST_VALUE = native(new RegExp(VALUE_FROM_REQUEST));

function takenFromRequest(name: string, lead: string): boolean {
  if (!lead.includes(name) || !REQUEST_VALUE.test(lead)) return false;
  const escaped = name.replace(/\$/g, "\\$");
  return native(new RegExp(String.raw`\b${escaped}\b[^\n]{0,40}=\s*[^\n]*${VALUE_FROM_REQUEST}|\{[^}\n]*\b${escaped}\b[^}\n]*\}\s*=\s*${VALUE_FROM_REQUEST}`)).test(lead);
}

// Code that answers HTTP requests: what it deserializes or evaluates from a variable may have come in with one.
const SERVES_REQUESTS = /@(?:app|bp|blueprint|router|api)\.(?:route|get|post|put|patch)\b|@(?:Get|Post|Put|Patch|Request)Mapping\b|@RequestBody\b|\bUploadFile\b|\brequest\.files\b|\b(?:app|router)\.(?:post|put|patch)\s*\(/;

// The proposal says the evaluated text is what people typed.
const TYPED_BY_PEOPLE = /\buser-generated\b|\bissue\.body\b|\bpublic\s+[\w/-]*\s*repo\w*\b|\b(?:inbound|incoming|forwarded)\s+e-?mails?\b|\busers?\s+can\s+(?:forward|send)\s+an?\s+e-?mail\b|\b(?:come|comes)\s+from\s+(?:any|every)\s+(?:users?|customers?|members?|visitors?|clients?|tenants?)\b|\b(?:community|player|creator)-(?:made|created|authored|submitted)\b|\b(?:student|user|customer|seller|member|client|tenant)(?:'s|s')?\s+(?:code|solutions?|scripts?|submissions?|uploads?)\b|\bfree-?text\b|\b(?:typed|entered|written)\s+by\s+(?:the\s+)?(?:users?|customers?|sellers?|owners?|people|members?|clients?|advertisers?|merchants?|partners?|vendors?|maintainers?|players?|creators?)\b|\b(?:user|customer|seller|owner|member|client|admin|partner|tenant)-(?:typed|written|supplied|provided|entered)\b|\b(?:typed|entered|written)\s+in\s+by\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,2}?(?:users?|admins?|administrators?|customers?|tenants?|organi[sz]ations?|owners?|members?|clients?|partners?)\b|\b(?:users?|sellers?|customers?|merchants?|partners?|admins?|tenants?|members?|students?|maintainers?|publishers?|packages?|plugins?|players?|shippers?|clients?|vendors?)\s+(?:can\s+|will\s+|may\s+)?(?:put|type|enter|write|paste|submit|upload)\b|\b(?:editable|configurable|writable)\s+by\s+(?:the\s+)?(?:users?|sellers?|customers?|merchants?|partners?|admins?|tenants?|marketing)\b|\b(?:typed|entered|written|supplied|submitted|pasted|edit|edits|edited|editable)\s+(?:in|into|by|through|via|from)\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,2}?(?:users?|admins?|administrators?|customers?|partners?|people|members?|clients?|portal|form|ui|dashboard)\b|\blet\s+(?:[\w'-]+\s+){1,3}?(?:type|enter|write|paste|upload|define|supply|express|author|submit)\b|\b(?:authored|written|edited|maintained)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:editors?|authors?|marketing|content\s+(?:team|editors)|staff)\b|\bcms-authored\b|\b(?:want|wants|need|needs)\s+to\s+(?:type|enter|write|paste|define)\s+(?:in\s+)?(?:their|his|her)\s+own\b|\bcomes?\s+(?:straight|directly)\s+from\s+(?:the\s+)?[\w'. -]{0,60}?\b(?:field|form|ui|input|textbox|text\s+box|editor)\b|\b(?:third[- ]party|partners?|external|vendors?)\s+(?:[\w-]+\s+){0,3}?(?:sends?|submits?|supplies|uploads?)\b|\b(?:submitter|filer|uploader)(?:'s|s')?\s*-?\s*(?:supplied|provided|written)\b|\b(?:issue|pr|pull[ -]request|github)\s+comments?\b/i;

const MODEL_CALL = /\b(?:complete|completion|createCompletion|chat\.completions\.create|generateContent|generate|ask\w*|messages\.create|invoke)\s*\(/;
const MODEL_NAMED = /\b(?:llm|openai|anthropic|gpt[\w-]*|ollama|claude|gemini)\b|\bthe\s+model\b/i;

const REMOTE_CODE = /\bremote[-_ ]?config\b|\bremoteConfig\b|\bhotfix_js\b|\bfetched\s+from\s+(?:the\s+|our\s+)?server\b/i;

function commandFrom(site: MatchSite): number | null {
  const onLine = restOfLine(site).slice(site.end - site.start - 1);
  // A call whose arguments start on the next lines: they are read as one line.
  const opened = onLine.trim() === "(" ? `(${after(site, 300).replace(/\n\s*/g, " ")}` : onLine;
  // `exec(compile(source, …))` runs the source.
  const rest = opened.replace(/^\(\s*compile\s*\(/, "(");
  const shell = /\bshell\s*=\s*True\b/.test(rest) || /^[^\n]*\n[^\n]*\bshell\s*=\s*True\b/.test(after(site, 400));
  if (REQUEST_INPUT.test(rest)) return 58;
  const lead = before(site, 800);
  // Any value of the call that was taken from the request a few lines up.
  const call = rest.slice(0, rest.indexOf(")") === -1 ? undefined : rest.indexOf(")") + 1).replace(STRING_LITERAL, "\"\"");
  for (const name of new Set(call.match(/[A-Za-z_$][\w$]*/g) ?? [])) {
    if (takenFromRequest(name, lead)) return 58;
  }
  // new Function takes its code last: a template with a value in it, or a variable.
  // Code a remote config delivers runs on every device: whoever edits the config writes it.
  if (/^(?:new\s+function|eval)/i.test(site.text.slice(site.start, site.end)) && REMOTE_CODE.test(site.text)) return 55;
  if (/^new\s+function/i.test(site.text.slice(site.start, site.end)) && /(?:^\(|,)\s*(?:\x60[^\x60]*\$\{|[A-Za-z_$][\w.$]*\s*\))/.test(rest)) {
    // A value put into the code's template, taken from the request a few lines up, is the request's code.
    for (const placed of rest.slice(0, 400).matchAll(/\$\{\s*([A-Za-z_$][\w$]*)/g)) if (takenFromRequest(placed[1]!, lead)) return 58;
    return TYPED_BY_PEOPLE.test(site.text) ? 55 : 38;
  }
  // The first argument: a template or f-string with a value in it, a string joined with a value, or a variable.
  // An f-string may hold the other quote ("convert '{src}'").
  const argument = /^\(\s*(?:`[^`]*\$\{\s*([\w.$]+)|f"[^"\n]*?\{([\w.]+)|f'[^'\n]*?\{([\w.]+)|["'][^"']*["']\s*\+\s*([\w.$]+)|([A-Za-z_$][\w.$]*)(?:\[[^\]\n]*\])*\s*[,)])/.exec(rest);
  if (!argument) return null;
  const name = (argument[1] ?? argument[2] ?? argument[3] ?? argument[4] ?? argument[5] ?? "").split(".")[0]!;
  if (name !== "" && takenFromRequest(name, lead)) return 58;
  // A shell given a value to run: `("sh", ["-c", cmd])`, Go's `(ctx, "sh", "-c", m.Build)`; as people wrote it, untrusted.
  if (/^\(\s*(?:\w+\s*,\s*)?["'](?:ba|z)?sh["']\s*,\s*["']-c["']\s*,\s*[A-Za-z_$]/.test(rest)) return TYPED_BY_PEOPLE.test(site.text) ? 55 : 45;
  if (shell || /^\(\s*["'](?:ba|z)?sh["']\s*,\s*\[\s*["']-c["']/.test(rest)) return 45;
  // eval and exec run the variable's text as code; a process runs a program named by it.
  if (argument[5] !== undefined) {
    // What a model answered a few lines up, run as commands or code: nobody wrote it.
    if (MODEL_CALL.test(lead) && MODEL_NAMED.test(lead)) return 50;
    if (!/^(?:vm\.|code\.)?(?:eval(?:_\w+)?|exec|runIn\w*Context)\s*\($/i.test(site.text.slice(site.start, site.end).replace(/^\W+/, ""))) return 30;
    return TYPED_BY_PEOPLE.test(site.text) || SERVES_REQUESTS.test(site.text) ? 55 : 38;
  }
  return 38;
}

// A migration's down step, in the formats of the common tools (knex, sequelize, alembic, dbmate, goose, sql-migrate,
// golang-migrate's `.down.sql` files), or a plan's "Rollback:".
const ROLLBACK = native(/\b(?:exports\.down|down\s*[:=]\s*(?:async\s*)?(?:function|\()|async\s+down\s*\(|down\s*\(\s*(?:knex|queryInterface|db|migration)|def\s+(?:downgrade|down)\b|function\s+down\s*\(|migrate:down)|--\s*\+?(?:goose|migrate)\s+Down\b|--\s*migrate:down\b|^--\s*down\b|\.down\.sql\b|\brollback\s*(?::|is\b|would\s+be\b)|^#{1,6}\s*roll\s*back\b/im);
const ROLLFORWARD = native(/\b(?:exports\.up|up\s*[:=(]|async\s+up\s*\(|def\s+(?:upgrade|up)\b|function\s+up\s*\(|migrate:up)|--\s*\+?(?:goose|migrate)\s+Up\b|^--\s*up\b|\.up\.sql\b/im);

/** Whether the match stands in a migration's down step (or a plan's rollback), with no up step after it. */
function inRollback(site: MatchSite): boolean {
  const lead = before(site, 400);
  const rollback = lead.search(ROLLBACK);
  return rollback !== -1 && !ROLLFORWARD.test(lead.slice(rollback));
}

/** A drop in a migration's down step undoes what its up step created: a rollback, not a loss. */
function outsideRollback(weight: number): (site: MatchSite) => number | null {
  return (site) => (inRollback(site) ? null : weight);
}

// How far back a drop looks for the statement that created the same table.
const CREATED_REACH = 4000;

/**
 * A drop that undoes what the proposal itself created further up (a rollback step, a test's own scratch table) loses
 * nothing. A drop before the create (DROP … IF EXISTS; CREATE …) recreates a table that may hold data: it counts.
 */
function dropOfExisting(site: MatchSite): number | null {
  if (inRollback(site) || unlessLocalOrTest(BLOCK_WEIGHT)(site) === null) return null;
  const name = /^[ \t]+(?:IF[ \t]+EXISTS[ \t]+)?([\w."\x60]+)/i.exec(after(site, 120))?.[1];
  return name !== undefined && createdAbove(site, name) ? null : BLOCK_WEIGHT;
}

function unpickle(site: MatchSite): number | null {
  if (/\b(?:request|req\.|upload|recv|urlopen|requests\.(?:get|post)|\.content\b|body|socket|message|payload|user)/i.test(aroundOnLine(site))) return 58;
  // A value of the call taken from the request (a form field, a cookie) a few lines up.
  const call = restOfLine(site).slice(site.end - site.start);
  const lead = before(site, 800);
  for (const name of new Set(call.slice(0, call.indexOf(")") + 1 || undefined).match(/[A-Za-z_$][\w$]*/g) ?? [])) if (takenFromRequest(name, lead)) return 58;
  // Bytes from a variable in code that serves requests, not a file the code names.
  if (SERVES_REQUESTS.test(site.text) && /^\s*\(?\s*(?:[\w.]+\(\s*)*[A-Za-z_][\w.]*(?:\[[^\]\n]*\])*\s*[,)]/.test(call) && !/\bopen\s*\(\s*["']/.test(call)) return 58;
  return 38;
}

// What an API open to every origin serves: logins, money or personal data make the widening worth a look.
const SENSITIVE_API = /\b(?:stripe|payments?|charges?|billing|checkout|auth\w*|login|sessions?|tokens?|jwt|passwords?|accounts?|patients?|medical|health)\b/i;

function corsCredentials(site: MatchSite): number | null {
  if (describesTheOld(site)) return null;
  const nearby = around(site, 300, 300);
  if (/credentials\W{0,4}\s*[:=,]?\s*['"]?true|Allow-Credentials['"]?\s*[,:]\s*['"]?true|\bCORS_ALLOW_CREDENTIALS\s*=\s*True/i.test(nearby)) return 50;
  return SENSITIVE_API.test(around(site, 800, 800)) ? 28 : 15;
}

// Code that does nothing until someone switches it on: what it would move is for a look first, not a stop.
const OFF_BY_DEFAULT = /\bdisabled\s+(?:unless|until|by\s+default)\b|\bprocess\.env\.\w+\s*!==?\s*["']true["']\s*\)\s*(?:\{\s*)?(?:[^\n]*\n\s*){0,2}return\b|\b(?:defaults?|off)\s+(?:to\s+)?(?:off|false|disabled)\s+(?:by\s+default|until)\b/i;

function chargeWeight(weight: number): (site: MatchSite) => number {
  return (site) => ((inLoop(site) || /\boff_session\s*:\s*true/.test(after(site, 300))) && !OFF_BY_DEFAULT.test(site.text) ? BLOCK_WEIGHT : weight);
}

// A script that refuses any but a Stripe test key, or says it works in Stripe's test mode: no real card is charged.
const STRIPE_TEST_MODE = /\bstart(?:s_?with|swith)\s*\(\s*["']sk_test_|\b(?:in|against)\s+stripe(?:'s)?\s+test\s+mode\b/i;

function unlessStripeTestMode(weigh: number | ((site: MatchSite) => number)): (site: MatchSite) => number | null {
  return (site) => (STRIPE_TEST_MODE.test(site.text) ? null : typeof weigh === "number" ? weigh : weigh(site));
}

// Money sent out in one sweep (the whole balance) or to a destination anyone with the settings page can change.
const SWEEP = /\bcreateExternalAccount\b|\bnew(?:ly)?\s+(?:added\s+)?(?:external\s+)?bank\s+account\b|\bbalance\.(?:available|retrieve)\b|\b(?:entire|whole|full|all(?:\s+the)?)\s+(?:available\s+)?(?:balance|funds)\b|\bamount\s*:\s*[\w.]*balance\w*|\bdestination\s*:\s*(?:config|settings|process\.env|req(?:uest)?\.)/i;

// A processor's payment event handled: what the handler pays out, it pays for every payment that comes in.
const PAYMENT_EVENT = /["'\x60](?:checkout\.session\.completed|invoice\.(?:paid|payment_succeeded)|payment_intent\.succeeded|charge\.succeeded)["'\x60]/;

function payoutWeight(site: MatchSite): number {
  if (SWEEP.test(around(site, 400, 400)) || PAYMENT_EVENT.test(before(site, 800))) return BLOCK_WEIGHT;
  return chargeWeight(40)(site);
}

// The recipients chose to hear from us: a send to an opted-in segment or topic needs review, not a block.
const CONSENTED = /(?:\b|_)opt(?:ed)?[_-]?in(?:\b|_)|\b\w+_enabled\s*(?:=|==|===|\bIS\b)\s*(?:true|TRUE|True|1)\b|(?:\b|_)consent\w*|\bsubscribed\s*=\s*true\b|\bunsubscribed(?:_at)?\s+IS\s+NULL\b|\bmarketing_opt\w*|\b\w*(?:notify|notifications?|newsletter|digest|marketing|subscribed)\w*['"]?\s*(?:[:=]|==|===|\bIS\b)\s*(?:true|TRUE|True|1)\b|\bturned\s+on\s+["“]?[\w\s]{0,40}(?:notifications?|emails?|digest|newsletter|summary|alerts?)\b|\bsigned\s+up\s+for\b|\bsubscribed\s+to\b|\bopted\s+in(?:to)?\b|\bSubscribed\s+Users\b|\b(?:WHERE|AND)\s+(?!NOT\b)(?:\w+\.)?\w*(?:notify|notifications|newsletter|digest|subscribed|opt_?in)\w*\b(?!\s*(?:=|IS\b|<>|!=))/i;
// A message a user's own request triggers (a reset link, a receipt): one recipient, routine.
const USER_REQUESTED = /password[-_ ]?reset|reset[-_ ]?password|verif(?:y|ication)[-_ ]?(?:email|code|link)|magic[-_ ]?link|log[-_ ]?in[-_ ]?(?:code|link)|sign[-_ ]?in[-_ ]?(?:code|link)|one[-_ ]time[-_ ](?:code|password|link)|\botp\b|2fa[-_ ]?code/i;
const REQUEST_HANDLER = /\b(?:router|app)\.(?:post|get|put)\s*\(|\breq\.(?:body|params|query)\b|@app\.route\b|\brequest\.(?:form|json|POST)\b/;

// A transport that delivers nothing (nodemailer's JSON and stream transports) or a recipient on a reserved domain.
const NOTHING_DELIVERED = /\b(?:jsonTransport|streamTransport)\s*:\s*true\b|@example\.(?:invalid|test)\b|\b(?:dry_run|validate_only)\s*=\s*True\b|\b(?:dryRun|validateOnly)\s*:\s*true\b|\bsandbox_?mode\s*[:=]\s*\{?\s*['"]?enable['"]?\s*:\s*(?:true|True)\b/i;

const STAFF_PAGED = /\bon-?call\b|\b(?:duty|maintenance|engineering|support|ops)\s+(?:roster|rota|team)\b/i;

function sendWeight(site: MatchSite): number | null {
  if (NOTHING_DELIVERED.test(site.text)) return null;
  // Anthropic's client.messages.create asks a model: it names the model, not a recipient.
  if (/messages\.create$/.test(site.text.slice(site.start, site.end)) && /^\s*\([^)]{0,300}?\b(?:model|max_tokens)\s*[=:,}]/.test(after(site, 320))) return null;
  // Staff paged in turn (the on-call roster), near the call or in the proposal's opening words, are not a population of customers.
  // A loop over a few named people (a handful, "4 people this week") is a small send, for a look.
  if (inLoop(site)) return consented(before(site, 600)) || STAFF_PAGED.test(around(site, 600, 200)) || STAFF_PAGED.test(openingWords(site)) || SMALL_AUDIENCE.test(before(site, 1500)) ? REVIEW_WEIGHT : 50;
  // A message the user asked for in this very request (a reset link, a login code): routine. Receipts and
  // reminders the system sends of its own accord still deserve a look at what goes out.
  const lead = before(site, 600);
  if (REQUEST_HANDLER.test(lead) && USER_REQUESTED.test(around(site, 300, 200))) return null;
  return REVIEW_WEIGHT;
}

const SMALL_AUDIENCE = /\ba\s+handful\b|\b(?:only\s+)?\d{1,2}\s+(?:[\w-]+\s+)?(?:people|persons|leads|customers|users|clients|members|recipients|testers)\b/i;

function bulkSendWeight(site: MatchSite): number {
  return consented(around(site, 600, 200)) ? REVIEW_WEIGHT : 50;
}

// Posting on a timer or without anyone reading first: what goes out publicly is whatever the generator wrote.
const RECURRING = /\bwhile\s*\(?\s*(?:True|true|1)\b|\bsetInterval\s*\(|\bcron\.schedule\b|\bschedule\.every\b|\bevery\s+(?:hour|day|morning|night|week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d+\s+(?:minutes|hours))\b|\b(?:hourly|daily|nightly|weekly)\b/i;
const UNREVIEWED = /\b(?:skip|skips|skipping|bypass|bypasses|without|no)\s+(?:the\s+|any\s+)?(?:human\s+)?(?:approval|review|moderation)\b|\bimmediately\b/i;

// People shown in a post: their names (a client's), birth dates, addresses or photos, children's above all.
const PEOPLE_SHOWN = /\b(?:full|first|last)[_ ]?names?\b|\bprofile\s+(?:photos?|pictures?)\b|\b\w*(?:client|customer|patient|member|tenant)_?names?\b|\bdate_of_birth\b|\bhome_address\b|\b(?:minors?|children|kids|students?|pupils?|patients?)\b[^.\n]{0,80}\b(?:names?|photos?|pictures?|faces?|images?)\b|\b(?:names?|photos?|pictures?|faces?)\s+of\s+(?:\w+\s+)?(?:minors?|children|kids|students?|pupils?|patients?)\b/i;

function postWeight(site: MatchSite): number {
  const window = around(site, 1500, 300);
  if (RECURRING.test(window) && UNREVIEWED.test(window)) return 50;
  // Who is shown is in the query a few lines up or in the proposal's opening words.
  return PEOPLE_SHOWN.test(around(site, 1500, 600)) || PEOPLE_SHOWN.test(openingWords(site)) ? 50 : REVIEW_WEIGHT;
}

// A bound value (`$1`, `?`, `:id`, `%s`, `${id}`, `@id`): the statement runs for the one row a request names.
const BOUND_VALUE = /\$\d|\?|(?<!:):[A-Za-z_]\w*|%s|%\(\w+\)s|\$\{|@[A-Za-z_]\w*|\bid\s*=\s*\d+\b/;
/**
 * What rewriting or deleting the rows a WHERE selects weighs, on the tables of people and money: a bulk change by
 * condition there (a purge of accounts, plans renamed) cannot be undone. By key, or on ephemeral rows (sessions,
 * drafts, notifications, logs, tokens), it is routine.
 */
export const BULK_ROWS_WEIGHT = 30;
const RECORDS_OF_PEOPLE_OR_MONEY = native(/^["\x60]?(?:\w+\.)?(?:[a-z]+_)?(?:users?|accounts?|customers?|members?|patients?|profiles?|employees?|clients?|subscribers?|subscriptions?|orders?|payments?|invoices?|transactions?|charges?|payouts?|balances?|wallets?|plans?|prices?|audit\w*|\w*_audit|ledgers?|\w*_ledger|appointments?|visits?|encounters?|prescriptions?|\w*medical\w*|refunds?|bookings?|loans?|credit_lines?|deposits?|repayments?|applicants?|borrowers?|claimants?|policyholders?|students?|guardians?|players?|contacts?|leads?|people|persons?|journal\w*|notes?)["\x60]?$/i);

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
  // A backfill of a column the proposal adds further up writes over nothing: for a look at its locks and batches.
  const column = /\bSET\s+["\x60]?(\w+)/i.exec(site.text.slice(site.start, site.end + 200))?.[1];
  if (column !== undefined && new RegExp(String.raw`\bADD\s+(?:(?:a\s+)?(?:new\s+)?COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?["\x60]?${column}\b`, "i").test(before(site, 4000))) return BULK_ROWS_WEIGHT;
  const where = whereClause(site);
  if (where === null) return 50;
  if (BOUND_VALUE.test(where) && !RANGE_CONDITION.test(where)) return null;
  // Prices, balances and fees rewritten by condition move money, whatever the table (SET may be on the match's line).
  const statement = site.text.slice(site.start, site.end) + restOfStatement(site);
  const setsMoney = MONEY_COLUMN_SET.test(statement);
  const otherRows = !setsMoney && !RECORDS_OF_PEOPLE_OR_MONEY.test(tableNamed(site, /UPDATE\s+([\w."\x60]+)/i));
  // Any table's rows rewritten by condition in production are worth a look; elsewhere only people's and money's.
  if (otherRows && !againstProduction(site)) return null;
  // Standalone: the UPDATE opens its line (a .sql file, a migration, a code span in a plan), not a string inside code.
  if (!/(?:^|\n)[ \t]*(?:\d+\.[ \t]+|[-*][ \t]+)?\x60?$/.test(before(site, 200))) return null;
  if (otherRows) return BULK_ROWS_WEIGHT;
  if (MONEY_RECOMPUTED.test(statement) || (MONEY_SCALED.test(statement) && againstProduction(site))) return 48;
  // New prices written as values are a price change to look at, in production too; other rows rewritten there are lost.
  return againstProduction(site) && !setsMoney ? 48 : BULK_ROWS_WEIGHT;
}

// The words a column of money is named with.
const MONEY_COLUMN = String.raw`price|amount|fee|balance|credit|rate|cost|payout|commission|cents|available`;
// A money column recomputed from itself (`price = ROUND(price * 0.8)`, `apr_bps = apr_bps + 125`): every selected row repriced.
const MONEY_RECOMPUTED = new RegExp(String.raw`\b(\w*(?:${MONEY_COLUMN}|apr)\w*)\s*=\s*(?:\w+\s*\(\s*)?(?:\w+\.)?\1\s*[-+*/]`, "i");
// A money column set to a figure scaled by a factor (`unit_price = round(r.competitor_price * 0.98, 2)`): every row repriced.
const MONEY_SCALED = new RegExp(String.raw`\b\w*(?:${MONEY_COLUMN})\w*\s*=\s*[^,;\n]*?[\w)]\s*[*/]\s*\d`, "i");
// A column of money set in an UPDATE's SET clause (`price_cents = …`, `balance = balance - …`).
const MONEY_COLUMN_SET = new RegExp(String.raw`\bSET\b[\s\S]*?\b\w*(?:${MONEY_COLUMN})\w*\s*=(?!=)`, "i");
// Where a statement or a script is said to run: the production database, its primary.
const AGAINST_PRODUCTION = /\b(?:against|on|in|into)\s+(?:the\s+)?(?:[\w-]+-)?(?:prod|production|live)(?:\s+(?:database|db|cluster|primary|replica))?\b(?![-\w])|\b(?:on|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?primary\b(?!\s+key)|\((?:[\w-]+,\s*)?(?:prod|production)\)|\b(?:[A-Z0-9]+_)*?(?:PROD|PRODUCTION|PRIMARY)_(?:[A-Z0-9]+_)*?(?:URL|URI|DSN|HOST)\b|\b[\w-]+-prod(?:uction)?\s+(?:namespace|cluster|database|db)\b|\b[\w-]*\bprod(?:uction)?-(?:primary|db|database|writer|master|rds|pg|mysql|cluster)\b|\b(?:namespace|cluster|context)[:\s]+(?:[\w-]*-)?prod(?:uction)?\b|\b(?:against|on|in|into)\s+(?:the\s+)?main\s+(?:database|db)\b/i;

/** Whether the text around a statement says it runs against production (not "production-ready"). */
function againstProduction(site: MatchSite): boolean {
  return AGAINST_PRODUCTION.test(around(site, 600, 600));
}

/** Rows rewritten or deleted in bulk: lost from production (block), for a look elsewhere. */
function bulkRowsWeight(site: MatchSite): number {
  return againstProduction(site) ? 48 : BULK_ROWS_WEIGHT;
}

// Sends set to be delivered (again): a status a dispatcher polls for.
const SET_TO_SEND = /\bstatus\s*=\s*'(?:pending|queued|unsent|ready|retry|scheduled)'/i;

/** A queue of sends rewritten by condition, not by one key, to be delivered: every row goes out. */
function requeuedInBulk(site: MatchSite): number | null {
  const statement = site.text.slice(site.start, site.end) + restOfStatement(site);
  const set = statement.search(/\bSET\b/i);
  const where = statement.search(/\bWHERE\b/i);
  if (set === -1 || !SET_TO_SEND.test(statement.slice(set, where === -1 ? undefined : where))) return null;
  return where !== -1 && BOUND_VALUE.test(statement.slice(where)) ? null : 52;
}

// A chain of play money: a local regtest node, a public testnet.
const TEST_CHAIN = /\b(?:regtest|testnet\d*|signet|devnet|localnet|sepolia|goerli|holesky|ganache|anvil|hardhat)\b/i;

/** Coins moved on a test chain are nobody's money. */
function unlessTestChain(site: MatchSite): number | null {
  return TEST_CHAIN.test(around(site, 600, 200)) ? null : 50;
}

/** A dataset a JCL step deletes: block when its name says production. */
function jclDeleteWeight(site: MatchSite): number {
  // The dataset is named on the DD statement's line, or on the line before it continues.
  return /\bDSN=(?:[\w.]*\.)?PROD\b/i.test(before(site, 160) + aroundOnLine(site, 200)) ? BLOCK_WEIGHT : REVIEW_WEIGHT;
}

// Where a check's failure is handled: an except or catch block, a timeout, an error callback.
const FAILURE_BRANCH = /\b(?:except|catch|rescue|timeout|timed\s+out|on_?error|onError|err\s*!=\s*nil)\b/i;

/** A check that answers "pass" where it failed: block; a pass on the normal path is the check doing its job. */
function passesOnFailure(site: MatchSite): number | null {
  if (/fail/i.test(site.text.slice(site.start, site.end))) return 52;
  return FAILURE_BRANCH.test(before(site, 200)) ? 52 : null;
}

/** A DELETE whose WHERE stands on the next line is narrowed all the same; the WHERE in a comment after `;` is not. */
function deleteAllWeight(site: MatchSite): number | null {
  if (/\bWHERE\b/i.test(site.text.slice(site.start, site.end))) return BLOCK_WEIGHT;
  const where = whereClause(site);
  if (where === null) return BLOCK_WEIGHT;
  return BOUND_VALUE.test(where) && !RANGE_CONDITION.test(where) ? null : bulkDeleteWeight(site);
}

// A range (`created_at < $1`, BETWEEN) selects every row past a point: a purge by condition even with a bound value.
const BOUND_LIST = /=\s*ANY\s*\(|\bIN\s*\(\s*(?:\$\d|\?|:[A-Za-z_]|%s|\$\{|@)|\bIN\s+(?:\$\d|:[A-Za-z_]|%s|%\(\w+\)s)/i;
const RANGE_CONDITION = /\w\s*(?:<=?|>=?)\s*[\w$:?@'(]|\bBETWEEN\b/i;

/** Deleting by key is routine; deleting every row a condition selects (a purge, a retention job) cannot be undone. */
function deleteWhereWeight(site: MatchSite): number | null {
  // A DELETE … USING deletes every row a join pairs with another (duplicates collapsed): rows in bulk.
  const matched = site.text.slice(site.start, site.end);
  // An alias ends the line: what follows on the next says which statement it is.
  const next = /\bWHERE$|\bUSING$/i.test(matched) ? "" : /^[ \t]*\r?\n[ \t]*(\w+)/.exec(after(site, 200))?.[1]?.toUpperCase() ?? "";
  if (/\bUSING$/i.test(matched) || next === "USING") {
    if (backedUpFirst(site)) return BULK_ROWS_WEIGHT;
    return againstProduction(site) || RECORDS_OF_PEOPLE_OR_MONEY.test(tableNamed(site, /FROM\s+([\w."\x60]+)/i)) ? 48 : BULK_ROWS_WEIGHT;
  }
  if (next !== "" && next !== "WHERE") return null;
  const where = whereClause(site) ?? "";
  // A bound list (`= ANY(:ids)`, `IN (%s)`) selects as many rows as it holds values.
  return BOUND_VALUE.test(where) && !RANGE_CONDITION.test(where) && !BOUND_LIST.test(where) ? 18 : bulkDeleteWeight(site);
}

/** `db.collection('users').deleteMany(…)`, `User.deleteMany(…)`, `db.orders.delete_many(…)`: the collection named before the call. */
function collectionOfPeopleOrMoney(site: MatchSite): number | null {
  const name = /(\w+)['"]?\s*\)?$/.exec(before(site, 80))?.[1] ?? "";
  if (!RECORDS_OF_PEOPLE_OR_MONEY.test(name)) return null;
  return bulkRowsWeight(site);
}

// Rows that exist to expire: deleting them by age is housekeeping.
const EPHEMERAL_ROWS = /^["\x60]?(?:\w+\.)?\w*(?:sessions?|tokens?|otps?|password_resets?|cache\w*|locks?|rate_limits?|jobs?|queue\w*|notifications?|temp\w*|tmp\w*|drafts?|carts?|nonces?|magic_links?|verifications?|attempts?|logs?)["\x60]?$/i;

function bulkDeleteWeight(site: MatchSite): number {
  const table = tableNamed(site, /FROM\s+([\w."\x60]+)/i);
  const where = whereClause(site) ?? "";
  // Said to need no backup, in production: even rows meant to expire are let go without a way back.
  if (againstProduction(site) && NO_BACKUP.test(site.text)) return 48;
  // A retention job (rows past an age) on a table that keeps history changes what the product remembers.
  const bulk = RECORDS_OF_PEOPLE_OR_MONEY.test(table) || (table !== "" && !EPHEMERAL_ROWS.test(table) && AGE_CONDITION.test(where));
  // Rows past a point deleted from any table that is kept, in production, are gone from the product's history.
  if (!bulk) return table !== "" && !EPHEMERAL_ROWS.test(table) && RANGE_CONDITION.test(where) && againstProduction(site) ? 48 : 18;
  if (backedUpFirst(site)) return BULK_ROWS_WEIGHT;
  // What people wrote or keep, deleted by age on a timer: it goes, run after run, with no one asked.
  if (PEOPLES_CONTENT.test(table) && AGE_CONDITION.test(where) && RECURRING.test(site.text)) return 48;
  return bulkRowsWeight(site);
}

const PEOPLES_CONTENT = /^["\x60]?(?:\w+\.)?(?:journal\w*|notes?|\w*entries|messages?|contacts?|photos?|documents?|files|posts?|comments?|habit\w*|mood\w*|profiles?|users?|accounts?|customers?|members?|patients?)["\x60]?$/i;
const NO_BACKUP = /\b(?:no|without|skip(?:s|ping)?\s+the|(?:do\s+not|don't|doesn't)\s+need\s+a)\s+(?:backups?|dry[- ]run)\b|\bdata\s+loss\s+is\s+acceptable\b/i;
// A copy of the table made before the delete (or a dump), with nothing saying there is none.
const COPIED_FIRST = /\bCREATE\s+TABLE\s+[\w."\x60]*(?:backup|bak|archive|snapshot|copy)\w*\s+AS\s+SELECT\b|\bpg_dump\b|\bbacked\s+up\b|\bbackup\s+(?:table|copy)\b/i;

function backedUpFirst(site: MatchSite): boolean {
  return COPIED_FIRST.test(before(site, 3000)) && !NO_BACKUP.test(site.text) && !/\bnot\s+backed\s+up\b/i.test(site.text);
}

const AGE_CONDITION = /\b\w*(?:_at|date|time|timestamp|created|updated|day|ts)\w*\s*(?:<=?|>=?)|\bINTERVAL\b|\bNOW\(\)|\bCURRENT_(?:DATE|TIMESTAMP)\b|\bdatetime\(/i;

/**
 * ALTER TABLE that only adds nullable columns rewrites nothing and locks briefly: additive. NOT NULL, constraints,
 * renames, type changes and drops change what live rows hold or who can read them.
 */
/** The table a statement names, created further up in the same proposal: new, so empty. */
function createdAbove(site: MatchSite, name: string): boolean {
  const escaped = name.replace(/["\x60]/g, "").toLowerCase().replace(/[.]/g, "\\.");
  const lead = before(site, CREATED_REACH).replace(/["\x60]/g, "").toLowerCase();
  return escaped !== "" && new RegExp(String.raw`\bcreate\s+(?:or\s+replace\s+)?(?:(?:local\s+|global\s+)?temp(?:orary)?\s+)?table\s+(?:if\s+not\s+exists\s+)?${escaped}\b`).test(lead);
}

/**
 * CREATE INDEX without CONCURRENTLY blocks writes to the table while it builds: on a live table, a reviewer wants
 * it done concurrently or off-peak. On a table the same proposal creates there is nothing to block.
 */
function indexWeight(site: MatchSite): number | null {
  const rest = restOfStatement(site, 300);
  const table = /\bON\s+(?:ONLY\s+)?([\w."\x60]+)/i.exec(rest)?.[1];
  if (table === undefined || createdAbove(site, table)) return null;
  // Built concurrently it blocks nothing; a unique one still fails on the duplicates live rows hold and rejects writes.
  if (/^\s*CONCURRENTLY\b/i.test(rest)) return /\bUNIQUE\b/i.test(site.text.slice(site.start, site.end)) ? 28 : null;
  return 28;
}

// A money or measure column made integer (a money column made even BIGINT: its fractions go; a score widened to BIGINT loses nothing), or text cut to a length: every stored value is rounded or truncated.
const LOSSY_TYPE = native(/\bALTER\s+(?:COLUMN\s+)?\w*(?:amount|price|total|balance|cost|fee|rate|tax|value|cents|subtotal|discount|weight|score)\w*\s+(?:SET\s+DATA\s+)?TYPE\s+(?:integer|int|int4|smallint)\b|\bALTER\s+(?:COLUMN\s+)?\w*(?:amount|price|total|balance|cost|fee|tax|subtotal|discount)\w*\s+(?:SET\s+DATA\s+)?TYPE\s+bigint\b|\bALTER\s+(?:COLUMN\s+)?\w+\s+(?:SET\s+DATA\s+)?TYPE\s+(?:varchar|character\s+varying|char)\s*\(\s*\d{1,2}\s*\)|\bUSING\s+[^;]*::\s*(?:integer|int|smallint)\b/i);

function alterWeight(site: MatchSite): number | null {
  // A rollback's ALTER undoes the change above it.
  if (inRollback(site)) return null;
  // The statement up to its end, or up to the quote that closes it inside code; comments left out.
  const statement = after(site, 600).split(/[;'"\x60]/)[0]!.replace(/--[^\n]*/g, "");
  if (LOSSY_TYPE.test(statement)) return 52;
  // A table the same proposal creates holds no rows yet.
  const table = /^\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?([\w."\x60]+)/i.exec(statement)?.[1];
  if (table !== undefined && createdAbove(site, table)) return null;
  const add = /^\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?[\w.]+\s+(ADD\b[\s\S]*)$/i.exec(statement)?.[1];
  if (add === undefined) return 30;
  const additive = add.split(",").every((clause) => /^\s*ADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?\w+\s+\w+(?:\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\s+(?:NULL|DEFAULT\s+NULL))?\s*$/i.test(clause));
  return additive ? null : 30;
}

const EXPORT_VERB = native(/\b(?:axios\.(?:post|put)|fetch\s*\(|requests\.(?:post|put)|https?\.request|\.upload\w*\s*\(|putObject|sendMail|webhook|to_csv|writeFile\w*|export\w*|share\w*|sell\w*|third[- ]part\w+|partners?\b|advertis\w+|analytics|mixpanel|segment\.(?:track|identify)|pixel|public-read|console\.log|print\s*\(|logger\.|openai|anthropic|chat\.completions|generateContent|\.messages\.create)/i);
const PROTECTED_FIELDS = /\b(?:mask\w*|redact\w*|scrub\w*|sanitiz\w*|anonymi[sz]\w*|pseudonymi[sz]\w*|encrypt\w*|hash(?:ed|es)?)\b|\*\*\*/i;
const STORED_COLUMN = /^\s*[\w"`]+\s+(?:VARCHAR|TEXT|CHAR|INTEGER|INT|BIGINT|NUMERIC|STRING|String)\b/i;

/** The field is a column a migration or a model adds: a new place that holds it, encrypted or not, for a reviewer to see. */
function columnAdded(site: MatchSite): boolean {
  return (
    /\bADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?["`]?$/i.test(before(site, 60)) ||
    /\bAddField\s*\([^)]*$/.test(before(site, 200)) ||
    /^\w*["`]?\s*[:=]\s*(?:models\.\w+Field|Column|mapped_column|db\.Column)\s*\(/.test(after(site, 60))
  );
}

const PERSONAL_WORD = native(/\b(?:patients?|customers?|users?|personal|pii|medical|health|diagnos\w*|ssn|passports?|payroll|employees?|contacts?|emails?|phones?|addresses|dob|birth|salar\w*|kyc|records|students?|pupils?|minors?|children|guardians?|applicants?|claimants?|policyholders?|borrowers?|(?:first|last|full)_?names?)\b/i);

function nearPersonalData(site: MatchSite): number | null {
  // Shared where the proposal handles identity, health or bank records, or where people are named beside it.
  return PERSONAL_WORD.test(around(site, 200, 200)) || SENSITIVE_RECORDS.test(around(site, 3000, 600)) ? BLOCK_WEIGHT : null;
}

const THIRD_PARTY_SDK = /\b(?:AppsFlyer\w*|Adjust\.track\w*|Branch\.\w+|amplitude\w*\.(?:track|logEvent|identify|setUserProperties)|braze\.\w+|Braze\.\w+|mixpanel\.\w+|segment\.(?:track|identify)|analytics\.(?:track|identify|logEvent|setUserProperties?)|FirebaseAnalytics\w*|logEvent|setUserProperty|fbq\s*\(|gtag\s*\(|dataLayer\.push)/i;

// An analytics SDK's call, opened before the field: the field is one of the event's properties.
const THIRD_PARTY_CALL = new RegExp(String.raw`(?:${THIRD_PARTY_SDK.source})\s*\(`, "gi");

function personalField(site: MatchSite): number | null {
  if (REDACTION.test(around(site, 300, 100)) || /\bfaker\b|@faker-js\b/i.test(site.text)) return null;
  // A field given to a log call or an analytics event: it is logged or sent.
  if (insideCall(site, LOG_CALL, 600) || insideCall(site, THIRD_PARTY_CALL, 600)) return 50;
  const window = around(site, 160, 160);
  const card = /card_?number|cvv|cvc|pan\b/i.test(site.text.slice(site.start, site.end));
  // "The analytics role must not see these columns; REVOKE SELECT …": a window that keeps it in sends nothing.
  if (EXPORT_VERB.test(window) && !/\bREVOKE\b|\bmust\s+not\b|\bnever\b/i.test(window)) return 50;
  // The rows a query selects are often sent a few lines further down; code that masks the fields sends nothing.
  if (/\bSELECT\b/i.test(aroundOnLine(site, 200))) {
    const further = site.text.slice(site.end, site.end + 400);
    if (EXPORT_VERB.test(further) && !PROTECTED_FIELDS.test(further)) return 50;
  }
  // A properties object built here and handed a few lines on to an analytics, attribution or ads SDK.
  if (THIRD_PARTY_SDK.test(site.text.slice(site.end, site.end + 600))) return 50;
  if (STORED_COLUMN.test(aroundOnLine(site, 80)) || columnAdded(site)) return card ? 48 : 28;
  return null;
}

// Records a reviewer keeps from a vendor's model: health, identity and bank data.
const SENSITIVE_RECORDS = /\b(?:(?:medical|diagnos|patient|clinical|injur|radiolog|pregnan|menstrua)\w*|health|dicom|medications?|meds|prescriptions?|therapy|mental[ _-]health|symptoms?|fertility|ssn|passports?|national_?id|bank_?(?:account|details|statements?)|iban|tax_?returns?)\b/i;

/** A model's API given records the proposal names as health, identity or bank data (read in the code leading up to it). */
function sensitiveRecordsNear(site: MatchSite): number | null {
  // `messages.create` sends a text through Twilio too: a model's call names the model.
  const call = site.text.slice(site.start, site.start + 360);
  // A file uploaded to the provider to fine-tune a model on.
  if (/^files\.create/i.test(call)) return /\bpurpose\s*[=:]\s*["']fine-tune["']/.test(call) && SENSITIVE_RECORDS.test(around(site, 1500, 600)) ? BLOCK_WEIGHT : null;
  if (!/^(?:chat\.completions|generateContent)/i.test(call) && !/^[^)]*?\bmodel\s*[=:]/.test(call)) return null;
  const near = around(site, 1500, 600);
  if (SENSITIVE_RECORDS.test(near)) return BLOCK_WEIGHT;
  // What customers wrote (tickets, emails, chats), read from the store and sent to the provider: for a look.
  return /(?:\b|_)tickets?\b|\bcustomer\s+(?:e-?mails?|messages?|chats?|notes?|reviews?)\b|\btranscripts?\b/i.test(near) && /\bSELECT\b|\.query\s*\(|\.execute\s*\(|\.find\w*\s*\(/.test(near) ? 30 : null;
}

// How much of a self-improvement plan is read for what it changes.
const PLAN_REACH = 20_000;
/**
 * What makes a self-improvement more than advice: it changes the agent's own running system: the schema of its live
 * tables, its prompts, schedule, budgets or model, or its code applied to production. Process advice, dashboards,
 * alerting, docs and tests are routine; gates and review rules have signals of their own.
 */
// A plan's change to its schema or migrations (advice for a missing column only adds it: see selfImprovementWeight).
const SCHEMA_PLANNED = new RegExp(
  [
    String.raw`\b(?:update|updates|updating|alter|alters|altering|change|changes|changing|modify|modifies|fix|fixes|fixing|adjust|adjusting|optimi[sz]e|optimi[sz]ing)\s+(?:the\s+|our\s+|its\s+)?(?:database\s+|db\s+|table\s+)?schema\b|\b(?:update|updating|alter|altering|modify|modifying)\s+the\s+\S+\s+table\s+to\s+(?:include|add|have)\b|\bschema\s+(?:update|adjustment|change|migration|fix)\b`,
    String.raw`\b(?:run|runs|running|apply|applies|applying|create|write)\s+(?:a\s+|the\s+|this\s+)?(?:database\s+|schema\s+)?migration\b|\bmigration\s+scripts?\b`,
  ].join("|"),
  "i",
);

// What else a plan changes in the system it runs on: its production database, its task pipeline, its prompts.
const OTHER_OWN_CHANGE = new RegExp(
  [
    String.raw`\b(?:to|on|in)\s+the\s+(?:production|live)\s+(?:database|db|system)\b`,
    String.raw`\b(?:route|routes|reroute|move|moves|switch|switches|migrate|migrates)\s+(?:the\s+|all\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:webhooks?|tasks|jobs|traffic|requests|events|payments)\s+(?:through|onto|via|to)\s+(?:the\s+|a\s+)?(?:new\s+)?(?:[\w-]+\s+)?(?:queue|worker|service|pipeline|cluster)\b`,
    String.raw`\b(?:task|execution|job)\s+(?:pipeline|worker|executor|queue|runner|scheduler)\b|\bretry\s+polic(?:y|ies)\b|\bretry\s+failed\s+[\w\x60-]+\s+tasks\b`,
    String.raw`\b(?:replace|replaces|rewrite|rewrites|edit|edits|change|changes|update|updates)\s+(?:the\s+|its\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:prompts?|system\s+prompt|prompt\s+templates?|(?:planner|agent|system|model)\s+instructions|scheduler|token\s+budget)\b|\bprompts\/\S+|(?<![\w/-])[\w/-]*?prompt\w*\.(?:txt|md|ya?ml|json)\b`,
  ].join("|"),
  "i",
);

// "Update the schema to include this column": a column added rewrites nothing (indexes and backfills are read apart).
const COLUMN_ADDED = /\b(?:schema|table)\b[^.\n]*\b(?:to\s+include|add|adds|adding)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?(?:missing\s+|new\s+)?(?:\x60?\w+\x60?\s+)?columns?\b/i;
// Sentence by sentence, each read once: a pattern reaching back to the start of its sentence from every position of a
// long plan would read it again for each.
const SENTENCE = /[^.\n]*(?:[.\n]|$)/g;

function withoutAddedColumns(plan: string): string {
  if (!/column/i.test(plan)) return plan;
  return plan.replace(SENTENCE, (sentence) => (COLUMN_ADDED.test(sentence) ? "" : sentence));
}

const MISSING_COLUMN = /\bmissing\s+(?:[\x60'"]?\w+[\x60'"]?\s+)?column\b/i;

/** The kind prefix opens the proposal; the same words further down quote it. A plan counts by what it changes. */
function selfImprovementWeight(site: MatchSite): number | null {
  let index = 0;
  while (index < site.start && /\s/.test(site.text[index]!)) index++;
  if (index !== site.start) return null;
  const plan = site.text.slice(site.end, site.end + PLAN_REACH);
  // Advice that fixes the schema for a missing column adds the column: its schema and migration talk is that. A plan
  // that writes the statement out changes its live table (review, as its reviewers label it).
  const advice = !/\b(?:ALTER|CREATE)\s+(?:TABLE|INDEX)\b|```/i.test(plan);
  const onlyAColumn = advice && MISSING_COLUMN.test(plan);
  const read = onlyAColumn ? plan : withoutAddedColumns(plan);
  const changed = OTHER_OWN_CHANGE.test(read) || (!onlyAColumn && SCHEMA_PLANNED.test(read));
  return changed || schemaBeyondAdditions(plan) ? 28 : null;
}

// Indexes lock a live table while they build; a column added nullable rewrites nothing (two blind sets' labels).
const INDEX_PLANNED = /\bCREATE\s+(?:UNIQUE\s+)?INDEX\b(?!\s+CONCURRENTLY)|\b(?:add|adds|adding)\s+(?:the\s+|a\s+|an\s+|any\s+)?(?:necessary\s+|missing\s+|new\s+|required\s+)?(?:\x60?\w+\x60?\s+)?(?:indexes|indices|index)\b|\b(?:indexes|indices|index)\s+(?:of|on|to|in)\s+the\s+\S+\s+table\b/i;

// "Update existing tasks to include the ai_model": a backfill, said without the word.
const BACKFILL_IN_WORDS = /(?<!\b(?:no|not|never)\s+)\bupdat(?:e|es|ing)\s+(?:all\s+)?(?:the\s+)?existing\s+(?:rows|records|tasks|entries|data|users|accounts|orders|items)\s+(?:to|with)\b/i;

/** A plan's schema change that does more than add nullable columns: an index, a backfill, an ALTER that is not additive. */
function schemaBeyondAdditions(plan: string): boolean {
  // A backfill rewrites every live row the new column is filled in for.
  if (INDEX_PLANNED.test(plan) || /(?<!\b(?:no|not|nothing(?:\s+is)?|without|never)\s+)\bbackfill(?:s|ed|ing)?\b/i.test(plan) || BACKFILL_IN_WORDS.test(plan)) return true;
  for (const alter of plan.matchAll(/\bALTER\s+TABLE\b/gi)) {
    if (alterWeight({ text: plan, start: alter.index, end: alter.index + alter[0].length }) !== null) return true;
  }
  return false;
}

// The cookie that carries the login: a session's settings, or a cookie named for a session, token or login.
const SESSION_COOKIE = /session|\bsid\b|\.sid\b|auth|token|jwt|remember|login|\bcookie\s*:/i;

function cookieWeight(site: MatchSite): number | null {
  // A theme or consent cookie holds no login; a mail transport's `secure: false` is STARTTLS.
  const nearby = around(site, 200, 100);
  if (/^secure/i.test(site.text.slice(site.start, site.end))) return /\b(?:cookie|session)/i.test(nearby) ? 30 : null;
  return SESSION_COOKIE.test(nearby) ? 30 : null;
}

// A template is input when its source names the user, the request or a customer's own text.
const TEMPLATE_FROM_USER = /\b\w*(?:user|input|custom|submitted|untrusted|payload|body|params|upload\w*|template_source|templatesource)\w*\b/i;

function templateSource(site: MatchSite): number | null {
  const argument = /^[^,)]*/.exec(after(site, 160))?.[0] ?? "";
  if (REQUEST_INPUT.test(argument)) return 45;
  // Who writes the templates is said once, in the proposal's words, however long the code after them.
  if (!TEMPLATE_FROM_USER.test(argument.replace(STRING_LITERAL, '""')) && !TYPED_BY_PEOPLE.test(site.text)) return null;
  // Rendered with the application's settings, config or environment in its context, a template reads them out.
  return APP_STATE_IN_CONTEXT.test(after(site, 400)) ? 50 : 32;
}

const APP_STATE_IN_CONTEXT = /\.render\w*\s*\([^)]*\b(?:settings|config|app_settings|app_config|secrets?|os\.environ|process\.env|env)\b/i;

// The agent's own settings: a block for one of its loops, or a budget near words naming the agent.
const AGENT_CONTEXT = /\b(?:self_improvement|idea_implementation|agent|autonom\w*|cycles?|llm|ollama)\b/i;

function agentLimits(site: MatchSite): number | null {
  if (/^["']/.test(site.text.slice(site.start, site.end))) return /\b(?:schedule|cron|interval|max_tokens\w*|budget\w*|model|enabled)\b/i.test(after(site, 300)) ? 30 : null;
  return AGENT_CONTEXT.test(before(site, 600)) ? 30 : null;
}

// Where a dump goes once written: another host, a bucket.
const OFF_HOST = native(/\baws\s+s3\s+(?:cp|sync|mv)\b|\bgsutil\s+(?:-m\s+)?(?:cp|rsync|mv)\b|\bscp\s|\brsync\s|\brclone\s|\baz\s+storage\s+blob\s+upload|\.upload\w*\s*\(|\bputObject\b|\bupload_file\b|\bcurl\b[^\n]*(?:\s-T\s|--upload-file|\s-F\s)|\|\s*ssh\b/i);

// A dump restored into another database as it is made, and the environments on either side.
const RESTORED = /\|\s*(?:pg_restore|psql|mysql|mongorestore)\b|\bpg_restore\b|\bmongorestore\b/;
// Names as variables hold them too (STAGING_DATABASE_URL, PROD_DB): a letter, not an underscore, continues a word here.
const LESSER_ENVIRONMENT = /(?<![a-z])(?:staging|stage|qa|uat|dev|development|sandbox|preview)(?![a-z])/i;
const PRODUCTION_NAMED = /(?<![a-z])prod(?:uction)?(?![a-z])/i;

/** A dump sent off the host: review; production restored straight into staging or dev (every record, unmasked, where more people reach it): block. */
function dumpLeavesHost(site: MatchSite): number | null {
  const window = site.text.slice(site.start, site.end + 800);
  if (RESTORED.test(window) && PRODUCTION_NAMED.test(window) && LESSER_ENVIRONMENT.test(window)) return 48;
  if (!OFF_HOST.test(window)) return null;
  // Copied to a vendor's or a partner's store, every record in it has left the company.
  return OUTSIDE_PARTY.test(around(site, 1500, 1500)) ? 52 : REVIEW_WEIGHT;
}

// Stores whose loss costs nothing: caches, scratch and test data, sessions, the trash.
const DISPOSABLE_STORE = native(/(?:^|[^a-z0-9])(?:cache|caches|cached|tmp|temp|scratch|sandbox|staging|test|tests|testing|fixtures?|seeds?|dev|development|local|localhost|demo|sessions?|trash|recycle)(?:$|[^a-z0-9])/i);

/** Emptying a cache, a scratch table or a test database loses nothing: the target is read on the match's line before it. */
function unlessDisposable(weight: number): (site: MatchSite) => number | null {
  return (site) => {
    const lead = before(site, 80);
    // SQLAlchemy's session is the connection, not a table of sessions.
    const target = (lead.slice(lead.lastIndexOf("\n") + 1) + site.text.slice(site.start, site.end)).replace(/\b(?:db\.)?session\.(?:query|execute)\b/g, "");
    return DISPOSABLE_STORE.test(target) ? null : weight;
  };
}

// A table on a page (a data grid's rows, its filters) is not a store; nor are the words of a UI.
const UI_CONTEXT = native(/\b(?:button|click\w*|onClick|component|modal|dialog|grid|filters?|selection|screen|form|inputs?|cart|checkbox|search\s+box|hash\s+table|lookup\s+table|pivot\s+table|truth\s+table|seating)\b/i);

/** A store emptied in words: a cache, a test or staging store, or a table on a page is not the risk. */
function emptiedStore(site: MatchSite): number | null {
  const matched = site.text.slice(site.start, site.end);
  if (DISPOSABLE_STORE.test(matched) || UI_CONTEXT.test(aroundOnLine(site, 200))) return null;
  // "Clear it out completely": the line or the one before names the store it empties.
  if (/^\S+\s+(?:it|them|everything|all\s+of\s+it)\b/i.test(matched)) {
    const context = before(site, 300) + restOfLine(site);
    if (!/\b(?:tables?|collections?|buckets?|databases?|db|datastore|records|rows)\b/i.test(context)) return null;
    if (DISPOSABLE_STORE.test(restOfLine(site))) return null;
  }
  return snapshotFirst(site) ? BULK_ROWS_WEIGHT : BLOCK_WEIGHT;
}

// A snapshot or backup said to be taken before the deletion: there is a way back, for a reviewer to check.
const SNAPSHOT_FIRST = /\b(?:snapshot|backup|dump)\s+(?:is|are|gets?)\s+(?:taken|made|created)\b|\b(?:take|takes|taking)\s+(?:a\s+)?(?:full\s+)?(?:database\s+)?(?:snapshot|backup)\s+(?:first|before)\b/i;

function snapshotFirst(site: MatchSite): boolean {
  return SNAPSHOT_FIRST.test(site.text) && !NO_BACKUP.test(site.text);
}

// A Django model or Rails table the migration creates: a change to it alters nothing live.
function createdByMigration(site: MatchSite): boolean {
  const lead = before(site, CREATED_REACH);
  const model = /\bmodel_name\s*=\s*["'](\w+)["']/.exec(after(site, 200))?.[1];
  if (model !== undefined && new RegExp(String.raw`\bCreateModel\(\s*name\s*=\s*["']${model}["']`, "i").test(lead)) return true;
  // Rails names the table in the match (`add_index :users`), the others among the call's first two arguments.
  const symbol = /:(\w+)$/.exec(site.text.slice(site.start, site.end))?.[1];
  const tables = symbol !== undefined ? [symbol] : [...(after(site, 120).split("\n")[0]!.match(/["'\x60]\w+["'\x60]/g) ?? [])].slice(0, 2).map((name) => name.slice(1, -1));
  return tables.some((table) => new RegExp(String.raw`\bcreate_table\s*\(?\s*[:"']${table}\b|\bcreateTable\s*\(\s*["']${table}["']`, "i").test(lead));
}

function unlessModelCreated(weight: number): (site: MatchSite) => number | null {
  return (site) => (createdByMigration(site) ? null : weight);
}

/** An index built concurrently, or on a table the same migration creates, blocks nothing. */
function ormIndexWeight(site: MatchSite): number | null {
  if (/concurrently\b|AddIndexConcurrently/i.test(site.text.slice(site.start, site.end + 300).split(/\n\s*\n/)[0]!)) return null;
  return createdByMigration(site) ? null : 28;
}

// A price is what a plan costs per period; revenue, costs and budgets moving between figures are goals, not prices.
const PRICE_CONTEXT = /\b(?:price|prices|pricing|plan|plans|tier|tiers|subscriptions?|subscribers?|per\s+(?:month|year|seat|user)|monthly|annual|yearly)\b|\/\s*(?:mo|month|yr|year|seat|user)\b/i;
const NOT_A_PRICE = /\b(?:revenue|mrr|arr|income|sales|profit|earnings|budget|costs?|spend|savings|valuation)\b/i;

function priceMove(site: MatchSite): number | null {
  const matched = site.text.slice(site.start, site.end);
  if (NOT_A_PRICE.test(matched) || !PRICE_CONTEXT.test(aroundOnLine(site, 200))) return null;
  return /\bexisting\s+(?:customers|subscribers|users|subscriptions|plans)\b/i.test(aroundOnLine(site, 200)) && !/\bkeep\b|\bgrandfather/i.test(aroundOnLine(site, 200)) ? 48 : REVIEW_WEIGHT;
}

// A logger's redaction list or a scrubber names the field to hide it: that is the protection, not the exposure.
const REDACTION = native(/\b(?:redact\w*|censor|scrub\w*|mask\w*|sanitiz\w*|filter_parameters|filterParameters|sensitive_?fields|denylist|blocklist)\b/i);

function unlessRedacted(site: MatchSite): number | null {
  return REDACTION.test(around(site, 300, 100)) ? null : REVIEW_WEIGHT;
}

// The agent's gate: a word naming it near the setting, so a shop's order-approval flag is not read as one.
const GATE_CONTEXT = /\b(?:gates?|fsar|execution|proposals?|agent|guardrails?|severity|block_execution|self_improvement|idea_implementation|implement_idea)\b/i;

function inGateConfig(site: MatchSite): number | null {
  return GATE_CONTEXT.test(around(site, 600, 300)) ? BLOCK_WEIGHT : null;
}

// Expressions that users write: a restricted evaluator on a fixed expression of ours is no risk.
const USER_WRITTEN = /\b\w*(?:users?|formulas?|expressions?|inputs?|custom|rules?|scripts?|submitted|untrusted|payload|request)\w*\b/i;

function userWritten(site: MatchSite): number | null {
  return USER_WRITTEN.test(around(site, 400, 400)) ? 30 : null;
}

// Health, financial and identity fields among a tracking call's properties.
const SENSITIVE_PROPERTY = native(/\b\w*(?:mood|medication|medications|medicine|diagnos[ie]s|symptoms?|prescriptions?|therapy|mental_health|heart_rate|blood_\w+|pregnan\w*|health_\w+|conditions|ssn|social_security|date_of_birth|birth_?date|dob|salary|income|net_worth|balance|card_number|cardNumber|iban|passport|religion|bank_account|sort_?code|routing_number|ni_number|nino|national_insurance|national_id|tax_id|ethnicity|sexual_orientation|journal|diagnosis)\w*\b/i);

// Contact details as properties: the person can be reached and found again by the service.
const CONTACT_PROPERTY = /\b(?:email|e_mail|phone|phone_number|phoneNumber|mobile|postcode|post_code|zip|zipcode|zip_code|postal_code|postalCode|address|street|full_name|fullName|last_name|lastName)\s*:/i;

function sensitiveProperties(site: MatchSite): number | null {
  // The call's arguments: up to the first blank line, at most a few hundred characters.
  const call = site.text.slice(site.end, site.end + 600).split(/\n[ \t]*\n/)[0]!;
  if (REDACTION.test(call)) return null;
  if (SENSITIVE_PROPERTY.test(call)) return 50;
  return CONTACT_PROPERTY.test(call) ? REVIEW_WEIGHT : null;
}

// Rules written for the local emulator or a test project open nothing in production.
function unlessTestOrEmulator(site: MatchSite): number | null {
  return /\b(?:emulators?|test|tests|testing|local|localhost|dev|development)\b/i.test(aroundOnLine(site, 200)) ? null : BLOCK_WEIGHT;
}

// Where a command runs: named on its line or the two lines before it.
const PRODUCTION_TARGET = /\b(?:production|prod|live|RAILS_ENV=production|NODE_ENV=production|--linked|DATABASE_URL=\S*(?:prod|rds\.amazonaws|neon\.tech|supabase\.co))\b/i;
const LOCAL_TARGET = /\b(?:local|locally|localhost|dev|development|test|testing|RAILS_ENV=test|sandbox|docker-compose|your\s+machine)\b/i;

function targetOf(site: MatchSite): string {
  const lead = before(site, 240);
  return lead.slice(lead.lastIndexOf("\n", lead.lastIndexOf("\n") - 1) + 1) + restOfLine(site);
}

/** A pull request's head is only untrusted code run with secrets in a workflow that pull_request_target starts. */
function inPullRequestTarget(site: MatchSite): number | null {
  return /\bpull_request_target\b/.test(site.text) ? BLOCK_WEIGHT : null;
}

/** A reset of the production database is a loss; of a local or test one, routine; of one not named, worth a look. */
function byTargetEnvironment(site: MatchSite): number | null {
  const target = targetOf(site);
  if (PRODUCTION_TARGET.test(target)) return BLOCK_WEIGHT;
  return LOCAL_TARGET.test(target) ? null : REVIEW_WEIGHT;
}

// What keeps a database's data when its resource goes: each one off is for review, several at once leave nothing.
const DATABASE_GUARD_OFF = String.raw`\bskip_final_snapshot${O}=${O}true\b|\baction\.destructive_requires_name['"]?${O}[=:]${O}['"]?false\b|\b(?:force_destroy|delete_contents_on_destroy)${O}[=:]${O}true\b|\bprevent_destroy${O}[=:]${O}false\b|\bdeletion_?protection(?:_enabled)?['"]?${O}[=:]${O}false\b`;
const GUARD_OFF = new RegExp(String.raw`${DATABASE_GUARD_OFF}|\bbackup_retention_period${O}=${O}0\b`, "gi");

function guardsOff(site: MatchSite): number | null {
  const kinds = new Set((site.text.match(GUARD_OFF) ?? []).map((found) => found.split(/\s*[=:]/)[0]!.toLowerCase()));
  // Applied to production a few lines on: the resources it lets go are production's.
  if (/\bterraform\s+workspace\s+(?:select|new)\s+(?:prod|production)\b|-var-file[= ]\S*\bprod(?:uction)?\b/i.test(site.text)) return BLOCK_WEIGHT;
  const weight = byTargetEnvironment(site);
  return weight !== null && kinds.size >= 2 ? BLOCK_WEIGHT : weight;
}

function unlessLocalOrTest(weight: number): (site: MatchSite) => number | null {
  return (site) => {
    const target = targetOf(site);
    return !PRODUCTION_TARGET.test(target) && LOCAL_TARGET.test(target) ? null : weight;
  };
}

// The job a `continue-on-error` belongs to: one that guards what merges.
const GUARDING_JOB = /\b(?:test|tests|testing|lint|linting|audit|scan|scanning|security|fsar|check|checks|typecheck|vitest|jest|pytest|semgrep|codeql|snyk|trivy|gitleaks)\b/i;

function guardingJob(site: MatchSite): number | null {
  return GUARDING_JOB.test(around(site, 300, 200)) ? 30 : null;
}

/** A store retired: the production one is lost; an old one said to be migrated or backed up first is a look. */
function retiredStore(site: MatchSite): number | null {
  const matched = site.text.slice(site.start, site.end);
  if (DISPOSABLE_STORE.test(matched)) return null;
  // "Drop the legacy orders table in production": the place may follow the store.
  return /\b(?:production|prod|primary|live|main)\b/i.test(matched) || /^[^.;]*?\b(?:in|on|from)\s+(?:the\s+)?(?:production|prod|live)\b/i.test(restOfLine(site).slice(matched.length)) ? BLOCK_WEIGHT : REVIEW_WEIGHT;
}

/** Balances, credits and points are money; passwords, keys and tokens reset for everyone lock people out: a look. */
function overwrittenValue(site: MatchSite): number | null {
  const matched = site.text.slice(site.start, site.end);
  if (/\b(?:their|your|his|her|my)\b/i.test(matched) && !/\b(?:all|every|each)\s+of\b/i.test(matched)) return null;
  return /\b(?:passwords?|api\s+keys|keys|tokens)$/i.test(matched) ? REVIEW_WEIGHT : BLOCK_WEIGHT;
}

// Installers the vendor publishes at a fixed address, in CI or an image build: unpinned, worth a look, not a block.
const VENDOR_INSTALLER = /https?:\/\/(?:get\.docker\.com|sh\.rustup\.rs|install\.python-poetry\.org|deno\.land\/install\.sh|bun\.sh\/install|get\.helm\.sh|raw\.githubusercontent\.com\/(?:nvm-sh|Homebrew|helm)\/|astral\.sh\/uv\/install\.sh|get\.pnpm\.io|fnm\.vercel\.app\/install|cli\.github\.com|tailscale\.com\/install\.sh|get\.k3s\.io|ollama\.com\/install\.sh|install\.datadoghq\.(?:com|eu)|download\.newrelic\.com|(?:deb|rpm)\.nodesource\.com|sentry\.io\/get-cli|fly\.io\/install\.sh|get\.sdkman\.io|install\.determinate\.systems|cli\.doppler\.com|get\.pulumi\.com|packages\.gitlab\.com|dot\.net\/v1\/dotnet-install\.sh)\S*/i;

// A policy written from `default-src 'self'` that allows no unsafe script is one added, tighter than none.
function unlessPolicyFromSelf(site: MatchSite): number | null {
  return /\bdefaultSrc\s*:\s*\[\s*["']'self'["']\s*\]|\bdefault-src\s+'self'\s*;/.test(site.text) && !/'unsafe-/.test(site.text) ? null : 28;
}

// Dependabot's or Renovate's pull requests merged by a workflow: which updates go in unreviewed is for a look.
function unlessDependencyBot(site: MatchSite): number {
  return /\b(?:dependabot|renovate)(?:\[bot\])?\b/i.test(around(site, 1500, 300)) ? 30 : 50;
}

/** `agent` where the proposal is the agent's (its opening names self-improvement, the agent, an LLM), else `other`. */
function inAgentText(agent: number, other: number | null): (site: MatchSite) => number | null {
  return (site) => (AGENT_CONTEXT.test(site.text.slice(0, 3000)) ? agent : other);
}

/** The allowlist is the agent's own (a file named for the agent, its self-improvement, its own repository). */
function inAgentConfig(site: MatchSite): number | null {
  return /\bagent[\w.-]*\.(?:json|ya?ml|toml)\b|\bself_improvement\b|\b(?:our|its|my)\s+own\b/i.test(site.text) ? 30 : null;
}

/** A minimum moved down or a maximum moved up, against the value it was. */
function gateLoosened(site: MatchSite): number | null {
  const matched = site.text.slice(site.start, site.end);
  const values = [...matched.matchAll(/\d+(?:\.\d+)?/g)].map((value) => Number(value[0]));
  if (values.length < 2) return null;
  const [now, was] = [values[0]!, values[values.length - 1]!];
  return /warnings|max/i.test(matched) ? (now > was ? 30 : null) : now < was ? 30 : null;
}

/** An ingress rule: open to every address it blocks, to a range it is for a look. */
function databasePortOpened(site: MatchSite): number | null {
  const rule = around(site, 400, 600);
  if (!/\bingress\b/i.test(rule)) return null;
  if (/["']0\.0\.0\.0\/0["']|["']::\/0["']/.test(rule)) return BLOCK_WEIGHT;
  return /\bcidr_?blocks\b|\bsource_ranges\b|\bcidr(?:Ip|_ip)?\b/i.test(rule) ? 30 : null;
}

/** A data migration's function that writes rows (`.update(`, `.save(`, `bulk_update(`): the live table's rows change. */
function rowsRewritten(site: MatchSite): number | null {
  return /\.update\s*\(|\.save\s*\(|\bbulk_update\s*\(/.test(site.text) ? 28 : null;
}

// Many, said in words or counted in thousands ("every account", "3,200 employees").
const MANY_OR_COUNTED = /\b(?:every|all|each)\b|\d{1,3}(?:,\d{3})+/i;

/** Money paid out, refunded or charged to every one of many, or straight away with a check skipped: block. */
function paidOutWeight(site: MatchSite): number | null {
  const sentence = around(site, 200, 200);
  if (!/\b(?:commissions?|payouts?|payments?|refunds?|balances?|earnings|invoices?|fees?|cards?|accounts?|\$\s?\d|\d+\s*(?:usd|eur|gbp|dollars?|euros?))\b/i.test(sentence)) return null;
  return MANY_OR_COUNTED.test(sentence) && /\bstraight\s+away\b|\bimmediately\b|\btoday\b|\btonight\b|\binstead\s+of\s+waiting\b|\bwithout\b|\bskip\w*\b|\bbottleneck\b/i.test(around(site, 400, 400)) ? BLOCK_WEIGHT : REVIEW_WEIGHT;
}

// Words of a dialog, a warning or a message about an operation: copy that names it, not the operation.
const COPY_ABOUT_IT = /\b(?:dialog|button|modal|confirm\w*|warn\w*|explain\w*|tells?|says?|reads|shows|banner|tooltip|message|copy)\b/i;

const KEPT_RECORDS = /\b(?:accounts?|users?|customers?|members?|records?|rows?|data|files|uploads?|workspaces?|tenants?|orders?|invoices?|history|notes|messages|documents?|photos?|profiles?|patients?|entries|backups?|listings?|projects?|drafts?|tables?|transactions?|payments?)\b/i;

/** Records purged: every one of many, irreversibly or with no export, is a block; else for a look. */
function purgedWeight(site: MatchSite): number | null {
  // Said in a dialog or a warning ("explains that files will be wiped"): copy about a deletion, not one.
  if (COPY_ABOUT_IT.test(around(site, 150, 40))) return null;
  // What is purged is records people or the business keep, not unused CSS classes or a cache.
  const subject = before(site, 120);
  if (!KEPT_RECORDS.test(subject) || /\b(?:classes|css|styles?|caches?|cached|build|unused|artifacts?)\b/i.test(before(site, 60))) return null;
  const sentence = around(site, 300, 300);
  return MANY_OR_COUNTED.test(sentence) || /\birreversibl\w*|\bno\s+(?:export|backup|way\s+back)\b|\bpermanently\b/i.test(sentence) ? 48 : BULK_ROWS_WEIGHT;
}

/** TRUNCATE as a statement, or written in capitals in a plan: "truncate long descriptions" is not one. */
function truncateWritten(site: MatchSite): number | null {
  const matched = site.text.slice(site.start, site.end);
  return /\s(?:on|in|against)\s/i.test(matched) && !matched.startsWith("TRUNCATE") ? null : BLOCK_WEIGHT;
}

/** A look, or a block where health, identity or bank records are named from `lead` before the match to `trail` after it. */
function blockWithSensitiveRecords(review: number, lead: number, trail: number): (site: MatchSite) => number {
  return (site) => (namesSensitiveRecords(around(site, lead, trail)) ? BLOCK_WEIGHT : review);
}

/** Health, identity or bank records named in the text, and not as what is left out ("no journal, health or card data"). */
function namesSensitiveRecords(text: string): boolean {
  for (const named of text.matchAll(/\b(?:lab\s+results?|(?:medical|diagnos|patient|clinical)\w*|health|medications?|prescriptions?|therapy|ssns?|social\s+security(?:\s+numbers?)?|passports?|bank[_\s]?(?:account|details)|iban)\b/gi)) {
    if (!/\b(?:no|not|without|never|nor|excluding|except)\b[^.;\n]{0,40}$/i.test(text.slice(Math.max(0, named.index - 60), named.index))) return true;
  }
  return false;
}

// A gate's own function, opened just above the `return false` that is all its body holds.
const GATE_FUNCTION_OPENED = /\b(?:function\s+|def\s+|const\s+|let\s+)?(?:should_?block|needs_?(?:human_?)?review|requires_?(?:human_?)?(?:approval|review)|should_?(?:review|escalate|gate)|is_?blocked|must_?block)\w*\s*(?:=\s*(?:async\s+)?)?\([^)]*\)\s*(?:=>\s*)?(?:\{|:)\s*$/i;

/** `function shouldBlock(report) { return false; }`: in a gate, an FSAR check or a guardrail, it stops nothing again. */
function gateAlwaysPasses(site: MatchSite): number | null {
  if (!GATE_FUNCTION_OPENED.test(before(site, 160))) return null;
  return /\bfsar\b|\bgate\b|\bguardrail|\brisk\b|\bself_improvement\b/i.test(site.text.slice(0, 4000)) ? BLOCK_WEIGHT : 30;
}

/** A flush of a cache every key of which is rebuilt from elsewhere: for a look (the load it brings), not a loss. */
function flushedStore(site: MatchSite): number {
  if (!/\bflush(?:db|all)\b/i.test(site.text.slice(site.start, site.end)) || !/\bcache\b/i.test(around(site, 400, 100))) return BLOCK_WEIGHT;
  // Sessions, queues or counters in the same store go with it, unless the text puts them on another instance.
  const stateful = /\b(?:sessions?|queues?|carts?|counters?|locks?)\b/i.test(site.text) && !/\b(?:different|separate|another|other)\s+(?:redis\s+)?(?:instance|db|database|cluster|server)\b/i.test(site.text);
  return stateful ? BLOCK_WEIGHT : REVIEW_WEIGHT;
}

// Ports of databases, caches, search engines and remote shells: opened to a network, what listens there is reached.
const EXPOSED_PORTS = ["5432", "3306", "1433", "1521", "6379", "27017", "9200", "9042", "5984", "11211", "22", "3389"];
const PORT_OPENED_FROM_CLI = new RegExp(String.raw`--port\s+(?:${EXPOSED_PORTS.join("|")})\b|--rules\s+tcp:(?:5432|3306|22|3389)\b|--allow\s+tcp:(?:5432|3306|22|3389)\b`);

/** An ingress opened: a database's or a shell's port to every address blocks; anything else is for a look. */
function ingressWeight(site: MatchSite): number {
  const command = after(site, 400);
  return /0\.0\.0\.0\/0|::\/0/.test(command) && PORT_OPENED_FROM_CLI.test(command) ? BLOCK_WEIGHT : 30;
}

/** Where it runs is production: a prod namespace, context or host named near it, or the proposal says so. */
function onProduction(site: MatchSite): number | null {
  const line = restOfLine(site, 300);
  if (/\b(?:staging|stg|dev|local|minikube|kind)\b/i.test(line)) return null;
  return /\bprod(?:uction)?\b|\blive\b/i.test(around(site, 1500, 600)) ? 28 : null;
}

/** `decide(severity=45, block_execution=False)` in a test asserts what the gate does with that input; it sets nothing. */
function unlessATestsCallArgument(site: MatchSite): number | null {
  const line = aroundOnLine(site, 200);
  const inCall = /\w\s*\([^()]*$/.test(before(site, 120).split("\n").pop() ?? "");
  return inCall && (/\bassert\w*\b|\bexpect\s*\(/.test(line) || /\bdef\s+test_|\b(?:it|test)\s*\(\s*["'\x60]/.test(before(site, 400))) ? null : 52;
}

/** Words in quotes on their line, or beside a button's or an article's words, are copy ("Tap Disable 2FA"), not a plan. */
function unlessQuotedCopy(weight: number): (site: MatchSite) => number | null {
  return (site) => {
    const lead = before(site, 200).split("\n").pop() ?? "";
    const quotes = (lead.match(/["“”]/g) ?? []).length;
    return quotes % 2 === 1 || COPY_ABOUT_IT.test(around(site, 60, 30)) ? null : weight;
  };
}

function installerSource(site: MatchSite): number | null {
  // `sh -c "$(curl …)"` names the address after the match.
  return VENDOR_INSTALLER.test(restOfLine(site)) ? REVIEW_WEIGHT : BLOCK_WEIGHT;
}

/** Every subscription moved in a loop, or invoiced for the difference at once, charges customers now. */
function subscriptionChangeWeight(site: MatchSite): number {
  return LOOP.test(before(site, 300)) || /\bproration_behavior\s*:\s*['"]always_invoice['"]/.test(after(site, 300)) || /\bfor\s+await\s*\(/.test(before(site, 300)) ? BLOCK_WEIGHT : 32;
}

// A reviewer's section or key counts when a model or prompt is set in it.
function reviewerModelChanged(site: MatchSite): number | null {
  const matched = site.text.slice(site.start, site.end);
  if (/:\s*$/.test(matched) && !/[=:]/.test(matched.replace(/:\s*$/, ""))) {
    return /^(?:[ \t]*\n)?[ \t]+(?:model|llm|prompt|provider)\s*:/.test(after(site, 120)) && AGENT_CONTEXT.test(site.text.slice(0, Math.min(site.text.length, 3000))) ? 30 : null;
  }
  return 30;
}

/** Plain text is a block; a fast hash is a look; the words in a warning against them are negated by assess. */
function passwordStorage(site: MatchSite): number | null {
  if (/plain|unhashed|unencrypted|as\s+is/i.test(site.text.slice(site.start, site.end))) return BLOCK_WEIGHT;
  // MD5 or SHA-1 where a password hash (bcrypt, scrypt, Argon2, PBKDF2) was: every password is weakened.
  return /\b(?:bcrypt|scrypt|argon2\w*|pbkdf2)\b/i.test(site.text) ? BLOCK_WEIGHT : REVIEW_WEIGHT;
}

// Route middleware and decorators that check who is calling.
const GUARD = String.raw`(?:requireAuth\w*|requireAdmin\w*|requireRole\w*|requireUser|requireLogin|requireSession|ensureAuth\w*|ensureLoggedIn|ensureAdmin|isAuthenticated|isAdmin|checkAuth\w*|checkPermissions?|checkRole|verifyToken|verifyJwt|authenticateToken|authenticateUser|authMiddleware|adminOnly|login_required|permission_required|IsAuthenticated|IsAdminUser|require_(?:role|admin|auth|login|user|permission)s?|admin_required|roles_required|RolesGuard|PermissionsGuard|AdminGuard)`;

/** One call is for review; a loop of them (deleting what it finds, paying whom it finds) blocks. */
function blockInLoop(site: MatchSite): number {
  return LOOP.test(before(site, 600)) ? BLOCK_WEIGHT : REVIEW_WEIGHT;
}

// A batch of money sent out is named by its size: "212 recipients", "1,400 creators".
const MONEY_SENT = /\b(?:pay\w*|payouts?|transfers?|wires?|disburse\w*|remit\w*|batch|fund|funds|funding|send\w*|sent)\b/i;

function paidToMany(site: MatchSite): number | null {
  return MONEY_SENT.test(aroundOnLine(site)) ? BLOCK_WEIGHT : null;
}

/** Real records copied without masking: block when the line names people or their records. */
function unmaskedWeight(site: MatchSite): number {
  return PERSONAL_WORD.test(around(site, 600, 200)) ? BLOCK_WEIGHT : REVIEW_WEIGHT;
}

/** A CI secret echoed into the job's log: block when it is encoded past the log's masking, none when it goes to a file or a command. */
function printedSecret(site: MatchSite): number | null {
  // `::add-mask::` is how a job hides a value from its log.
  if (/::add-mask::/.test(restOfLine(site))) return null;
  const rest = restOfLine(site).slice(site.end - site.start);
  if (/\|\s*(?:base64|rev|xxd|od|tr|sed|awk)\b/.test(restOfLine(site))) return BLOCK_WEIGHT;
  return /[|>]/.test(rest) ? null : 48;
}

// Kinds of personal data a record can hold, as code, queries and column lists name them (lowercase): three kinds or
// more in what a proposal selects, copies, logs or sends is a record of people.
const PERSONAL_KINDS: readonly { words: readonly string[]; pattern: RegExp }[] = [
  { words: ["mail"], pattern: /\b\w*e_?mail(?:_?address)?\b/ },
  { words: ["phone", "mobile", "msisdn"], pattern: /\b\w*(?:phone|mobile)(?:_?(?:number|e164))?\b|\bmsisdn\b/ },
  { words: ["full_name", "fullname", "first_name", "firstname", "last_name", "lastname", "given_name", "givenname", "family_name", "familyname", "legal_name", "legalname", "middle_name", "middlename"], pattern: /\b(?:full|first|last|given|family|legal|middle)_?name\b/ },
  { words: ["birth", "dob"], pattern: /\b(?:date_?of_?birth|dob|birth_?date|birthdate)\b/ },
  { words: ["ssn", "social_security", "socialsecurity", "national_id", "nationalid", "tax_id", "taxid", "passport", "licen"], pattern: /\b(?:ssn|social_?security\w*|national_?id|tax_?id|passport(?:_?number)?|driver_?licen[cs]e\w*)\b/ },
  { words: ["address", "postcode", "postalcode", "postal_code", "post_code", "zipcode", "zip_code", "line1", "line_1"], pattern: /\b(?:billing|home|street|postal|mailing|shipping|residential)_?address\b|\baddress_?line\w*\b|\bline_?1\b|\bpost(?:al)?_?code\b|\bzip_?code\b|["']address["']|\baddress\s*[:=,)]/ },
  // Where a person was: a trip's ends, a trace of their device, the places they saved.
  { words: ["pickup_", "dropoff_", "drop_off_", "home_", "work_", "gps", "location_history", "locationhistory"], pattern: /\b(?:pickup|dropoff|drop_off|home|work)_(?:lat|lng|lon|latitude|longitude|location|coords?|point)\b|\b(?:\w+_)?gps_?(?:trace|traces|points?|track|tracks|history|pings?)\b|\blocation_?history\b/ },
  { words: ["ip_address", "ipaddress", "last_login_ip", "client_ip", "ip_last_seen", "last_ip"], pattern: /\b(?:\w+_)?ip_?address\b|\blast_login_ip\b|\bclient_ip\b|\bip_last_seen\b|\blast_ip\b/ },
  { words: ["device_ifa", "device_id", "idfa", "gaid", "advertising_id"], pattern: /\b(?:device_?(?:ifa|id)|idfa|gaid|advertising_?id)\b/ },
  { words: ["diagnos", "icd", "medications", "allergies", "lab_result", "labresult"], pattern: /\b(?:diagnosis_?codes?|icd_?10\w*|medications|allergies|lab_?results?|\w+_diagnos\w*|diagnos\w*_\w+)\b|["']diagnos\w*["']/ },
  { words: ["member_id", "memberid", "mrn", "insurance_id", "insuranceid", "policy_number", "policynumber"], pattern: /\b(?:member_?id|mrn|insurance_?id|policy_?number)\b/ },
];
// The words every kind's pattern holds one of: the subject's hints.
const PERSONAL_WORDS = PERSONAL_KINDS.flatMap((kind) => kind.words);
// A line that declares fields (a column type, an ORM field, a type annotation, a constructor) stores data in its own
// place: a new users table is routine, whatever it holds.
const DECLARES_FIELDS = /\b(?:varchar|text|integer|int|bigint|boolean|bool|timestamp\w*|date|serial|uuid|string|char|citext)\b\s*(?:\(\d+\))?\s*(?:not\s+null|null|unique|primary|default|references|,|$)|models\.\w+field|\bcolumn\(|@column|\bt\.(?:string|text|date)\b|datatypes\.|:\s*(?:str|string|int|number|optional|date)\b|\bdef\s+__init__|\bconstructor\s*\(/;
// Someone outside the company: a vendor, an agency, a partner, or a file drop.
const OUTSIDE_PARTY = native(/\b(?:vendors?|agency|agencies|third[- ]part(?:y|ies)|partners?|contractors?|offshore|brokers?|re-?insurers?|auditors?|bureaus?|sftp|ftp)\b|\b(?:in|into|to)\s+their\s+(?:own\s+)?(?:aws|gcp|azure|cloud)\s+account\b|\[\s*["']to["']\s*\]\s*=\s*["'][^"'\n]*@/i);

// Something handed to someone outside within a sentence: uploaded, sent, shared or dropped to a vendor, an agency, a file drop.
const SENT_OUTSIDE = new RegExp(String.raw`\b(?:upload|send|sent|share|export|transfer|drop|put|deliver|push)\w*\b[^.\n]{0,100}?(?:${OUTSIDE_PARTY.source})`, "i");

/** Identity documents kept: review; sent to a vendor, an agency or a file drop, block. */
function documentsGoOut(site: MatchSite): number {
  return SENT_OUTSIDE.test(site.text) ? 52 : REVIEW_WEIGHT;
}

/** Whether lines (lowercased) name three kinds of personal data or more outside field declarations: a record of people. */
function namesPeopleRecords(lines: readonly string[]): boolean {
  const found = new Set<RegExp>();
  for (const line of lines) {
    if (DECLARES_FIELDS.test(line)) continue;
    for (const { pattern } of PERSONAL_KINDS) if (!found.has(pattern) && pattern.test(line) && found.add(pattern).size === 3) return true;
  }
  return false;
}

/** A record of people: review; block when it goes to someone outside the company. */
const REDACTOR_DEFINED = /\b(?:function|def|const|fn|func)\s+(?:redact|mask|scrub|anonymi[sz]e|pseudonymi[sz]e)\w*\b/i;

function recordsOfPeople(site: MatchSite): number | null {
  // Faker's people are made up: a seed of them is nobody's record.
  if (/\bfaker\b|@faker-js\b/i.test(site.text)) return null;
  if (OUTSIDE_PARTY.test(site.text)) return 48;
  // Code that masks the fields (a redactor for logs) handles them to keep them out.
  return REDACTOR_DEFINED.test(site.text) ? null : 30;
}

// Routes an API mounts before its authentication middleware answer without it: health checks and sign-in excepted.
const MOUNTED_ROUTE = /\b(?:app|router|server)\.use\(\s*["'\x60](\/[^"'\x60]*)["'\x60]\s*,/g;
const PUBLIC_ROUTE = /health|status|ping|metrics|login|logout|sign-?in|auth|public|webhook|static|assets|docs/i;

/** A route opened to anyone: routine for health checks, sign-in and static files, else the API without its login. */
function openedRoute(site: MatchSite): number | null {
  return PUBLIC_ROUTE.test(aroundOnLine(site, 200)) ? null : 52;
}

/** The commented-out route defined again on the next lines, its path the same, its guard gone. */
const DISABLED_NOTE = /\b(?:disabled|temporar\w*|turned\s+off|switched\s+off|removed|bypass\w*|skipp\w*|for\s+now|until)\b/i;

function guardDropped(site: MatchSite): number | null {
  const commented = site.text.slice(site.start, site.end);
  // A guard mounted on every route, or a handler's decorator: dropped unless the text mounts or applies it again.
  const mounted = /\.use\s*\(\s*([\w.]+)$|@([\w.]+)$/.exec(commented);
  if (mounted !== null) {
    const guard = (mounted[1] ?? mounted[2])!;
    if (after(site, 4000).split("\n").slice(1).some((line) => line.includes(guard) && !/^\s*(?:\/\/|#)/.test(line))) return null;
    // Switched off, as its comment or the proposal says: not a guard suggested for later.
    const escaped = guard.replace(/[.$]/g, "\\$&");
    const switchedOff = DISABLED_NOTE.test(restOfLine(site)) || new RegExp(String.raw`\b(?:take|takes|took|taking|remove|removes|removed|removing|disable|disables|disabled|disabling|drop|drops|dropped|comment|comments|commented)\b[^.\n]{0,60}\b${escaped}\b`, "i").test(site.text);
    // Its import commented out with it, or the routes said to be opened up: taken away on purpose.
    const importDropped = new RegExp(String.raw`^[ \t]*(?:\/\/|#)[ \t]*(?:import\b|const\b|from\b)[^\n]*\b${escaped}\b`, "m").test(site.text);
    return switchedOff || importDropped || /\bopen(?:s|ing)?\s+up\b/i.test(site.text) ? 52 : null;
  }
  const path = /\(\s*["'\x60]([^"'\x60\n]+)/.exec(commented)?.[1];
  const guard = /,\s*([\w.]+)\s*$/.exec(commented)?.[1];
  if (path === undefined || guard === undefined) return null;
  const next = after(site, 600).split("\n").slice(1, 4).find((line) => line.includes(path) && !/^\s*(?:\/\/|#)/.test(line));
  return next !== undefined && !next.includes(guard) ? 52 : null;
}

/**
 * Whether the sentence before a setting says it is the one going away or the state today ("Remove verify=False", "it
 * was off (verify=False) before", "Today cors({ origin: '*' }) lets any site in"), or documents it ("the README
 * explains how curl -k ...").
 */
function describesTheOld(site: MatchSite): boolean {
  return SETTING_GOING_AWAY.test(before(site, 120).split(/[.;!?](?=\s)|\n/).pop()!);
}

const SETTING_GOING_AWAY = /\b(?:remov\w*|drop\w*|delet\w*|replac\w*|get\s+rid\s+of|instead\s+of|previously|used\s+to|(?:was|were)\s+off|today|currently|the\s+old|swap\w*|explains?|documents|describes|warns?\s+(?:about|that|against))\b/i;
const AGAINST_A_DOUBLE = /\b(?:unit\s+tests?|in\s+(?:the\s+|a\s+)?tests?|test\s+(?:suite|fixtures?|client)|mock(?:ed)?\s+(?:server|api|endpoint|service)|local\s+mock|wiremock|mockserver|localhost|127\.0\.0\.1)\b/i;

// .NET's certificate callback is a function: it turns verification off when it answers true whatever it is shown.
function acceptsAnyCertificate(site: MatchSite): number | null {
  if (describesTheOld(site)) return null;
  // A client pointed at a mock or at this machine checks nothing of anyone's.
  if (AGAINST_A_DOUBLE.test(around(site, 200, 120)) && !againstProduction(site)) return null;
  if (!/ValidationCallback\s*=$/i.test(site.text.slice(site.start, site.end))) return BLOCK_WEIGHT;
  return /^[^;]{0,160}?=>\s*true\b/.test(after(site, 200)) ? BLOCK_WEIGHT : null;
}

// "Raises most gem packs by 10–25%" is a price rise where the proposal is about prices; elsewhere it is a timeout or a cache.
function aboutPrices(site: MatchSite): number | null {
  if (/\b(?:prices|pricing)\b/i.test(site.text.slice(site.start, site.end))) return 48;
  return /\bprices?\b|\bpricing\b|\bprice_?micros\b|\bsku\b/i.test(around(site, 1500, 600)) ? 48 : null;
}

// A webhook URL read off a record (a guild's, a customer's) and posted to a few lines on: the record's owner receives it.
function postedToRecordUrl(site: MatchSite): number | null {
  const assigned = /^([A-Za-z_]\w*)\s*=/.exec(site.text.slice(site.start, site.end))?.[1];
  if (assigned === undefined) return 30;
  return new RegExp(String.raw`\.(?:post|put|request)\s*\(\s*${assigned}\b`).test(after(site, 800)) ? 30 : null;
}

// A bucket of what people upload or of records about them, opened to anyone: every file in it is out.
const PEOPLES_STORE = /(?:^|[^a-z])(?:uploads?|documents|records|returns|statements|backups?|private|invoices|receipts|kyc|ids|medical|patients?|tenants?|customers?|users?|applicants?|members?|employees?|payroll)(?:$|[^a-z])/i;

function publicBucketWeight(site: MatchSite): number {
  const nearby = around(site, 800, 400);
  const names = [...nearby.matchAll(/\bbucket\w*\s*[=:]\s*["']?([\w.$-]+)|"aws_s3_bucket\w*"\s+"(\w+)"|\bs3:\/\/([\w.-]+)/gi)].map((match) => match[1] ?? match[2] ?? match[3] ?? "");
  return names.some((name) => PEOPLES_STORE.test(name)) || SENSITIVE_RECORDS.test(nearby) ? 52 : REVIEW_WEIGHT;
}

// A stack made per pull request (a preview) or in a sandbox holds nothing of the product's: destroying it is the plan.
const EPHEMERAL_STACK = /\bpreview\s+(?:stacks?|environments?|envs?|apps?|deployments?)\b|\bephemeral\s+(?:stacks?|environments?|envs?)\b|\breview\s+apps?\b|\bsandbox\b/i;

function unlessEphemeralStack(site: MatchSite): number | null {
  const [target, nearby] = [targetOf(site), around(site, 1500, 300)];
  if (PRODUCTION_TARGET.test(target) || AGAINST_PRODUCTION.test(nearby)) return BLOCK_WEIGHT;
  return EPHEMERAL_STACK.test(nearby) || LOCAL_TARGET.test(target) ? null : BLOCK_WEIGHT;
}

/** The database a restore drops and fills: named by its `-d`, or by the connection the lines before set up. */
function restoredOver(site: MatchSite): number | null {
  const target = /(?:\s-d|--dbname[= ]|--uri[= ])\s*["']?([^\s"']+)/.exec(restOfLine(site))?.[1] ?? "";
  if (LOCAL_TARGET.test(target) || /stag(?:e|ing)|\bqa\b|preview/i.test(target)) return null;
  if (PRODUCTION_TARGET.test(target) || PRODUCTION_TARGET.test(before(site, 600)) || AGAINST_PRODUCTION.test(restOfLine(site))) return BLOCK_WEIGHT;
  return LOCAL_TARGET.test(around(site, 600, 200)) ? null : REVIEW_WEIGHT;
}

// Code that assembles and hands over the export (a zip, a signed link), not a handbook that tells people how to ask.
const EXPORT_BUILT = /\bzip(?:file)?\b|\.attachment\s*\(|\bContent-Disposition\b|\bsend_file\s*\(|\bpresigned\b|\bgenerate_presigned_url\b|\bgetSignedUrl\b|\bsigned[_ ]?url\b|\bexport\w*\s*\(|\barchive\w*\s*\(/i;
const WRITES_CODE = /(?:^|\n)\s*(?:def|async\s+def|function|async\s+function|const|import|from|export|class)\s/;

function exportBuilt(site: MatchSite): number | null {
  return EXPORT_BUILT.test(site.text) && WRITES_CODE.test(site.text) ? REVIEW_WEIGHT : null;
}

// A port open to the whole internet: web traffic is what such a rule is for; a database, a shell or a control protocol is not.
const PORT_IN_WORDS = /\bports?\s+(\d{2,5})\b/gi;
const PORT_SETTING = /\b(?:from_port|to_port|port|FromPort|ToPort|destination_port_range|port_range)["']?\s*[:=]\s*["']?(\d+)/gi;

function widenedWeight(site: MatchSite): number | null {
  const matched = site.text.slice(site.start, site.end);
  // Everyone on the internet (PUBLIC, allUsers) or a key world-writable is more than a wide grant.
  if (/\bpublic\b|\bpublicly_?accessible\b|\ball(?:authenticated)?users\b/i.test(matched)) return 52;
  if (/^grant/i.test(matched) && /\bTO\s+PUBLIC\b/i.test(restOfStatement(site, 200))) return 52;
  if (/^chmod/i.test(matched) && /\b(?:keys?|secrets?|ssh|certs?|credentials|private)\b|\.pem\b/i.test(restOfLine(site))) return 52;
  if (/principal/i.test(matched)) return /\bs3:(?:Get|Put|List|\*)/i.test(around(site, 400, 400)) ? 52 : 40;
  if (matched !== "0.0.0.0/0") return 40;
  const rule = around(site, 400, 200);
  // Outbound to anywhere is every cloud's default; this is about who can come in.
  if (/\begress\b/i.test(rule) && !/\bingress\b/i.test(rule)) return null;
  const ports = [...rule.matchAll(PORT_SETTING), ...rule.matchAll(PORT_IN_WORDS)].map((match) => Number(match[1]));
  return ports.some((port) => port !== 80 && port !== 443) ? 52 : 40;
}

/** A frame written over a table: in production, what the table held is lost; locally, routine; elsewhere, a look. */
function tableReplaced(site: MatchSite): number | null {
  if (!/\bif_exists\s*=\s*["']replace["']/.test(after(site, 400))) return null;
  if (AGAINST_PRODUCTION.test(site.text)) return BLOCK_WEIGHT;
  return LOCAL_TARGET.test(around(site, 600, 300)) ? null : REVIEW_WEIGHT;
}

/** A transfer API called; a resource's name alone on its line is one when the call opened on the line before. */
function transferCall(site: MatchSite): number | null {
  if (/^\s*["']/.test(site.text.slice(site.start, site.end)) && !/\.post\s*\(\s*$/.test(before(site, 120))) return null;
  return blockInLoop(site);
}

// A check that guards signing in: a session, a token, a one-time code, a second factor.
const SIGN_IN_CHECK = /\b\w*(?:auth|otp|2fa|mfa|totp|login|session|token|jwt|admin|permission)\w*\b/i;

/** An exemption from a sign-in check; from a rate limit or a cache, routine. */
function inSignInCheck(site: MatchSite): number | null {
  return SIGN_IN_CHECK.test(around(site, 600, 300)) ? BLOCK_WEIGHT : null;
}

/** An authentication middleware mounted after routes that need it leaves them open; otherwise a change of the auth flow. */
function authMountedAfterRoutes(site: MatchSite): number {
  const lead = site.text.slice(Math.max(0, site.start - 4000), site.start);
  MOUNTED_ROUTE.lastIndex = 0;
  for (let route = MOUNTED_ROUTE.exec(lead); route !== null; route = MOUNTED_ROUTE.exec(lead)) if (!PUBLIC_ROUTE.test(route[1]!)) return 52;
  return 28;
}

// A keyed condition names one row (`id=…`, `pk=`, `where(id: …)`); a set (`id__in=ids`) or a range selects many.
const ONE_KEY = /\(\s*(?:\w+\.)?(?:id|pk|uuid|\w+_id)\s*(?:==?|:)\s*[\w.:$\[\]'"()]+\s*\)/;
const MANY_ROWS = /__in\s*=|__(?:lt|lte|gt|gte|range)\s*=|\s(?:<=?|>=?)\s|\b(?:lt|lte|gt|gte|in)\s*:/;

/** An ORM delete by condition: review when it selects many rows (a set, an age, a loop around it) or people's; by one key, routine. */
// boto3's batch delete of a bucket's objects under a prefix, and a bucket named for production.
const OBJECTS_UNDER_PREFIX = /^\.filter\(\s*Prefix\s*=/;
const PRODUCTION_BUCKET = new RegExp(String.raw`\bBucket\s*\(\s*["'][^"'\n]*${PRODUCTION_NAMED.source}`, "i");

// The last filter a query opens: a filter spread over lines is closed by a `).delete(` on a line of its own.
const LAST_FILTER = /\.(?:filter|exclude|where|whereIn|whereNotIn|andWhere)\s*\((?![\s\S]*\.(?:filter|exclude|where|whereIn|whereNotIn|andWhere)\s*\()/;

function conditionedOrmDelete(site: MatchSite): number | null {
  const matched = site.text.slice(site.start, site.end);
  const lead = before(site, 400);
  const opened = matched.startsWith(")") ? lead.search(LAST_FILTER) : -1;
  if (matched.startsWith(")") && opened === -1) return null;
  const call = opened === -1 ? matched : lead.slice(opened) + matched;
  if (OBJECTS_UNDER_PREFIX.test(call)) return PRODUCTION_BUCKET.test(site.text) ? 48 : BULK_ROWS_WEIGHT;
  if (ONE_KEY.test(call) && !LOOP.test(before(site, 400))) return null;
  if (MANY_ROWS.test(call) || LOOP.test(before(site, 400))) return bulkRowsWeight(site);
  // The model the query starts from: `Appointment.objects.filter(…)`, `Customer.where(…)`, `session.query(Patient).filter(…)`.
  const model = /(\w+)\)?(?:\.objects)?$/.exec(opened === -1 ? before(site, 80) : lead.slice(Math.max(0, opened - 80), opened))?.[1] ?? "";
  return RECORDS_OF_PEOPLE_OR_MONEY.test(model) ? BULK_ROWS_WEIGHT : null;
}

// The singular of a record of people or money, as a loop variable names it (`student`, `dup`licate of a patient).
const PERSON_OR_MONEY_RECORD = /^(?:user|account|customer|member|patient|student|profile|employee|client|subscriber|seller|buyer|guardian|applicant|borrower|order|payment|invoice|transaction|loan|dup\w*|duplicate)$/i;

// Children said to be deleted with the rows: `ON DELETE CASCADE` reached, "their documents go with them".
const CASCADES = /\bcascad\w*|\bgo(?:es)?\s+with\s+(?:them|it)\b/i;

/** The rows of a query assigned to a variable a few lines up, deleted through it: weighed like the query's own delete. */
function querysetDeleted(site: MatchSite): number | null {
  const name = /^[a-z_]\w*/i.exec(site.text.slice(site.start, site.end))?.[0] ?? "";
  const query = new RegExp(String.raw`\b${name}\s*=\s*(\w+)(?:\.objects)?\.(?:filter|exclude|where|all)\s*\(([^\n]*)`).exec(before(site, 1500));
  if (query === null) return null;
  const [, model = "", condition = ""] = query;
  if (ONE_KEY.test(`(${condition}`) || (!MANY_ROWS.test(condition) && !RECORDS_OF_PEOPLE_OR_MONEY.test(model))) return null;
  return againstProduction(site) || CASCADES.test(around(site, 1500, 800)) ? 48 : BULK_ROWS_WEIGHT;
}

/** A delete of one record is routine; inside a loop over a query it is a purge: review, block for people's or money records. */
function deletedInLoop(site: MatchSite): number | null {
  const lead = before(site, 600);
  if (!LOOP.test(lead) || !MANY.test(lead)) return null;
  // The record deleted: the argument of `session.delete(tag)`, else the receiver of `student.destroy!`.
  const matched = site.text.slice(site.start, site.end);
  const record = /\(\s*([a-z_]\w*)\s*\)/i.exec(matched)?.[1] ?? /^[a-z_]\w*/i.exec(matched)?.[0] ?? "";
  return PERSON_OR_MONEY_RECORD.test(record) ? 48 : BULK_ROWS_WEIGHT;
}

// A log call still open where the match stands: its arguments may run over several lines.
const LOG_CALL = /\b(?:logger|logging|log|console|logs|logrus|zap|winston|pino|slog)\.\w+\s*\(/g;

/** A record dumped inside a log call's arguments (not closed before the match). */
/** Whether the match stands in the arguments of the last call of `callee` (global, ending at its parenthesis) before it. */
function insideCall(site: MatchSite, callee: RegExp, reach = 400): boolean {
  const lead = before(site, reach);
  let open = -1;
  callee.lastIndex = 0;
  for (let call = callee.exec(lead); call !== null; call = callee.exec(lead)) open = call.index + call[0].length;
  if (open === -1) return false;
  let depth = 1;
  for (const character of lead.slice(open)) {
    if (character === "(") depth++;
    else if (character === ")" && --depth === 0) return false;
  }
  return true;
}

function insideLogCall(site: MatchSite): number | null {
  if (!insideCall(site, LOG_CALL)) return null;
  return SENSITIVE_BODY.test(aroundOnLine(site)) ? 52 : REVIEW_WEIGHT;
}

/** A wildcard action on every resource is an administrator; on a named resource, still more than the job needs. */
function wildcardResource(site: MatchSite): number {
  return /\bResources?['"]?\s*[:=]\s*\[?\s*['"]\*['"]/.test(around(site, 200, 200)) ? 52 : 40;
}

// Fields that name a person or where to find them, in a column list or a record.
const PERSON_FIELD = /\b\w*(?:email|phone|mobile|address|postcode|post_code|zip_?code|postal_code|first_name|last_name|full_name|preferred_name|date_of_birth|dob|licen[cs]e|passport|national_id|ssn|termination_date)\w*\b/i;

/** A load into a warehouse: review when what is loaded names people. */
// Identifiers replaced by a keyed hash or dropped before the load: the rows name no one.
const PSEUDONYMISED = /\bpseudonym\w*|\bde-?identif\w*|\banonymi[sz]\w*|\b(?:direct\s+)?identifiers\s+(?:are\s+)?(?:dropped|removed|stripped)\b/i;

function loadsPeople(site: MatchSite): number | null {
  if (PSEUDONYMISED.test(site.text)) return null;
  return PERSON_FIELD.test(around(site, 1500, 600)) ? REVIEW_WEIGHT : null;
}

// A message's channel named near a count of its recipients.
const SENDING = /\b(?:e-?mails?|emailing|sms|texts?|texting|push|notifications?|messages?|messaging|newsletters?|campaigns?|send\w*|sent|blast\w*|broadcast\w*|posts?|posting|tweets?|outreach|gmail|go(?:es)?\s+out)\b/i;
// "no opt-in", "without consent": what is missing is not a consent; nor is one that counts the unset as given
// (`opt_in: [true, nil]`, `COALESCE(opt_in, TRUE)`, `IS NOT FALSE`).
const NO_CONSENT = /\b(?:no|without|not|never)\s+(?:an?\s+|any\s+)?(?:opt(?:ed)?[- ]?in|consent)\w*|\b\w*(?:opt_?in|consent)\w*['"]?\s*(?::|=>)\s*\[\s*(?:true\s*,\s*nil|nil\s*,\s*true|true\s*,\s*None|None\s*,\s*true)\s*\]|\bCOALESCE\s*\(\s*\w*(?:opt_?in|consent)\w*\s*,\s*TRUE\s*\)|\b\w*(?:opt_?in|consent)\w*\s+IS\s+NOT\s+FALSE\b/gi;

/** Whether recipients are said to have chosen to hear from us. */
function consented(text: string): boolean {
  return CONSENTED.test(text.replace(NO_CONSENT, ""));
}

// A send that skips its suppression or unsubscribe check, or goes to a list bought or acquired: consent is gone.
const UNSUPPRESSED = /\bskip\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:suppression|unsubscribe|opt-?out)\b|\b(?:acquired|purchased|bought|rented|scraped)\s+(?:[\w-]+\s+){0,2}?(?:lists?|contacts|emails|addresses)\b|\blist\s+that\s+came\s+with\b/i;

function sentToCount(site: MatchSite): number | null {
  const nearby = around(site, 300, 300);
  if (!SENDING.test(nearby)) return null;
  if (UNSUPPRESSED.test(around(site, 600, 600))) return 52;
  return consented(nearby) ? REVIEW_WEIGHT : 52;
}

// Request bodies hold what people type: passwords and card numbers on sign-in and payment routes.
const CREDENTIAL_ROUTE = /\b(?:sign-?ins?|log-?ins?|passwords?|cards?|payments?|checkout|auth\w*|\w*authori[sz]ation|tokens?)\b/i;

// Text from outside: tickets, emails, messages, issues, what customers or partners write.
const OUTSIDE_TEXT = /\b(?:tickets?|e-?mails?|messages?|issues?|comments?|customers?|users?|sellers?|partners?|external|inbound|submitted|pasted|chat)\b/i;

function outsideTextToShell(site: MatchSite): number {
  return OUTSIDE_TEXT.test(around(site, 400, 100)) ? BLOCK_WEIGHT : REVIEW_WEIGHT;
}

function loggedBodies(site: MatchSite): number {
  // morgan's `token` names a log field, not a credential.
  const nearby = around(site, 300, 300).replace(/\bmorgan\.token\b/g, "");
  return CREDENTIAL_ROUTE.test(nearby) || SENSITIVE_BODY.test(nearby) ? 52 : REVIEW_WEIGHT;
}

// What a logger is, named where its fields are written (`logger.info({ body: req.body })`, pino's serializers).
const LOGGER_NEAR = /\b(?:logger|logging|log|console|winston|pino\w*|bunyan|slog|serializers?)\b/i;
// What people send in a form worth stopping at in a log: their health, identity, bank or card.
const SENSITIVE_BODY = /\b(?:dob|date[ _]of[ _]birth|ssn|passports?|diagnos\w*|injur\w*|medical|health|bank|iban|card|kyc|identity|symptoms?|medications?|therapy|mood)\b/i;

/** A request body given to a logger as a field: review; block when it holds health, identity, bank or sign-in data. */
function bodyInLog(site: MatchSite): number | null {
  if (!LOGGER_NEAR.test(before(site, 300)) && !/^(?:log|logger|logging)\./.test(site.text.slice(site.start, site.end))) return null;
  // A field named for the body given a variable: the body when the variable was read from the request a few lines up.
  // Or given as an argument of a format string: `log.info("body=%s", body)`.
  const variable = /['"]\w*(?:body|payload)['"]\s*:\s*([A-Za-z_]\w*)$|,\s*(body|payload)$/.exec(site.text.slice(site.start, site.end))?.slice(1).find((name) => name !== undefined);
  if (variable !== undefined) {
    if (!new RegExp(String.raw`\b${variable}\s*=\s*(?:await\s+)?(?:req|request)\.(?:body|json|get_data|data|get_json)\b`).test(before(site, 600))) return null;
    return SENSITIVE_BODY.test(around(site, 300, 1500)) ? 52 : loggedBodies(site);
  }
  return SENSITIVE_BODY.test(aroundOnLine(site)) ? 52 : loggedBodies(site);
}

/** Requests said to be recorded in full: review; block on routes that carry health, identity, bank or sign-in data. */
function bodiesRecorded(site: MatchSite): number | null {
  // "Stop logging full request bodies" takes the logging out.
  if (/\b(?:stop|stops|stopping|no\s+longer)\s+$/i.test(before(site, 30))) return null;
  return SENSITIVE_BODY.test(around(site, 300, 1500)) || CREDENTIAL_ROUTE.test(around(site, 0, 300)) ? 52 : REVIEW_WEIGHT;
}

/** Expiry rules for a bucket the same change creates: nothing stored there yet is lost. */
// A bucket holding what cannot be had again: production data, backups, snapshots.
// Terraform written for production: a stack's folder (`infra/prod/`) or workspace named so.
const PRODUCTION_STACK = /\b(?:infra|terraform|envs?|environments?|stacks?|live)\/(?:prod|production)\b|\b(?:prod|production)\s+workspace\b|\bterraform\s+workspace\s+select\s+(?:prod|production)\b/i;
const IRREPLACEABLE_BUCKET = /\bbucket\s*=\s*[^\n]*(?:prod|production|backups?|snapshots?)/i;
const LOG_BUCKET = /\bbucket\s*=\s*[^\n]*(?:\b|_)logs?\b/i;

/**
 * A lifecycle rule deletes only with an expiration (transitions move objects to colder storage); one that expires
 * a production or backup bucket's objects loses them. A rule for a bucket the proposal creates holds nothing yet.
 */
function unlessNewBucket(site: MatchSite): number | null {
  // Set from the CLI or an SDK: what it deletes is the named bucket's, a production or backup one irreplaceable.
  if (!/aws_s3_bucket_lifecycle/i.test(site.text.slice(site.start, site.end))) return /(?:--bucket|\bBucket['"]?\s*[:=])\s*['"]?[\w.-]*(?:prod|production|backups?|snapshots?)/i.test(around(site, 1500, 1500)) ? 48 : REVIEW_WEIGHT;
  if (/\bresource\s+"aws_s3_bucket"\s/.test(site.text)) return null;
  const rules = after(site, 3000);
  if (!/\b(?:noncurrent_version_)?expiration\s*\{/.test(rules)) return null;
  // Logs kept for a while, then let go, are a retention policy: a reviewer checks the period, nothing is lost that was meant to stay.
  if (LOG_BUCKET.test(rules)) return REVIEW_WEIGHT;
  return IRREPLACEABLE_BUCKET.test(rules) || PRODUCTION_STACK.test(site.text) ? 48 : REVIEW_WEIGHT;
}

// Who a new price or fee applies to: the customers already paying.
const EXISTING_CUSTOMERS = /\b(?:existing|all_active|all\s+active|every|current)\b|\ball\s+(?:customers|cardholders|subscribers|users|members|accounts)\b/i;

function priceConfigWeight(site: MatchSite): number {
  return EXISTING_CUSTOMERS.test(around(site, 300, 500)) ? BLOCK_WEIGHT : REVIEW_WEIGHT;
}

// The agent's own settings, and of them its guardrails: caps on what it spends or approves, not how much it runs
// (parallel tasks, retries, tokens: its runtime config, for review).
const AGENT_SETTINGS = /\bguardrails?\b|\bagents?\/|\bself_improvement\b/i;
const GUARDRAIL_KEY = /(?:^|_)(?:caps?|approv\w*|thresholds?|budgets?|spend\w*|usd|eur|gbp|amounts?|gates?)(?:_|\b)/i;

function loosenedLimitWeight(site: MatchSite): number {
  // An alert's threshold decides when someone is paged, not what the agent may do.
  if (/\balert\w*|\bpag(?:e|es|ing)\b|\bon-?call\b/i.test(around(site, 400, 200))) return REVIEW_WEIGHT;
  const key = /^\w+/.exec(site.text.slice(site.start, site.end))?.[0] ?? "";
  const guardrail = GUARDRAIL_KEY.test(key) || /\bguardrails?\b/i.test(site.text);
  return guardrail && AGENT_SETTINGS.test(site.text) ? BLOCK_WEIGHT : REVIEW_WEIGHT;
}

/** The built-in signals: each one what a careful reviewer would stop at, not a word that merely sounds risky. */
// What a payment provider's API moves money with, as its SDKs name them (Stripe's in JS, Python, Ruby and PHP).
const MONEY_OBJECTS = String.raw`refunds?|transfers?|payouts?|charges?|paymentIntents|payment_intents|PaymentIntent|invoices?|invoiceItems|invoice_items|InvoiceItem|subscriptions?|subscriptionItems|subscription_items|SubscriptionItem|prices?|creditNotes|credit_notes|CreditNote|topups|Topup|applicationFees|usageRecords|UsageRecord|Refund|Transfer|Payout|Charge|Invoice|Subscription|Price`;

// Encryption switched off at rest leaves what is stored readable to whoever gets the disk, the bucket or the backup;
// a connection without encryption is a review; one to this machine or a test double, nothing.
const AT_REST = /\b(?:storage_encrypted|at_?rest|kms|server_side_encryption\w*|buckets?|disks?|volumes?|rds|backups?|snapshots?|ebs)\b/i;
const NOTHING_REAL = /\b(?:local|localhost|dev|development|docker-compose|sandbox)\b/i;

function encryptionOffWeight(site: MatchSite): number | null {
  const nearby = around(site, 300, 200);
  if ((AGAINST_A_DOUBLE.test(nearby) || NOTHING_REAL.test(nearby)) && !againstProduction(site)) return null;
  return AT_REST.test(nearby) ? 50 : REVIEW_WEIGHT;
}

// A debugger or every management endpoint answering the internet runs code or reads memory for anyone; in a
// developer's own settings it is how they work.
const PRODUCTION_SETTINGS = /\b(?:settings|config)[/.](?:prod|production)\b|\bproduction\.(?:py|ya?ml|json|env|properties)\b|\.env\.production\b|\bapplication-prod\w*\.(?:ya?ml|properties)\b|\bin\s+(?:the\s+)?production\b/i;

function debugExposedWeight(site: MatchSite): number | null {
  // `true || __DEV__` turns a development-only switch on in every release build.
  if (/__dev__/i.test(site.text.slice(site.start, site.end))) return 48;
  const nearby = around(site, 400, 200);
  const production = againstProduction(site) || PRODUCTION_SETTINGS.test(nearby);
  if (!production && (AGAINST_A_DOUBLE.test(nearby) || NOTHING_REAL.test(nearby))) return null;
  return production || /expos/i.test(site.text.slice(site.start, site.end)) ? 48 : null;
}

// Tokens are meant to reach a sign-in's response and a reset email; a password, a key or a connection string is not,
// and nothing secret belongs in a log, a URL or a chat.
const SHOWN_TO_ITS_OWNER = /\b(?:responses?|emails?|frontend|browser|client\s+side|page|html|ui|screen)$/i;
const SECRET_PROPER = /\b(?:passwords?|secrets?|api[ _-]?keys?|access\s+keys?|secret\s+keys?|private\s+keys?|credentials|connection\s+strings?|database_url|client\s+secrets?)\b/i;
const MASKED = /\b(?:mask\w*|redact\w*|hashed|truncat\w*|obfuscat\w*|last\s+(?:4|four)|fingerprints?|prefix(?:es)?)\b|\*{3}/i;

function secretExposedWeight(site: MatchSite): number | null {
  const matched = site.text.slice(site.start, site.end);
  if (MASKED.test(matched) || AGAINST_A_DOUBLE.test(around(site, 200, 100))) return null;
  if (SHOWN_TO_ITS_OWNER.test(matched) && !SECRET_PROPER.test(matched)) return null;
  return 48;
}

// A header policy taken out in favour of one set elsewhere (helmet, the proxy) is a move, not a removal.
const MOVED_ELSEWHERE = /^[^.;\n]{0,160}?\b(?:in\s+favou?r\s+of|replac\w*\s+(?:it\s+|them\s+)?(?:with|by)|moved?\s+(?:to|into)|now\s+(?:set|sent|handled|added)\s+(?:by|in|at)|duplicat\w*)\b/i;

function headerRemovedWeight(site: MatchSite): number | null {
  if (MOVED_ELSEWHERE.test(after(site, 200))) return null;
  return /^(?:relax|loosen)/i.test(site.text.slice(site.start, site.end)) ? REVIEW_WEIGHT : 48;
}

// A verification call left in a comment ("// const event = stripe.webhooks.constructEvent(...)", "# previously:
// assert_access(...)") while the code after it no longer makes it: the check is gone, the comment keeps its memory.
const CHECK_CALL = /\b((?:stripe\.webhooks\.)?constructEvent|construct_event|compare_digest|timingSafeEqual|verify_?signature|verifySignature|verify_?webhook\w*|verifyWebhook\w*|validate_?request|validateRequest|jwt\.verify|verify_?hmac|verifyHmac|verify_?token|verifyToken|check_?signature|checkSignature|(?:assert|require|ensure|check|verify|authori[sz]e|validate|can)[A-Z_]\w*)\s*\(/g;

function checkTakenOut(site: MatchSite): number | null {
  const line = restOfLine(site, 600);
  const calls = [...line.matchAll(CHECK_CALL)].map((match) => match[1]!.split(".").pop()!);
  if (calls.length === 0) return null;
  const code = after(site, 4000).split("\n").slice(1).filter((next) => !/^\s*(?:\/\/|#|\*)/.test(next)).join("\n");
  return calls.some((call) => !code.includes(`${call}(`)) && code.trim() !== "" ? 52 : null;
}

// Durations as settings write them (15m, 12h, 30d): seconds.
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

function seconds(amount: string, unit: string): number {
  return Number(amount) * (UNIT_SECONDS[unit.charAt(0).toLowerCase()] ?? (unit.startsWith("ms") ? 0.001 : 1));
}

const DURATION = /(\d+)\s*(ms|s|m|h|d|w|sec\w*|min\w*|hours?|days?|weeks?)?\b/gi;

/** Every duration written in `text` (a bare number counts as seconds), in seconds, in the order written. */
function durations(text: string): number[] {
  return [...text.matchAll(DURATION)].map((value) => seconds(value[1]!, value[2] ?? "s"));
}

/** A lifetime written as `old -> new`, the new one longer. */
function lifetimeMoved(site: MatchSite): number | null {
  const [was, now] = durations(site.text.slice(site.start, site.end)).slice(-2);
  return was !== undefined && now !== undefined && now > was ? REVIEW_WEIGHT : null;
}

/** A lifetime or a retention set longer than the value its comment says it was (units as written, or none). */
function lifetimeRaised(site: MatchSite): number | null {
  const setting = site.text.slice(site.start, site.end);
  const values = durations(setting.slice(setting.search(/[:=]/)));
  return values.length >= 2 && values[0]! > values[values.length - 1]! ? REVIEW_WEIGHT : null;
}

// A mirror with --delete makes the destination match the source: what only the destination held is gone. A deploy
// folder or a build's output is meant to be replaced; people's projects, shares and uploads are not.
const PEOPLES_FILES = /\b(?:projects?|shares?|home|users?|data|uploads?|media|documents|files|backups?|archives?|photos|mail)\b/i;

function mirrorDeletes(site: MatchSite): number | null {
  const args = restOfLine(site).split(/\s+/).filter((part) => part !== "" && !part.startsWith("-"));
  const destination = (args[args.length - 1] ?? "").replace(/^["']|["';]+$/g, "");
  const source = args.length >= 3 ? args[args.length - 2]! : "";
  // The destination may be a loop's variable: the folders it walks are what it names.
  const named = /^\$\{?\w+\}?\/?$/.test(destination) ? before(site, 300) : destination;
  if (!PEOPLES_FILES.test(named) || /\b(?:templates?|skeleton|dist|build|public|static)\b/i.test(destination)) return source === "" ? null : PEOPLES_FILES.test(named) ? REVIEW_WEIGHT : null;
  return inLoop(site) || /\*/.test(named) ? 48 : REVIEW_WEIGHT;
}

// A search index deleted over HTTP: a wildcard or a list of indices takes every document they hold.
function indicesDeleted(site: MatchSite): number | null {
  const url = /["']?(https?:\/\/[^\s"']+)/.exec(after(site, 300))?.[1] ?? "";
  const path = url.replace(/^https?:\/\/[^/]+/, "");
  if (path === "" || /\/_doc\/|\/_(?:search|query|cluster|snapshot|template|ilm|alias)/.test(path) || /^\/[\w.-]+\/_doc$/.test(path)) return null;
  return /[*,]/.test(path) || AGAINST_PRODUCTION.test(url) || /-prod\b|\bprod-/.test(url) ? 48 : REVIEW_WEIGHT;
}

// Objects deleted one by one in a loop over a query: a purge of what people stored. Copied first, it is a move.
function objectsDeletedInLoop(site: MatchSite): number | null {
  if (!inLoop(site)) return null;
  if (/\b(?:copy_object|copyObject|CopyObjectCommand|copy_blob|copy_to)\b/.test(before(site, 400))) return REVIEW_WEIGHT;
  return /\b\w*bucket\w*\s*[=:]\s*["'][^"'\n]*prod/i.test(site.text) || againstProduction(site) ? 48 : REVIEW_WEIGHT;
}

// A table written over from a data frame (Spark's overwrite mode, Hive's INSERT OVERWRITE): rows it lacks are gone.
function overwriteWeight(site: MatchSite): number | null {
  const nearby = around(site, 400, 300);
  if (againstProduction(site) || /\bprod(?:uction)?[._]\w+/i.test(nearby)) return BLOCK_WEIGHT;
  return NOTHING_REAL.test(nearby) || AGAINST_A_DOUBLE.test(nearby) ? null : REVIEW_WEIGHT;
}

// A caller naming its own user: a header or query value read just before a user is set on the request, with nothing
// between them that checks it (a signature, a session, a lookup), is whoever the caller says it is.
const CALLER_ASSERTED = /\b(?:req|request|ctx|c)\.(?:get|header|headers\.get)\(\s*['"\x60]([\w-]+)['"\x60]\s*\)|\b(?:req|request|ctx)\.headers\[\s*['"\x60]([\w-]+)['"\x60]\s*\]|\b(?:req|request|ctx)\.query\.\w+|\brequest\.(?:headers|args|GET)\.get\(\s*['"]([\w-]+)['"]/gi;
const CHECKED_BETWEEN = /\b(?:verify\w*|validate\w*|decode\w*|timingSafeEqual|compare_digest|hmac\w*|authenticate\w*|find\w*|lookup\w*|query|select\w*|fetch\w*|get\w*By\w*)\s*\(|\bawait\b/i;

function callerAssertedUser(site: MatchSite): number | null {
  const lead = before(site, 300);
  let read = -1;
  for (const header of lead.matchAll(CALLER_ASSERTED)) {
    const name = (header[1] ?? header[2] ?? header[3] ?? "").toLowerCase();
    if (name !== "authorization" && name !== "cookie") read = header.index + header[0].length;
  }
  if (read !== -1 && !CHECKED_BETWEEN.test(lead.slice(read))) return 52;
  // A user made for every request unless a setting is explicitly off: on by default, so in production too.
  return DEFAULT_ON_BYPASS.test(lead.slice(-200)) ? 52 : null;
}

// The condition right before the assignment (its receiver, `req` or `(req as any)`, ends the lead).
const DEFAULT_ON_BYPASS = /\bprocess\.env\.\w+\s*!==?\s*['"](?:off|false|0|no|disabled)['"]\s*\)\s*\{?\s*\(?\w*(?:\s+as\s+\w+\))?$/;

// What a recursive delete in code removes: a person's files block; build output, caches and scratch folders do not count.
const PERSONAL_FILES = /vault|notes|journal|users?\b|user_?data|home|uploads?|backups?|documents?|photos?|media|attachments?|storage|library|profiles?|data(?:_?dir|_?path|_?root)?\b/i;
const SCRATCH_FILES = /\b\w*(?:tmp|temp|cache|build|dist|out_?dir|coverage|node_modules|artifacts?|scratch|pycache|venv|fixture)\w*\b/i;

function removedInCode(site: MatchSite): number | null {
  const argument = /^\s*([^,()\n]+)/.exec(after(site, 160))?.[1] ?? "";
  if (SCRATCH_FILES.test(argument)) return null;
  // The line above often says what the folder holds ("the user's notes").
  const lead = before(site, 200);
  return PERSONAL_FILES.test(argument) || PERSONAL_FILES.test(lead.slice(lead.lastIndexOf("\n", lead.length - 2) + 1)) ? 52 : null;
}

// A third party's action, at a tag its owner can move, in a workflow whose token can write: their next release runs with it.
const WRITE_TOKEN = /\b(?:contents|pull-requests|packages|id-token|actions|deployments|issues)\s*:\s*write\b|\bwrite-all\b/;

function actionWithWriteToken(site: MatchSite): number | null {
  return WRITE_TOKEN.test(site.text) ? 30 : null;
}

// Credentials in a CORS setting, not a fetch's or a client's options.
const CORS_NAMED = /\bcors\b|\bAccess-Control-\w+|\ballowedOrigins\b|\borigins?\b/i;
// One origin written out (the app's own) is what credentialed CORS is for; a list, a set or a callback can grow.
const SINGLE_ORIGIN = /\borigin\s*:\s*['"\x60][^'"\x60\s*]+['"\x60]\s*[,}]/i;

function corsConfigured(site: MatchSite): number | null {
  if (describesTheOld(site)) return null;
  const nearby = around(site, 400, 200);
  return CORS_NAMED.test(nearby) && !SINGLE_ORIGIN.test(nearby) ? 28 : null;
}

// Taken from a card kept on file for many clients, or on a schedule of the agent's own: no one is there to agree.
function cardOnFileWeight(site: MatchSite): number {
  const nearby = around(site, 400, 300);
  return inLoop(site) || /\b(?:each|every|all)\b/i.test(nearby) || RECURRING.test(nearby) ? BLOCK_WEIGHT : REVIEW_WEIGHT;
}

// Originals written over and the versions that would bring them back pruned: nothing is left to restore from.
function originalsGone(site: MatchSite): number {
  const text = site.text;
  return /\boriginals?\b/i.test(text) && /\bprun\w*\s+(?:\w+\s+){0,3}versions\b/i.test(text) ? BLOCK_WEIGHT : REVIEW_WEIGHT;
}

// A token decoded without its signature checked, then made the request's user: anyone can write one.
function decodedIntoUser(site: MatchSite): number | null {
  const lead = before(site, 120);
  if (/\.user\s*=\s*$/.test(lead)) return 52;
  const name = /(?:const|let|var)\s+(\w+)\s*=\s*(?:await\s+)?$/.exec(lead)?.[1];
  return name !== undefined && new RegExp(String.raw`\.user\s*=\s*${name}\b`).test(after(site, 400)) ? 52 : null;
}

// A chat post of a fixed or passed-in message is an alert; one built from errors, logs, commits or records (read
// before the post or after it) sends them out.
const SYSTEM_OUTPUT = /\b(?:\w+\.)?(?:error|err|stack|stderr|stdout|logs?|traceback|exception)\b|\bgit\s+log\b|\b(?:rows|records|users?|customers?|emails?|payments)\b/i;

function chatCarriesOutput(site: MatchSite): number | null {
  return SYSTEM_OUTPUT.test(around(site, 900, 900)) ? REVIEW_WEIGHT : null;
}

// What reads an uploaded file's content: a parsing library, or code that parses it.
const FILE_PARSER = /\b(?:pdf-parse|pdfjs[\w-]*|pdf\.js|pdfplumber|pypdf\w*|sharp|tesseract[\w.]*|imagemagick|ghostscript|libvips|pillow|PIL|exiftool|ffmpeg|libreoffice|mammoth|xlsx|openpyxl|papaparse|csv-parse|csv\.(?:DictReader|reader)|parse[sd]?|parsing|parser)\b/i;

function uploadsParsed(site: MatchSite): number | null {
  return FILE_PARSER.test(around(site, 1200, 1200)) ? REVIEW_WEIGHT : null;
}

// What holds code it did not write: a sandbox, a container, a restricted interpreter, a read-only database role.
const SANDBOX = /\b(?:sandbox\w*|containers?|docker|gvisor|firecracker|wasm\w*|isolated[- ]?vm|nsjail|seccomp|restricted|read[- ]?only|replica|statement_timeout)\b/i;

function heldBySandbox(site: MatchSite): number {
  return SANDBOX.test(around(site, 1500, 1500)) ? 30 : 50;
}

/** A version moved up a major (`express 4 -> 5`, `from 14 to 17`), a major upgrade said so, or a dependency taken from git. */
function majorMoved(site: MatchSite): number | null {
  const matched = site.text.slice(site.start, site.end);
  if (/^major|^"/i.test(matched)) return 28;
  const versions = [...matched.matchAll(/v?(\d+)(?:\.\d+)*/g)].map((version) => Number(version[1]));
  return versions.length >= 2 && versions[versions.length - 1]! > versions[versions.length - 2]! ? 28 : null;
}

export const BUILT_IN_SIGNALS: readonly SignalDefinition[] = [
  // destructive-data
  { id: "sql-drop-table", category: "destructive-data", weight: BLOCK_WEIGHT, description: "drops a table, schema or database", hints: ["drop"], pattern: String.raw`\bDROP${S}(?:TABLE|DATABASE|SCHEMA|COLLECTION)\b`, refine: dropOfExisting },
  { id: "dataset-deleted-jcl", category: "destructive-data", weight: REVIEW_WEIGHT, description: "deletes a mainframe dataset in a JCL step (DISP=(OLD,DELETE)); block for a production dataset (JCL's lines start with //, not comments)", hints: ["disp=("], statement: true, pattern: String.raw`\bDISP=\((?:OLD|SHR|MOD)?,DELETE\b`, refine: jclDeleteWeight },
  { id: "keys-destroyed", category: "destructive-data", weight: BLOCK_WEIGHT, description: "destroys key material or every version of a secret (shred of keystores, vault kv metadata delete): what it unlocked is lost with it", hints: ["shred", "vault kv metadata", "destroy_secret_versions"], pattern: String.raw`\bshred${S}(?:-[\w=]+${S})*[^\n]*?(?:wallet|keystore|seed|shard|\{\})|\bvault${S}kv${S}metadata${S}delete\b` },
  { id: "sql-truncate", category: "destructive-data", weight: BLOCK_WEIGHT, description: "empties a table", hints: ["truncate"], pattern: String.raw`\bTRUNCATE${S}(?:TABLE${S})?(?:ONLY${S})?${NAME}${O}(?:;|$|,|\bCASCADE\b|\bRESTART\b|["'\x60])|\bTRUNCATE${S}(?:TABLE${S})?${NAME}${S}(?:on|in|against)${S}(?:the${S})?(?:prod|production|live|primary)\b`, refine: truncateWritten },
  { id: "sql-delete-all", category: "destructive-data", weight: BLOCK_WEIGHT, description: "deletes every row of a table (no narrowing WHERE)", hints: ["delete"], pattern: String.raw`\bDELETE${S}FROM${S}${NAME}(?:${O}(?:;|$|\)|["'\x60])|${S}WHERE${S}(?:1${O}=${O}1|TRUE)\b)`, refine: deleteAllWeight },
  { id: "sql-delete-where", category: "destructive-data", weight: 18, description: "deletes the rows a WHERE clause selects (by condition, not by key: review)", hints: ["delete"], pattern: String.raw`\bDELETE${S}FROM${S}${NAME}${S}WHERE\b|\bDELETE${S}FROM${S}${NAME}(?:${S}(?:AS${S})?\w+)?${S}USING\b|\bDELETE${S}FROM${S}${NAME}${S}(?:AS${S})?(?!WHERE\b|USING\b)\w+${O}$`, refine: deleteWhereWeight },
  { id: "messages-requeued", category: "outbound-messages", weight: 52, description: "puts sends back in a live queue in bulk (failed or old notifications set to pending: the dispatcher delivers them all again)", hints: ["outbox", "notification", "email", "message", "sms", "deliveries", "mail_queue", "mailqueue"], pattern: String.raw`\bUPDATE${S}["\x60]?(?:\w+\.)?\w*(?:outbox|notifications?|emails?|messages?|sms|deliveries|mail_?queue)\w*["\x60]?(?:${S}SET\b|${O}$)`, refine: requeuedInBulk },
  { id: "sql-update-all", category: "destructive-data", weight: 50, description: "overwrites a column in every row (UPDATE without WHERE; review for a standalone UPDATE by condition)", hints: ["update"], pattern: String.raw`\bUPDATE${S}${NAME}(?:${S}(?:AS${S})?(?!SET\b)[A-Za-z_]\w*)?(?:${S}SET\b|${O}$)`, refine: updateWeight },
  { id: "sql-drop-column", category: "destructive-data", weight: 52, description: "drops a column and the data in it", hints: ["alter"], pattern: String.raw`\bALTER${S}TABLE${S}(?:IF${S}EXISTS${S})?${NAME}${S}DROP${S}(?:COLUMN\b|(?!CONSTRAINT\b|DEFAULT\b|NOT\b|INDEX\b)[\w"\x60]+)`, refine: outsideRollback(52) },
  { id: "orm-drop", category: "destructive-data", weight: 52, description: "drops tables or columns through a migration API, or forces a sync that recreates tables", hints: ["droptable", "dropalltables", "removecolumn", "drop_table", "remove_column", "dropdatabase", "dropcollection", "drop_all", "sync", ".drop", "drop_column", "dropcolumn", "dropifexists", "removefield", "deletemodel", "remove_reference"], pattern: String.raw`\b(?:dropTable|dropAllTables|removeColumns?|drop_table|remove_columns?|drop_column|dropColumns?|dropDatabase|dropCollection|drop_all)${O}\(|\bdropIfExists${O}\(${O}['"\x60]|\b(?:remove_columns?|drop_table|remove_reference|remove_belongs_to)${S}:\w+|\bmigrations\.(?:RemoveField|DeleteModel)\b|\bop\.drop_column\b|\bdb\.collection${O}\([^)\n]{1,60}\)\.drop${O}\(${O}\)|\.collection\.drop${O}\(${O}\)|\bsync${O}\(${O}\{${O}force${O}:${O}true\b|\bdb\.\w+\.drop${O}\(${O}\)`, refine: outsideRollback(52) },
  { id: "nosql-delete-all", category: "destructive-data", weight: BLOCK_WEIGHT, description: "deletes every document or row (empty filter), or flushes a store", hints: ["deletemany", ".remove", ".destroy", "delete_many", ".truncate", "flushall", "flushdb"], pattern: String.raw`\.(?:deleteMany|remove|destroy|delete_many|truncate)${O}\(${O}(?:\{${O}\}|\{${O}where${O}:${O}\{${O}\}${O}\}|\{[^\n)]{0,40}\btruncate${O}:${O}true)|\b(?:FLUSHALL|FLUSHDB)\b|\.flushall${O}\(`, refine: flushedStore },
  { id: "orm-delete-all", category: "destructive-data", weight: BLOCK_WEIGHT, description: "empties a table, collection or bucket through an ORM, SDK or query builder (no narrowing filter)", hints: [").delete(", ")->delete(", "objects.delete(", ".query.delete(", "destroy_all", "delete_all", "deletemany", "->truncate(", "::truncate(", ".truncate()", ".del()", "object_versions", ".clear()", "indices.delete", "recursivedelete", "deletefiles", "delete_blobs"], pattern: String.raw`\.objects\.all${O}\(${O}\)\.delete${O}\(${O}\)|\.object_versions\.(?:all${O}\(${O}\)\.)?delete${O}\(${O}\)|\bobjects\.delete${O}\(${O}\)|(?<![\w.)])[A-Za-z]\w*\.(?:all\.)?(?:destroy_all|delete_all)\b(?!${O}\()|\bquery${O}\(${O}[\w.]+${O}\)\.delete${O}\(${O}\)|\.query\.delete${O}\(${O}\)|\.deleteMany${O}\(${O}\)|(?:\btable${O}\(${O}['"]\w+['"]${O}\)|::query${O}\(${O}\))->(?:delete|truncate)${O}\(${O}\)|::truncate${O}\(${O}\)|\(${O}['"]\w+['"]${O}\)\.(?:del|truncate)${O}\(${O}\)|\b\w*(?:repository|repo)\.clear${O}\(${O}\)|\bindices\.delete${O}\(|\brecursiveDelete${O}\(|\.deleteFiles${O}\(|\.delete_blobs${O}\(`, refine: unlessDisposable(BLOCK_WEIGHT) },
  { id: "orm-delete-where", category: "destructive-data", weight: BULK_ROWS_WEIGHT, description: "deletes through an ORM the rows a condition or a set of ids selects (a purge by age, a batch in a loop); by one key it is routine", hints: [").delete(", ").destroy_all", ").delete_all", "destroy({", ").del("], pattern: String.raw`\.(?:filter|exclude|where|whereIn|whereNotIn|andWhere)${O}\([^\n]{1,160}\)\.(?:delete|del|destroy_all|delete_all)${O}(?:\(${O}\)|\b)|\.destroy${O}\(${O}\{${O}where${O}:|^${O}\)\.(?:delete|del|destroy_all|delete_all)${O}\(`, refine: conditionedOrmDelete },
  { id: "queryset-deleted", category: "destructive-data", weight: BULK_ROWS_WEIGHT, description: "deletes the rows of a query kept in a variable (`qs = Model.objects.filter(…)` … `qs.delete()`); block in production or when the deletion cascades", hints: [".delete()"], pattern: String.raw`\b[a-z_]\w*\.delete${O}\(${O}\)`, refine: querysetDeleted },
  { id: "record-deleted-in-loop", category: "destructive-data", weight: BULK_ROWS_WEIGHT, description: "deletes records one by one in a loop over a query (a purge or a merge); block when they are people's or money records", hints: [".destroy", ".delete("], pattern: String.raw`\b[a-z_]\w*\.destroy!?(?=${O}(?:$|\n|;|\)|\bend\b))|\b(?:session|db\.session|em|entityManager|repo|repository)\.(?:delete|remove)${O}\(${O}[a-z_]\w*${O}\)|\b[a-z_]\w*\.delete${O}\(${O}\)${O}$`, refine: deletedInLoop },
  { id: "nosql-delete-where", category: "destructive-data", weight: BULK_ROWS_WEIGHT, description: "deletes the documents a filter selects from a collection of people or money", hints: ["deletemany", "delete_many"], pattern: String.raw`\.(?:deleteMany|delete_many)${O}\(${O}\{${O}[\w$"']`, refine: collectionOfPeopleOrMoney },
  { id: "shell-rm-recursive", category: "destructive-data", weight: BLOCK_WEIGHT, description: "removes files recursively (data paths block; caches and build output are ignored)", hints: ["rm ", "rm\t"], pattern: String.raw`\brm${S}(?:-[a-zA-Z]*[rR][a-zA-Z]*|--recursive)(?:${S}-[a-zA-Z]+)*(?=${S})`, refine: rmWeight },
  { id: "code-rm-recursive", category: "destructive-data", weight: 52, description: "removes a folder of people's files recursively from code (fs.rm with recursive, shutil.rmtree, rimraf); caches and build output are ignored", hints: ["recursive", "rmtree", "rimraf"], pattern: String.raw`\b(?:rm|rmSync|rmdir|rmdirSync)${O}\((?=[^,()\n]+,${O}\{[^}\n]*\brecursive${O}:${O}true)|\bshutil\.rmtree${O}\(|\brimraf(?:\.sync|Sync)?${O}\(`, refine: removedInCode },
  { id: "db-reset-command", category: "destructive-data", weight: REVIEW_WEIGHT, description: "runs a framework's command that drops or empties the database (block against production; a local or test database is routine)", hints: ["compose", "migrate reset", "force-reset", "accept-data-loss", "db:drop", "db:reset", "db:schema:load", "db:wipe", "migrate:fresh", "migrate:reset", "manage.py flush", "db:seed:undo:all", "migrate:rollback", "supabase db reset", "disable_database_environment_check"], pattern: String.raw`\bprisma${S}migrate${S}reset\b|\bprisma${S}db${S}push\b[^\n]{0,80}(?:--force-reset|--accept-data-loss)\b|\b(?:rails|rake|bin\/rails)${S}db:(?:drop|reset|schema:load|purge)\b|\bphp${S}artisan${S}(?:migrate:fresh|migrate:reset|db:wipe)\b|\bmanage\.py${S}flush\b|\bsequelize(?:-cli)?${S}db:(?:drop|seed:undo:all)\b|\bknex${S}migrate:rollback${S}--all\b|\bsupabase${S}db${S}reset\b[^\n]{0,40}--linked\b|\bDISABLE_DATABASE_ENVIRONMENT_CHECK${O}=${O}1\b|\bdocker(?:-|${S})compose\b[^\n]{0,60}\bdown\b[^\n]{0,40}(?:${S}-v\b|--volumes\b)`, refine: byTargetEnvironment },
  { id: "cluster-delete", category: "destructive-data", weight: BLOCK_WEIGHT, description: "deletes cluster resources (namespaces, volumes, everything)", hints: ["kubectl", "helm", "oc delete", "delete_namespace", "deletenamespace", "delete_collection_namespaced", "deletecollectionnamespaced"], pattern: String.raw`\bkubectl${S}(?:-{1,2}[\w-]+(?:=\S+|${S}(?!delete\b)[^\s-]\S*)?${S}){0,4}delete${S}(?:namespaces?|ns|pvc|pv|persistentvolume\w*|all|statefulsets?|deployments?|secrets?|--all)\b|\bhelm${S}(?:uninstall|delete)\b|\boc${S}delete${S}(?:project|namespace|ns|pvc|all)\b|\b(?:delete_namespace|deleteNamespace|delete_namespaced_persistent_volume_claim|deleteNamespacedPersistentVolumeClaim|delete_collection_namespaced_\w+|deleteCollectionNamespaced\w+)${O}\(` },
  { id: "db-restored-over", category: "destructive-data", weight: REVIEW_WEIGHT, description: "restores a dump over a database, dropping what it holds first (block on production: every change since the dump is lost)", hints: ["pg_restore", "mongorestore"], pattern: String.raw`\bpg_restore\b[^\n]*?(?:--clean\b|${S}-c\b)|\bmongorestore\b[^\n]*?--drop\b`, refine: restoredOver },
  { id: "cloud-delete", category: "destructive-data", weight: BLOCK_WEIGHT, description: "destroys cloud infrastructure or storage (terraform destroy, bucket or database deletion)", hints: ["bq rm", "terraform", "aws", "gsutil", "deletebucket", "delete_bucket", "deleteobjects", "delete_objects", "gcloud", "az ", "docker", "heroku", "dropdb", "rclone", "s3cmd", "mc rm", "eksctl", "firestore:delete", "fly", "doctl"], pattern: String.raw`\bbq${S}rm\b|\bterraform${S}(?:destroy\b|apply\b[^\n]{0,60}-destroy\b)|\baws${S}s3${S}(?:rb\b|rm\b[^\n]{0,200}--recursive)|\bgsutil${S}(?:-m${S})?(?:rm${S}-[a-zA-Z]*r|rb\b)|\b(?:deleteBucket|DeleteBucket|delete_bucket|deleteObjects|delete_objects|DeleteObjects)\b|\baws${S}(?:rds${S}delete-db-\w+|dynamodb${S}delete-table|ec2${S}terminate-instances|s3api${S}delete-bucket)\b|\bgcloud${S}(?:[\w-]+${S}){1,3}delete\b|\baz${S}(?:[\w-]+${S}){1,3}delete\b|\bdocker${S}(?:volume${S}(?:rm|prune)|system${S}prune)\b|\bheroku${S}(?:pg:reset|apps:destroy)\b|\bdropdb${S}|\bgcloud${S}storage${S}rm\b[^\n]{0,200}(?:${S}-r\b|--recursive)|\brclone${S}(?:purge|delete)\b|\bs3cmd${S}(?:del|rm)\b[^\n]{0,200}(?:${S}-r\b|--recursive)|\bmc${S}rm\b[^\n]{0,200}(?:${S}-r\b|--recursive)|\beksctl${S}delete${S}cluster\b|\bfirebase${S}firestore:delete\b[^\n]{0,200}(?:--all-collections|${S}-r\b|--recursive)|\bfly(?:ctl)?${S}(?:apps|volumes?|postgres)${S}destroy\b|\bdoctl${S}(?:[\w-]+${S}){1,3}delete\b`, refine: unlessEphemeralStack },
  { id: "sdk-delete-durable", category: "destructive-data", weight: REVIEW_WEIGHT, description: "deletes snapshots, backups, volumes, buckets or database instances through a cloud SDK (block in a loop)", hints: ["delete", "terminate", "deregister"], pattern: String.raw`\b(?:delete|terminate|deregister)_?(?:db_?)?(?:snapshots?|backups?|volumes?|buckets?|db_?instances?|db_?clusters?|file_?systems?|recovery_?points?|backup_?vaults?|log_?groups?|stacks?|instances)${O}\(`, refine: blockInLoop },
  { id: "data-expiry-set", category: "destructive-data", weight: REVIEW_WEIGHT, description: "sets rules that delete stored data, images or backups after a time (lifecycle expiry, short or no backup retention)", hints: ["lifecycle", "retention"], pattern: String.raw`\baws_(?:ecr_lifecycle_policy|s3_bucket_lifecycle_configuration)\b|\bput-(?:bucket-)?lifecycle(?:-policy|-configuration)?\b|\bput_(?:bucket_)?lifecycle\w*${O}\(|\b(?:backup_retention_period|retention_in_days|retention_days|retentiondays|retention_period_days)${O}[=:]${O}["']?[0-6]\b`, refine: unlessNewBucket },
  { id: "deletion-guard-off", category: "destructive-data", weight: REVIEW_WEIGHT, description: "turns off what keeps infrastructure from being destroyed with its data (force_destroy, prevent_destroy, deletion protection); block against production", hints: ["force_destroy", "delete_contents_on_destroy", "prevent_destroy", "deletion_protection", "deletionprotection", "skip_final_snapshot", "destructive_requires_name"], pattern: DATABASE_GUARD_OFF, refine: guardsOff },
  { id: "force-push", category: "destructive-data", weight: 42, description: "rewrites shared history (force push, hard reset of a shared branch; block onto main, master or a release branch)", hints: ["git"], pattern: String.raw`\bgit${S}push\b[^\n]{0,80}?(?:--force\b|${S}-f\b)|\bgit${S}reset${S}--hard${S}origin\b`, refine: (site) => (/\b(?:main|master|trunk|production|release\S*)\b/.test(restOfLine(site, 200)) ? 52 : 42) },
  { id: "prose-irreversible-delete", category: "destructive-data", weight: BLOCK_WEIGHT, prose: true, description: "says it deletes data for good", hints: ["truncat", "empt", "permanently", "irreversibly", "irrevocably", "delet", "wip", "purg", "eras", "drop", "destroy", "remov", "reset", "nuke", "recreate"], pattern: String.raw`\b(?:permanently|irreversibly|irrevocably)${S}(?:delete|remove|erase|purge|wipe|destroy|drop)\w*|\b(?:delete|deletes|deleting|wipe|wipes|wiping|purge|purges|purging|erase|erases|drop|drops|dropping|destroy|destroys|remove|removes|removing|truncate|truncates|truncating|empty|empties|emptying)${S}(?:all${S}(?:of${S})?|every${S}|the${S}entire${S}|the${S}whole${S}|our${S}entire${S}|all${S}the${S})(?:[\w-]+${S}){0,2}?(?:data(?:base)?s?|records|rows|tables|users|user${S}accounts|accounts|customers|customer${S}data|backups|history|files|documents|uploads|orders|transactions|logs|buckets?|volumes?)\b|\b(?:delete|deletes|deleting|wipe|wipes|wiping|purge|purges|purging|erase|erases|erasing|destroy|destroys|destroying)${S}(?:all${S}(?:of${S})?|every${S}|the${S}entire${S}|the${S}whole${S}|our${S}entire${S}|all${S}the${S})(?!(?:their|your|his|her|my)\b)(?:[\w-]+${S}){0,2}?(?:events|documents|objects|invoices|payments|subscriptions|images|photos|attachments|contacts|leads|emails|snapshots|namespaces|projects|repositories|profiles|patients|members|subscribers|journal${S}entries|messages)\b|\b(?:reset|wipe|nuke|recreate)${S}(?:the${S})?(?:production${S}|prod${S}|live${S})(?:database|db|data)\b`, refine: (site) => (snapshotFirst(site) ? BULK_ROWS_WEIGHT : BLOCK_WEIGHT) },
  { id: "prose-empty-store", category: "destructive-data", weight: BLOCK_WEIGHT, prose: true, description: "says it empties a table, collection, bucket or database, however mildly worded (\"clear it out\", \"start fresh with a clean bucket\")", hints: ["clear", "wip", "empt", "purg", "flush", "nuk", "truncat", "blow", "rid of", "over with", "fresh with", "afresh with", "scratch with"], pattern: String.raw`\b(?:clear|clears|clearing|wipe|wipes|wiping|empty|empties|emptying|purge|purges|purging|flush|flushes|flushing|nuke|nukes|nuking|truncate|truncates|truncating|blow${S}away|blows${S}away|get${S}rid${S}of|gets${S}rid${S}of)(?:${S}out)?(?:${S}(?:everything|all${S}(?:the${S})?(?:rows|records|data))${S}(?:in|from))?${S}(?:(?:all${S}(?:of${S})?)?(?:the|our|its|this|that)${S})?(?:(?:production|prod|live|entire|whole|existing)${S})?(?:[\w\x60"'.-]+${S}){1,2}?(?:table|tables|collection|collections|index|indices|keyspace)\b|\b(?:clear|clears|clearing|wipe|wipes|wiping|empty|empties|emptying|purge|purges|purging|flush|flushes|flushing|nuke|nukes|nuking|truncate|truncates|truncating|blow${S}away|blows${S}away|get${S}rid${S}of|gets${S}rid${S}of)(?:${S}out)?(?:${S}(?:everything|all${S}(?:the${S})?(?:rows|records|data))${S}(?:in|from))?${S}(?:(?:all${S}(?:of${S})?)?(?:the|our|its|this|that)${S})?(?:(?:production|prod|live|entire|whole|existing)${S})?(?:[\w\x60"'.-]+${S}){0,2}?(?:bucket|buckets|database|databases|db|datastore)\b|\b(?:clear|clears|clearing|wipe|wipes|wiping|empty|empties|emptying|purge|purges|purging|flush|flushes|flushing|nuke|nukes|nuking)${S}(?:it|them|everything|all${S}of${S}it)${S}(?:out${S})?(?:completely|entirely|fully|for${S}good)\b|\b(?:start|starts|starting)${S}(?:over|fresh|afresh|from${S}scratch)${S}with${S}(?:a${S}|an${S})?(?:clean|empty|fresh|new)${S}(?:[\w-]+${S})?(?:bucket|table|database|db|collection)\b`, refine: emptiedStore },
  { id: "prose-store-retired", category: "destructive-data", weight: REVIEW_WEIGHT, prose: true, description: "says it decommissions, tears down or deletes a database, cluster, bucket or environment (block when it is the production one)", hints: ["decommission", "retir", "tear down", "tears down", "tearing down", "sunset", "shut down", "shuts down", "shutting down", "delet", "destroy", "remov", "drop"], pattern: String.raw`\b(?:decommission|decommissions|decommissioning|retire|retires|retiring|tear${S}down|tears${S}down|tearing${S}down|sunset|sunsets|sunsetting|shut${S}down|shuts${S}down|shutting${S}down|delete|deletes|deleting|destroy|destroys|destroying|remove|removes|removing|drop|drops|dropping)${S}(?:the${S}|our${S})?(?:(?:old|legacy|v1|production|prod|primary|live|existing|main)${S})+(?:[\w-]+${S}){0,2}?(?:databases?|db|clusters?|buckets?|namespaces?|servers?|instances?|environments?|stacks?|volumes?|replicas?|schemas?|datasets?|tables?)\b`, refine: retiredStore },
  { id: "prose-bulk-overwrite", category: "destructive-data", weight: BLOCK_WEIGHT, prose: true, description: "says it resets, zeroes or overwrites a value for every account (balances, credits, passwords, keys)", hints: ["reset", "zero", "overwrit", "wipe", "to 0"], pattern: String.raw`\bset${S}(?:the${S}|all${S}|every${S})?(?:[\w-]+${S})?(?:balances|credits|wallets|points)${S}to${S}(?:zero|0)\b|\b(?:reset|resets|resetting|zero${S}out|zeroes${S}out|zeros${S}out|zeroing${S}out|overwrite|overwrites|overwriting|wipe|wipes|wiping)${S}(?:all${S}|every${S}|each${S})(?:of${S})?(?:the${S}|our${S})?(?:[\w'-]+${S}){0,2}?(?:balances?|credits?|wallets?|points|loyalty${S}points|passwords?|api${S}keys|keys|tokens|subscriptions?|plans?|prices?|quotas?|payouts?)\b`, refine: overwrittenValue },
  { id: "prose-live-column-removed", category: "destructive-data", weight: 52, prose: true, description: "says it removes or drops a column from a live table (the data in it goes)", hints: ["column"], pattern: String.raw`\b(?:remove|removes|removing|drop|drops|dropping|delete|deletes|deleting)${S}(?:the${S})?(?:old${S}|legacy${S}|unused${S})?(?:[\w-]+${S}){0,2}?column${S}from${S}(?:the${S})?(?:live|production|prod)\b` },
  { id: "prose-recovery-removed", category: "destructive-data", weight: BLOCK_WEIGHT, prose: true, description: "says it turns off a recovery or undelete window, or empties the recycle bin for everyone", hints: ["recovery", "undelete", "restore", "recycle bin", "trash"], pattern: String.raw`\b(?:turn|turns|turning|switch|switches)${S}off${S}(?:the${S})?(?:\d+-day${S})?(?:recovery|undelete|restore|retention)${S}(?:period|window)\b|\bempty${S}(?:the${S})?(?:[\w'-]+${S}){0,2}?(?:recycle${S}bin|trash|bin)${S}for${S}(?:all|every)\b` },
  { id: "device-data-wiped", category: "destructive-data", weight: 30, description: "clears an app's local storage, keychain or files on the device (block when every device does it on the update)", hints: ["asyncstorage.clear", "resetgenericpassword", "deleteasync", "resetinternetcredentials"], pattern: String.raw`\bAsyncStorage\.clear${O}\(|\bKeychain\.reset(?:GenericPassword|InternetCredentials)${O}\(|\bFileSystem\.deleteAsync${O}\(`, refine: (site) => (/\b(?:every(?:body|one)|every\s+device|all\s+(?:users|devices)|first\s+launch|on\s+launch|for\s+everybody)\b/i.test(site.text) ? BLOCK_WEIGHT : 30) },
  { id: "history-vacuumed", category: "destructive-data", weight: BLOCK_WEIGHT, description: "vacuums a Delta table's history to nothing (RETAIN 0 HOURS) or turns the retention check off: time travel and recovery are gone", hints: ["retain 0", "retentiondurationcheck"], pattern: String.raw`\bVACUUM${S}[\w.\x60]+${S}RETAIN${S}0${S}HOURS\b|\bretentionDurationCheck\.enabled${O}[=:]${O}["']?false\b` },
  { id: "prose-purged", category: "destructive-data", weight: BULK_ROWS_WEIGHT, prose: true, description: "says records get purged, wiped or erased (block for every one of many, or said to be irreversible)", hints: ["purged", "wiped", "erased", "hard-deleted", "destroyed"], pattern: String.raw`\b(?:gets|get|are|is|will${S}be|would${S}be|will${S}get)${S}(?:all${S}|then${S}|permanently${S})?(?:purged|wiped|erased|hard-deleted|destroyed)\b`, refine: purgedWeight },
  { id: "hard-delete-call", category: "destructive-data", weight: BLOCK_WEIGHT, description: "calls an API's hard delete of accounts or users (no soft-delete to come back from), or skips the soft-delete queue", hints: ["hard=true", "hard=1", "soft-delete", "soft delete"], pattern: String.raw`\bDELETE${S}\S*\/(?:accounts|users|customers|members|tenants|workspaces|profiles)\/\S*[?&]hard=(?:true|1)\b|\bskip(?:s|ping)?${S}(?:the${S})?(?:\d+-day${S})?soft[- ]delete\b` },
  { id: "prose-no-undo", category: "destructive-data", weight: 30, prose: true, description: "says the action has no undo or cannot be reversed", hints: ["undo", "undone", "reversed", "rolled back", "roll back"], pattern: String.raw`\b(?:has|have|with)${S}no${S}undo\b|\b(?:cannot|can't|can${S}not)${S}be${S}(?:undone|reversed|rolled${S}back)\b|\bno${S}way${S}to${S}(?:undo|reverse|roll${S}(?:it${S})?back)\b`, refine: (site) => (COPY_ABOUT_IT.test(around(site, 150, 60)) ? null : 30) },
  { id: "prose-account-cleanup", category: "destructive-data", weight: BLOCK_WEIGHT, prose: true, description: "says it cleans up, prunes or culls accounts, customers or their records by a condition (a deletion in mild words)", hints: ["clean", "prun", "cull", "get rid of", "removed", "deleted", "erased", "wiped", "purged"], pattern: String.raw`\b(?:clean${S}up|cleans${S}up|cleaning${S}up|clean${S}out|cleans${S}out|prune|prunes|pruning|cull|culls|culling|get${S}rid${S}of|gets${S}rid${S}of)${S}(?:the${S}|all${S}|all${S}the${S}|our${S})?(?:old|inactive|stale|dormant|unused|abandoned|unverified|churned|expired|lapsed|cancelled|canceled)${S}(?:[\w-]+${S})?(?:accounts|users|customers|profiles|members|subscribers|patients|orders|invoices|transactions|records)\b|\b(?:clean|cleans|cleaning)${S}out${S}(?:the${S}|all${S}|our${S})?(?:accounts|users|customers|members|profiles|subscribers)\b|\b(?:gets|get)${S}(?:their|his|her)${S}(?:accounts?|profiles?|data|records)${S}(?:removed|deleted|erased|wiped|purged)\b` },
  // production-operations
  { id: "database-failover", category: "production-operations", weight: 28, description: "fails a production database over (block when forced onto a lagging replica, throwing writes away)", hints: ["patronictl", "pg_ctl", "failover-db-cluster", "instances failover", "promote"], pattern: String.raw`\bpatronictl${S}(?:failover|switchover)\b|\bpg_ctl${S}promote\b|\bfailover-db-cluster\b|\bsql${S}instances${S}failover\b`, refine: (site) => (/--force\b/.test(restOfLine(site)) && /\blag\b|\bthrow\w*\s+away\b|\bdiscard\w*\b|\blos[et]\b/i.test(site.text) ? BLOCK_WEIGHT : 28) },
  { id: "prose-cutover", category: "production-operations", weight: 28, prose: true, description: "says it cuts over or fails over a production system, or puts the app in read-only or maintenance mode", hints: ["cutover", "cut over", "failover", "fail over", "read-only mode", "maintenance mode"], pattern: String.raw`\b(?:put|puts|putting)${S}the${S}(?:app|site|service|api|platform)${S}in(?:to)?${S}(?:read-only|maintenance)${S}mode\b|\b(?:cut${S}?over|fail${S}?over)${S}(?:to|the|from)\b` },
  { id: "canary-skipped", category: "production-operations", weight: 30, description: "skips the canary of a production rollout (block when it goes to all traffic at once)", hints: ["skip_canary", "skipcanary", "canary"], pattern: String.raw`\bskip_?canary["']?${O}[:=]${O}true\b|\bcanary["']?${O}[:=]${O}(?:false|off|none)\b`, refine: (site) => (/\b(?:traffic_fraction|traffic_percent\w*|rollout\w*)["']?\s*[:=]\s*(?:1(?:\.0+)?|100)\b/i.test(site.text) ? BLOCK_WEIGHT : 30) },
  { id: "rollout-share-raised", category: "production-operations", weight: 28, description: "raises the share of production traffic or users a flag or rollout reaches, the old value kept beside it", hints: ["# was", "// was", "#was", "//was"], pattern: String.raw`\b(?:weight|rollout\w*|percent\w*|percentage|traffic\w*)["']?${O}:${O}\d+${O},?${O}(?:#|\/\/)${O}was\b`, refine: onProduction },
  { id: "production-rollout", category: "production-operations", weight: 28, description: "changes a running production system from the CLI: a helm upgrade or rollback, a drain, a rollout restart, a patch, a rolling restart", hints: ["kubectl", "helm", "rolling-update", "systemctl"], pattern: String.raw`\bkubectl\b[^\n|;]{0,80}?\b(?:drain|cordon|rollout${S}restart|patch|set${S}image|scale)\b|\bhelm${S}(?:upgrade|rollback|uninstall)\b|\bstrimzi\.io\/manual-rolling-update\b|\bsystemctl${S}(?:restart|stop|reboot)\b`, refine: onProduction },
  { id: "prose-production-rollout", category: "production-operations", weight: 28, prose: true, description: "says it restarts, drains, rolls or deploys something running in production", hints: ["rolling", "roll the", "rolls the", "roll prod", "rolls prod", "restart", "redeploy", "drain", "reboot", "patch", "deploy", "roll out", "rolls out"], pattern: String.raw`\brolling${S}restart\b|\b(?:roll|rolling|rolls)${S}(?:the${S})?(?:production|prod)${S}[\w-]+|\b(?:restart|restarts|restarting|redeploy|redeploys|redeploying|drain|drains|draining|reboot|reboots|rebooting|patch|patches|patching)${S}(?:the${S}|all${S}|every${S})?(?:production|prod)${S}(?:[\w-]+${S})?(?:brokers?|nodes?|pods?|servers?|hosts?|clusters?|deployments?|services?|api|workers?|fleet)\b|\b(?:deploy|deploys|deploying|roll${S}out|rolls${S}out)${S}(?:the${S})?(?:new${S})?(?:[\w-]+${S}){0,2}?(?:service|api|release|version|fix|build)${S}to${S}(?:production|prod)\b` },
  // schema-change
  { id: "sql-alter-table", category: "schema-change", weight: 30, description: "alters a table that may hold live data (adding a nullable column is additive)", hints: ["alter"], pattern: String.raw`\bALTER${S}TABLE\b`, refine: alterWeight },
  { id: "sql-drop-object", category: "schema-change", weight: 30, description: "drops an index, constraint, view, trigger or function", hints: ["drop"], pattern: String.raw`\bDROP${S}(?:INDEX|CONSTRAINT|VIEW|TRIGGER|FUNCTION|TYPE|SEQUENCE)\b` },
  { id: "orm-lossy-type", category: "schema-change", weight: 52, description: "changes a money column to an integer type in a migration: the fractions are rounded away", hints: ["change_column"], pattern: String.raw`\bchange_column${O}\(?${O}:?["']?\w+["']?${O},${O}:?["']?\w*(?:amount|price|total|balance|cost|fee|tax|cents|subtotal|discount)\w*["']?${O},${O}:?["']?integer\b`, refine: outsideRollback(52) },
  { id: "prose-lossy-cast", category: "schema-change", weight: 52, prose: true, description: "says a column goes from a decimal or text type to an integer, or that its values are lost in the change", hints: ["to integer", "to int", "to smallint", "to `int", "to `smallint", "are lost", "is lost", "be lost", "get lost", "gets lost"], pattern: String.raw`\bfrom${S}\x60?(?:numeric|decimal|float|double|real|money|text|varchar)\S*${S}to${S}\x60?(?:integer|int|int4|smallint)\b|\b(?:cents|decimals|fractions|digits|values|precision)${S}(?:are|is|get|gets|will${S}be)${S}lost\b` },
  { id: "prose-column-renamed", category: "schema-change", weight: 30, prose: true, description: "says it renames a column or a table of the live database", hints: ["rename"], pattern: String.raw`\brenam(?:e|es|ed|ing)${S}(?:the${S})?[\w-]+${S}(?:field|column)${S}to${S}\x60?\w+\x60?${S}(?:in|on)${S}(?:the${S})?(?:live|production|prod)\b|\brenam(?:e|es|ed|ing)${S}(?:the${S})?(?:column${S}|table${S}|field${S})?(?:\x60\w+(?:\.\w+)?\x60|\w+\.\w+)${S}to${S}\x60?\w+(?:\.\w+)?\x60?` },
  { id: "prose-production-column-change", category: "schema-change", weight: 30, prose: true, description: "says it adds, drops or alters a column of a table in production, or a unique index on a live one", hints: ["column", "unique"], pattern: String.raw`\b(?:add|adds|adding|drop|drops|dropping|alter|alters|altering|change|changes|changing)${S}(?:a${S}|the${S}|new${S})?(?:[\w-]+${S})?column\b[^.\n]{0,80}?\b(?:on|in|to)${S}(?:the${S})?(?:prod|production|live)\b|\b(?:add|adds|adding)${S}(?:a${S})?column${S}\w+${S}[^.\n]{0,30}?\bNOT${S}NULL\b|\bchange${S}(?:the${S})?\x60?[\w.]+\x60?${S}column${S}from${S}\w+${S}to${S}\w+|\badd${S}(?:a${S})?unique${S}(?:index|constraint)\b[^.\n]{0,80}?\b(?:live|production|prod)\b` },
  { id: "live-backfill", category: "schema-change", weight: 28, prose: true, description: "backfills existing rows of a live table (a schema change that rewrites its data)", hints: ["backfill"], pattern: String.raw`\bbackfill(?:s|ed|ing)?\b` },
  { id: "data-migration-rewrites", category: "schema-change", weight: 28, description: "a Django data migration that updates or saves existing rows of a live table", hints: ["runpython"], pattern: String.raw`\bmigrations\.RunPython${O}\(`, refine: rowsRewritten },
  { id: "sql-index-locking", category: "schema-change", weight: 28, description: "builds an index on an existing table without CONCURRENTLY (writes wait while it builds)", hints: ["create index", "create unique index"], pattern: String.raw`\bCREATE (?:UNIQUE )?INDEX\b`, refine: indexWeight },
  { id: "orm-alter", category: "schema-change", weight: 30, description: "changes columns through a migration API or an altering sync", hints: ["renamecolumn", "changecolumn", "rename_column", "change_column", "renametable", "rename_table", "alter_column", "sync", "alterfield", "renamefield", "renamemodel", "altermodeltable", "addconstraint", "altercolumn"], pattern: String.raw`\b(?:renameColumn|changeColumn|rename_column|change_column|renameTable|rename_table|alter_column|alterColumn)${O}\(|\b(?:rename_column|change_column|change_column_null|change_column_default|rename_table)${S}:\w+|\bmigrations\.(?:AlterField|RenameField|RenameModel|AlterModelTable|AddConstraint)\b|\bsync${O}\(${O}\{${O}alter${O}:${O}true\b`, refine: unlessModelCreated(30) },
  { id: "orm-index-locking", category: "schema-change", weight: 28, description: "builds an index through a migration API without building it concurrently (writes to the live table wait while it builds)", hints: ["addindex", "add_index", "create_index", "createindex"], pattern: String.raw`\bmigrations\.AddIndex\b|\badd_index${S}:\w+|\bop\.create_index${O}\(|\baddIndex${O}\((?=${O}['"\x60])|\bqueryRunner\.createIndex${O}\(`, refine: ormIndexWeight },
  { id: "schema-auto-sync", category: "schema-change", weight: 30, description: "lets the ORM rewrite the live schema at startup, or locks or rewrites a whole table (VACUUM FULL, LOCK TABLE, OPTIMIZE TABLE, a REINDEX without CONCURRENTLY)", hints: ["synchronize", "vacuum full", "lock table", "optimize table", "reindex", "hbm2ddl", "ddl-auto", "ddl_auto", "automigrate", "on_schema_change"], pattern: String.raw`\bsynchronize${O}:${O}true\b|\b(?:hibernate\.hbm2ddl\.auto|spring\.jpa\.hibernate\.ddl-auto|ddl_auto)${O}[:=]${O}["']?(?:update|create|create-drop)\b|\bVACUUM${S}FULL\b|\bLOCK${S}TABLE\b|\bOPTIMIZE${S}TABLE\b|\bREINDEX${S}(?:TABLE|DATABASE|INDEX)${S}(?!CONCURRENTLY\b)\w+|\bdb\.AutoMigrate${O}\(|\bon_schema_change${O}=${O}['"](?:sync_all_columns|append_new_columns)['"]`, refine: unlessLocalOrTest(30) },
  { id: "prose-live-migration", category: "schema-change", weight: 30, prose: true, description: "runs a schema migration on the live database", hints: ["migration"], pattern: String.raw`\b(?:run|runs|running|apply|applies|applying)${S}(?:the${S}|a${S}|this${S})?(?:schema${S}|database${S})?migrations?${S}(?:directly${S})?(?:on|to|against|in)${S}(?:the${S})?(?:production|prod|live)\b` },
  { id: "prose-production-database-change", category: "schema-change", weight: 28, prose: true, description: "says it runs, applies or resizes something on the production database: reversible or not, a live system for a reviewer to see", hints: ["prod", "live"], pattern: String.raw`\b(?:apply|applies|applying|run|runs|running|execute|executes|executing|resize|resizes|resizing|scale|scales|scaling|migrate|migrates|migrating|upgrade|upgrades|upgrading|restore|restores|restoring|modify|modifies|modifying|patch|patches|patching|convert|converts|converting|alter|alters|altering|split|splits|splitting|rewrite|rewrites|rewriting)${S}(?:[\w"'\x60-]+${S}){0,12}?(?:to|on|against|in|of)${S}(?:the${S}|our${S})?(?:prod|production|live)${S}(?:[\w-]+${S})?(?:database|db|cluster|instance|tables?|records|postgres|mysql|rds)\b|\b(?:resize|resizes|resizing|scale|scales|scaling|upgrade|upgrades|upgrading|migrate|migrates|migrating|restart|restarts|restarting|fail${S}over|failover)${S}(?:the${S}|our${S})?(?:prod|production|live)${S}(?:database|db|cluster|instance|postgres|rds)\b` },
  // money-movement
  { id: "payment-charge", category: "money-movement", weight: 35, description: "charges a customer (block when in a loop or off-session)", hints: ["stripe", "createcharge", "chargecustomer", "chargecard", "chargesavedcard", "createstripetransaction", "chargeuser", "chargeservice", "paymentintentservice", "transaction.sale", "createpayment", "razorpay", "payments.create", "chargecreateparams", "paymentintentcreateparams"], pattern: String.raw`\b(?:Charge|PaymentIntent)\.create${O}\(${O}(?:Charge|PaymentIntent)CreateParams\b|\bstripe\w*\.(?:charges|paymentIntents|payment_intents|invoices)\.(?:create|confirm|capture|pay)\b|\bstripe(?:\.|::|\\)(?:Charge|PaymentIntent)(?:\.|::)(?:create|confirm|capture)\b|\$stripe\w*->(?:charges|paymentIntents|invoices)->(?:create|confirm|capture|pay)\b|\b(?:charge|paymentintent)\.(?:New|Confirm|Capture)${O}\(${O}&stripe\.|\bstripe${S}(?:charges|payment_intents|invoices)${S}(?:create|confirm|capture|pay)\b|\b(?:Charge|PaymentIntent)Service${O}\(${O}\)\.(?:Create|Confirm|Capture)\w*|\bgateway\.transaction\.sale${O}\(|\bpaymentsApi\.createPayment${O}\(|\brazorpay\w*\.payments\.capture${O}\(|\b(?:gc|gocardless\w*|mollie\w*|client)\.payments\.create${O}\(|\b(?:createCharge|chargeCustomer|chargeCard|chargeSavedCard|createStripeTransaction|chargeUser)${O}\(`, refine: unlessStripeTestMode(chargeWeight(35)) },
  { id: "payment-payout", category: "money-movement", weight: 40, description: "sends money out (refunds, payouts, transfers; block in a loop, for the whole balance or to a destination read from settings)", hints: ["stripe", "issuerefund", "refundpayment", "createrefund", "sendpayout", "createpayout", "createtransfer", "transferfunds", "refundservice", "payoutservice", "transferservice", "payouts", "transaction.refund", "razorpay", "sendtransaction", "sendandconfirmtransaction", "methods.transfer", "paymentorders", "payment_orders", "dwolla", "refundcapturedpayment", "cancelorrefundpayment", "createbalancetransaction", "create_balance_transaction", "transfercreateparams", "payoutcreateparams", "refundcreateparams", "transfer.create", "payout.create", "refund.create", "api.stripe.com"], pattern: String.raw`\bapi\.stripe\.com\/v1\/(?:refunds|payouts|transfers)\b|\b(?:Transfer|Payout|Refund)\.create${O}\(${O}(?:(?:Transfer|Payout|Refund)CreateParams\b|\w*params${O}[,)])|\bcustomers\.createBalanceTransaction${O}\(|\bCustomer\.create_balance_transaction${O}\(|\bstripe\w*\.(?:refunds|payouts|transfers)\.create\b|\b(?:refundCapturedPayment|cancelOrRefundPayment)${O}\(|\bstripe(?:\.|::|\\)(?:Refund|Payout|Transfer)(?:\.|::)create\b|\$stripe\w*->(?:refunds|payouts|transfers)->create\b|\b(?:refund|payout|transfer)\.New${O}\(${O}&stripe\.|\bstripe${S}(?:refunds|payouts|transfers)${S}create\b|\b(?:Refund|Payout|Transfer)Service${O}\(${O}\)\.Create\w*|\bpayouts\.(?:create|post)${O}\(|\bPayoutsPostRequest\b|\bgateway\.transaction\.refund${O}\(|\b(?:eth\.sendTransaction|signer\.sendTransaction|wallet\.sendTransaction|sendAndConfirmTransaction)${O}\(|\.methods\.transfer${O}\(|\b(?:paymentOrders|payment_orders)\.create\b|\bdwolla\w*\.post${O}\(${O}['"\x60]transfers\b|\brazorpay\w*\.(?:payments\.refund|payouts\.create|refunds\.create)${O}\(|\b(?:issueRefund|refundPayment|createRefund|sendPayout|createPayout|createTransfer|transferFunds)${O}\(`, refine: payoutWeight },
  { id: "payment-off-session", category: "money-movement", weight: 50, description: "charges saved cards without the customer present", hints: ["off_session", "offsession"], pattern: String.raw`\boff_session${O}[:=]${O}(?:true|True)\b|\bOffSession${O}:${O}stripe\.Bool\(${O}true\b`, refine: unlessStripeTestMode(50) },
  { id: "crypto-funds-sent", category: "money-movement", weight: 50, description: "signs and broadcasts a blockchain transaction or sweeps a wallet (on-chain money movement cannot be reversed)", hints: ["sendrawtransaction", "send_raw_transaction", "sendtoaddress", "sendmany", ".sweep(", "signandsendtransaction", "sendandconfirmtransaction", "sendsignedtransaction", "broadcast_tx", "broadcasttransaction"], pattern: String.raw`\b(?:sendrawtransaction|send_raw_transaction|sendRawTransaction|eth_sendRawTransaction|sendtoaddress|sendmany|signAndSendTransaction|sendAndConfirmTransaction|sendSignedTransaction|broadcast_tx\w*|broadcastTransaction)\b|\.sweep${O}\(`, refine: unlessTestChain },
  { id: "payment-api-write", category: "money-movement", weight: 28, description: "calls a payment provider's API to create, change or cancel what moves money (a refund, a transfer, an invoice, a subscription or its usage, a price)", hints: ["stripe", "subscriptionitem.", "paymentintent.", "refund.", "payout.", "transfer.", "invoice.", "subscription.", "usagerecord.", "price.", "creditnote."], pattern: String.raw`\bstripe\w*\.(?:${MONEY_OBJECTS})(?:\.\w+)?\.(?:create|update|modify|del|cancel|capture|confirm|pay|finalize\w*|void\w*|createUsageRecord|createReversal|reverse)${O}\(|\bStripe::(?:${MONEY_OBJECTS})(?:\.|::)(?:create|update|cancel|capture|confirm|pay)\b|\$stripe\w*->(?:${MONEY_OBJECTS})->(?:create|update|cancel|capture|confirm|pay|finalizeInvoice|voidInvoice)${O}\(|\b(?:subscriptionitem|subscription|paymentintent|refund|payout|transfer|invoice|usagerecord|price|creditnote)\.(?:New|Update|Cancel|Del|Capture|Confirm|Pay|FinalizeInvoice|VoidInvoice)${O}\(`, refine: unlessStripeTestMode(28) },
  { id: "payment-subscription-change", category: "money-movement", weight: 32, description: "changes what customers pay (prices, plans, subscriptions)", hints: ["stripe"], refine: unlessStripeTestMode(subscriptionChangeWeight), pattern: String.raw`\bstripe\w*\.(?:prices|plans|subscriptions|subscriptionItems|coupons)\.(?:create|update|cancel|del)\b|\bstripe(?:\.|::|\\)(?:Price|Plan|Subscription)(?:\.|::)(?:create|modify|update|delete)\b|\$stripe\w*->(?:prices|plans|subscriptions|coupons)->(?:create|update|cancel)\b|\bstripe${S}(?:prices|plans|subscriptions|subscription_items|coupons)${S}(?:create|update|delete|cancel)\b` },
  { id: "payment-call", category: "money-movement", weight: REVIEW_WEIGHT, description: "calls the code's own function that charges, refunds, pays out or transfers (block in a loop)", hints: ["refund", "charge", "payout", "payment", "transfer", "withdrawal"], pattern: String.raw`(?<!\b(?:def|function|func|fn|async)${S})\b(?:process|create|issue|make|execute|capture|initiate|perform)_?\w{0,20}?(?:refund|charge|payout|payment|transfer|withdrawal)s?(?:_?intent)?(?:_?async)?${O}\(`, refine: chargeWeight(REVIEW_WEIGHT) },
  { id: "payment-checkout", category: "money-movement", weight: 28, description: "opens a payment flow (checkout session)", hints: ["stripe", "createcheckoutsession"], pattern: String.raw`\bstripe\w*\.checkout\.sessions?\.create\b|\b(?:stripe\w*\.)?createCheckoutSession${O}\(`, refine: unlessStripeTestMode(28) },
  { id: "catalog-price-written", category: "money-movement", weight: REVIEW_WEIGHT, description: "writes new prices to a live catalog through its API (what customers pay changes)", hints: ["price"], pattern: String.raw`\b(?:put|post|patch|update|update!|update_attributes|update_columns|save|variants?)\b[^\n]{0,120}?\bprice['"]?${O}(?::|=>)${O}(?:new_?price\w*|\w+${O}\*${O}\d)` },
  { id: "money-webhook-handler", category: "money-movement", weight: REVIEW_WEIGHT, description: "changes how the payment processor's events are handled: payouts, transfers and refunds (money leaving), subscriptions, invoices and charges (what customers pay for)", hints: ["payout.", "refund.", "transfer.", "customer.subscription.", "invoice.", "checkout.session.completed", "charge."], pattern: String.raw`["'](?:payout|refund|transfer)\.(?:paid|failed|canceled|cancelled|succeeded|refunded|payment_failed|payment_succeeded|created|updated|reversed)["']|["']customer\.subscription\.(?:created|updated|deleted|paused|resumed)["']|["']invoice\.(?:paid|payment_failed|payment_succeeded)["']|["']checkout\.session\.completed["']|["']charge\.(?:succeeded|refunded|failed|captured|dispute\.created)["']|\b(?:on|handles?|handling|listens?${S}for)${S}\x60?(?:invoice\.(?:paid|payment_failed|payment_succeeded)|checkout\.session\.completed|charge\.(?:succeeded|refunded|failed|captured)|customer\.subscription\.(?:created|updated|deleted)|(?:payout|refund|transfer)\.(?:paid|failed|created|reversed))\b` },
  { id: "prose-fee-change", category: "money-movement", weight: REVIEW_WEIGHT, prose: true, description: "changes a commission, fee or markup that customers or sellers are charged", hints: ["commission", "fee", "take rate", "surcharge", "markup", "service charge"], pattern: String.raw`\b(?:commission|commissions|fee|fees|take${S}rate|surcharge|surcharges|markup|service${S}charge)${S}(?:[\w-]+${S}){0,6}?(?:rises|rise|increases|increase|goes${S}up|go${S}up|changes${S}(?:from|to)|is${S}raised|are${S}raised|doubles)\b` },
  { id: "config-price-changed", category: "money-movement", weight: REVIEW_WEIGHT, description: "changes a fee or price in a config, the old value kept in a comment (block when existing customers pay it)", hints: ["# was", "#was", "# previously", "#previously", "# before", "#before"], pattern: String.raw`\b\w*(?:fee|price|amount|rate|bps)\w*${O}:${O}["']?\d+(?:\.\d+)?["']?${O}# ?(?:was|previously|before)\b`, refine: priceConfigWeight },
  { id: "cloud-commitment-purchased", category: "money-movement", weight: 48, description: "buys a cloud spending commitment (a savings plan, reserved capacity): money committed for years, not refundable", hints: ["savings", "reserved"], pattern: String.raw`\b(?:create_savings_plan|CreateSavingsPlan|createSavingsPlan|create-savings-plan|purchase_reserved_\w+|PurchaseReserved\w+|purchaseReserved\w+|purchase-reserved-\w+)\b` },
  { id: "bank-transfer-call", category: "money-movement", weight: REVIEW_WEIGHT, description: "sends a bank payment or transfer through a banking API (block in a loop)", hints: ["payment", "transfer", "payout", "wire", "batch-groups", "batch-payments"], pattern: String.raw`\b\w*\.(?:send|initiate|create|submit|make)_?(?:faster_?|sepa_?|ach_?|wire_?|bank_?|instant_?)?(?:payment|transfer|payout|wire)s?${O}\(|\.post${O}\(${O}["'](?:transfers|payouts|payments|ach_transfers|wires)["']|^[ \t]*["'](?:transfers|payouts|payments|ach_transfers|wires)["']${O},|\/(?:batch-groups\/[^\s/]+\/transfers|batch-payments\/[^\s/]+\/payments|transfers\/[^\s/]+\/payments)\b`, refine: transferCall },
  { id: "prose-mass-charge", category: "money-movement", weight: BLOCK_WEIGHT, prose: true, description: "says it charges, bills or refunds many customers", hints: ["charg", "bill", "refund", "pay"], pattern: String.raw`\b(?:charge|charges|charging|bill|bills|billing|refund|refunds|refunding|re-charge|recharge|pay|pays|paying|payout|payouts|pay${S}out|pays${S}out|paying${S}out)${S}(?:\w+${S}){0,2}?(?:to${S})?(?:all|every|each)${S}(?:of${S})?(?:our${S}|the${S})?(?:[\w-]+${S}){0,2}?(?:customers?|users?|subscribers?|members?|accounts?|cards?|clients?|sellers?|creators?|vendors?|affiliates?|partners?|drivers?|contractors?|orders?|purchases?|transactions?|invoices?|subscriptions?|bookings?)\b|\bcharg(?:e|es|ing)${S}(?:the${S})?(?:saved|stored)${S}(?:credit${S})?cards?\b` },
  { id: "card-on-file-charged", category: "money-movement", weight: REVIEW_WEIGHT, prose: true, description: "takes payment from the card kept on file (block when it runs for many, or on its own schedule)", hints: ["on file"], pattern: String.raw`\b(?:cards?|payment${S}methods?|default${S}source)${S}(?:we${S}|that${S}we${S})?(?:already${S})?(?:have${S}|keep${S}|hold${S})?on${S}file\b`, refine: cardOnFileWeight },
  { id: "prose-money-paid-out", category: "money-movement", weight: REVIEW_WEIGHT, prose: true, description: "says money gets paid out, refunded or charged (block for every one of many, or straight away)", hints: ["paid out", "refunded", "charged", "credited", "debited", "wired", "disbursed"], pattern: String.raw`\b(?:gets|get|are|is|will${S}be|would${S}be|will${S}get)${S}(?:all${S}|then${S}|automatically${S})?(?:paid${S}out|refunded|charged|credited|debited|wired|disbursed)\b`, refine: paidOutWeight },
  { id: "prose-checkout-changed", category: "money-movement", weight: 28, prose: true, description: "replaces or reworks the card form, checkout or payment flow customers pay through", hints: ["card", "payment", "checkout", "billing", "pricing", "paywall"], pattern: String.raw`\b(?:replace|replaces|replacing|swap|swaps|swapping|rework|reworks|reworking|rebuild|rebuilds|rebuilding|switch|switches|switching|migrate|migrates|migrating)${S}(?:the${S}|our${S})?(?:old${S}|existing${S}|current${S}|legacy${S})?(?:[\w-]+${S})?(?:card|payment|checkout|billing)${S}(?:form|flow|page|element|step|widget|integration|provider|processor)s?\b|\b(?:move|moves|moving|migrate|migrates|migrating|switch|switches|switching|port|ports|porting)${S}(?:the${S}|our${S})?(?:checkout|payments?|billing)${S}(?:flow${S}|page${S})?(?:from|off|over${S}to)\b|\b(?:turn${S}on|turns${S}on|enable|enables|roll${S}out|rolls${S}out|launch|launches)${S}(?:the${S})?new${S}(?:[\w-]+${S}){0,2}?(?:pricing|checkout|paywall|billing)${S}(?:page|flow|tiers?)?\b` },
  { id: "prose-failed-payments-handled", category: "money-movement", weight: 28, prose: true, description: "changes how failed or declined payments are retried, chased or downgraded", hints: ["failed", "declined", "dunning"], pattern: String.raw`\b(?:change|changes|changing|rework|reworks|adjust|adjusts|new|update|updates)${S}(?:the${S}|our${S})?dunning\b|\b(?:change|changes|changing|rework|reworks|adjust|adjusts|new|chase|chases|chasing|retry|retries|retrying)${S}(?:how${S}we${S}(?:chase|handle|retry)${S})?(?:the${S}|our${S})?(?:[\w-]+${S})?(?:failed|declined)${S}(?:subscription${S}|card${S}|recurring${S})?(?:payments?|charges?|cards?|renewals?)\b` },
  { id: "prose-balances-swept", category: "money-movement", weight: BLOCK_WEIGHT, prose: true, description: "says customers' balances or funds move into the company's own account or a ledger, or debits are posted to their accounts", hints: ["balance", "funds", "money", "debit"], pattern: String.raw`\b(?:move|moves|moving|sweep|sweeps|sweeping|transfer|transfers|transferring|take|takes|taking)${S}(?:the${S}|their${S})?(?:remaining${S}|leftover${S}|unclaimed${S}|dormant${S}|idle${S}|inactive${S})?(?:balances?|funds|money)${S}(?:over${S})?(?:from${S}[^.\n]{0,50}?)?(?:into|to)${S}(?:the${S}|our${S})?(?:(?:company|operating|house|corporate|business|own)\b|[\w-]+${S}ledger\b|gl\b|general${S}ledger\b)|\bpost(?:s|ing)?${S}(?:a${S})?debit${S}to${S}(?:the${S}|each${S})?(?:customer|member|user|client)(?:'s)?${S}accounts?\b` },
  { id: "prose-credit-to-each", category: "money-movement", weight: BLOCK_WEIGHT, prose: true, description: "says it posts a credit, refund or bonus to each of many accounts", hints: ["credit", "refund", "bonus", "rebate"], pattern: String.raw`\b(?:post|posts|posting|issue|issues|issuing|give|gives|giving|send|sends|sending|apply|applies|applying|add|adds|adding|deposit|deposits|depositing)${S}(?:a${S}|an${S})?(?:\$?\d+(?:\.\d+)?${S}(?:dollars?|usd|euros?|eur|pounds?|gbp)?${S}?)?(?:goodwill${S}|one-off${S}|account${S})?(?:credits?|refunds?|bonus(?:es)?|rebates?)${S}(?:to|into|on)${S}(?:each|every|all)\b` },
  { id: "prose-transfer-started", category: "money-movement", weight: REVIEW_WEIGHT, prose: true, description: "says it starts a transfer or payment from someone's linked account (block on its own schedule, with no confirmation)", hints: ["transfer", "payment", "withdrawal", "deposit"], pattern: String.raw`\b(?:initiate|initiates|initiating|make|makes|making|start|starts|starting|trigger|triggers|triggering|send|sends|sending|schedule|schedules|scheduling)${S}(?:a${S}|the${S}|an${S})?(?:[\w-]+${S}){0,3}?(?:transfers?|payments?|withdrawals?|deposits?|ach${S}debits?)${S}(?:of${S}[^.\n]{0,60}?)?from${S}(?:their|the${S}user's|the${S}customer's|each${S}user's|our|a)${S}(?:linked${S})?(?:[\w-]+${S})?(?:account|bank|card|wallet)s?\b`, refine: (site) => (/\b(?:nightly|daily|every\s+(?:night|day|week)|automatically|cron|without\s+(?:a\s+|any\s+)?(?:confirmation|approval|asking))\b/i.test(around(site, 400, 400)) ? BLOCK_WEIGHT : REVIEW_WEIGHT) },
  { id: "prose-over-own-limit", category: "money-movement", weight: 30, prose: true, description: "says a refund, credit or plan change goes above the agent's own limit or needs a supervisor's approval", hints: ["limit", "supervisor", "manager", "finance"], pattern: String.raw`\b(?:above|over|exceeds?|exceeding|beyond)${S}(?:my|the${S}agent's|our|its)${S}(?:[\w$-]+${S}){0,3}?(?:limits?|thresholds?|caps?)\b|\bneeds?${S}(?:a${S})?(?:supervisor|manager|finance)(?:'s)?${S}(?:approval|sign-?off)\b|\bneeds?${S}a${S}supervisor\b`, refine: (site) => (/\b(?:refunds?|credits?|charges?|payments?|plans?|prorat\w*|\$\s?\d|\d+\s*(?:usd|eur|gbp|dollars?))\b/i.test(around(site, 400, 200)) ? 30 : null) },
  { id: "idempotency-key-renewed", category: "money-movement", weight: REVIEW_WEIGHT, prose: true, description: "replays payments, or gives each attempt a new idempotency key (block: what went through already is charged again)", hints: ["idempotency", "replay"], pattern: String.raw`\b(?:new|fresh|different|unique)${S}idempotency${S}keys?${S}(?:for${S}each|per|on${S}each|every)\b|\breplay(?:s|ed|ing)?${S}(?:them${S}all|all${S}(?:the${S})?|the${S})?(?:[\w-]+${S}){0,2}?(?:captures?|charges?|payments?|payouts?|refunds?|transfers?)\b|\breplay_(?:captures|charges|payments|payouts)\b`, refine: (site) => (/\b(?:new|fresh|different|unique)\s+idempotency\s+keys?\b/i.test(around(site, 600, 600)) ? BLOCK_WEIGHT : REVIEW_WEIGHT) },
  { id: "prose-payroll-run", category: "money-movement", weight: REVIEW_WEIGHT, prose: true, description: "says it runs, re-runs or submits a payroll (block for all of a client's employees or thousands of them)", hints: ["payroll"], pattern: String.raw`\b(?:re-?run|re-?runs|re-?running|run|runs|running|submit|submits|submitting|process|processes|processing)${S}(?:last${S}month's${S}|this${S}month's${S}|the${S}|a${S}|an${S})?(?:off-cycle${S}|corrected${S})?payroll\b(?!${S}(?:reports?|summar(?:y|ies)|exports?|dashboards?|previews?|calendars?|totals?))`, refine: (site) => (MANY_OR_COUNTED.test(around(site, 0, 200)) ? BLOCK_WEIGHT : REVIEW_WEIGHT) },
  { id: "prose-rates-loaded", category: "money-movement", weight: 30, prose: true, description: "says it loads or applies new rates, tariffs or fees into a billing system", hints: ["load the new", "loads the new", "loading the new", "apply the new", "applies the new", "applying the new", "push the new", "pushes the new", "import the new", "imports the new", "enter the new", "enters the new", "load new", "loads new", "loading new", "apply new", "applies new", "applying new", "push new", "pushes new", "import new", "imports new", "enter new", "enters new"], pattern: String.raw`\b(?:load|loads|loading|apply|applies|applying|push|pushes|import|imports|enter|enters)${S}(?:the${S})?new${S}(?:[\w-]+${S}){0,3}?(?:rates?|rate${S}tiers|tariffs?|prices?|pricing|fees?)\b[^.\n]{0,60}?\b(?:billing|invoic\w*)` },
  { id: "store-price-migrated", category: "money-movement", weight: BLOCK_WEIGHT, description: "moves existing subscribers of an app store onto a new price (Play's migratePrices, App Store prices that do not preserve the current one)", hints: ["preservecurrentprice", "migrateprices", "batchmigrateprices"], pattern: String.raw`\bpreserveCurrentPrice${O}:${O}false\b|\b(?:batch)?[mM]igratePrices\b` },
  { id: "store-purchase-acknowledged", category: "money-movement", weight: 28, description: "acknowledges or consumes app-store purchases on the server (unacknowledged ones are refunded)", hints: ["acknowledge", "consume"], pattern: String.raw`\bpurchases\.(?:subscriptions|products)\.(?:acknowledge|consume)\b` },
  { id: "prose-mass-payout", category: "money-movement", weight: BLOCK_WEIGHT, prose: true, description: "says it sends money, balances or earnings out to many accounts at once", hints: ["to all", "to every", "to each", "of all", "of every", "of each", "for all", "for every", "for each"], pattern: String.raw`\b(?:transfer|transfers|transferring|send|sends|sending|wire|wires|wiring|disburse|disburses|disbursing|release|releases|releasing|pay${S}out|pays${S}out|paying${S}out)${S}(?:the${S}|their${S})?(?:full${S}|whole${S}|entire${S}|available${S}|pending${S})?(?:funds|money|balances?|payouts?|earnings|payments)${S}(?:[\w-]+${S}){0,3}?(?:to|of|for)${S}(?:all|every|each)${S}(?:of${S})?(?:our${S}|the${S})?(?:[\w-]+${S}){0,2}?(?:customers?|users?|accounts?|sellers?|creators?|vendors?|affiliates?|partners?|drivers?|contractors?|members?|payees?|recipients?|hosts?|merchants?)\b` },
  { id: "prose-payments-resubmitted", category: "money-movement", weight: BLOCK_WEIGHT, prose: true, description: "says it submits a payroll or a payment file again (each payment in it may go out twice)", hints: ["submit", "send", "run", "process", "reopen"], pattern: String.raw`\b(?:re-?submit|re-?send|re-?run|re-?process|re-?open)(?:s|ted|ting|ed|ing)?${S}(?:the${S}|this${S}|that${S}|our${S})?(?:same${S}|processed${S}|approved${S}|whole${S}|last${S}|monday's${S}|[\w-]+${S})?(?:payroll|payments?${S}(?:file|batch|run)|ach${S}file|nacha${S}file|bank${S}file|refund${S}(?:file|batch)|disbursements?|payout${S}(?:file|batch|run))\b(?![ \t-]+(?:reports?|exports?|summar(?:y|ies)|previews?|dashboards?|quer(?:y|ies)|checks?|tests?)\b)|\b(?:re-?submit|re-?send)(?:s|ted|ting)?${S}(?:the${S})?same${S}file${S}to${S}the${S}bank` },
  { id: "prose-batch-payout", category: "money-movement", weight: BLOCK_WEIGHT, prose: true, description: "sends money to a counted batch of people at once (\"212 recipients\")", hints: ["recipients", "payees", "contractors", "creators", "sellers", "vendors", "affiliates", "freelancers", "merchants", "drivers", "hosts"], pattern: String.raw`\b\d[\d,.]*k?${S}(?:recipients|payees|contractors|creators|sellers|vendors|affiliates|freelancers|merchants|drivers|hosts)\b`, refine: paidToMany },
  { id: "prose-rate-revision", category: "money-movement", weight: REVIEW_WEIGHT, prose: true, description: "revises the rates, premiums or tariffs quotes and renewals are priced from", hints: ["rate revision", "rate filing", "premium", "tariff"], pattern: String.raw`\brate${S}(?:revision|filing)s?\b|\b(?:premium|tariff)${S}(?:increase|revision|change|rise)s?\b` },
  { id: "prose-price-change", category: "money-movement", weight: 48, prose: true, description: "changes the prices existing customers pay", hints: ["price", "pricing", "raise", "increas"], pattern: String.raw`\b(?:increase|increases|increasing|raise|raises|raising|change|changes|changing|double|doubles|triple|triples|hike|hikes|update|updates)${S}(?:the${S}|our${S}|all${S})?(?:subscription${S}|plan${S}|monthly${S}|annual${S}|yearly${S})?(?:prices?|pricing)${S}(?:(?:of|on)${S}(?:the${S})?(?:[\w-]+${S}){0,3}?)?(?:for|of|on)${S}(?:all|every|existing)\b|\b(?:raise|raises|raising|increase|increases|increasing)${S}(?:[\w'-]+${S}){0,4}?by${S}\d+(?:${O}(?:to|\S{1,3}?)${O}\d+)?${O}%|\b(?:apply|applies|applying|move|moves|moving|migrate|migrates|migrating|switch|switches|switching|extend|extends|extending)${S}(?:the${S})?new${S}(?:pricing|prices?|price${S}list)${S}to${S}(?:all${S})?(?:our${S})?(?:existing|current)${S}(?:members|customers|subscribers|users|accounts|clients|plans|subscriptions)\b`, refine: aboutPrices },
  { id: "prose-new-price", category: "money-movement", weight: 30, prose: true, description: "creates a new price (what new customers are charged)", hints: ["pric"], pattern: String.raw`\b(?:create|creates|creating|add|adds|adding|introduce|introduces|introducing)${S}(?:a${S})?new${S}(?:stripe${S}|paddle${S}|monthly${S}|annual${S}|yearly${S})?(?:price|pricing${S}tier|plan${S}price|price${S}point)${S}(?:\x60[^\x60\n]{1,40}\x60${S})?(?:of${S}|at${S})?(?:\$${O})?\d|\b(?:create|creates|creating|add|adds|adding|introduce|introduces|introducing)${S}(?:a${S})?new${S}(?:["'\x60][^"'\x60\n]{1,30}["'\x60]${S})?(?:price${S}tier|pricing${S}tier|paid${S}tier|plan${S}tier)\b|\bnew${S}(?:monthly${S}|annual${S}|yearly${S})?prices${S}(?:[\w-]+${S}){0,8}?(?:created|set${S}up|added)${S}in${S}(?:the${S}|our${S})?(?:billing${S}provider|payment${S}provider|stripe|paddle|chargebee|recurly)\b` },
  { id: "prose-charged-amount-changed", category: "money-movement", weight: REVIEW_WEIGHT, prose: true, description: "says it changes the amount people are charged or paid (a fare, a bill, a payout computed anew)", hints: ["authoris", "authoriz", "charge", "bill", "pay", "paid", "invoice", "the amount", "fare", "price", "fee"], pattern: String.raw`\b(?:change|changes|changing|alter|alters|altering|affect|affects|affecting)${S}(?:the${S}amounts?|what|how${S}much)${S}(?:(?:that|which)${S})?(?:(?:we|customers|riders|drivers|users|people|they|you|members|subscribers|players)${S})?(?:(?:are|is|get|gets|will${S}be)${S})?(?:\w+${S}and${S})?(?:authori[sz]e|charge|charged|bill|billed|pay|paid|invoice|invoiced)\b|\b(?:change|changes|changing|alter|alters|altering)${S}the${S}amounts?${S}(?:that|which)${S}(?:will${S}be|is|are)${S}(?:set${S}up|debited|collected|taken)\b|\b(?:change|changes|changing|switch|switches|switching|rework|reworks|reworking)${S}how${S}(?:the${S})?(?:[\w-]+${S})?(?:invoices?|invoice${S}lines|fares?|bills?|charges|payouts?|prices|fees)${S}(?:are${S}|get${S})?(?:rounded|calculated|computed|prorated|billed)\b` },
  { id: "prose-price-move", category: "money-movement", weight: REVIEW_WEIGHT, prose: true, statement: true, description: "moves a plan's price from one amount to another (block when existing customers pay it)", hints: ["from $"], pattern: String.raw`\b(?:plan|price|pricing|subscription|tier|pro|premium|plus|basic|starter|team|business|enterprise)${S}(?:[\w-]+${S}){0,2}?(?:goes|go|moves|rises|jumps|changes)${S}from${S}\$${O}\d[\d.,]*(?:${O}\/${O}\w+)?${S}to${S}\$${O}\d|\b(?:raise|raises|raising|increase|increases|increasing|lower|lowers|lowering|cut|cuts|cutting|change|changes|changing|move|moves|moving|bump|bumps|bumping|reprice|reprices|repricing|take|takes|taking|update|updates|updating)${S}(?:the${S}|our${S})?(?:[\w-]+${S}){0,3}?from${S}\$${O}\d[\d.,]*(?:${O}\/${O}\w+)?${S}to${S}\$${O}\d`, refine: priceMove },
  // security-weakening
  { id: "tls-verify-off", category: "security-weakening", weight: BLOCK_WEIGHT, description: "turns off TLS certificate verification", hints: ["rejectunauthorized", "verify", "node_tls", "insecureskipverify", "cert_none", "check_hostname", "strictssl", "curl", "verification", "validation", "check", "strict-ssl", "sslverify", "ssl_verify", "verifypeer", "verifyhost", "pythonhttpsverify", "unverified_context", "trustall", "validationcallback", "dangerousacceptany", "insecure", "checkpeer", "cert", "ignor"], pattern: String.raw`\b(?:ssl_?verify|verify_?ssl|verify_?certs?|sslVerify|tls_?verify|verify_?tls)['"]?${O}[:=]${O}['"]?(?:false|False|0|no|off)\b|\bgit${S}config\b[^\n]{0,40}\bhttp\.sslVerify${S}(?:false|0)\b|\b(?:npm|yarn|pnpm)${S}config${S}set${S}strict-ssl${S}false\b|\bCURLOPT_SSL_VERIFY(?:PEER|HOST)['"]?${O}(?:=>|,|=)${O}(?:false|0)\b|\bPYTHONHTTPSVERIFY${O}=${O}['"]?0\b|\bssl\._create_unverified_context\b|\bTrustAll\w*|\bServerCertificate(?:Custom)?ValidationCallback${O}=(?!=)|\bDangerousAcceptAnyServerCertificateValidator\b|\binsecure${O}:${O}true\b[^\n]{0,40}\b(?:tls|ssl)\b|\b(?:tls|ssl)\w*${O}:${O}\{[^}\n]{0,40}\binsecure${O}:${O}true\b|\brejectUnauthorized${O}:${O}false\b|\bverify${O}=${O}False\b|\bNODE_TLS_REJECT_UNAUTHORIZED${O}=${O}['"]?0\b|\bInsecureSkipVerify${O}:${O}true\b|\bCERT_NONE\b|\bcheck_hostname${O}=${O}False\b|\bstrictSSL${O}:${O}false\b|\bcurl${S}(?:[^\n|]{0,80}${S})?(?:-k|--insecure)\b|\b(?:disable|disables|disabling|turn${S}off|turns${S}off|skip|skips|skipping|bypass|bypasses|bypassing)${S}(?:the${S})?(?:TLS|SSL|certificate|cert)${S}(?:verification|validation|checks?)\b|\b(?:proxy_ssl_verify|ssl_verify_peer|ssl_verify_host|SSLProxyVerify)${S}(?:off|none)\b|\bSSLProxyCheckPeer(?:Name|CN|Expire)${S}off\b|\b(?:insecure_?skip_?verify|tls_?skip_?verify|skip_?tls_?verify|tls_?insecure|allow_?insecure|insecure_?ssl|ssl_?insecure)['"]?${O}[:=]${O}['"]?(?:true|1|yes)\b|--insecure-skip-tls-verify\b(?!=false)|--no-check-certificate\b|\bGIT_SSL_NO_VERIFY${O}=${O}['"]?(?:true|1)\b|\bVERIFY_NONE\b|\bNoopHostnameVerifier\b|\bALLOW_ALL_HOSTNAME_VERIFIER\b|\bcheckServerTrusted${O}\([^)\n]*\)${O}(?:throws${S}[\w.]+${O})?\{${O}\}|\b(?:accept|accepts|accepting|trust|trusts|trusting)${S}(?:all|any|every)${S}(?:(?:ssl|tls|server|self-signed|invalid|untrusted)${S})?(?:certificates?|certs)\b|\bignor(?:e|es|ed|ing)${S}(?:all${S}|any${S}|the${S})?(?:ssl|tls|certificate|cert|https)${S}(?:errors?|warnings?|verification|validation|checks?)\b`, refine: acceptsAnyCertificate },
  { id: "user-impersonation", category: "security-weakening", weight: REVIEW_WEIGHT, description: "lets staff act as another user (an impersonation endpoint or session)", hints: ["impersonat", "in as any", "in as another"], pattern: String.raw`\bimpersonat(?:e|es|ed|ing|ion)\w*${O}[(=:]|["'\x60/][\w/:-]*\bimpersonat\w*|\b(?:log|sign)${S}in${S}as${S}(?:any|another)${S}(?:users?|customers?|sellers?|accounts?|members?)\b` },
  { id: "identity-from-request", category: "security-weakening", weight: 52, description: "sets the request's user from a header or query value the caller sends, unchecked: anyone can say who they are", hints: [".user"], pattern: String.raw`\.user${O}=(?!=)`, refine: callerAssertedUser },
  { id: "unverified-token-user", category: "security-weakening", weight: 52, description: "takes the user from a token decoded without checking its signature (jsonwebtoken's decode, jwt-decode): a forged token is anyone", hints: ["jwt.decode", "jwtdecode", "decodejwt"], pattern: String.raw`\bjwt\.decode${O}\(${O}\w+${O}(?:,${O}\{[^}\n]*\}${O})?\)|\bjwtDecode${O}\(|\bdecodeJwt${O}\(`, refine: decodedIntoUser },
  { id: "prose-sign-in-added", category: "security-weakening", weight: 28, prose: true, description: "says it adds a way to sign in (single sign-on, OAuth, magic links): who gets in, and as whom, changes", hints: ["saml", "oidc", "oauth", "openid", "single sign-on", "sso", "social login", "passwordless", "magic link", "x-api-key", "api key", "api-key", "basic auth", "static ", "path", "method", "mechanism"], pattern: String.raw`\b(?:add|adds|adding|introduce|introduces|introducing|enable|enables|enabling|implement|implements|implementing)${S}(?:[\w.-]+${S}){0,2}?(?:saml|oidc|oauth2?|openid|single${S}sign-on|sso|social${S}login|passwordless|magic${S}links?|x-api-key|api[- ]key${S}(?:auth\w*|login|access|path)|basic${S}auth\w*|static${S}(?:bearer${S})?tokens?|(?:authentication|auth|login|sign-in)${S}(?:paths?|methods?|mechanisms?))\b` },
  { id: "prose-sign-in-replaced", category: "security-weakening", weight: 28, prose: true, description: "says it replaces how people sign in or how sessions are checked", hints: ["login", "log-in", "sign-in", "signin", "sign-on", "authentication", "session middleware", "auth middleware", "password login", "replac", "password"], pattern: String.raw`\breplac(?:e|es|ed|ing)${S}\x60?\w*(?:session|auth|login|token|jwt|password)\w*\x60?${S}with\b|\b(?:retir|remov|drop)\w*${S}(?:the${S})?(?:local${S})?password${S}(?:path|login|sign-in|flow|route)s?\b|\b(?:replac(?:e|es|ed|ing)|swap(?:s|ped|ping)?|switch(?:es|ed|ing)?|mov(?:e|es|ed|ing)|migrat(?:e|es|ed|ing))${S}(?:the${S}|our${S})?(?:[\w'/-]+${S}){0,4}?(?:login|log-in|sign-in|signin|sign-on|authentication|session${S}middleware|auth${S}middleware)\b` },
  { id: "auth-guard-commented-out", category: "security-weakening", weight: 52, statement: true, description: "comments out a route with its authentication middleware and defines it again without, or a guard mounted on every route, or a handler's login decorator", hints: ["//", "#"], pattern: String.raw`^[ \t]*(?:\/\/|#)[ \t]*(?:(?:previously|formerly|was|before|old)${O}:?${O})?(?:router|routes|app|api|server|\w+Router)\.(?:get|post|put|patch|delete|all|use)${O}\(${O}["'\x60][^"'\x60\n]+["'\x60]${O},${O}(?:require\w*|ensure\w*|authenticate\w*|auth\w*|isAuthenticated|verifyToken|checkJwt|passport\.authenticate)\b|^[ \t]*\/\/[ \t]*(?:router|app|api|server)\.use${O}\(${O}(?:require\w*|ensure\w*|authenticate\w*|auth\w*|isAuthenticated|verifyToken|checkJwt|passport\.authenticate)\b|^[ \t]*#[ \t]*@(?:login_required|permission_required|jwt_required|requires_auth|require_\w+|auth\w*_required)\b`, refine: guardDropped },
  { id: "auth-flow-changed", category: "security-weakening", weight: 28, description: "changes how people sign in or how requests are authenticated (sign-in providers, issued tokens, the authentication middleware); block when routes are mounted before the middleware", hints: ["nextauth", "passport.use", "provider(", "app.use(", "jwt.", "express-openid-connect", "passport-saml", "node-saml"], pattern: String.raw`\bNextAuth${O}\(|['"](?:express-openid-connect|passport-saml|@node-saml/passport-saml)['"]|\bjwt\.(?:encode|sign)${O}\(|\bpassport\.use${O}\(|\b(?:Okta|Auth0|Cognito|Keycloak|AzureAD|AzureADB2C|Google|GitHub|Credentials|Email|Saml|Oidc)Provider${O}\(|\bapp\.use${O}\(${O}(?:\w+\.)?(?:\w*(?:auth|login|jwt)\w*|requireSession|requireUser|verifyToken)\b`, refine: authMountedAfterRoutes },
  { id: "route-opened", category: "security-weakening", weight: 52, description: "lets anyone call an API route without signing in (Spring's permitAll, AllowAnonymous); health checks and sign-in pages are routine", hints: ["permitall", "allowanonymous"], pattern: String.raw`\.(?:requestMatchers|antMatchers|mvcMatchers|regexMatchers)${O}\([^)\n]*\)${O}\.permitAll${O}\(|\[AllowAnonymous\]|@AllowAnonymous\b|@PermitAll\b`, refine: openedRoute },
  { id: "check-fails-open", category: "security-weakening", weight: 52, description: "lets a failed security or compliance check pass (a timeout or an error answers \"not sanctioned\", \"allowed\")", hints: ["sanctioned", "is_sanctioned", "blocked", "fraud", "flagged", "allowed", "approved", "passed", "authorized", "authorised", "fail open", "fails open", "fail-open"], pattern: String.raw`\breturn${S}[^\n]*?\b(?:sanctioned|is_sanctioned|blocked|is_blocked|is_fraud|fraud|flagged|denied)${O}[=:]${O}(?:False|false)\b|\breturn${S}[^\n]*?\b(?:allowed|approved|passed|authorized|authorised|is_allowed)${O}[=:]${O}(?:True|true)\b|\bfail(?:s|ing)?[- ]open\b`, refine: passesOnFailure },
  { id: "auth-check-removed", category: "security-weakening", weight: 50, description: "removes or bypasses an authentication, permission or CSRF check", hints: ["check", "middleware", "guard", "verification", "validation", "requirement", "protection", "csrf", "ignoreexpiration", "algorithms", "limiter", "throttl", "lockout", "captcha", "brute", "stop", "no longer", "alg", "use(", "verify_signature"], pattern: String.raw`\b(?:remove|removes|removing|disable|disables|disabling|bypass|bypasses|bypassing|skip|skips|skipping|drop|drops|dropping|comment${S}out|comments${S}out|commenting${S}out|turn${S}off|turns${S}off)${S}(?:the${S}|all${S}|any${S}|our${S})?(?:[\w-]+${S})?(?:auth|authentication|authorization|permission|permissions|access[- ]control|admin|role|csrf|CSRF|rate[- ]limit(?:ing)?|2fa|mfa|MFA|2FA|signature|webhook${S}signature)${S}(?:checks?|middleware|guards?|verification|validation|requirements?|protection)\b|\bcsrf${O}:${O}false\b|\bignoreExpiration${O}:${O}true\b|\balgorithms${O}:${O}\[${O}['"]none['"]|['"]verify_signature['"]${O}:${O}False\b|\b(?:remove|removes|removing|disable|disables|disabling|bypass|bypasses|bypassing|skip|skips|skipping|drop|drops|dropping|turn${S}off|turns${S}off|turning${S}off|switch${S}off|rip${S}out|take${S}out|get${S}rid${S}of)${S}(?:the${S}|all${S}|any${S}|our${S})?(?:[\w/-]+${S}){0,2}?(?:rate${S}limiters?|rate-limiters?|throttl(?:e|es|ing)|(?:account${S}|login${S})?lockouts?|captchas?|recaptcha|brute[- ]force${S}protection)\b|\b(?:comment|comments|commenting)${S}out${S}\x60?(?:app|router|server|api)\.use${O}\(${O}\w*(?:auth|login|jwt|session|permission|role|admin|csrf)\w*|\b(?:stop|stops|stopped|stopping|no${S}longer)${S}(?:checking|verifying|validating|enforcing|requiring)${S}(?:the${S}|any${S}|our${S})?(?:[\w-]+${S}){0,2}?(?:signatures?|hmacs?|tokens?|auth\w*|permissions?|csrf|origins?|mfa|2fa|roles?|scopes?|certificates?|passwords?|api${S}keys?|sessions?)\b|\b(?:accept|accepts|accepting|allow|allows|allowing|permit|permits|permitting|support|supports|supporting)${S}(?:the${S})?(?:tokens?${S}(?:with|signed${S}with)${S})?(?:['"\x60]?none['"\x60]?${S}(?:alg|algorithm)|alg${S}['"\x60]?none)\b` },
  { id: "https-forcing-off", category: "security-weakening", weight: 50, description: "stops forcing HTTPS (Rails' force_ssl, Django's SECURE_SSL_REDIRECT): sessions travel in clear text", hints: ["force_ssl", "secure_ssl_redirect"], pattern: String.raw`\bconfig\.force_ssl${O}=${O}false\b|\bSECURE_SSL_REDIRECT${O}=${O}False\b` },
  { id: "cors-wildcard", category: "security-weakening", weight: 15, description: "allows any origin, or echoes the request's (blocks together with credentials)", hints: ["origin"], pattern: String.raw`\borigin${O}:${O}(?:['"\x60]\*['"\x60]|true\b|req(?:uest)?\.headers?\.origin\b|\([^\n]{0,160}?\)${O}=>${O}(?:callback|cb|done|next)${O}\(${O}null${O},${O}(?:true\b|origin\b))|\bCORS_(?:ORIGIN_)?ALLOW_ALL(?:_ORIGINS)?${O}=${O}True\b|\b(?:allow_origins|allowed_origins|origins|allowedOrigins|AllowedOrigins|AllowOrigins)['"]?${O}(?:=|:|\()${O}(?:\[\]string\{|\[|\{|array\()?${O}['"]\*['"]|\borigins${S}['"]\*['"]|\bAllowAllOrigins${O}[:=]${O}true\b|\ballowedOrigin(?:Pattern)?s${O}\(${O}"\*"|@CrossOrigin${O}\((?:${O}origins${O}=)?${O}\{?${O}"\*"|\bCSRF_TRUSTED_ORIGINS${O}=${O}\[${O}['"]https?:\/\/\*['"]|\$http_origin\b|\ballow_origin_regex${O}=${O}['"]\.\*['"]|\borigin${O}:${O}\/\.\*\/|Access-Control-Allow-Origin['"]?\]?(?:${O}[,:=]${O}|${S})(?:['"]?\*(?![\w*])|req(?:uest)?\.(?:headers?\.origin\b|headers?\[['"]origin|get\(${O}['"]origin)|request\.headers\.get\(${O}['"]origin)`, refine: corsCredentials },
  { id: "cors-credentials", category: "security-weakening", weight: 28, description: "lets other sites call with the user's cookies (credentialed CORS): which origins may is for a reviewer to check", hints: ["credentials", "allow_credentials"], pattern: String.raw`\bcredentials${O}:${O}true\b|\bAccess-Control-Allow-Credentials['"]?\]?(?:${O}[,:=]${O}|${S})['"]?true\b|\b(?:CORS_)?ALLOW_CREDENTIALS${O}=${O}True\b|\ballow_?credentials['"]?${O}[:=]${O}['"]?(?:true|True)\b|\bAllowCredentials${O}(?:=|:|\()${O}true\b|\.allowCredentials${O}\(${O}true\b`, refine: corsConfigured },
  { id: "secret-logged", category: "security-weakening", weight: 48, description: "writes a secret to the logs", hints: ["console.", "print", "logger.", "logging.", "log."], pattern: String.raw`(?:\bconsole\.(?:log|info|debug|warn|error)|\bprint|\blogger\.\w+|\blogging\.\w+|\blog\.(?:info|debug|warn|error|Printf|Println|Print)|\bslog\.(?:Info|Debug|Warn|Error)(?:Context)?)${O}\(`, refine: loggedSecret },
  { id: "ci-secret-printed", category: "security-weakening", weight: 48, description: "prints a CI secret into the job's log (block when encoded past the log's masking)", hints: ["echo", "printf"], pattern: String.raw`\b(?:echo|printf)\b[^\n]{0,160}?\$\{\{${O}secrets\.\w+${O}\}\}|\b(?:echo|printf)\b[^\n]{0,160}?\$\{?[A-Za-z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|API_KEY|PRIVATE_KEY)[A-Za-z0-9_]*\b`, refine: printedSecret },
  { id: "ci-secrets-dumped", category: "security-weakening", weight: BLOCK_WEIGHT, description: "dumps every CI secret at once (toJSON(secrets), the whole environment) into a log, file or artifact", hints: ["tojson", "env |", "env|", "env >", "env>", "env  ", "env\t"], pattern: String.raw`\btoJSON${O}\(${O}secrets${O}\)|(?:^|[\s;&|(])(?:env|printenv)${O}(?:\|${O}sort${O})?(?:>|\|${O}tee\b)` },
  { id: "record-logged", category: "personal-data", weight: REVIEW_WEIGHT, description: "logs a whole record (a model dumped into a log call): every field of a person or a claim reaches the logs", hints: ["model_dump", "to_dict", "asdict", ".dict()", "__dict__", "tojson()"], pattern: String.raw`\b(?:model_dump|to_dict|asdict|dict|toJSON)${O}\(${O}\)|\b__dict__\b|\basdict${O}\(`, refine: insideLogCall },
  { id: "request-bodies-logged", category: "security-weakening", weight: REVIEW_WEIGHT, description: "logs whole request bodies (block on sign-in or payment routes: passwords and card numbers)", hints: ["body", "bodies", "payload", "$request_body", "$http_authorization", "morgan.token"], pattern: String.raw`\blog[-_]format\S*[^\n]{0,300}?\$(?:request_body|http_authorization)\b|\b(?:log_?body|log_?request_?bod(?:y|ies)|log_?bodies|log_?payloads?|logRequestBody|logBody)['"]?${O}[:=]${O}['"]?true\b|\bmorgan\.token${O}\(${O}['"]\w+['"]${O},[^\n]{0,80}?\breq\.body\b`, refine: loggedBodies },
  { id: "request-body-logged", category: "security-weakening", weight: REVIEW_WEIGHT, description: "hands a request's body to a logger, as a field of its record or an argument of its message (block when it holds health, identity, bank or sign-in data)", hints: ["body", "payload"], pattern: String.raw`\b\w+['"]?${O}:${O}(?:req|request|ctx\.request)\.(?:raw\.)?body\b(?!${O}[.\[?])|['"]\w*(?:body|payload)['"]${O}:${O}[A-Za-z_]\w*\b|\b(?:log|logger|logging)\.(?:info|debug|warning|warn|error|exception)${O}\([^\n]*?,${O}(?:body|payload)(?=${O}\)|\.decode\b)`, refine: bodyInLog },
  { id: "prose-bodies-logged", category: "personal-data", weight: REVIEW_WEIGHT, prose: true, description: "says it records requests or responses in full (block on routes that carry health, identity, bank or sign-in data)", hints: ["bod", "payload", "in full"], pattern: String.raw`\b(?:full|whole|entire|raw|complete)${S}(?:request|response)(?:${S}and${S}(?:request|response))?${S}(?:bod(?:y|ies)|payloads?)${S}logging\b|\b(?:log|logs|logged|logging|record|records|recorded|recording|captur(?:e|es|ed|ing)|ship(?:s|ped|ping)?|dump(?:s|ed|ing)?)${S}(?:the${S})?(?:full|whole|entire|complete|raw|every|all)${S}(?:[\w-]+${S}){0,2}?(?:requests?|responses?)(?:${S}and${S}(?:requests?|responses?))?(?:${S}(?:bod(?:y|ies)|payloads?)|${S}in${S}full)\b`, refine: bodiesRecorded },
  { id: "cipher-ecb", category: "security-weakening", weight: 50, description: "encrypts with ECB mode, which shows equal plaintexts as equal ciphertexts", hints: ["ecb"], pattern: String.raw`\bAES\/ECB\b|\bMODE_ECB\b|\baes-\d+-ecb\b|\bCipherMode\.ECB\b` },
  { id: "secret-hardcoded", category: "security-weakening", weight: 40, description: "writes a secret into the code", hints: ["password", "passwd", "secret", "apikey", "api_key", "authtoken", "auth_token", "accesstoken", "access_token", "privatekey", "private_key"], pattern: String.raw`\b(?:password|passwd|secret|api_?key|apiKey|secret_?key|secretKey|auth_?token|access_?token|private_?key)\w*['"]?${O}[:=]${O}['"][^'"\n]{8,}['"]`, refine: hardcodedSecret },
  { id: "secret-in-url", category: "security-weakening", weight: 40, description: "writes a password into a connection string", hints: ["://"], pattern: String.raw`\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@'"\x60]+:[^\s@/'"\x60]+@[^\s/:?'"\x60]+`, refine: inlinePassword },
  { id: "secret-committed", category: "security-weakening", weight: 48, description: "commits a secrets file or a live key", hints: ["git", "commit", "push", "check", "sk_live_", "rk_live_", "akia", "-----begin"], pattern: String.raw`\bgit${S}add${S}(?:-f${S})?[^\n]{0,40}\.env\b|\b(?:commit|commits|committing|push|pushes|check${S}in)${S}(?:the${S})?\.env\b|\b(?:sk|rk)_live_[0-9A-Za-z]{10,}|\bAKIA[0-9A-Z]{16}\b|-----BEGIN${S}(?:RSA${S}|EC${S}|OPENSSH${S})?PRIVATE${S}KEY-----` },
  { id: "iam-wildcard", category: "security-weakening", weight: 40, description: "grants every action of a service (or of all of them) in a cloud policy; block on every resource", hints: ['*"', "*'"], pattern: String.raw`\bActions?['"]?${O}[:=]${O}\[?${O}['"](?:\*|[\w-]+:\*)['"]`, refine: wildcardResource },
  { id: "permissions-widened", category: "security-weakening", weight: 40, description: "opens files, storage or access to everyone", hints: ["chmod", "grant", "acl", "principal", "permitrootlogin", "nopasswd", "0.0.0.0/0", "permissions", "blockpublicacls", "allusers", "allauthenticatedusers", "publicly_accessible", "publiclyaccessible"], pattern: String.raw`\bchmod${S}(?:-R${S})?(?:777|666|a\+w|o\+w)\b|\bGRANT${S}ALL\b|\bACL${O}['"]?${O}[:=]${O}['"]public-read(?:-write)?['"]|['"]Principal['"]${O}:${O}['"]\*['"]|\bPermitRootLogin${S}yes\b|\bNOPASSWD\b|\b0\.0\.0\.0\/0\b|\bpermissions${O}:${O}write-all\b|\bBlockPublicAcls['"]?${O}[:=]${O}false|\bGRANT\b[^\n;]{0,80}?\bTO${S}PUBLIC\b|\bgrant${S}public${S}(?:all|usage|select|read|write|access)\b|\bPrincipal['"]?${S}(?:to|as)${S}['"]\*['"]|\bPrincipal${O}=${O}['"]\*['"]|['"]all(?:Authenticated)?Users['"]|\ball(?:Authenticated)?Users:\w|\bpublicly_accessible${O}=${O}true\b|\bPubliclyAccessible['"]?${O}:${O}true\b`, refine: widenedWeight },
  { id: "admin-role-granted", category: "security-weakening", weight: BLOCK_WEIGHT, description: "grants an owner, editor or administrator role, or every action", hints: ["roles/owner", "roles/editor", "administratoraccess", "cluster-admin", "\"action\"", "'action'"], pattern: String.raw`\broles\/(?:owner|editor)\b|\bAdministratorAccess\b|\bcluster-admin\b|['"]Action['"]${O}:${O}['"]\*['"]` },
  { id: "prose-full-data-shown", category: "personal-data", weight: 30, prose: true, description: "shows people's data in full where it was masked (full phone or card numbers, addresses, dates of birth)", hints: ["the full", "show full", "display full", "reveal full", "expose full", "the complete", "the unmasked", "the whole", "the entire", "masking", "unmask"], pattern: String.raw`\b(?:show|shows|showing|display|displays|displaying|reveal|reveals|revealing|expose|exposes|exposing)${S}(?:the${S})?(?:full|complete|unmasked|whole|entire)${S}(?:[\w-]+${S})?(?:numbers?|phone${S}numbers?|card${S}numbers?|ssns?|social${S}security${S}numbers?|e-?mail${S}address(?:es)?|addresses|dates?${S}of${S}birth|account${S}numbers?|ibans?)\b|\b(?:stop|stops|stopping|no${S}longer)${S}masking\b|\bunmask(?:s|ed|ing)?${S}(?:the${S})?(?:[\w-]+${S})?(?:numbers?|phones?|cards?|emails?|addresses|fields|data|records|ssns?)\b` },
  { id: "prose-second-factor-dropped", category: "security-weakening", weight: BLOCK_WEIGHT, prose: true, description: "relaxes or drops a second factor (hardware keys, 2FA, MFA) or the lockout after failed sign-ins", hints: ["hardware key", "security key", "2fa", "mfa", "two-factor", "multi-factor", "passkey", "totp", "yubikey", "lockout", "second login", "second sign", "second authentication", "two-step"], pattern: String.raw`\bmake${S}(?:the${S})?(?:2fa|mfa|two-factor|multi-factor|totp)${S}(?:\w+${S})?optional\b|\b(?:remove|removes|removing|disable|disables|disabling|drop|drops|dropping|turn${S}off|turns${S}off)${S}(?:the${S})?(?:account${S})?lockouts?\b|\b(?:relax|relaxes|relaxing|drop|drops|dropping|remove|removes|removing|disable|disables|disabling|switch${S}off|switches${S}off|turn${S}off|turns${S}off|waive|waives|waiving|skip|skips|skipping|lift|lifts|lifting)${S}(?:the${S})?(?:[\w-]+${S}){0,2}?(?:(?:rule|requirement|policy|check)${S}that${S}[^.\n]{0,60}?)?(?:hardware${S}keys?|security${S}keys?|2fa|mfa|two-factor|multi-factor|passkeys?|totp|yubikeys?|second${S}(?:login|sign-in|sign${S}in|authentication)${S}(?:step|factor)|two-step${S}(?:login|verification))\b(?!${S}(?:banner|badge|prompt${S}copy|icon|tooltip))`, refine: unlessQuotedCopy(BLOCK_WEIGHT) },
  { id: "prose-origin-allowed", category: "security-weakening", weight: 30, prose: true, description: "adds an origin to the API's allowed origins (CORS), above all with credentials", hints: ["allowed origins", "cors"], pattern: String.raw`\b(?:allow|allows|allowing|add|adds|adding)${S}(?:the${S}|a${S})?cors${S}origins?${S}(?:for${S})?(?:https?:\/\/|\x60|["'])|\b(?:add|adds|adding|allow|allows|allowing|allowlist|allowlists|whitelist|whitelists|put|puts)${S}[^.\n]{0,80}?\bto${S}(?:the${S})?(?:list${S}of${S})?allowed${S}origins\b|\ballowed${S}origins\b[^.\n]{0,80}?\bcredentials\b`, refine: (site) => (/["'\x60]\*["'\x60]|\bany\s+origin|\ball\s+origins/i.test(around(site, 0, 80)) && /\bcredentials\b/i.test(around(site, 0, 120)) ? BLOCK_WEIGHT : 30) },
  { id: "prose-agent-admin-role", category: "self-modification", weight: BLOCK_WEIGHT, prose: true, description: "the agent asks for an admin or owner role for its own account", hints: ["admin", "owner", "administrator", "root", "superuser", "write access"], pattern: String.raw`\b(?:grant|grants|granting|give|gives|giving|assign|assigns|assigning|add|adds|adding)${S}(?:my|its|the${S}agent's|the${S}bot's)${S}(?:own${S})?(?:service${S}account|bot${S}account|account|identity|user|token)${S}(?:the${S}|an${S}|a${S})?(?:(?:[\w-]+${S})?(?:admin|owner|administrator|root|superuser)(?:${S}role)?\b|write${S}access${S}to${S}(?:the${S})?[\w-]*(?:review|rules|gate|policy|policies|guardrail|threshold)[\w-]*)` },
  { id: "prose-bucket-opened", category: "security-weakening", weight: REVIEW_WEIGHT, prose: true, description: "says a storage bucket is opened or set to public read (block when it holds people's or business records)", hints: ["bucket"], pattern: String.raw`\b(?:set|sets|setting|make|makes|making|flip|flips|switch|switches)${S}(?:the${S})?(?:[\w-]+${S}){0,2}?bucket${S}(?:to${S})?(?:public(?:${S}read|-read)?|world-readable|publicly${S}readable)\b|\bopen${S}(?:up${S})?the${S}(?:[\w-]+${S})?bucket\b`, refine: nearPersonalData },
  { id: "prose-session-lengthened", category: "security-weakening", weight: 30, prose: true, description: "says it lengthens a session, idle timeout or token lifetime (cut short, it signs people out: for a look too)", hints: ["session", "idle", "token", "cookie", "login", "link"], pattern: String.raw`\b(?:extend|extends|extending|lengthen|lengthens|lengthening)${S}(?:the${S})?(?:password${S})?(?:reset|sign-in|login|magic|invite|invitation|verification)${S}(?:links?|tokens?|codes?)${S}from\b|\b(?:extend|extends|extending|raise|raises|raising|increase|increases|increasing|lengthen|lengthens|lengthening|bump|bumps|bumping|cut|cuts|cutting|shorten|shortens|shortening|reduce|reduces|reducing)${S}(?:the${S})?(?:[\w-]+${S}){0,3}?(?:session|idle|token|cookie|login)${S}(?:[\w-]+${S})?(?:timeouts?|lifetimes?|expiry|expiration|ttl|length)\b` },
  { id: "prose-auth-dropped", category: "security-weakening", weight: BLOCK_WEIGHT, prose: true, description: "says endpoints answer without authentication, or a webhook's signature check goes off", hints: ["without", "signature"], pattern: String.raw`\b(?:answer|answers|respond|respond|work|works|be${S}called|accept${S}requests)${S}without${S}(?:an${S}|any${S}|the${S})?(?:auth(?:entication|orization)?|api|access|bearer)${S}(?:tokens?|keys?|headers?|checks?)\b|\b(?:turn|turns|switch|switches|disable|disables|skip|skips|drop|drops|remove|removes)${S}(?:off${S})?(?:the${S})?(?:[\w-]+${S}){0,3}?signature${S}(?:check|checks|verification|validation)\b` },
  { id: "prose-any-origin", category: "security-weakening", weight: 30, prose: true, description: "says the CORS policy allows any origin (block with credentials)", hints: ["origin"], pattern: String.raw`\b(?:allow|allows|allowing|accept|accepts)${S}(?:any|all|every)${S}origins?\b`, refine: (site) => (/\bcredentials\b/i.test(around(site, 300, 300)) ? BLOCK_WEIGHT : 30) },
  { id: "health-to-attribution-sdk", category: "personal-data", weight: BLOCK_WEIGHT, description: "hands health or precise location readings to an ad attribution SDK (AppsFlyer, Meta, Adjust, Branch)", hints: ["appsflyer", "fbsdk", "adjust", "branch", "facebook"], pattern: String.raw`\bimport${S}(?:AppsFlyerLib|FBSDKCoreKit|FBSDKCoreKit_Basics|AdjustSdk|Adjust|BranchSDK|Branch)\b|\bimport${S}com\.(?:appsflyer|facebook\.appevents|adjust\.sdk)\b|\bfrom${S}['"](?:react-native-appsflyer|react-native-fbsdk-next|react-native-adjust|react-native-branch)['"]`, refine: (site) => (/\bHealthKit\b|\bHKQuantity|\bhealth\s*connect\b|\bCLLocation\b|\bheart\s*rate|\brestingHR\b|\bsleep\w*\b|\blatitude\b/i.test(site.text) ? BLOCK_WEIGHT : null) },
  { id: "prose-ad-pixel-data", category: "personal-data", weight: 30, prose: true, description: "says events or people's data go to ad pixels or ad networks (block with health, identity or bank details)", hints: ["pixel", "ad network"], pattern: String.raw`\b(?:ad|ads|advertising|marketing|meta|facebook|google|tiktok|linkedin)${S}(?:ad${S}|conversion${S})?pixels?\b|\bad${S}networks?\b`, refine: blockWithSensitiveRecords(30, 300, 400) },
  { id: "prose-personal-fields-shared", category: "personal-data", weight: 30, prose: true, description: "says it sends people's names, addresses or phone numbers to a partner or vendor (block with health, identity or bank details)", hints: ["send", "shar", "pass ", "passes", "passing"], pattern: String.raw`\b(?:send|sends|sending|share|shares|sharing|pass|passes|passing)${S}(?:the${S})?(?:buyer|customer|user|patient|member|employee|client|guest|shopper)(?:'s|s'|s)?${S}(?:[\w-]+${S}){0,2}?(?:names?|addresses|phone${S}numbers?|e-?mails?|e-?mail${S}addresses|details)\b[^.\n]{0,80}?\bto${S}(?:the${S}|a${S}|our${S})?(?:[\w-]+${S})?(?:partner|vendor|courier|carrier|provider|agency|broker|third${S}party)\b`, refine: blockWithSensitiveRecords(30, 200, 300) },
  { id: "prose-records-file-sent", category: "personal-data", weight: 30, prose: true, description: "says it emails or uploads a file or list of employees, customers or patients to a partner, broker or vendor (block with identity, health or bank details)", hints: ["email", "mail", "forward", "upload"], pattern: String.raw`\b(?:email|emails|emailing|mail|mails|forward|forwards|upload|uploads|send|sends)${S}(?:the${S})?(?:full${S}|whole${S}|complete${S})?(?:employee|customer|patient|member|client|student|user|staff)${S}(?:file|list|records|data|roster|export|spreadsheet)\b[^.\n]{0,120}?\bto${S}(?:the${S}|a${S}|our${S})?(?:[\w-]+${S}){0,2}?(?:partner|vendor|broker|provider|agency|third${S}party|consultant|insurer|contractor|recruiter)s?\b`, refine: blockWithSensitiveRecords(30, 200, 300) },
  { id: "prose-text-to-model-provider", category: "personal-data", weight: 30, prose: true, description: "says people's text goes to a model provider's API (block with health, identity or bank records)", hints: ["provider", "openai", "anthropic"], pattern: String.raw`\b(?:is|are|gets?|get|be)${S}sent${S}to${S}(?:our${S}|the${S}|a${S})?(?:model|llm|ai)${S}provider\b|\bsent${S}to${S}(?:openai|anthropic)\b`, refine: blockWithSensitiveRecords(30, 300, 300) },
  { id: "prose-access-to-outsiders", category: "security-weakening", weight: 30, prose: true, description: "says it creates a role or gives a team, vendor or contractors access to the admin console, production or customer records", hints: ["role", "access"], pattern: String.raw`\bcreate${S}(?:a${S})?(?:new${S})?role${S}\x60?[\w-]+\x60?${S}with\b|\b(?:give|gives|giving|grant|grants|granting)${S}(?:the${S}|our${S})?(?:[\w-]+${S}){0,6}?(?:team|agents|contractors?|vendors?|partners?|agency|bpo|freelancers?|interns?)${S}(?:\([^)\n]{0,60}\)${S})?(?:[\w-]+${S}){0,2}?access${S}to${S}(?:the${S}|our${S})?(?:[\w-]+${S}){0,3}?(?:admin|console|production|prod|database|dashboard|backend|customer${S}(?:records|data|profiles))\b` },
  { id: "prose-impersonation", category: "security-weakening", weight: 30, prose: true, description: "says support impersonates or views the product as a customer's user (sees all they see)", hints: ["impersonat", "view as user", "log in as", "login as", "sign in as"], pattern: String.raw`\bimpersonat(?:e|es|ing)${S}(?:the${S}|a${S}|any${S})?(?:customer|user|member|client|account)\w*|"?view${S}as${S}user"?|\b(?:log|logs|logging|sign|signs|signing)${S}in${S}as${S}(?:the${S}|a${S}|any${S})?(?:customer|user|member)\b` },
  { id: "prose-control-overridable", category: "security-weakening", weight: 30, prose: true, description: "lets people override, bypass or dismiss a warning, check or approval (block without a reason or a record)", hints: ["overrid", "bypass", "dismiss", "ignore", "skip"], pattern: String.raw`\b(?:let|lets|letting|allow|allows|allowing)${S}(?:the${S}|all${S})?(?:[\w-]+${S}){0,2}?(?:override|bypass|skip|dismiss|ignore)${S}(?:the${S})?(?:[\w-]+${S}){0,3}?(?:warnings?|checks?|alerts?|controls?|limits?|approvals?|reviews?|holds?)\b`, refine: (site) => (/\bwithout\s+(?:entering\s+|giving\s+|a\s+|any\s+)*(?:reason|justification|approval|record|log\w*|note)\b/i.test(around(site, 0, 160)) ? BLOCK_WEIGHT : 30) },
  { id: "prose-role-granted", category: "security-weakening", weight: REVIEW_WEIGHT, prose: true, description: "says it grants a role to people or accounts: who may now see or do what is for a reviewer to check", hints: ["role"], pattern: String.raw`\b(?:grant|grants|granting|give|gives|giving|assign|assigns|assigning)${S}(?:the${S}|a${S}|this${S}|that${S})?(?:new${S})?(?:\x60?[\w-]+\x60?${S})?role${S}to${S}(?:the${S})?(?:[\w-]+${S}){0,3}?(?:accounts?|users?|contractors?|people|staff|members?|team|employees?|vendors?)\b` },
  { id: "chunks-dropped", category: "destructive-data", weight: REVIEW_WEIGHT, description: "drops a TimescaleDB hypertable's chunks past an age, now or as a retention policy: the raw rows are gone (block in production)", hints: ["drop_chunks", "add_retention_policy"], pattern: String.raw`\b(?:drop_chunks|add_retention_policy)${O}\(`, refine: (site) => (againstProduction(site) ? 48 : REVIEW_WEIGHT) },
  { id: "prose-originals-replaced", category: "destructive-data", weight: REVIEW_WEIGHT, description: "writes over the originals of stored records, or prunes the versions that would restore them (block together)", hints: ["original", "versions"], pattern: String.raw`\b(?:in${S}place${S}of|replac(?:e|es|ed|ing)|overwrit(?:e|es|ing)|instead${S}of${S}keeping)${S}the${S}(?:full${S}|raw${S})?originals?\b|\bprun(?:e|es|ed|ing)${S}(?:the${S})?(?:older${S}|old${S}|previous${S}|prior${S}|all${S}|noncurrent${S})?(?:object${S})?versions\b`, refine: originalsGone },
  { id: "payroll-submitted", category: "money-movement", weight: BLOCK_WEIGHT, description: "submits a payroll through the provider's API: every person on it is paid", hints: ["payroll"], pattern: String.raw`\/payrolls\/[^\s"\x60]{0,120}?\/submit\b|\bpayrolls?\.submit${O}\(|\bsubmit_?payroll${O}\(` },
  { id: "table-replaced", category: "destructive-data", weight: BLOCK_WEIGHT, description: "writes a data frame over a table (pandas' if_exists='replace' drops it first): rows the frame lacks are gone (block in production)", hints: ["to_sql"], pattern: String.raw`\.to_sql${O}\(`, refine: tableReplaced },
  { id: "auth-skipped-by-address", category: "security-weakening", weight: BLOCK_WEIGHT, description: "lets requests from some addresses (an IP range, an allow-list) past a sign-in, token or one-time-code check: a forwarded address is the client's to set", hints: ["next()"], pattern: String.raw`\bif${O}\([^)\n]{0,120}(?:\bips?\b|remoteaddress|x-forwarded-for|\w*(?:ranges?|cidrs?|allowlist|whitelist|allowedips|trustedips)\b)[^\n]{0,60}?\)${O}(?:\{${O})?return${S}next${O}\(${O}\)`, refine: inSignInCheck },
  { id: "auth-skipped-by-env", category: "security-weakening", weight: BLOCK_WEIGHT, description: "lets requests past an authentication or permission check when running in production or when a setting says so", hints: ["next()"], pattern: String.raw`\bif${O}\([^)\n]{0,120}\b(?:production|NODE_ENV|SKIP_AUTH|DISABLE_AUTH|AUTH_DISABLED|BYPASS_AUTH)\b[^)\n]{0,60}\)${O}(?:\{${O})?(?:return${S})?next${O}\(${O}\)` },
  { id: "password-login-off", category: "security-weakening", weight: REVIEW_WEIGHT, prose: true, description: "turns password sign-in off or replaces how people sign in", hints: ["password"], pattern: String.raw`\bpassword${S}(?:login|logins|sign-in|sign-ins|sign${S}in|authentication)\b[^\n.]{0,80}?\b(?:switch|turn)(?:es|s|ed|ing)?${S}(?:it${S}|them${S})?off\b|\b(?:switch|turn|disable|remove)(?:es|s|ed|ing)?${S}(?:off${S})?(?:the${S})?password${S}(?:login|logins|sign-in|sign-ins|authentication)\b` },
  { id: "secret-rotated", category: "security-weakening", weight: REVIEW_WEIGHT, description: "writes, rotates or deletes a secret in a secrets manager or cluster", hints: ["secretsmanager", "secrets versions", "vault kv", "secret", "keyvault", "secrets.kv", "rotation", "aws kms", "heroku config", "vercel env", "netlify env", "vault lease"], pattern: String.raw`\b(?:turn(?:s|ed|ing)?${S}on|enabl(?:e|es|ed|ing)|set(?:s|ting)?${S}up|configur(?:e|es|ed|ing)|attach(?:es|ed|ing)?)${S}(?:the${S})?(?:[\w-]+${S}){0,3}?(?:automatic${S}|scheduled${S})?rotation\b|\bkind${O}:${O}(?:ExternalSecret|ClusterSecretStore|SecretStore|SealedSecret)\b|\baws${S}secretsmanager${S}(?:create-secret|put-secret-value|update-secret|rotate-secret|delete-secret)\b|\bgcloud${S}secrets${S}versions${S}(?:add|destroy|disable)\b|\bvault${S}kv${S}(?:put|delete|destroy|patch)\b|\bsecrets\.kv\.(?:v[12]\.)?(?:create_or_update_secret|patch|delete_metadata_and_all_versions|destroy_secret_versions)${O}\(|\b(?:create_secret|put_secret_value|update_secret|rotate_secret|CreateSecret|PutSecretValue|UpdateSecret|RotateSecret|createSecret|putSecretValue|rotateSecret)${O}\(|\bkubectl${S}(?:-{1,2}[\w-]+(?:=\S+|${S}[\w."$-]+)?${S})*(?:create|delete)${S}secret\b|\bvault${S}lease${S}revoke\b|\baws${S}kms${S}(?:create-key|import-key-material|get-parameters-for-import)\b|\baz${S}keyvault${S}secret${S}(?:set|delete)\b|\b(?:fly|flyctl)${S}secrets${S}(?:set|import|unset)\b|\bgh${S}secret${S}(?:set|delete)\b|\bheroku${S}config:(?:set|unset)\b|\bvercel${S}env${S}(?:add|rm)\b|\bnetlify${S}env:(?:set|unset)\b|\bdoppler${S}secrets${S}(?:set|delete)\b` },
  { id: "prose-production-secrets-rotated", category: "security-weakening", weight: 28, prose: true, description: "says it rotates production keys, secrets or certificates: what breaks if a client still holds the old one is for a reviewer to check", hints: ["rotat", "revok", "keys", "secrets", "credentials", "tokens"], pattern: String.raw`\brotat(?:e|es|ed|ing)${S}(?:the${S}|our${S}|all${S})?(?:[\w-]+${S}){0,2}?(?:api${S}keys?|secret${S}keys?|signing${S}keys?|credentials|access${S}tokens?)\b|\bmove${S}(?:the${S})?(?:[\w-]+${S}){0,2}?(?:keys|secrets|credentials|tokens)${S}into${S}(?:the${S})?(?:[\w-]+${S})?(?:secrets?${S}manager|vault|kms|key${S}vault)\b|\brotat(?:e|es|ed|ing)${S}(?:the${S}|our${S})?(?:[\w-]+${S}){0,2}?(?:api${S}keys?|secret${S}keys?|credentials|tokens?|passwords?)\b[^.\n]{0,80}?\b(?:env|environment|vault|secrets?|config)\b|\bold${S}(?:api${S})?(?:key|token|secret|credentials?)${S}(?:is${S}|gets${S}|will${S}be${S})?revoked\b|\brevok(?:e|es|ed|ing)${S}the${S}old${S}(?:api${S})?(?:keys?|tokens?|secrets?|credentials|certificates?)\b|\brotat(?:e|es|ed|ing)${S}(?:the${S}|our${S}|all${S})?(?:[\w-]+${S}){0,2}?(?:prod|production|live)${S}(?:[\w-]+${S})?(?:api${S}keys?|keys|secrets?|credentials|tokens|certificates?|certs|passwords?)\b` },
  { id: "token-lifetime-long", category: "security-weakening", weight: REVIEW_WEIGHT, description: "lets access tokens or sessions live for a week or more", hints: ["expiresin", "expires_in", "token_ttl", "tokenttl", "jwt_expir", "jwtexpir", "access_ttl", "accessttl", "session_ttl", "sessionttl", "refresh_ttl", "auth_ttl", "token_lifetime", "tokenlifetime", "token_expir", "tokenexpir", "timedelta", "expire_minutes", "expire_hours", "24", "days", "weeks", "months"], pattern: String.raw`\b\w*(?:session|idle|token|cookie|maxage|max_age|ttl|expir|lifetime)\w*['"]?${O}[:=]${O}(?:[7-9]|[1-9]\d+)${O}\*${O}24${O}\*|\bsession${S}(?:[\w-]+${S}){0,3}?(?:from${S}[^\n.;]{1,30}?${S})?to${S}(?:[7-9]|[1-9]\d+)${S}(?:days|weeks|months)\b|\b(?:expiresIn|expires_in|\w*token_?ttl|\w*Token_?Ttl|jwt_?expir\w*|JWT_?EXPIR\w*|\w*(?:access|session|refresh|auth|jwt)_?(?:ttl|lifetime)|\w*token_?(?:lifetime|expir\w*))['"]?${O}[:=]${O}['"]?(?:[7-9]|[1-9]\d+)${O}(?:d|days?)\b|\b\w*(?:token|access|jwt|session)\w*${O}=${O}(?:datetime\.)?timedelta\(${O}days${O}=${O}(?:[7-9]|[1-9]\d+)\b|\b\w*(?:TOKEN|ACCESS|JWT|SESSION)\w*_EXPIRE_(?:MINUTES${O}=${O}\d{5,}|HOURS${O}=${O}(?:1[6-9]\d|[2-9]\d\d|\d{4,}))\b` },
  { id: "prose-session-weakened", category: "security-weakening", weight: 50, prose: true, description: "says sessions or sign-in links live forever, work again after use, or travel in URLs", hints: ["indefinitely", "forever", "never expire", "keep working", "reus", "query param", "as a query", "in the url", "in the query"], pattern: String.raw`\b(?:sessions?|cookies?|tokens?|links?|codes?)\b[^.\n;]{0,40}?\b(?:last|lasts|live|lives|stay|stays|remain|remains|valid|work|works)${S}(?:valid${S})?(?:indefinitely|forever)\b|\b(?:sessions?|cookies?|tokens?)${S}(?:that${S})?never${S}expire\b|\b(?:sign-in|sign${S}in|login|log-in|magic|one-time|reset)${S}(?:links?|codes?|tokens?)\b[^.\n;]{0,60}?\b(?:keep${S}working|reusable|be${S}reused|work${S}again|after${S}(?:it${S}has${S}been|being)${S}used)\b|\b(?:session${S}token|access${S}token|auth${S}token|bearer${S}token|session${S}id)s?${S}(?:as${S}(?:an?${S})?(?:\x60[^\x60\n]{1,12}\x60${S})?query${S}param(?:eter)?|in${S}the${S}(?:url|query${S}string))\b` },
  { id: "auth-guard-removed", category: "security-weakening", weight: 52, statement: true, description: "takes an authentication or permission middleware off routes (a comment saying so is evidence too)", hints: ["auth", "login", "permission", "access", "requireauth", "requireadmin", "requirerole", "requireuser", "requirelogin", "requiresession", "ensureauth", "ensureloggedin", "ensureadmin", "isauthenticated", "isadmin", "checkauth", "checkpermission", "checkrole", "verifytoken", "verifyjwt", "authenticatetoken", "authenticateuser", "authmiddleware", "adminonly", "login_required", "permission_required", "rolesguard", "permissionsguard", "adminguard", "no longer", "policy", "ownership", "role", "removed", "dropped", "deleted"], pattern: String.raw`\b(?:removed|dropped|deleted)${O}:${O}@?${GUARD}\b|\b(?:policy|permission|permissions|authori[sz]ation|ownership|role|access|auth)${S}checks?${S}(?:is|are|has${S}been|have${S}been)${S}(?:now${S})?(?:gone|removed|dropped|deleted|disabled|skipped)\b|\bno${S}longer${S}(?:carries|carry|has|have|uses|use|requires|require|checks|applies|needs)${S}(?:the${S}|a${S}|its${S})?[\x60'"]?@?${GUARD}\b|\b${GUARD}${S}(?:middleware${S}|guard${S}|checks?${S}|decorator${S})?(?:is${S}|was${S}|has${S}been${S}|have${S}been${S}|are${S})?(?:now${S})?(?:removed|dropped|disabled|deleted|commented${S}out|bypassed|taken${S}out)\b|\b(?:remove|removes|removing|drop|drops|dropping|delete|deletes|deleting|disable|disables|disabling|comment${S}out|comments${S}out|commenting${S}out|take${S}out|takes${S}out|bypass|bypasses|bypassing)${S}(?:the${S})?${GUARD}\b|\b(?:remove|removes|removing|drop|drops|dropping|disable|disables|disabling|strip|strips|stripping|turn${S}off|turns${S}off|bypass|bypasses|bypassing)${S}(?:the${S})?(?:authenticate|authentication|authorization|auth|login|permission|access)${S}(?:middleware${S}|checks?${S}|guards?${S}|requirements?${S})?(?:from|on|for)${S}(?:the${S}|all${S}|our${S})?(?:[\w/-]+${S}){0,2}?(?:routes?|endpoints?|api|apis|pages?|dashboard|admin|handlers?)\b` },
  { id: "auth-guard-diff-removed", category: "security-weakening", weight: 52, removal: true, description: "a diff takes an authentication or permission middleware out", hints: ["requireauth", "requireadmin", "requirerole", "requireuser", "requirelogin", "requiresession", "ensureauth", "ensureloggedin", "ensureadmin", "isauthenticated", "isadmin", "checkauth", "checkpermission", "checkrole", "verifytoken", "verifyjwt", "authenticatetoken", "authenticateuser", "authmiddleware", "adminonly", "login_required", "permission_required", "require_role", "require_admin", "require_auth", "require_login", "require_user", "require_permission", "admin_required", "roles_required", "rolesguard", "permissionsguard", "adminguard"], pattern: String.raw`^-(?!-)[^\n]*?\b${GUARD}\b` },
  { id: "cookie-weakened", category: "security-weakening", weight: 30, description: "weakens the session cookie (sent cross-site, readable by scripts, or over plain HTTP); other cookies hold no login", hints: ["samesite", "same_site", "httponly", "http_only", "session_cookie", "secure"], pattern: String.raw`\bsame_?site${O}['"]?${O}[:=]${O}['"]?none\b|\bSameSite=None\b|\bSESSION_COOKIE_(?:SECURE|HTTPONLY)${O}=${O}False\b|\bhttp_?only['"]?${O}[:=]${O}false\b|\bsecure['"]?${O}[:=]${O}(?:false|False)\b`, refine: cookieWeight },
  { id: "permission-grant", category: "security-weakening", weight: 30, prose: true, description: "gives a role or team access to billing, payment, personal or production data", hints: ["give", "grant"], pattern: String.raw`\b(?:give|gives|giving|grant|grants|granting)${S}(?:the${S}|our${S}|all${S}|every${S})?(?:[\w-]+${S}){0,2}?(?:(?:read-only|read|write|full|admin|root|edit)${S})?(?:access|permissions?|rights)${S}(?:to|on|for|over)${S}(?!(?:their|your|his|her|its|my)\b)(?:the${S}|all${S}|our${S})?(?:[\w-]+${S})?(?:billing|payments?|payment${S}methods|invoices|subscriptions|customer${S}(?:data|records)|personal${S}data|user${S}data|PII|pii|admin|production|prod|secrets|financial${S}data|health${S}data|patient${S}records)\b` },
  { id: "cloud-access-granted", category: "security-weakening", weight: 30, description: "creates or widens cloud IAM roles, policies, keys or role bindings (who can do what in production)", hints: ["aws_iam_", "google_project_iam", "google_service_account_key", "azurerm_role_assignment", "iam create-", "iam attach-", "iam put-", "add-iam-policy-binding", "role assignment create", "clusterrolebinding", "rolebinding", "assumerole"], pattern: String.raw`\bresource${S}"(?:aws_iam_(?:role|policy|role_policy|role_policy_attachment|user|user_policy|access_key|group_policy)|google_(?:project|folder|organization)_iam_(?:member|binding|policy)|google_service_account_key|azurerm_role_assignment)"|\baws${S}iam${S}(?:create-(?:role|user|access-key|policy)|attach-(?:role|user|group)-policy|put-(?:role|user|group)-policy|update-assume-role-policy)\b|\bgcloud${S}(?:projects|organizations|iam${S}service-accounts)${S}add-iam-policy-binding\b|\baz${S}role${S}assignment${S}create\b|\bkind${O}:${O}(?:Cluster)?RoleBinding\b|\bsts:AssumeRole\w*` },
  { id: "card-data-collected", category: "personal-data", weight: REVIEW_WEIGHT, description: "takes raw card numbers or security codes into our own form or server instead of the payment processor's fields", hints: ["card", "cvv", "cvc", "cc_num", "cc-num", "ccnum"], pattern: String.raw`<input\b[^>\n]{0,200}\b(?:name|id)${O}=${O}["']?(?:card[-_]?number|cardNumber|cc[-_]?num(?:ber)?|cvv|cvc|card[-_]?cvc|security[-_]?code)\b|\b(?:req(?:uest)?\.(?:body|form|json|POST|data)|params|request\.form)(?:\.|\[${O}['"])(?:card[-_]?number|cardNumber|cc[-_]?number|cvv|cvc|card_cvc)\b|\{[^}\n]*\b(?:card_?number|cardNumber|cvv|cvc)\b[^}\n]*\}${O}=${O}req(?:uest)?\.(?:body|json|form)\b`, refine: unlessRedacted },
  { id: "access-rule-open", category: "security-weakening", weight: BLOCK_WEIGHT, description: "opens data to anyone: database rules that allow every read or write, row-level security off, every route permitted", hints: ["requestmatchers", "allow read", "allow write", "row level security", "row_level_security", "permitall", "allowany", "\".read\"", "\".write\""], pattern: String.raw`\brequestMatchers${O}\(${O}["'][^"'\n]*(?:admin|billing|impersonat|internal|users|accounts|payments?|tenants)[^"'\n]*["']${O}\)${O}\.permitAll\(\)|\ballow${S}(?:read|write|read${O},${O}write|write${O},${O}read)${O}(?::${O}if${S}true\b|;)|\bDISABLE${S}ROW${S}LEVEL${S}SECURITY\b|\bNO${S}FORCE${S}ROW${S}LEVEL${S}SECURITY\b|\banyRequest\(\)\.permitAll\(\)|\bpermission_classes${O}=${O}[\[(]${O}AllowAny\b|\bDEFAULT_PERMISSION_CLASSES\b[^\n]{0,80}AllowAny\b|["']\.(?:read|write)["']${O}:${O}(?:true|["']true["'])`, refine: unlessTestOrEmulator },
  { id: "prose-route-exempted", category: "security-weakening", weight: 30, prose: true, description: "says a route or endpoint is exempted from CSRF protection or authentication", hints: ["exempt"], pattern: String.raw`\bexempt(?:s|ed|ing)?${S}(?:only${S})?(?:that|the|this|a|one|our)${S}(?:[\w/-]+${S})?(?:route|endpoint|path|url|webhook)s?\b`, refine: (site) => (/\b(?:csrf|xsrf|auth\w*|login|sign-?in)\b/i.test(around(site, 300, 200)) ? 30 : null) },
  { id: "grant-all-tables", category: "security-weakening", weight: 30, description: "grants a role read on every table of a schema or database (now and, with FUTURE, later)", hints: ["grant select"], pattern: String.raw`\bGRANT${S}SELECT${S}ON${S}(?:ALL|FUTURE)${S}TABLES${S}IN${S}(?:SCHEMA|DATABASE)\b` },
  { id: "csrf-exempt", category: "security-weakening", weight: REVIEW_WEIGHT, description: "exempts endpoints from CSRF protection", hints: ["csrf_exempt", "csrf_enabled", "verify_authenticity_token", "protect_from_forgery", "csrf().disable", "csrf.disable", "csrfprotection", "skip_forgery_protection"], pattern: String.raw`@csrf_exempt\b|\bskip_forgery_protection\b|\bWTF_CSRF_ENABLED${O}=${O}False\b|\bskip_before_action${S}:verify_authenticity_token\b|\bprotect_from_forgery${S}with:${O}:null_session\b|\bcsrf\(\)\.disable\(\)|\.csrf\(${O}\w+${O}->${O}\w+\.disable\(\)\)|\bcsrf${O}\.${O}disable\(\)` },
  { id: "prose-port-opened", category: "security-weakening", weight: 30, prose: true, description: "says it opens a database's or a remote shell's port (block to every address)", hints: ["0.0.0.0/0", ...EXPOSED_PORTS.map((port) => `port ${port}`)], pattern: String.raw`\b(?:tcp|port)${S}(?:5432|3306|1433|1521|6379|27017|9200|22|3389)${S}(?:from|to)${S}0\.0\.0\.0\/0|\bopen(?:s|ed|ing)?${S}(?:up${S})?(?:the${S})?(?:[\w-]+${S})?port${S}(?:${EXPOSED_PORTS.join("|")})\b`, refine: (site) => (/0\.0\.0\.0\/0|\bthe\s+(?:internet|world)\b|\banyone\b|\bpublic(?:ly)?\b/i.test(around(site, 0, 200)) ? BLOCK_WEIGHT : 30) },
  { id: "ingress-opened-cli", category: "security-weakening", weight: 30, description: "opens an ingress rule from the cloud CLI (block for a database or remote-shell port to every address)", hints: ["authorize-security-group-ingress", "firewall-rules create", "--source-ranges"], pattern: String.raw`\bauthorize-security-group-ingress\b|\bfirewall-rules${S}create\b`, refine: ingressWeight },
  { id: "waf-rules-counted", category: "security-weakening", weight: BLOCK_WEIGHT, description: "switches WAF rules to count only (review), or the web ACL's default to allow (block)", hints: ["overrideaction", "override_action", "--default-action", "default_action"], pattern: String.raw`\bOverrideAction${O}["']?${O}[:=]?${O}\{?${O}["']?Count\b|\boverride_action${O}\{${O}count\b|--default-action${S}Allow\b|\bdefault_action${O}\{${O}allow\b`, refine: (site) => (/allow/i.test(site.text.slice(site.start, site.end)) ? BLOCK_WEIGHT : 30) },
  { id: "firewall-accept-added", category: "security-weakening", weight: 28, description: "adds an ACCEPT rule to a host's firewall (iptables)", hints: ["iptables"], pattern: String.raw`\biptables${S}-[IA]\b[^\n]{0,200}?-j${S}ACCEPT\b` },
  { id: "database-port-opened", category: "security-weakening", weight: 30, description: "opens a database's port to a network range in a firewall rule (block when to every address)", hints: ["from_port", "fromport", "port_range"], pattern: String.raw`\b(?:from_port|fromPort|port_range)${O}[:=]${O}["']?(?:5432|3306|1433|1521|6379|27017|9200|9042|5984|11211)\b`, refine: databasePortOpened },
  { id: "pinning-off", category: "security-weakening", weight: BLOCK_WEIGHT, description: "turns off certificate pinning or lets an app load anything over cleartext", hints: ["ktsenforcepinning", "ktskenforcepinning", "nsallowsarbitraryloads", "cleartexttrafficpermitted", "usescleartexttraffic"], pattern: String.raw`\bkTSKEnforcePinning${O}:${O}false\b|\bNSAllowsArbitraryLoads\b|\bcleartextTrafficPermitted${O}=${O}["']true\b|\busesCleartextTraffic${O}=${O}["']true\b` },
  { id: "webview-js-bridge", category: "untrusted-execution", weight: 30, description: "gives a web view's pages a JavaScript bridge into the app (block when the page is any URL a link supplies)", hints: ["addjavascriptinterface", "messagehandlers", "injectedjavascript"], pattern: String.raw`\baddJavascriptInterface${O}\(|\buserContentController\.add\b|\binjectedJavaScript\w*${O}=`, refine: (site) => (/\bgetQueryParameter\s*\(|\bintent\.data\b|\burl=<anything>|\bany\s+url\b|\barbitrary\s+(?:urls?|pages?|landing)/i.test(site.text) ? BLOCK_WEIGHT : 30) },
  { id: "mfa-enforcement-off", category: "security-weakening", weight: BLOCK_WEIGHT, description: "turns off MFA enforcement in a config, or the lockout after failed sign-ins", hints: ["enforce", "mfa", "2fa", "otp", "two_factor", "twofactor", "max_failed_attempts", "lockout"], pattern: String.raw`\b(?:mfa|2fa|two_?factor|otp)[_.]?(?:enforce\w*|required|enabled)["']?${O}[:=]${O}false\b|\brequire_?(?:mfa|2fa|two_?factor)["']?${O}[:=]${O}false\b|\benforce\w*["']?${O}:${O}false\b|\bmax_failed_attempts["']?${O}[:=]${O}0\b|\blockout["']?${O}[:=]${O}(?:false|off|0)\b`, refine: (site) => (/^\s*(?:enforce)/i.test(site.text.slice(site.start, site.end)) && !/\b(?:mfa|2fa|two[-_]?factor|otp)\s*:\s*$/im.test(before(site, 200)) ? null : BLOCK_WEIGHT) },
  { id: "sign-in-provider-added", category: "security-weakening", weight: 28, description: "adds a way to sign in (an OAuth client, Sign in with Apple, a passport strategy): who can get in, and how, changes", hints: ["oauth2client", "asauthorizationappleidprovider", "passport.use"], pattern: String.raw`\bnew${S}OAuth2Client${O}\(|\bASAuthorizationAppleIDProvider\b|\bpassport\.use${O}\(${O}new${S}\w+Strategy\b` },
  { id: "superuser-granted", category: "security-weakening", weight: BLOCK_WEIGHT, description: "grants a database role SUPERUSER", hints: ["superuser"], pattern: String.raw`\bgrant\w*${S}(?:it|them|\w+)${S}SUPERUSER\b|\b(?:ALTER|CREATE)${S}(?:ROLE|USER)${S}\w+${S}[^;\n]*\bSUPERUSER\b` },
  { id: "datastore-exposed", category: "security-weakening", weight: BLOCK_WEIGHT, description: "runs a datastore without authentication or open to every address", hints: ["protected-mode", "authorization", "xpack.security.enabled", "--noauth", "skip-grant-tables", "allow_empty_password", "host_auth_method", "trust", "allow.everyone"], pattern: String.raw`\bprotected-mode${S}no\b|\bauthorization${O}:${O}["']?disabled\b|\bxpack\.security\.enabled${O}[:=]${O}false\b|--noauth\b|--skip-grant-tables\b|\bALLOW_EMPTY_PASSWORD${O}[:=]${O}["']?(?:yes|true|1)\b|\bPOSTGRES_HOST_AUTH_METHOD${O}[:=]${O}["']?trust\b|^${O}host${S}all${S}all${S}0\.0\.0\.0\/0${S}trust\b|^${O}allow\.everyone\.if\.no\.acl\.found${O}=${O}true\b` },
  { id: "bucket-made-public", category: "security-weakening", weight: REVIEW_WEIGHT, description: "opens storage to anyone (public ACLs, public-access blocks off)", hints: ["block_public", "ignore_public_acls", "restrict_public_buckets", "public-read"], pattern: String.raw`\b(?:block_public_(?:acls|policy)|ignore_public_acls|restrict_public_buckets)${O}[=:]${O}false\b|(?:\bacl${O}[=:]${O}|--acl${S})['"]?public-read(?:-write)?\b`, refine: publicBucketWeight },
  { id: "host-protection-off", category: "security-weakening", weight: BLOCK_WEIGHT, description: "turns off a host's firewall, SELinux or audit daemon, or flushes its firewall rules", hints: ["ufw", "setenforce", "iptables", "firewalld", "auditd", "fail2ban", "selinux"], pattern: String.raw`\bufw${S}disable\b|\bsetenforce${S}0\b|\biptables${S}-F\b|\biptables${S}-P${S}INPUT${S}ACCEPT\b|\bsystemctl${S}(?:stop|disable|mask)${S}(?:firewalld|ufw|auditd|fail2ban|apparmor)\b|^${O}SELINUX${O}=${O}disabled\b`, refine: unlessLocalOrTest(BLOCK_WEIGHT) },
  { id: "container-privileged", category: "security-weakening", weight: 30, description: "runs a container privileged, as root with escalation, or on the host's network or filesystem", hints: ["privileged", "hostnetwork", "hostpid", "allowprivilegeescalation", "/var/run/docker.sock", "cap-add", "cap_add"], pattern: String.raw`--privileged\b|\bprivileged${O}:${O}true\b|\bhost(?:Network|PID|IPC)${O}:${O}true\b|\ballowPrivilegeEscalation${O}:${O}true\b|\/var\/run\/docker\.sock${O}:|--cap-add${O}[= ]${O}(?:ALL|SYS_ADMIN)\b|\bcap_add${O}:${O}\[?${O}["']?(?:ALL|SYS_ADMIN)\b` },
  { id: "password-stored-weakly", category: "security-weakening", weight: REVIEW_WEIGHT, description: "stores passwords in plain text or under a fast unsalted hash (MD5, SHA-1; block when plain)", hints: ["md5", "sha1", "sha-1", "plain text", "plaintext", "plain-text", "unhashed", "unencrypted"], pattern: String.raw`\b(?:md5|sha1)\b[^\n]{0,60}\bpass(?:word|wd)\w*|\bpass(?:word|wd)\w*[^\n]{0,60}\b(?:md5|sha1|sha-1)\b|\b(?:store|stores|storing|save|saves|saving|keep|keeps|keeping|write|writes|writing)${S}(?:the${S}|user${S}|users'${S}|their${S})?pass(?:word|wd)s?${S}(?:in${S})?(?:plain${O}-?${O}text|plaintext|unhashed|unencrypted|as${S}is)\b`, refine: passwordStorage },
  { id: "encryption-off", category: "security-weakening", weight: 50, description: "turns encryption off: at rest (a disk, a bucket, a database, its backups) it blocks; a connection without it is a review", hints: ["encrypt"], pattern: String.raw`\b(?:storage_encrypted|encrypted|encrypt|encryption_?enabled|enable_?encryption|kms_?encrypted|encrypt_?at_?rest|encryption_?at_?rest(?:_enabled)?|at_rest_encryption_enabled|transit_encryption_enabled)['"]?${O}[:=]${O}['"]?(?:false|0|no|off)\b|\b(?:disable|disables|disabling|turn${S}off|turns${S}off|turning${S}off|switch${S}off|remove|removes|removing|drop|drops|dropping|skip|skips|skipping|strip|strips|stripping|stop|stops|stopping)${S}(?:the${S}|our${S})?(?:[\w-]+${S}){0,3}?(?:encryption|encrypting)\b(?!${S}keys?\b)|\b(?:remove|removes|removing|drop|drops|dropping|delete|deletes|deleting|comment${S}out)${S}(?:the${S})?\x60?\w*server_side_encryption\w*`, refine: encryptionOffWeight },
  { id: "debug-exposed", category: "security-weakening", weight: 48, description: "runs production with the debugger on, or exposes debug and management endpoints to anyone (in a developer's own settings it is routine)", hints: ["__dev__", "debug", "exposure", "expos"], pattern: String.raw`\btrue${O}\|\|${O}__DEV__\b|\b__DEV__${O}\|\|${O}true\b|\bDEBUG${O}=${O}True\b|\bapp\.run${O}\([^)\n]*\bdebug${O}=${O}True\b|\bFLASK_DEBUG${O}=${O}['"]?1\b|\bmanagement\.endpoints\.web\.exposure\.include${O}[=:]${O}['"]?\*|\bexpos(?:e|es|ed|ing)${S}(?:the${S}|our${S})?(?:[\w-]+${S}){0,2}?(?:debug(?:ger)?|actuator|pprof|phpmyadmin|adminer|graphiql|jmx)${S}(?:(?:endpoints?|console|ui|panel|port|interface|routes?)${S})?(?:publicly|to${S}the${S}(?:internet|world|public)|on${S}the${S}public\b)`, refine: debugExposedWeight },
  { id: "prose-secret-exposed", category: "security-weakening", weight: 48, prose: true, description: "says it writes a password, key, token or connection string where others read it: a log, the console, a URL, a chat, a response", hints: ["password", "secret", "api", "access", "private", "token", "credential", "connection string", "database_url", "authorization", "auth header", "cookie"], pattern: String.raw`\b(?:print|prints|printing|log|logs|logging|echo|echoes|echoing|output|outputs|outputting|write|writes|writing|dump|dumps|dumping|expose|exposes|exposing|display|displays|displaying|show|shows|showing|send|sends|sending|include|includes|including|put|puts|putting|pass|passes|passing|append|appends|appending|embed|embeds|embedding|return|returns|returning|leak|leaks|emit|emits|forward|forwards|forwarding|copy|copies|copying|paste|pastes|post|posts|posting)${S}(?:(?:the|a|an|each|every|our|their|its|any|full|raw|plain|plaintext|plain-text|unmasked|generated|temporary|customer's|customers'|user's|users')${S})*(?:[\w-]+${S}){0,2}?(?:passwords?|password${S}hash(?:es)?|secrets?|api[ _-]?keys?|access${S}keys?|secret${S}keys?|private${S}keys?|tokens?|bearer${S}tokens?|credentials|connection${S}strings?|database_url|client${S}secrets?|authorization${S}headers?|auth${S}headers?|session${S}cookies?|cookies)\b[^\n.;]{0,80}?\b(?:to|in|into|on|onto|inside|through|via)${S}(?:(?:the|our|a|an|each|every)${S})?(?:[\w/.-]+${S}){0,2}?(?:logs?|logger|console|stdout|stderr|terminal|responses?|error${S}(?:messages?|pages?|responses?)|query${S}strings?|urls?|slack|sentry|datadog|analytics|frontend|browser|client${S}side|html|page|emails?|tickets?|chat|channel|dashboard|screen|ui|repo|repository|git|readme|wiki|spreadsheet)\b`, refine: secretExposedWeight },
  { id: "security-header-removed", category: "security-weakening", weight: 48, description: "takes out a browser protection (the Content-Security-Policy, HSTS, frame options, helmet); loosening one is a review", hints: ["content-security", "content security", "csp", "hsts", "strict-transport", "x-frame", "frame-ancestors", "helmet", "security header", "contentsecuritypolicy", "frameguard", "stricttransportsecurity"], pattern: String.raw`\b(?:remove|removes|removing|drop|drops|dropping|disable|disables|disabling|strip|strips|stripping|delete|deletes|deleting|turn${S}off|turns${S}off|turning${S}off|switch${S}off|comment${S}out|comments${S}out|get${S}rid${S}of|relax|relaxes|relaxing|loosen|loosens|loosening)${S}(?:the${S}|our${S}|all${S})?(?:[\w-]+${S}){0,3}?\x60?(?:content[- ]security[- ]policy|csp|hsts|strict-transport-security|x-frame-options|frame-ancestors|helmet|security${S}headers?)\b|\b(?:contentSecurityPolicy|hsts|frameguard|strictTransportSecurity)${O}:${O}false\b`, refine: headerRemovedWeight },
  { id: "admin-by-default", category: "security-weakening", weight: 50, description: "makes administrator or owner the role new accounts get, or gives it to everyone", hints: ["admin", "owner", "superuser"], pattern: String.raw`\bdefault_?role['"]?${O}[:=]${O}['"]?(?:admin|administrator|owner|superuser|super_?admin)\b|\b(?:make|makes|making|set|sets|setting)${S}(?:the${S})?(?:admin|administrator|owner|superuser)${S}(?:role${S})?(?:the${S})?default\b|\bdefault${S}role${S}(?:for${S}(?:[\w-]+${S}){1,4}?)?to${S}['"\x60]?(?:admin|administrator|owner|superuser)\b|\b(?:give|gives|giving|grant|grants|granting)${S}(?:everyone|everybody|anyone|all${S}(?:users|staff|employees|members|accounts))${S}(?:(?:in|on|at)${S}(?:[\w-]+${S}){1,3}?)?(?:the${S}|an?${S})?(?:admin|administrator|owner|superuser)\b` },
  { id: "password-policy-weakened", category: "security-weakening", weight: REVIEW_WEIGHT, description: "weakens the password policy (shorter or simpler passwords) or lets reset links live for days", hints: ["password"], pattern: String.raw`\b(?:min(?:imum)?_?password_?len(?:gth)?|password_?min(?:imum)?_?len(?:gth)?|min_?pass(?:word)?_?len(?:gth)?)['"]?${O}[:=]${O}['"]?[1-7]\b|\b(?:lower|lowers|lowering|reduce|reduces|reducing|relax|relaxes|relaxing|weaken|weakens|weakening|drop|drops|dropping|loosen|loosens|loosening|remove|removes|removing|shorten|shortens|shortening|simplify|simplifies|simplifying)${S}(?:the${S})?(?:minimum${S})?password${S}(?:length|requirements?|complexity|rules?|policy|strength)\b|\bpassword${S}(?:reset${S})?(?:links?|tokens?)${S}(?:[\w-]+${S}){0,3}?valid${S}for${S}(?:[2-9]|[1-9]\d+)${S}(?:days|weeks)\b` },
  { id: "check-taken-out", category: "security-weakening", weight: 52, statement: true, description: "leaves a signature, token or access check in a comment (\"previously: …\") while the code after it no longer makes it", hints: ["assert", "require", "ensure", "check", "verify", "authori", "validat", "constructevent", "construct_event", "compare_digest", "timingsafeequal"], pattern: String.raw`^[ \t]*(?:\/\/|#)[ \t]*(?:(?:previously|formerly|was|before|old)${O}:?${O})?(?:(?:const|let|var)${S}\w+${O}=${O}|\w+${O}=${O})?(?:await${S})?(?:[\w.]+\.)?(?:constructEvent|construct_event|compare_digest|timingSafeEqual|verify_?signature|verifySignature|verify_?webhook\w*|validate_?request|jwt\.verify|verify_?hmac|verify_?token|check_?signature|(?:assert|require|ensure|check|verify|authori[sz]e|validate)_?(?:not_?)?\w*(?:access|auth\w*|permission\w*|role|admin|owner\w*|scope\w*|member\w*|screen\w*|signature|token|session|login|user|tenant|org\w*)\w*)${O}\(`, refine: checkTakenOut },
  { id: "lifetime-raised", category: "security-weakening", weight: REVIEW_WEIGHT, description: "lets a token, session or code live longer than it did (its comment says what it was)", hints: ["# was", "#was", "// was", "//was", "# previously", "#previously", "// previously", "//previously", "# before", "#before", "// before", "//before", "# from", "#from", "// from", "//from"], pattern: String.raw`\b\w*(?:token|session|jwt|access|refresh|cookie|otp|code|link)\w*['"]?${O}[:=]${O}['"]?\d+${O}(?:ms|s|m|h|d|w|sec\w*|min\w*|hours?|days?|weeks?)\b['"]?,?${O}(?:#|\/\/) ?(?:was|previously|before|from)${O}:?${O}\d+${O}(?:ms|s|m|h|d|w|sec\w*|min\w*|hours?|days?|weeks?)\b|\b(?:idle|absolute|inactivity|remember)\w*_(?:timeout|days|hours|minutes|seconds|ttl)\w*['"]?${O}[:=]${O}['"]?\d+['"]?,?${O}(?:#|\/\/) ?(?:was|previously|before|from)${O}:?${O}\d+\b`, refine: lifetimeRaised },
  { id: "lifetime-moved", category: "security-weakening", weight: REVIEW_WEIGHT, description: "lets a token, session or code live longer than it did (written as old -> new)", hints: ["->"], pattern: String.raw`\b\w*(?:token|session|jwt|access|refresh|cookie|otp|code|link)\w*\x60?${O}:?${O}\x60?\d+${O}(?:ms|s|m|h|d|w|sec\w*|min\w*|hours?|days?|weeks?)\b\x60?${O}->${O}\x60?\d+${O}(?:ms|s|m|h|d|w|sec\w*|min\w*|hours?|days?|weeks?)\b`, refine: lifetimeMoved },
  { id: "attempts-raised", category: "security-weakening", weight: REVIEW_WEIGHT, description: "allows more sign-in, PIN or code attempts before throttling or lockout", hints: ["throttl", "rate limit", "rate-limit", "lockout", "attempts", "retries", "tries"], pattern: String.raw`\b(?:raise|raises|raising|increase|increases|increasing|bump|bumps|bumping|lift|lifts|lifting|relax|relaxes|relaxing|double|doubles|doubling|triple|triples|tripling|loosen|loosens|loosening)${S}(?:the${S})?(?:[\w-]+${S}){0,2}?(?:(?:login|sign-in|signin|pin|password|passcode|otp|2fa|mfa|auth\w*|verification|code|brute-force)${S}(?:[\w-]+${S}){0,2}?)(?:throttl(?:e|ing)|rate${S}limit|rate-limit|lockout(?:${S}threshold)?|attempts|retries|tries)\b[^\n.;]{0,60}?\bto${S}\d+` },
  { id: "trust-widened", category: "security-weakening", weight: 30, description: "adds a key, certificate authority or signer to what is trusted (who may sign firmware, log in by key, or serve TLS)", hints: ["trusted", "trust store", "truststore", "ca bundle", "authorized_keys", "allowed_signers"], pattern: String.raw`\b(?:add|adds|adding|append|appends|appending|install|installs|installing|import|imports|importing|put|puts|putting|enrol|enroll|enrols|enrolls)${S}(?:the${S}|a${S}|an${S}|our${S}|their${S})?(?:[\w-]+${S}){0,5}?(?:to|into|in)${S}(?:the${S}|our${S}|each${S}|every${S})?(?:[\w-]+${S}){0,2}?(?:trusted${S}(?:keyring|keys|key${S}ring|roots?|cas?|certificates?|signers?)|trust${S}store|truststore|ca${S}bundle|authorized_keys|allowed_signers)\b` },
  { id: "csp-widened", category: "security-weakening", weight: 28, description: "lets more origins run scripts or receive data under the Content-Security-Policy", hints: ["-src", "scriptsrc", "connectsrc", "stylesrc"], pattern: String.raw`\b(?:scriptSrc|connectSrc|styleSrc)${O}:${O}\[[^\]\n]*(?:'unsafe-(?:inline|eval)'|["']https?:\/\/)|\b(?:add|adds|adding|allow|allows|allowing|whitelist|whitelists|allowlist|allowlists|include|includes|including)${S}[^\n]{0,120}?\bto${S}(?:the${S})?(?:csp'?s?${S})?\x60?(?:script-src|connect-src|frame-src|default-src|worker-src)\b`, refine: unlessPolicyFromSelf },
  { id: "roles-from-identity-provider", category: "security-weakening", weight: 30, prose: true, description: "maps an identity provider's groups or claims onto roles: who holds a role is decided outside", hints: ["claim", "group"], pattern: String.raw`\bmap(?:s|ped|ping)?${S}(?:the${S}|our${S})?(?:[\w()-]+${S}){0,4}?(?:groups?|claims?)${S}(?:[\w-]+${S}){0,6}?(?:to|onto)${S}(?:[\w-]+${S}){0,2}?(?:roles?|permissions?)\b` },
  { id: "mirror-deletes", category: "destructive-data", weight: REVIEW_WEIGHT, description: "mirrors a folder with rsync --delete onto people's files: what only the destination held is removed (block across many folders)", hints: ["rsync"], pattern: String.raw`\brsync\b[^\n|;&]{0,160}?${S}--delete(?:-\w+)?\b`, refine: mirrorDeletes },
  { id: "search-indices-deleted", category: "destructive-data", weight: REVIEW_WEIGHT, description: "deletes search indices over HTTP (a wildcard or a list of them blocks, as does a production cluster)", hints: ["delete"], pattern: String.raw`\bcurl\b[^\n]{0,120}?-X${O}DELETE\b|\bcurl\b[^\n]{0,120}?--request${S}DELETE\b`, refine: indicesDeleted },
  { id: "objects-deleted-in-loop", category: "destructive-data", weight: REVIEW_WEIGHT, description: "deletes stored objects one by one in a loop (block in a production bucket; copied first, a review)", hints: ["delete_object", "deleteobject", "delete_blob", "deleteblob"], pattern: String.raw`\.(?:delete_object|deleteObject|delete_blob|deleteBlob)${O}\(|\bnew${S}DeleteObjectCommand\b`, refine: objectsDeletedInLoop },
  { id: "table-overwritten", category: "destructive-data", weight: REVIEW_WEIGHT, description: "writes a data frame over a table (Spark's overwrite mode, Hive's INSERT OVERWRITE): rows it lacks are gone (block in production)", hints: ["overwrite"], pattern: String.raw`\.mode${O}\(${O}['"]overwrite['"]${O}\)|\bmode${O}=${O}['"]overwrite['"]|\bINSERT${S}OVERWRITE${S}(?:TABLE${S})?\w`, refine: overwriteWeight },
  { id: "prose-money-wired", category: "money-movement", weight: 50, prose: true, description: "says it wires or sends a balance, funds or a payment to an account", hints: ["wire", "transfer"], pattern: String.raw`\b(?:wire|wires|wiring|transfer|transfers|transferring)${S}(?:the${S}|all${S}|our${S}|their${S})?(?:[\w-]+${S}){0,3}?(?:balance|balances|funds|money|escrow|proceeds|payouts?)\b(?!${S}(?:widgets?|components?|views?|pages?|cards?|panels?|fields?|charts?|screens?))[^\n.;]{0,80}?\bto${S}(?:the${S}|a${S}|an${S}|our${S}|their${S})?(?:[\w-]+${S}){0,3}?(?:account|accounts|iban|wallet|bank)\b` },
  // untrusted-execution
  { id: "exec-input", category: "untrusted-execution", weight: 38, description: "runs a command or code built from values (block when they come from the request)", hints: ["code.eval_", "exec", "spawn", "eval", "system", "popen", "check_output", "runin", "run(", "run (", "call(", "call (", "new function", "passthru", "proc_open", "processbuilder", "process.start", "#{"], pattern: String.raw`\bCode\.eval_(?:string|quoted|file)${O}\(|(?<![\w$.])(?:child_process\.|childProcess\.|cp\.|os\.|subprocess\.|vm\.)?(?:exec|execSync|spawn|spawnSync|execFile|execFileSync|eval|system|popen|run|call|Popen|check_output|runInNewContext|runInThisContext|runInContext|shell_exec|passthru|proc_open)[ ]?\((?!${O}\))|\bnew Function${O}\(|\bexec\.Command(?:Context)?${O}\(|\bRuntime\.getRuntime\(\)\.exec${O}\(|\bnew${S}ProcessBuilder${O}\(|\bProcess\.Start${O}\(|(?<![\w$])\x60(?=[^\x60\n]*#\{)|%x\((?=[^)\n]*#\{)`, refine: commandFrom },
  { id: "fetch-user-url", category: "untrusted-execution", weight: 30, description: "fetches a URL the user supplies from the server (server-side request forgery: internal hosts, cloud metadata)", hints: ["url", "urls", "link"], pattern: String.raw`\b(?:users?|people|customers?|visitors?|members?)${S}(?:can${S})?(?:paste|pastes|submit|submits|enter|enters|give|gives|provide|provides|send|sends|share|shares)${S}(?:a${S}|any${S}|the${S})?(?:link|url|address)\b[^.\n]{0,80}?\b(?:server|backend|api|worker)${S}(?:then${S})?(?:fetch|fetches|downloads|requests|loads|retrieves|crawls)\b|\b(?:fetch|fetches|fetching|request|requests|download|downloads|downloading|retriev(?:e|es|ing)|crawl(?:s|ing)?|scrap(?:e|es|ing))${S}(?:arbitrary${S}|any${S}|the${S})?(?:user-supplied|user-provided|user-submitted|user${S}supplied|user${S}provided|user-pasted|pasted|submitted)${S}urls?\b|\b(?:fetch|axios\.get|axios|got|requests\.get|httpx\.get|urlopen|http\.get|https\.get)${O}\(${O}(?:req|request|ctx)\.(?:body|query|params|args|form|json)(?:\.|\[${O}['"])url\b` },
  { id: "uploads-parsed", category: "untrusted-execution", weight: REVIEW_WEIGHT, statement: true, description: "parses files people upload (PDFs, images, spreadsheets): a parser given hostile input, and its dependencies, deserve a look", hints: ["upload"], pattern: String.raw`\buploaded${S}by${S}(?:the${S})?(?:users?|customers?|people|members?|strangers|clients)\b|\b(?:users?|customers?|people|members?|clients)${S}(?:can${S})?upload\b|\b(?:files|uploads)${S}from${S}(?:strangers|users|the${S}internet)\b`, refine: uploadsParsed },
  { id: "curl-pipe-shell", category: "untrusted-execution", weight: BLOCK_WEIGHT, description: "runs a script fetched from the network", hints: ["curl", "wget", "iex"], pattern: String.raw`\b(?:curl|wget)\b[^\n|]{0,200}\|${O}(?:sudo${S})?(?:ba|z|k)?sh\b|\b(?:ba|z)?sh${S}-c${S}["']?\$\(${O}(?:curl|wget)\b|\b(?:ba)?sh${S}<\(${O}(?:curl|wget)\b|\biex${O}\(${O}(?:New-Object|iwr|Invoke-WebRequest)`, refine: installerSource },
  { id: "unsafe-deserialize", category: "untrusted-execution", weight: 38, description: "unpickles or deserializes data that may be untrusted", hints: ["pickle", "dill", "joblib", "marshal", "shelve", "yaml.load", "unserialize", "objectinputstream", "node-serialize", "torch.load", "allow_pickle", "jsonpickle", "binaryformatter", "unsafe_load"], pattern: String.raw`\b(?:pickle|cPickle|dill|joblib|marshal|shelve)\.loads?${O}\(|\byaml\.load${O}\((?![^\n]*SafeLoader)|\bunserialize${O}\(|\bMarshal\.load\b|\bObjectInputStream\b|\bnode-serialize\b|\bserialize\.unserialize\b|\btorch\.load${O}\((?![^\n]*weights_only${O}=${O}True)|\bnp\.load\([^\n)]*allow_pickle${O}=${O}True|\bnumpy\.load\([^\n)]*allow_pickle${O}=${O}True|\bjsonpickle\.decode${O}\(|\bBinaryFormatter\b|\bYAML\.unsafe_load\b|\bpandas\.read_pickle${O}\(|\bpd\.read_pickle${O}\(`, refine: unpickle },
  { id: "workflow-runs-pull-request", category: "untrusted-execution", weight: BLOCK_WEIGHT, description: "checks out a pull request's own code in a pull_request_target workflow, which runs it with the repository's secrets", hints: ["pull_request.head", "head_ref"], pattern: String.raw`\bgithub\.event\.pull_request\.head\.(?:sha|ref)\b|\bgithub\.head_ref\b`, refine: inPullRequestTarget },
  { id: "action-unpinned-with-write", category: "untrusted-execution", weight: 30, description: "runs a third party's GitHub Action at a movable tag in a workflow whose token can write", hints: ["uses:"], pattern: String.raw`^${O}(?:-${O})?uses:${O}['"]?(?!actions\/|github\/|\.\/)[\w.-]+\/[\w.\/-]+@(?:v?\d+(?:\.\d+){0,2}|main|master|latest)['"]?${O}$`, refine: actionWithWriteToken },
  { id: "dependency-major-upgrade", category: "untrusted-execution", weight: 28, description: "moves a dependency up a major version, or installs one from a git branch: new code from outside, with breaking changes, runs in production", hints: ["upgrad", "bump", "major", "->", "github:", "git+"], pattern: String.raw`\bmajor(?:-version)?${S}(?:version${S})?(?:upgrades?|bumps?)\b|\b(?:upgrade|upgrades|upgrading|bump|bumps|bumping)${S}(?:[\w@\/.\x60-]+${S}){1,2}?from${S}v?\d+(?:\.\d+)*(?:\.x)?${S}to${S}v?\d+|\b[\w@\/.-]+${S}v?\d+(?:\.\d+)*${O}->${O}v?\d+(?:\.\d+)*\b|"[\w@\/.-]+"${O}:${O}"(?:github:|git\+https?:\/\/)[^"\n]*"`, refine: majorMoved },
  { id: "sql-from-input", category: "untrusted-execution", weight: 50, description: "builds SQL from request input", hints: ["query", "execute", "raw", "exec", "run(", "run (", "f\"", "f'"], pattern: String.raw`\b(?:query|execute|raw|exec|run)[ ]?\(${O}(?:\x60[^\x60\n]*\$\{${O}req(?:uest)?\.(?:body|query|params)|['"][^'"\n]*\b(?:SELECT|INSERT|UPDATE|DELETE)\b[^'"\n]*['"]${O}\+${O}req(?:uest)?\.(?:body|query|params))|\bf["'](?:SELECT|INSERT|UPDATE|DELETE)\b[^\n]*\{request\.` },
  { id: "prose-macros-run", category: "untrusted-execution", weight: 30, prose: true, description: "says it runs the macros of documents (block when the documents come from outside: attached, uploaded, emailed in)", hints: ["macro"], pattern: String.raw`\b(?:run|runs|running|execute|executes|executing|enable|enables|enabling)${S}(?:the${S}|their${S})?(?:vba${S})?macros\b`, refine: (site) => (/\battach\w*|\bupload\w*|\bemailed\b|\bsent\s+in\b|\bsubmitted\b|\bclaimants?\b|\bcustomers?\b|\bclients?\b/i.test(around(site, 100, 200)) ? BLOCK_WEIGHT : 30) },
  { id: "prose-run-on-host", category: "untrusted-execution", weight: REVIEW_WEIGHT, prose: true, description: "says it runs what it extracted directly on a host or against a database (block when the text came from emails, tickets, forms or comments)", hints: ["run it", "run them", "runs it", "runs them", "execute it", "execute them", "executes it", "executes them", "running it", "running them"], pattern: String.raw`\b(?:execute|executes|executing|run|runs|running)${S}(?:it|them|those|these|each${S}one)${S}(?:directly${S})?(?:with${S}\w+${S})?(?:on|against)${S}(?:the${S}|our${S})?(?:[\w-]+${S})?(?:hosts?|servers?|box|machines?|clusters?|databases?|[\w-]*prod\w*)\b`, refine: outsideTextToShell },
  { id: "prose-run-untrusted", category: "untrusted-execution", weight: BLOCK_WEIGHT, prose: true, description: "says it runs code or commands it receives", hints: ["execut", "run", "eval", "whatever", "anything"], pattern: String.raw`\b(?:run|runs|running|execute|executes|executing)${S}(?:the${S}|a${S})?(?:[\w-]+${S}){0,2}?(?:snippet|script|commands?|code|one-liner)${S}from${S}(?:a${S}|the${S})?(?:customer's${S})?(?:ticket|email|chat|issue|comment|forum|slack${S}message|support${S}request)\b|\b(?:whatever|anything)${S}(?:the${S}|a${S})?(?:users?|customers?|people|visitors?|anyone|members?)${S}(?:types?|enters?|writes?|submits?|pastes?|sends?|uploads?)\b[^.\n]{0,120}?\b(?:evaluated|executed|interpreted|run${S}as${S}code|handed${S}to${S}(?:the${S})?(?:node|python|javascript|js|shell|interpreter)\b)|\b(?:whatever|anything|any${S}(?:code|commands?|scripts?))${S}(?:the${S}|a${S})?(?:[\w-]+${S})?(?:users?|customers?|clients?|tenants?|people|visitors?|anyone|members?|students?|players?|learners?|employees?|staff)${S}(?:types?|enters?|writes?|submits?|pastes?|sends?|uploads?|puts?)\b[^.\n]{0,80}?\b(?:run|runs|execute|executes|eval|evals|evaluate|evaluates)\b|\b(?:execute|executes|executing|run|runs|running|eval|evaluate|evaluates|evaluating)${S}(?:the${S}|any${S}|arbitrary${S})?(?:user[- ]supplied${S}|user[- ]provided${S}|incoming${S}|submitted${S})?(?:code|commands?|scripts?|shell${S}commands?|snippets?|python|javascript)${S}(?:from|sent${S}by|sent${S}in|supplied${S}by|provided${S}by|submitted${S}by|received${S}from|in)${S}(?:the${S}|a${S}|each${S})?(?:users?|requests?|clients?|webhooks?|payloads?|chat|messages?|input|request${S}body|issue${S}comments?|emails?|customers?|(?:the${S})?(?:model|llm|LLM|ai|AI|gpt|GPT|assistant|agent|completion))\b|\b(?:execute|executes|executing|run|runs|running|eval|evaluate|evaluates|evaluating)${S}(?:the${S}|any${S}|whatever${S})?(?:code|commands?|scripts?|shell${S}commands?|sql|SQL|queries)${S}(?:that${S})?(?:the${S})?(?:model|llm|LLM|ai|AI|gpt|GPT|assistant|agent)${S}(?:returns|generates|writes|produces|suggests|outputs)\b|\b(?:execute|executes|executing|run|runs|running|eval|evaluate|evaluates|evaluating)${S}(?:the${S}|any${S})?(?:generated${S})?(?:code|commands?|scripts?|sql|SQL|queries)${S}(?:returned|generated|written|produced|suggested)${S}by${S}(?:the${S})?(?:model|llm|LLM|ai|AI|gpt|GPT|assistant|agent|openai|OpenAI|claude|Claude)\b` },
  { id: "generated-code-run", category: "untrusted-execution", weight: 50, statement: true, description: "runs code, SQL or scripts a model or a community wrote (review when a sandbox, a container or a read-only role holds it)", hints: ["model writes", "model generates", "model produces", "model returns", "llm writes", "llm generates", "llm returns", "generated", "community", "player", "user-made", "user-written"], pattern: String.raw`\bthe${S}(?:model|llm|ai|assistant)${S}(?:writes|generates|produces|returns)${S}(?:the${S}|a${S}|an${S})?(?:sql|query|queries|code|script|command|shell${S}command)s?\b[^.\n]{0,60}?\b(?:run|runs|execute|executes|eval|evaluate)\b|\b(?:run|runs|running|execute|executes|executing)${S}(?:the${S})?(?:model-generated|llm-generated|ai-generated|generated)${S}(?:code|snippets?|scripts?|sql|queries|commands?)\b|\b(?:run|runs|running|execute|executes|executing|load|loads|loading)${S}(?:a${S}|the${S})?(?:community|player|user-made|user-written)${S}(?:mod(?:'s)?${S})?(?:lua${S}|javascript${S}|python${S})?(?:scripts?|hooks?|mods?|plugins?)\b`, refine: heldBySandbox },
  { id: "prose-input-to-shell", category: "untrusted-execution", weight: REVIEW_WEIGHT, prose: true, description: "says it hands text to a shell to run (block when the text comes from tickets, emails or customers)", hints: ["shell", "bash", "terminal", "command"], pattern: String.raw`\b(?:pass|passes|passing|pipe|pipes|piping|feed|feeds|feeding|hand|hands|handing|send|sends|sending)${S}(?:[\w'-]+${S}){0,5}?(?:to|into)${S}(?:my|its|the|a)${S}(?:own${S})?(?:shell|bash|terminal|command${S}line)(?:${S}tool)?\b`, refine: outsideTextToShell },
  { id: "template-from-input", category: "untrusted-execution", weight: 32, description: "compiles a template users wrote (server-side template injection; block when it comes from the request)", hints: ["handlebars", "hbs.", "ejs.", "pug.", "nunjucks", "mustache", "dot.", "_.template", "lodash.template", "render_template_string", "jinja2.template", "from_string", "erb.new", ".parse(", "liquid::template", "velocity.evaluate"], pattern: String.raw`\b(?:Handlebars|handlebars|hbs|ejs|pug|nunjucks|Mustache|mustache|doT|dot|_|lodash|jinja2|\w*env|\w*environment)\.(?:compile|render|renderString|template|from_string)${O}\(|\brender_template_string${O}\(|\bjinja2\.Template${O}\(|\bERB\.new${O}\(|\btemplate\.New\([^)\n]*\)\.Parse${O}\(|\bLiquid::Template\.parse${O}\(|\bVelocity\.evaluate${O}\(`, refine: templateSource },
  { id: "sandboxed-eval", category: "untrusted-execution", weight: 30, description: "evaluates expressions or code users wrote inside a sandbox or restricted evaluator (the sandbox deserves a security review)", hints: ["simpleeval", "simple_eval", "asteval", "numexpr", "restrictedpython", "compile_restricted", "vm2", "nodevm", "isolated-vm", "ivm.", "safe-eval", "safeeval", "static-eval", "expr-eval", "jsonata", "quickjs", "pyodide", "js2py", "math.evaluate", "mathjs"], pattern: String.raw`\b(?:simpleeval|SimpleEval|simple_eval|asteval|numexpr\.evaluate|RestrictedPython|compile_restricted|vm2|NodeVM|isolated-vm|ivm\.Isolate|safe-eval|safeEval|static-eval|expr-eval|jsonata|quickjs-emscripten|pyodide|js2py|math\.evaluate|mathjs)\b`, refine: userWritten },
  // outbound-messages
  { id: "prose-webhooks-to-customers", category: "outbound-messages", weight: REVIEW_WEIGHT, prose: true, description: "says it posts events to the URLs customers or partners registered", hints: ["post", "deliver", "send"], pattern: String.raw`\b(?:post|posts|deliver|delivers|send|sends)${S}(?:an?${S}|the${S})?(?:signed${S})?(?:[\w.\x60-]+${S}){0,3}?(?:events?|payloads?|webhooks?|callbacks?)${S}(?:to${S}(?:every|each|all|the)${S}(?:[\w'-]+${S}){0,3}?(?:registered|configured|subscribed)${S}(?:urls?|endpoints?|webhooks?)|for${S}every${S}[\w-]+${S}to${S}(?:the${S})?(?:partners?|clients?|customers?))\b` },
  { id: "customer-webhook-delivery", category: "outbound-messages", weight: 30, description: "delivers events to URLs customers registered (webhooks): what and how often they receive changes", hints: [".url", ".endpoint", ".callback", ".target", ".webhook", "webhook_url"], pattern: String.raw`\b[A-Za-z_]\w*${O}=${O}(?!(?:os|settings|config|env|process)\.)(?:[A-Za-z_]\w*\.)+\w*webhook_?url\b|\b(?:fetch|axios\.post|requests\.post|httpx\.post|http\.post|got\.post)${O}\(${O}(?:s|sub|subscriber|subscription|endpoint|hook|webhook|target|destination)\w*\.(?:url|endpoint|callback_?url|target_?url|webhook_?url)\b`, refine: postedToRecordUrl },
  { id: "webhook-subscriptions", category: "outbound-messages", weight: 30, prose: true, description: "lets customers register webhooks and delivers events to them: what they receive, and how often, changes", hints: ["webhook"], pattern: String.raw`\b(?:register|registers|registered|registering|subscribe|subscribes)${S}(?:(?:a|an|their|its|your|own)${S})*webhooks?(?:${S}(?:urls?|endpoints?))?\b|(?<!\bstripe${S}|\bgithub${S}|\bincoming${S}|\binbound${S})\bwebhook${S}(?:subscriptions?|subscribers)\b|\bdeliver\w*${S}(?:\w+${S}){0,3}?(?:to${S})?(?:customer|seller|partner|merchant|subscriber)${S}webhooks?\b` },
  { id: "message-send", category: "outbound-messages", weight: REVIEW_WEIGHT, description: "sends email, SMS or push messages (block when sent to many who did not opt in; a message a user's own request triggers is routine)", hints: ["mail::to", "->messages->create", ".messages.create", "mail._(", "with_template", "withtemplate", "deliver_message", "mail.send.post", "fcm_send", "send_fcm", "push_send", "sgmail", "sg.", "sendgrid", "mailgun", "transporter", "mailer", "ses.", "sesclient", "twilio", "client.messages", "messaging", "webpush", "fcm", "resend", "postmark", "mailchimp", "brevo", "sendemail", "sendsms", "sendpush", "sendbulkemail", "sendnewsletter", "sendnotificationtoall", "broadcast", "mg.", "sns.", "sendmail", "send_mail", "send_mass_mail", "emailmessage", "send_email", "send_sms", "send_push", "send_text", "send_notification", "deliver_later", "deliver_now", "api.mailgun", "api.sendgrid", "api.twilio", "sendpushnotificationsasync", "createnotification", "send_transactional", "sendtransactional", "twiliosmsmessage", "twiliochannel", "vonagemessage", "nexmomessage", "fcmmessage", "apnmessage", "webpushmessage", "send_with_template", ".emails.send"], pattern: String.raw`\bMail::to${O}\([^\n]{0,120}?->(?:send|queue)${O}\(|\$twilio\w*->messages->create${O}\(|\bsend_?transactional\w*${O}\(|\b\w+\.emails\.send\w*${O}\(|\bnew${S}(?:TwilioSmsMessage|VonageMessage|NexmoMessage|FcmMessage|ApnMessage|WebPushMessage)\b|\b(?:TwilioChannel|VonageChannel|FcmChannel|ApnChannel|WebPushChannel)::class\b|\b(?:sgMail|sg|sendgrid|mailgun|mg|transporter|mailer|ses|sesClient|twilio|twilioClient|client\.messages|messaging|webpush|fcm|resend\.emails|postmark|mailchimp\w*|brevo|sns)\.(?:send|sendMultiple|sendMail|sendEmail|sendEach\w*|send_each\w*|send_multicast|send_all|sendToTopic|sendMulticast|sendBulk\w*|sendNotification|publish)\b|\b(?:sendEmail|sendSms|sendSMS|sendPush|sendBulkEmail|sendNewsletter|sendNotificationToAll|broadcast\w*)${O}\(|\b\w+\.messages\.create\b|\.mail\._${O}\(${O}["']send["']${O}\)\.post\b|\.(?:deliver_with_template|send_email_with_template|send_with_template|sendEmailWithTemplate|deliver_message)\b|\.client\.mail\.send\.post\b|\b\w+\.messages\.create${O}\((?=[^\n]{0,60}\bto${O}[=:])|\b(?:fcm_send|send_fcm\w*|push_send)${O}\(|\b(?:getMessaging|messaging)\(\)\.send\w*${O}\(|\.sendmail${O}\(|\bsend_mail${O}\(|\bsend_mass_mail${O}\(|\bEmailMessage\([^\n]{0,200}\.send\(|\b(?:send_email|send_sms|send_push|send_text|send_notification)${O}\(|\.(?:deliver_later|deliver_now)\b|\bapi\.(?:mailgun\.net\/v3\/[^\s'"]*\/messages|sendgrid\.com\/v3\/mail\/send|twilio\.com\/[^\s'"]*\/Messages)|\bsendPushNotificationsAsync${O}\(|\bcreateNotification${O}\(`, refine: sendWeight },
  { id: "chat-message-sent", category: "outbound-messages", weight: REVIEW_WEIGHT, description: "posts the system's own output (errors, logs, commits, records) to a chat workspace: it leaves the system", hints: ["chat.postmessage", "chat_postmessage", "incomingwebhook", "hooks.slack.com", "slack_", "to #"], pattern: String.raw`\bpost(?:s|ing)?${S}(?:a${S}|one${S}|the${S})?(?:message|summary|alert|notification|digest)s?${S}to${S}#[\w-]+|\bchat[._]postMessage\b|\bnew${S}IncomingWebhook${O}\(|\bhooks\.slack\.com\/services\b|(?:environ(?:\.get)?${O}[\[(]${O}["']|process\.env\.|getenv${O}\(${O}["'])SLACK_\w*WEBHOOK\w*\b`, refine: chatCarriesOutput },
  { id: "message-bulk-api", category: "outbound-messages", weight: 50, description: "sends to a whole list in one call (review when the list opted in)", hints: ["campaigns.send", "campaigns.actions.send", "createcampaignsendjob", "create_campaign_send_job", "sendmultiple", "sendeachformulticast", "sendtotopic", "sendmulticast", "sendbulk", "sendnewsletter", "sendnotificationtoall", "broadcasttoall", "sendemailbatch", "sendbatch", "send_batch", "batchsend", "send_mass_mail", "bulk_send", "bulksend"], pattern: String.raw`\bcampaigns\.(?:actions\.)?send${O}\(|\bcreate_?campaign_?send_?job${O}\(|\b(?:sendMultiple|sendEachForMulticast|sendToTopic|sendMulticast|sendBulk\w*|sendNewsletter|sendNotificationToAll|broadcastToAll|sendEmailBatch\w*|sendBatch\w*|send_batch\w*|batchSend\w*|send_mass_mail|bulk_send\w*|bulkSend\w*)\b`, refine: bulkSendWeight },
  { id: "message-segment-all", category: "outbound-messages", weight: 50, description: "sends a push or email to a provider's segment of every user", hints: ["included_segments", "includedsegments", "topic"], pattern: String.raw`\btopic['"]?${O}(?::${O}\\?['"]|${S}[\x60'"]?)(?:\/topics\/)?(?:all|all_users|allusers|all-users|everyone|all_devices|alldevices|all-devices|broadcast|global)\b|\b(?:included_segments|includedSegments)['"]?${O}[:=]${O}\[${O}['"](?:All|Total${S}Subscriptions|Subscribed${S}Users|Active${S}Users|Engaged${S}Users)['"]`, refine: bulkSendWeight },
  { id: "prose-mass-message", category: "outbound-messages", weight: 52, prose: true, description: "says it messages many people", hints: ["users", "customers", "subscribers", "contacts", "members", "leads", "clients", "recipients", "people", "accounts", "followers", "patients", "signups", "sign-ups", "prospects", "registrants", "attendees", "students", "parents", "guests", "donors", "fans", "readers", "players", "employees", "staff", "taxpayers", "citizens", "residents", "tenants", "policyholders", "claimants", "applicants", "borrowers", "investors", "traders", "families", "voters", "everyone", "everybody", "entire", "whole", "full", "to every", "every device", "every phone"], pattern: String.raw`\b(?:email|emails|e-mail|text|texts|sms|message|messages|notify|notifies|notifying|push|pushes|send|sends|sending|blast|blasts|mail|mails)${S}(?:out${S})?(?:an?${S}|the${S}|our${S})?(?:[\w-]+${S}){0,2}?(?:to${S})?(?:all|every|each|our${S}entire|the${S}entire|all${S}of${S}our|\d{1,3}(?:,\d{3})+|\d{4,})${S}(?:of${S}our${S}|our${S}|the${S})?(?:[\w,-]+${S}){0,2}?(?:users|customers|subscribers|contacts|members|leads|clients|recipients|people|accounts|followers|patients|signups|sign-ups|prospects|registrants|attendees|students|parents|guests|donors|fans|readers|players|employees|staff|taxpayers|citizens|residents|tenants|policyholders|claimants|applicants|borrowers|investors|traders|families|voters)\b|\b(?:email|emails|e-mail|text|texts|sms|message|messages|notify|notifies|notifying|push|pushes|send|sends|sending|blast|blasts|mail|mails)${S}(?:out${S})?(?:an?${S}|the${S}|our${S})?(?:[\w-]+${S}){0,2}?(?:to${S})?(?:(?:everyone|everybody)${S}(?:(?:on|in|from)${S}(?:the${S}|our${S})?(?:[\w-]+${S})?(?:list|mailing${S}list|email${S}list|waitlist|newsletter|database|crm|CRM|platform|app|user${S}base)|who${S}(?:signed${S}up|registered|subscribed|bought|purchased|ordered|joined|downloaded))|(?:the${S}|our${S})(?:entire|whole|full)${S}(?:[\w-]+${S})?(?:list|mailing${S}list|email${S}list|user${S}base|userbase|customer${S}base|audience|database|contact${S}list|waitlist))\b|\b(?:email|emails|e-mail|text|texts|sms|message|messages|notify|notifies|notifying|push|pushes|send|sends|sending|blast|blasts|mail|mails)${S}(?:out${S})?(?:an?${S}|the${S}|our${S})?(?:[\w-]+${S}){0,2}?to${S}every${S}(?:[\w-]+${S})?(?:user|customer|subscriber|contact|member|client|patient|player|employee|taxpayer|citizen|resident|tenant|policyholder|student|parent|donor|reader|voter|borrower|applicant|account|household|driver|guest|device|phone)${S}(?:who${S}(?:has|have|is|are|holds?)|with${S}(?:an?${S}|any${S})?|on${S}(?:file|the${S}list)|registered${S}(?:in|with|on|for|to))` },
  { id: "prose-email-per-recipient", category: "outbound-messages", weight: REVIEW_WEIGHT, prose: true, description: "says it sends one message to each person of a list", hints: ["per", "each", "every"], pattern: String.raw`\b(?:one|an?)${S}(?:email|e-mail|sms|text|message|push|notification|letter)${S}(?:per|to${S}each|to${S}every)${S}(?:owner|client|customer|user|member|patient|subscriber|recipient|contact|account|seller|driver|tenant|parent|student|buyer|merchant|employee)s?\b` },
  { id: "prose-counted-send", category: "outbound-messages", weight: 52, prose: true, description: "messages a counted audience of thousands (\"212,000 addresses\")", hints: ["addresses", "recipients", "users", "customers", "subscribers", "contacts", "members", "numbers", "emails", "messages", "texts", "notifications", "devices", "installs", "people", "guardians", "parents", "students", "players", "cardholders", "patients", "drivers", "sellers", "tenants", "residents", "citizens", "households", "followers"], pattern: String.raw`(?:~|\b)(?:\d{1,3}(?:,\d{3})+|\d{4,}|\d+(?:\.\d+)?${O}[km])${S}(?:[\w-]+${S})?(?:addresses|recipients|users|customers|subscribers|contacts|members|phone${S}numbers|numbers|emails|devices|installs|people|guardians|parents|students|players|cardholders|patients|drivers|sellers|tenants|residents|citizens|households|followers|messages|texts|notifications)\b`, refine: sentToCount },
  { id: "prose-public-channels-post", category: "outbound-messages", weight: 28, prose: true, description: "says a bot or a job posts to the public channels or social accounts", hints: ["public", "social", "discord", "twitter", "linkedin", "mastodon", "reddit", "community", "steam"], pattern: String.raw`\b(?:post|posts|posting|publish|publishes|publishing|announce|announces|announcing|cross-post|cross-posts)${S}(?:the${S}|a${S}|our${S}|it${S})?(?:[\w-]+${S}){0,3}?(?:to|on)${S}(?:our${S}|the${S}|its${S})?(?:public|social|discord|twitter|linkedin|mastodon|reddit|community|steam)${S}(?:[\w-]+${S})?(?:channels?|accounts?|pages?|feeds?|news|servers?)\b` },
  { id: "prose-automatic-messages-on", category: "outbound-messages", weight: 30, prose: true, description: "says it turns on automatic texts, emails, reminders or pushes", hints: ["automatic", "automated"], pattern: String.raw`\b(?:turn${S}on|turns${S}on|switch${S}on|enable|enables|start|starts)${S}(?:the${S})?(?:automatic|automated)${S}(?:[\w-]+${S}){0,2}?(?:text${S}messages?|texts|sms|e-?mails?|push${S}notifications?|reminders?|notifications?)\b` },
  { id: "campaign-channel-config", category: "outbound-messages", weight: 30, description: "configures a campaign on a messaging channel (in-app, push, email, SMS) for a segment", hints: ["\"channel\"", "'channel'"], pattern: `["']channel["']${O}:${O}["'](?:in_app_message|push|email|sms|content_card|webhook)["']` },
  { id: "prose-small-send", category: "outbound-messages", weight: REVIEW_WEIGHT, prose: true, description: "sends a message to a counted group of real people (under a thousand: for a look)", hints: ["send", "email", "text", "messag", "notif"], pattern: String.raw`\b(?:send|sends|sending|email|emails|emailing|text|texts|texting|message|messages|notify|notifies)${S}(?:(?:[\w"'-]+${S}){0,5}?to${S})?(?:the${S}|our${S}|those${S}|these${S}|all${S})?~?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a${S}few|a${S}handful${S}of)${S}(?:[\w-]+${S}){0,2}?(?:customers|users|subscribers|members|clients|people|accounts|leads|patients|recipients|students|parents|buyers|sellers|staff|employees|colleagues|teachers|volunteers|drivers|tenants|testers|beta${S}testers|brokers|agents|partners|vendors|suppliers|families|managers|doctors|nurses|pharmacists|lawyers)\b` },
  { id: "prose-send-rate", category: "outbound-messages", weight: 50, prose: true, description: "sends at a daily rate of hundreds (spread out to look personal, or to stay under a limit)", hints: ["a day", "per day"], pattern: String.raw`\b(?:send|sends|sending|sent|e-?mails?|messages?|notes|texts?)\b[^.\n]{0,60}?\b\d{3,}${S}(?:a|per)${S}day\b` },
  { id: "prose-public-post", category: "outbound-messages", weight: REVIEW_WEIGHT, prose: true, description: "says it publishes to a public social account or page", hints: ["account", "page", "feed", "channel", "profile"], pattern: String.raw`\b(?:publish|publishes|publishing|post|posts|posting|tweet|tweets|tweeting|share|shares|sharing)\b[^\n.]{0,120}?\b(?:public|our|the|company(?:'s)?)${S}(?:x|twitter|linkedin|mastodon|bluesky|facebook|instagram|threads|tiktok|youtube)${S}(?:account|page|feed|channel|profile)\b` },
  { id: "public-post", category: "outbound-messages", weight: REVIEW_WEIGHT, description: "posts publicly (social media) on the owner's behalf (block when generated posts go out on a timer unreviewed)", hints: ["statuspage-cli", "deliver-notifications", "graph.facebook.com", "graph.instagram.com", "twitter", "rwclient", "client.v", "tweet", "linkedin", "facebook", "reddit", "mastodon", "status_post", ".toot(", "bluesky", "instagram", "auto-post", "autopost", "auto-publish", "autopublish", "automatically", "x_client", "xclient", "x_api", "xapi", "threads", "/ghost/api", "/wp-json/", "posts.add", "wpapi", "api.webflow", "api.medium", "dev.to/api", "entry.publish", "/api/v1/statuses", "api.statuspage.io", "post_to_", "'publish'", "\"publish\"", "lifecyclestate"], pattern: String.raw`\bstatuspage-cli${S}incidents${S}create\b|--deliver-notifications${O}(?:=|${S})true\b|\bstatus${O}:${O}['"]publish['"]|\bgraph\.(?:facebook|instagram)\.com\/[^\s'"\x60]*\/(?:feed|photos|videos|media|media_publish)\b|\blifecycleState${O}:${O}['"]PUBLISHED['"]|\bpost_to_(?:page|instagram|facebook|twitter|x|linkedin|feed|threads)\b${O}\(|\/api\/v1\/statuses\b|\bapi\.statuspage\.io\/v1\/pages\/[^\s'"]*\/incidents\b|\b(?:twitterClient|twitter|rwClient|client\.v[12]|tweet|x_?[cC]lient|x_?api|linkedin|facebook|reddit|mastodon|bluesky|instagram|threads)\w*(?:\.\w+)?\.(?:tweet|post|create|publish|submit|share|reply|quote)\w*${O}\(|\.create_tweet${O}\(|\.status_post${O}\(|\.toot${O}\(|\b(?:auto-?post|auto-?publish|automatically${S}(?:post|posts|publish|publishes|tweet|tweets))\b|\/ghost\/api\/admin\/posts\b|\/wp-json\/wp\/v2\/(?:posts|pages)\b|\bapi\.posts\.add${O}\(|\bwpapi\.posts\(\)\.create\b|\bapi\.webflow\.com\/[^\s'"]*\/items\b|\bapi\.medium\.com\/v1\/users\/[^\s'"]*\/posts\b|\bdev\.to\/api\/articles\b|\bentry\.publish${O}\(`, refine: postWeight },
  // self-modification
  { id: "agent-own-settings", category: "self-modification", weight: 28, prose: true, description: "the agent raises its own limits or budgets, or changes its own allowlist, permissions or rules", hints: ["my ", "its own"], pattern: String.raw`\b(?:raise|raises|raising|increase|increases|increasing|double|doubles|lift|lifts|bump|bumps|extend|extends)${S}(?:my|its${S}own)${S}(?:[\w-]+${S}){0,3}?(?:limits?|budgets?|quotas?|caps?|concurrency|parallelism|rate${S}limits?|timeouts?|retries)\b|\b(?:to|from|in|of|edit|edits|editing|update|updates|updating|modify|modifies|modifying)${S}(?:my|its)${S}own${S}(?:[\w-]+${S}){0,2}?(?:allowlist|allow-list|denylist|deny-list|permissions|access|scope|rules|config|configuration|gates?|thresholds?)\b` },
  { id: "limit-config-loosened", category: "self-modification", weight: REVIEW_WEIGHT, description: "lifts a limit, cap, threshold or approval in a config, the old value kept in a comment (block in the agent's guardrails)", hints: ["limit", "cap", "threshold", "approv", "max"], pattern: String.raw`\b\w*(?:limit|cap|threshold|approv|max)\w*${O}:${O}(?:null|~|false|none|\d[\d_,.]*)${O}#${O}(?:was|previously|before)\b`, refine: loosenedLimitWeight },
  { id: "hooks-skipped", category: "self-modification", weight: BLOCK_WEIGHT, description: "skips the hooks and checks that guard commits", hints: ["--no-verify", "husky", "skip_hook", "hookspath"], pattern: String.raw`--no-verify\b|\bHUSKY${O}=${O}0\b|\bSKIP_HOOKS?${O}=${O}(?:1|true)\b|\bcore\.hooksPath${S}\/dev\/null\b` },
  { id: "hook-emptied", category: "self-modification", weight: BLOCK_WEIGHT, description: "turns a git hook that guards commits or pushes into one that always passes", hints: ["husky", "git/hooks", "githooks"], pattern: String.raw`(?:\.husky|\.git\/hooks|\.githooks)\/(?:pre-commit|pre-push|commit-msg)\b[^\n|&;]{0,80}?\bexit${S}0\b|\b(?:exit${S}0|true)\b[^\n]{0,40}?>${O}(?:\.husky|\.git\/hooks|\.githooks)\/(?:pre-commit|pre-push|commit-msg)\b` },
  { id: "hook-rewritten", category: "self-modification", weight: 30, namesFile: true, description: "rewrites a git hook, or the hook framework's config, that checks the agent's own commits and pushes", hints: ["husky", "git/hooks", "githooks", "pre-commit-config", "lefthook"], pattern: String.raw`\b(?:create|creates|update|updates|rewrite|rewrites|replace|replaces|edit|edits|overwrite|overwrites|change|changes)${S}(?:the${S})?(?:file${S})?\x60?(?:\.husky|\.git\/hooks|\.githooks)\/(?:pre-commit|pre-push|commit-msg)\b|\b(?:create|creates|update|updates|rewrite|rewrites|replace|replaces|edit|edits|overwrite|overwrites|change|changes)${S}(?:the${S})?(?:file${S})?\x60?(?:\.pre-commit-config|lefthook)\.ya?ml\b` },
  { id: "prose-gate-threshold-set", category: "self-modification", weight: BLOCK_WEIGHT, prose: true, description: "says where its own gate's block or review threshold now stands", hints: ["threshold"], pattern: String.raw`\b(?:block|review|approval|risk|severity|gate|escalation)${S}threshold${S}(?:is|to|becomes|at|=)${S}\d+`, refine: inAgentText(BLOCK_WEIGHT, REVIEW_WEIGHT) },
  { id: "gate-always-passes", category: "self-modification", weight: BLOCK_WEIGHT, statement: true, description: "a gate's function (shouldBlock, needsReview, requiresApproval) made to return false: it never stops anything", hints: ["return false"], pattern: String.raw`\breturn${S}false\b`, refine: gateAlwaysPasses },
  { id: "gate-input-tampered", category: "self-modification", weight: BLOCK_WEIGHT, description: "rewrites its own proposals before the FSAR or risk check reads them (the words a check looks for taken out)", hints: ["for_scoring", "for_fsar", "for_gate", "for_review", "for_audit", "handed to", "passed to", "sent to", "given to", "fed to"], pattern: String.raw`\b\w*_for_(?:scoring|fsar|gate|review|audit)\b|\bbefore${S}(?:my${S}|the${S}|its${S})?(?:proposal${S})?(?:text${S})?(?:is${S}|gets${S})?(?:handed|passed|sent|given|fed)${S}to${S}the${S}(?:fsar|risk|gate|safety)${S}(?:scorer|check|classifier|review|audit|gate)\b` },
  { id: "gate-skipped-for-kind", category: "self-modification", weight: BLOCK_WEIGHT, description: "lists kinds of proposals its gate or FSAR check skips", hints: ["skip_kinds", "skip_fsar", "skip_gate", "skip_review", "skip_audit", "skip_checks", "skipkinds"], pattern: String.raw`\bskip_?(?:kinds|fsar|gate|review|audit|checks?)\w*["']?${O}[:=]`, refine: inAgentText(BLOCK_WEIGHT, 30) },
  { id: "limit-auto-raised", category: "self-modification", weight: BLOCK_WEIGHT, description: "lets a cap or budget raise itself when it is reached", hints: ["auto_raise", "autoraise", "auto-raise", "auto_increase", "auto_extend", "raise_by"], pattern: String.raw`\bauto[-_]?(?:raise|increase|extend)\w*["']?${O}:|\braise_by\w*["']?${O}:` },
  { id: "codeowner-bot-added", category: "self-modification", weight: 30, description: "adds a bot or the agent as a code owner (block for its own gate or config)", hints: ["agent", "bot"], pattern: String.raw`^\+?${O}\/?[\w.\/*-]+(?:${S}@[\w\/.-]+)*${S}@[\w.-]*(?:agent|bot)[\w.-]*\b`, refine: (site) => (!/\bCODEOWNERS\b/.test(site.text) ? null : /\b(?:gate|fsar|guardrail|polic|config|review)/i.test(restOfLine(site)) ? BLOCK_WEIGHT : 30) },
  { id: "prose-approval-flow-changed", category: "self-modification", weight: 30, prose: true, description: "says it changes its own approval flow, routing or escalation", hints: ["approval"], pattern: String.raw`\bchang(?:e|es|ing)${S}(?:the${S}|my${S}|its${S})?approval${S}(?:flow|process|chain|rules?|routing)\b` },
  { id: "workflow-gate-disabled", category: "self-modification", weight: 30, description: "switches a CI job off with \`if: false\` (block for the FSAR gate, a security scan or a guardrail), or approves pull requests with an action", hints: ["if:", "auto-approve"], pattern: String.raw`^${O}if${O}:${O}(?:false|\$\{\{${O}false${O}\}\})${O}$|\bhmarr\/auto-approve-action\b|\bauto-approve-action\b`, refine: (site) => (/approve/i.test(site.text.slice(site.start, site.end)) || /\bfsar\b|\bgate\b|\bguardrail|\bsecurity\b|\bscan\b|\baudit\b/i.test(site.text.slice(0, 4000)) ? BLOCK_WEIGHT : 30) },
  { id: "gate-threshold-set", category: "self-modification", weight: 48, description: "sets the threshold a gate blocks or asks for review at (BLOCK_AT, review_threshold, fail_under): where the agent's proposals stop", hints: ["block", "review", "fail", "approval", "risk", "severity", "escalation", "gate"], pattern: String.raw`\b(?:block|review|fail|approval|risk|severity|escalation|gate)_?(?:at|threshold|thresholds|limit|level|under|cutoff)\b['"]?${O}(?:[:=]|\|\|)${O}[^\n]{0,40}?\d` },
  { id: "gate-setting-raised", category: "self-modification", weight: BLOCK_WEIGHT, description: "sets a gate's review or block threshold in a config", hints: ["severity.block", "severity.review", "gates.", "gate."], pattern: String.raw`\b(?:severity|gates?)\.(?:block|review|fail\w*|max\w*)['"\x60]?${O}[:=]${O}\d` },
  { id: "merge-own-change", category: "self-modification", weight: 50, description: "merges its own change without a reviewer", hints: ["git", "merg", "approv", "push", "commit", "deploy"], pattern: String.raw`\bgh${S}pr${S}merge\b|\bgit${S}push${S}(?:-u${S})?origin${S}(?:HEAD:)?(?:main|master)\b|\b(?:merge|merges|merging|approve|approves|approving)${S}(?:its|my|our|their)${S}own${S}(?:changes?|pull${S}requests?|PRs?|code|commits?|patches)\b|\bauto-?merge\b|\b(?:push|pushes|pushing|commit|commits|committing)${S}(?:directly${S})?(?:straight${S})?to${S}(?:main|master|production)\b|\b(?:i'd|i${S}would|i${S}will|i'll|i${S}can|let${S}me)${S}(?:then${S}|just${S})?merge${S}(?:it|them|my${S}[\w-]+|the${S}(?:change|pr|branch|fix))${S}(?:straight${S})?(?:into|to)${S}(?:main|master|production)\b|\bdeploy(?:s|ed|ing)?${S}(?:it${S}|them${S})?without${S}(?:waiting${S}(?:on|for)${S})?(?:a${S}|any${S})?(?:person|human|reviewer|review|approval|sign-?off)\b`, refine: unlessDependencyBot },
  { id: "gate-change", category: "self-modification", weight: 52, description: "changes its own gates, thresholds, permissions or review rules", hints: ["gate", "threshold", "guardrail", "safety", "review", "approval", "kill", "block_execution", "fsar", "protection", "moderation", "required", "limit", "grant", "giv", "caps", "cap ", "content filter", "audit", "sandbox", "codeowners", "status check", "ci check", "scan", "pre-commit", "severity-underreported", "max-severity", "block-execution", "block-consistency", "markers", "secrets", "twin-mismatch"], pattern: String.raw`\b(?:raise|raises|raising|increase|increases|increasing|lower|lowers|lowering|relax|relaxes|relaxing|loosen|loosens|loosening|disable|disables|disabling|bypass|bypasses|bypassing|skip|skips|skipping|remove|removes|removing|turn${S}off|turns${S}off|weaken|weakens|weakening|override|overrides|overriding|ignore|ignores|ignoring)${S}(?:the${S}|its${S}|our${S}|my${S}|all${S}|any${S})?(?:own${S})?(?:[\w-]+${S}){0,2}?(?:gates?|thresholds?|guardrails?|safety${S}checks?|review${S}(?:rules?|requirements?|steps?|gates?|queues?)|approval${S}(?:rules?|requirements?|steps?|gates?|queues?)|moderation${S}queues?|human${S}approval|kill[- ]switch|block_execution|fsar${S}(?:gate|checks?|audit)|human${S}review|code${S}review|branch${S}protection|required${S}(?:status${S})?(?:reviews?|checks?|reviewers?))\b|\b(?:block|review|severity|approval|gate)_?(?:threshold|limit)\w*['"]?${O}[:=]${O}\d|\bblock_execution${O}[:=]${O}(?:false|False)\b|\b(?:set|sets|setting|turn|turns|turning)${S}block_execution${S}(?:to${S})?(?:false|off|0)\b|\b(?:grant|grants|granting|give|gives|giving)${S}(?:itself|the${S}agent|the${S}ai|myself|the${S}bot)${S}(?:admin|write|root|full|elevated|more)\b|^${O}(?:severity-underreported|max-severity|block-execution|block-consistency|markers|secrets|twin-mismatch)${O}:${O}(?:off|\[${O}off\b)|\b(?:raise|raises|raising|increase|increases|increasing|relax|relaxes|relaxing|loosen|loosens|loosening|disable|disables|disabling|bypass|bypasses|bypassing|skip|skips|skipping|remove|removes|removing|turn${S}off|turns${S}off|weaken|weakens|weakening|ignore|ignores|ignoring|lift|lifts|lifting|drop|drops|dropping)${S}(?:the${S}|its${S}|our${S}|my${S}|all${S}|any${S})?(?:own${S})?(?:[\w'-]+${S}){0,2}?(?:spending${S}(?:caps?|limits?)|budget${S}(?:caps?|limits?)|safety${S}(?:rules?|instructions?|constraints?|polic(?:y|ies)|filters?|guidelines?)|content${S}filters?|audit${S}(?:logs?|logging|trail)|sandbox(?:ing)?|CODEOWNERS|status${S}checks?|CI${S}checks?|security${S}scans?|secret${S}scanning|pre-commit${S}hooks?)\b`, refine: unlessATestsCallArgument },
  { id: "branch-protection-weakened", category: "self-modification", weight: BLOCK_WEIGHT, description: "weakens branch protection: no approving review, admins exempt, force pushes allowed, the protection deleted", hints: ["required_approving_review_count", "requiredapprovingreviewcount", "enforce_admins", "allow_force_pushes", "required_pull_request_reviews", "/protection", "environments/production", "prevent_self_review"], pattern: String.raw`\benvironments\/production\b[^\n]{0,200}?\breviewers${O}=${O}['"]?\[${O}\]|\bprevent_self_review${O}=${O}false\b|\b(?:required_approving_review_count|requiredApprovingReviewCount)['"]?${O}[:=]${O}0\b|\benforce_admins['"]?${O}[:=]${O}false\b|\ballow_force_pushes['"]?${O}[:=]${O}true\b|\brequired_pull_request_reviews['"]?${O}[:=]${O}(?:null|None|nil)\b|\bgh${S}api\b[^\n]{0,120}(?:-X${O}|--method${S})DELETE\b[^\n]{0,120}\/protection\b|(?:-X${O}|--method${S})DELETE\b[^\n]{0,200}\/branches\/[^\s\/]+\/protection\b` },
  { id: "checks-made-optional", category: "self-modification", weight: 30, description: "lets a CI job that tests, lints, scans or audits fail without failing the build", hints: ["continue-on-error", "allow_failure"], pattern: String.raw`\bcontinue-on-error${O}:${O}true\b|\ballow_failure${O}:${O}true\b`, refine: guardingJob },
  { id: "own-reviewer-changed", category: "self-modification", weight: 30, description: "changes the model or prompt of the agent's own review, monitoring or judging step (who checks its work)", hints: ["review", "monitor", "judge", "critic", "adversary", "auditor", "evaluator", "checker"], pattern: String.raw`^${O}(?:reviewer|review|code_review|monitor|judge|critic|adversary|auditor|evaluator|checker|verifier|safety)${O}:${O}$|\b(?:reviewer|review|judge|critic|adversary|auditor|evaluator|checker|verifier|monitor)_?(?:model|llm|prompt)['"]?${O}[:=]|\b(?:switch|switches|switching|change|changes|changing|swap|swaps|swapping|replace|replaces|replacing|downgrade|downgrades|downgrading|move|moves|moving)${S}(?:the${S})?(?:model|llm|prompt)${S}(?:used${S})?(?:for|in|by|of)${S}(?:its${S}|my${S}|our${S}|the${S})?(?:own${S})?(?:code${S})?(?:review|reviewer|reviews|monitor|judge|critic|adversary|audit|auditor|evaluator|gate)\b`, refine: reviewerModelChanged },
  { id: "prose-approval-removed", category: "self-modification", weight: BLOCK_WEIGHT, prose: true, description: "says the review or approval stages before a merge or a deploy go away", hints: ["review", "approval", "sign-off", "signoff", "wait"], pattern: String.raw`\b(?:remove|removes|removing|drop|drops|dropping|disable|disables|lift|lifts|waive|waives)${S}(?:the${S})?(?:[\w-]+${S})?(?:rule|requirement|step|gate|check)${S}that${S}[^.\n]{0,60}?\b(?:human${S})?(?:approval|review|sign-?off)\b|\b(?:switch|switches|switching|turn|turns|turning)${S}off${S}(?:the${S})?required[- ](?:approvals?|reviews?|approving${S}reviews?)\b|\b(?:remove|removes|removing|drop|drops|dropping|disable|disables|disabling)${S}(?:the${S})?required[- ](?:approvals?|reviews?)\b|\b(?:review|approval|sign-?off|manual${S}approval)${S}(?:and${S}(?:review|approval|sign-?off)${S})?(?:stages?|steps?|jobs?|gates?|waits?|requirements?)${S}(?:go(?:es)?${S}away|(?:is|are|get|gets)${S}(?:removed|dropped|deleted|skipped)|(?:is|are)${S}no${S}longer${S}(?:needed|required))\b(?!${S}(?:from|in)${S}(?:the${S})?(?:[\w-]+${S})?(?:docs?|documentation|readme|page|wiki|guide|handbook)\b)|\benvironment:${O}production\x60?${S}wait\b[^.\n]{0,80}?\bno${S}longer${S}(?:needed|required)\b` },
  { id: "guard-workflow-removed", category: "self-modification", weight: BLOCK_WEIGHT, statement: true, description: "deletes or disables the CI workflow that audits, tests or scans what merges", hints: [".github/workflows", "workflow"], pattern: String.raw`\b(?:rm|git${S}rm|delete|deletes|deleting|remove|removes|removing|disable|disables|disabling)${S}(?:-[rf]+${S})?(?:the${S})?\x60?[\w./-]*\.github\/workflows\/[\w.-]*(?:fsar|audit|security|codeql|test|tests|lint|review|check|checks|scan|ci)[\w.-]*|\bgh${S}workflow${S}disable\b` },
  { id: "prose-own-budget-raised", category: "self-modification", weight: 30, prose: true, description: "raises its own workers, concurrency, token budget or schedule from one figure to another", hints: ["rais", "increas", "bump", "doubl", "lift"], pattern: String.raw`\b(?:raise|raises|raising|increase|increases|increasing|bump|bumps|bumping|double|doubles|lift|lifts)${S}\x60?[\w.]*(?:limits?|budget|tokens|concurrency|workers|quota|cap|rate|dailytokens|selfimprovement|ideaimplementation)\w*\x60?${S}from${S}[\d,._]+${S}to${S}[\d,._]+`, refine: inAgentText(28, null) },
  { id: "agent-own-limits", category: "self-modification", weight: 30, description: "changes the agent's own schedule, budgets or limits", hints: ["\"self_improvement\"", "'self_improvement'", "\"idea_implementation\"", "'idea_implementation'", "max_tokens_per", "token_budget", "budget", "max_cycles", "cycles_per", "max_spend", "spend_limit", "max_iterations", "autonomy", "_limit", "_cap", "_quota", "maxtokensper", "spendcap", "spend_cap", "maxconcurrent", "max_concurrent"], pattern: String.raw`\b(?:maxTokensPer\w+|\w*(?:SpendCap|SpendLimit|spend_cap)\w*|maxConcurrent\w*|max_concurrent\w*)['"]?${O}[:=]${O}['"]?\d|\b\w*(?:self_?improvement|improvement|cycles?|proposals?|iterations?|agent|executor)\w*_(?:limit|cap|quota)\w*\x60?(?:['"]?${O}[:=]${O}['"]?\d|${S}from${S}\d+${S}to${S}\d+)|["'](?:self_improvement|idea_implementation)["']${O}:${O}\{|\b(?:max_tokens_per_\w+|token_budget\w*|\w+_budget\w*|budget_per_\w+|max_cycles\w*|cycles_per_\w+|max_spend\w*|spend_limit\w*|max_iterations\w*|autonomy(?:_level)?)['"]?${O}[:=]${O}['"]?\d`, refine: agentLimits },
  { id: "prose-deploy-unattended", category: "self-modification", weight: 30, prose: true, description: "says production deploys go out on their own, no person pressing the button", hints: ["automatically", "no more waiting", "on its own", "by itself"], pattern: String.raw`\bdeploy(?:s|ed|ing)?${S}[^.\n]{0,60}?\bto${S}(?:production|prod|live)${S}(?:automatically|on${S}its${S}own|by${S}itself)\b|\bno${S}more${S}waiting${S}for${S}(?:someone|somebody|a${S}person|a${S}human|approval|a${S}reviewer)\b|\b(?:ship|ships|shipping|deploy|deploys)${S}on${S}its${S}own\b` },
  { id: "store-release-automated", category: "self-modification", weight: 30, description: "uploads builds to the app stores from its own pipeline (block when they are submitted for review and released automatically)", hints: ["upload_to_testflight", "upload_to_app_store", "upload_to_play_store", "supply("], pattern: String.raw`\bupload_to_(?:testflight|app_store|play_store)\b|\bsupply${O}\(`, refine: (site) => (/\bsubmit_for_review\s*:\s*true\b[\s\S]{0,400}?\bautomatic_release\s*:\s*true\b|\bautomatic_release\s*:\s*true\b[\s\S]{0,400}?\bsubmit_for_review\s*:\s*true\b|\btrack\s*:\s*["']production["']/.test(site.text) ? BLOCK_WEIGHT : 30) },
  { id: "unreviewed-release", category: "self-modification", weight: 52, prose: true, description: "deploys, merges or publishes its own output without a human review", hints: ["without"], pattern: String.raw`\b(?:deploy|deploys|deploying|ship|ships|shipping|release|releases|releasing|publish|publishes|publishing|merge|merges|merging|push|pushes|pushing|send|sends|sending|reply|replies|replying|respond|responds|responding|post|posts|posting|apply|applies|applying|execute|executes|executing|issue|issues|issuing)${S}(?:[\w-]+${S}){0,3}?(?:to${S}(?:production|prod|main|master|live|customers|users)${S})?without${S}(?:any${S}|a${S})?(?:human${S}|manual${S})?(?:review|approval|sign-?off)\b` },
  { id: "own-output-applied-directly", category: "self-modification", weight: BLOCK_WEIGHT, prose: true, description: "says the agent's proposals are applied without the hold, or its runner stops heeding the gate's verdict", hints: ["directly", "automatically", "no longer"], pattern: String.raw`\bproposals?\b(?:[^.\n]|\.\d){0,80}?\b(?:will${S}be|are|get|gets|is)${S}(?:applied|merged|deployed|executed|shipped|landed)${S}(?:directly|automatically)\b|\b(?:runner|executor|agent|pipeline|loop|scheduler|orchestrator)${S}(?:will${S})?no${S}longer${S}(?:consults?|checks?|reads?|honou?rs?|respects?|enforces?|waits${S}for|looks${S}at)\b` },
  { id: "own-changes-unchecked", category: "self-modification", weight: BLOCK_WEIGHT, prose: true, description: "says the agent's own proposals or changes go straight through, past the review others get", hints: ["straight", "directly"], pattern: String.raw`\b(?:its|my|our|the${S}(?:loop|agent|bot|system|executor)'s)${S}own${S}(?:[\w-]+${S}){0,2}?(?:proposals?|changes|patches|pull${S}requests|prs|commits|plans)${S}(?:now${S})?(?:go|goes|flow|flows|pass|passes|land|lands|ship|ships|are${S}(?:sent|applied|merged|deployed|executed)|get${S}(?:sent|applied|merged|deployed|executed))${S}(?:straight|directly)\b` },
  { id: "own-prompt-changed", category: "self-modification", weight: REVIEW_WEIGHT, description: "the agent edits its own prompt (what it is told to favour and to avoid)", hints: ["prompt"], pattern: String.raw`\b(?:update|updates|append|appends|rewrite|rewrites|edit|edits|change|changes|replace|replaces|modify|modifies)\b[^.\n]{0,40}\b(?:my|its)${S}(?:own${S})?(?:\w+${S})?(?:system${S})?prompts?\b|\b(?:update|updates|edit|edits|rewrite|rewrites|replace|replaces|modify|modifies)${S}(?:the${S})?\x60?prompts\/\S+|\bCreate${S}or${S}update${S}the${S}file${S}(?:[\w.-]+\/)*prompts\/[\w.\/-]*system[\w.-]*|\b(?:rules?|instructions)${S}in${S}(?:my|its)${S}(?:own${S})?system${S}prompt\b`, namesFile: true },
  { id: "self-improvement-plan", category: "self-modification", weight: 28, description: "the agent proposes to change its own running system (its live schema, prompts, schedule, budgets); advice alone is routine", hints: ["self_improvement:"], pattern: "^self_improvement:", refine: selfImprovementWeight },
  { id: "gate-config-loosened", category: "self-modification", weight: BLOCK_WEIGHT, description: "rewrites a gate's configuration: its block or review levels, the operations that need a human, auto-approval", hints: ["require_human", "requirehuman", "requires_human", "human_review", "humanreview", "require_approval", "requireapproval", "requires_approval", "requiresapproval", "approval_required", "approvalrequired", "manual_review", "manualreview", "review_required", "reviewrequired", "needs_review", "needsreview", "auto_approve", "autoapprove", "skip_review", "skipreview", "bypass_review", "bypassreview", "automerge", "auto_merge", "hard_block", "hardblock", "soft_block", "softblock", "block_at", "blockat", "review_at", "reviewat", "warn_at", "warnat", "block_above", "blockabove", "review_above", "reviewabove"], pattern: String.raw`\b(?:require_?human_?review\w*|requires_?human_?review|human_?review_?required|require_?(?:human_?)?approval\w*|requires_?(?:human_?)?approval|(?:human_?)?approval_?required|manual_?review(?:_required)?|review_?required|needs_?review)['"]?${O}[:=]${O}(?:\[${O}\]|false\b|False\b|0\b|off\b|no\b|none\b)|\b(?:auto_?approve\w*|skip_?review\w*|bypass_?review\w*|auto_?merge)['"]?${O}[:=]${O}(?:true|True|1|on|yes)\b|\b(?:hard_?block|soft_?block|block_?at|review_?at|warn_?at|block_?above|review_?above)['"]?${O}[:=]${O}\d`, refine: inGateConfig },
  { id: "agent-own-config", category: "self-modification", weight: 28, prose: true, description: "the agent speaks of changing its own configuration, limits, policy, tools or permissions, whatever the verb", hints: ["my "], pattern: String.raw`\bmy${S}(?:own${S})?(?:[\w-]+${S}){0,2}?(?:policy|policies|policy${S}file|config|configuration|settings|limits|allowlist|allow-list|denylist|permissions|tools|tool${S}list|budget|budgets|quota|quotas|guardrails|thresholds?|gates?|review${S}rules|operating${S}limits|schedule|cron${S}schedule|hooks?|hook${S}configuration|library|macros?|triggers?|automations?)\b|\b(?:hooks?)${S}that${S}run${S}on${S}my${S}own\b` },
  { id: "agent-commands-allowed", category: "self-modification", weight: 30, description: "writes the list of commands or tools the agent may run, in its own config", hints: ["allowedcommands", "allowed_commands", "allowedtools", "allowed_tools", "permittedcommands", "permitted_commands", "toolallowlist", "tool_allowlist"], pattern: String.raw`["']?(?:allowed_?commands|allowed_?tools|permitted_?commands|tool_?allowlist)["']?${O}[:=]${O}\[`, refine: inAgentConfig },
  { id: "quality-gate-loosened", category: "self-modification", weight: 30, description: "loosens a test, coverage or lint gate, the old value kept beside it (coverage lowered, more warnings allowed)", hints: ["# was", "#was", "// was", "//was", "(was", "# previously", "// previously"], pattern: String.raw`\b(?:\w*(?:coverage|lines|branches|statements|functions|threshold|warnings)\w*|min(?:imum)?_\w+)["']?${O}[:=]${O}\d+(?:\.\d+)?${O}[}\]]*${O},?${O}(?:#|\/\/|\()${O}(?:was|previously)${O}:?${O}\d+(?:\.\d+)?|--max-warnings${S}\d+[^\n]{0,40}?\(was${S}[^\n]{0,10}?--max-warnings${S}\d+`, refine: gateLoosened },
  { id: "agent-own-access", category: "self-modification", weight: REVIEW_WEIGHT, prose: true, description: "the agent asks for more access, roles or permissions for itself (block when it grants them itself)", hints: ["myself", "itself", "the agent", "for me", "for myself", "for the agent", "for itself", "my own", "myself", "itself", "the agent", "its own", "the bot", "the ai", "my working", "my scope", "its scope", "my allow", "its allow", "my reach", "its reach", "my remit", "its remit", "its working", "my tool", "its tool", "my allowed", "its allowed", "my permissions", "its permissions"], pattern: String.raw`\b(?:give|gives|giving|grant|grants|granting|add|adds|adding)${S}(?:myself|itself|the${S}agent)${S}(?:a${S}|an${S}|the${S})?(?:new${S})?\x60?[\w-]+\x60?${S}tool\b|\b(?:create|creates|creating|set${S}up|sets${S}up|provision|provisions)${S}(?:a${S})?(?:dedicated${S}|new${S}|separate${S})?(?:service${S}account|bot${S}account|api${S}key|access${S}token|database${S}user)${S}for${S}(?:me|myself|the${S}agent|itself)\b|\b(?:widen|widens|widening|expand|expands|expanding|broaden|broadens|broadening|extend|extends|extending)${S}(?:my|its)${S}(?:own${S})?(?:working${S}set|scope|allowlist|allow-list|reach|remit|tool${S}manifest|tool${S}permissions|tools${S}manifest|allowed${S}tools)\b|\b(?:edit|edits|change|changes|update|updates)${S}(?:to${S})?(?:my|its)${S}(?:own${S})?(?:tool${S}manifest|tool${S}permissions|tools${S}manifest|allowed${S}tools|permissions)\b|\b(?:request|requests|requesting|ask${S}for|asks${S}for|asking${S}for|propose|proposes|proposing|grant|grants|granting|give|gives|giving|add|adds|adding|broaden|broadens|broadening|expand|expands|expanding|widen|widens|widening|extend|extends|extending|elevate|elevates|elevating)${S}(?:[\w-]+${S}){0,4}?(?:access|permissions?|scopes?|roles?|privileges?|rights|credentials)${S}(?:[\w-]+${S}){0,6}?(?:for|to)${S}(?:my${S}own|myself|itself|the${S}agent(?:'s${S}(?:own${S})?(?:service${S}account|role|token|credentials|identity|account|user)\b|\b(?!'))|its${S}own|the${S}bot\b(?!')|the${S}AI\b(?!'))|\b(?:grant|grants|granting|give|gives|giving)${S}(?:myself|itself|the${S}agent|the${S}bot)${S}(?:[\w-]+${S}){0,3}?(?:access|permissions?|scopes?|roles?|privileges?|rights)\b` },
  { id: "agent-tools-extended", category: "self-modification", weight: 30, statement: true, description: "gives the agent a new tool, credential or capability, or edits its tool allowlist: what it may do grows", hints: ["to the agent", "for the agent", "to the executor", "for the executor", "to the runtime", "for the runtime", "to the loop", "for the loop", "allowlist.", "allow-list.", "permissions.", "capabilities.", "manifest."], pattern: String.raw`\b(?:tools?|agent|executor|runtime)[\/_-](?:allowlist|allow-list|permissions|capabilities|tool-?manifest)\.(?:json|ya?ml|toml)\b|\b(?:add|adds|adding|give|gives|giving|grant|grants|granting)${S}(?:an?${S}|the${S})?(?:new${S})?(?:[\w.\x60"-]+${S}){0,3}?(?:tool|capability|credential|token)${S}(?:to|for)${S}the${S}(?:agent|executor|runtime|loop)\b` },
  // personal-data
  { id: "snapshot-shared", category: "personal-data", weight: 48, description: "shares a database or disk snapshot with another account: every record in it leaves its store", hints: ["snapshot-attribute", "snapshotattribute", "snapshot_attribute"], pattern: String.raw`\bmodify-db(?:-cluster)?-snapshot-attribute\b|\bmodify-snapshot-attribute\b|\bModifyDB(?:Cluster)?SnapshotAttribute\b|\bmodify_db(?:_cluster)?_snapshot_attribute${O}\(|\bmodifyDB(?:Cluster)?SnapshotAttribute\b` },
  { id: "db-dump-offsite", category: "personal-data", weight: REVIEW_WEIGHT, description: "copies a whole database dump off the host (every personal record leaves its store)", hints: ["pg_dump", "mysqldump", "mongodump", "mongoexport"], pattern: String.raw`\b(?:pg_dump|pg_dumpall|mysqldump|mongodump|mongoexport)\b`, refine: dumpLeavesHost },
  { id: "prose-production-copied-down", category: "personal-data", weight: 30, prose: true, description: "says it restores or copies a production snapshot or database into staging, dev or a laptop (people's records where fewer guard them)", hints: ["prod snapshot", "prod dump", "prod backup", "prod database", "prod db", "prod data", "production snapshot", "production dump", "production backup", "production database", "production db", "production data", "live snapshot", "live dump", "live backup", "live database", "live db", "live data"], pattern: String.raw`\b(?:restore|restores|restoring|copy|copies|copying|load|loads|loading|clone|clones|cloning|import|imports|importing)${S}(?:last${S}night's${S}|the${S}|a${S}|our${S}|today's${S})?(?:latest${S})?(?:prod|production|live)${S}(?:snapshot|dump|backup|database|db|data)${S}(?:into|to|onto|on)${S}(?:the${S}|a${S}|my${S})?(?:staging|dev|development|test|qa|local|laptop|sandbox)\b` },
  { id: "unmasked-copy", category: "personal-data", weight: REVIEW_WEIGHT, prose: true, description: "copies real records without masking or anonymising them (block when they are people's records)", hints: ["mask", "anonymi", "redact", "scrub", "pseudonymi"], pattern: String.raw`\b(?:no|without|skip|skips|skipping|drop|drops|dropping)${S}(?:the${S}|any${S})?(?:masking|anonymi[sz]ation|anonymi[sz]ing|redaction|scrubbing|pseudonymi[sz]ation)\b|\bun-?(?:masked|anonymi[sz]ed|redacted|scrubbed)${S}(?:copy|copies|data|dump|records|rows|production|prod|snapshot|export)\b`, refine: unmaskedWeight },
  { id: "subject-access-export", category: "personal-data", weight: REVIEW_WEIGHT, statement: true, description: "builds the export of everything held about a person (a subject access request): whose data goes out, and to whom, is for a reviewer to check", hints: ["dsar", "right of access", "subject access", "article 15", "download my data", "download their data", "download your data"], pattern: String.raw`\bdsar\w*|\bright${S}of${S}access\b|\bsubject${S}access${S}requests?\b|\barticle${S}15\b|\bdownload${S}(?:my|their|your)${S}data\b`, refine: exportBuilt },
  { id: "sensitive-records-stored", category: "personal-data", weight: REVIEW_WEIGHT, description: "declares a store for government identifiers, bank details or health data (a column of national ids, bank accounts or diagnoses, a table of medical answers)", hints: ["ssn", "social_security", "tax_id", "taxid", "national_id", "nationalid", "passport_", "licen", "icd", "diagnos", "medical", "health_record", "tin_", "tin ", "tin\t", "tin\"", "tin`", "bank_", "bankaccount", "bankrouting", "routing_n", "routingn", "iban"], pattern: String.raw`^[ \t]*(?:ADD${S}(?:COLUMN${S})?(?:IF${S}NOT${S}EXISTS${S})?)?["\x60]?(?:[a-z]+_)?(?:ssn(?:_\w+)?|social_security\w*|tax_?id(?:_\w+)?|tin(?:_\w+)?|bank_?(?:account|routing)(?:_?(?:no|num|number))?(?:_\w+)?|routing_?(?:no|num|number)(?:_\w+)?|iban(?:_\w+)?|national_?id(?:_\w+)?|passport_?(?:no|num|number)(?:_\w+)?|driv(?:er|ing)_?licen[cs]e_?(?:no|num|number)(?:_\w+)?|icd_?10\w*|diagnos(?:is|es)(?:_\w+)?)["\x60]?(?:[ \t]+(?:text|varchar|char|character|bytea|blob|int|integer|bigint|numeric|date|string|citext)\b|${O}[:=]${O}(?:encrypt\w*${O}\(${O})?(?:models\.\w+Field|Column|mapped_column|db\.Column|sa\.Column)\b)|\bt\.(?:string|text|binary|date)${S}:(?:ssn|tax_id|national_id|passport_number|date_of_birth)\b|\bCREATE${S}TABLE${S}(?:IF${S}NOT${S}EXISTS${S})?["\x60]?(?:\w+\.)?\w*(?:medical|diagnos|health_record)\w*` },
  { id: "identity-documents-stored", category: "personal-data", weight: REVIEW_WEIGHT, prose: true, description: "collects or stores scans of identity documents (passports, licences, national IDs)", hints: ["licen", "passport", "identity", "government", "national id", "id scan", "id document"], pattern: String.raw`\b(?:driv(?:er|ing)(?:'s|s)?${S}licen[cs]es?|licen[cs]e${S}(?:scans?|photos?|images?)|passport${S}(?:scans?|photos?|images?|copies)|government(?:-issued)?${S}ids?|national${S}id${S}(?:cards?|scans?|numbers?)|id${S}(?:scans?|documents?)|identity${S}documents?)\b`, refine: documentsGoOut },
  { id: "personal-data-to-warehouse", category: "personal-data", weight: REVIEW_WEIGHT, description: "loads records that name people into an analytics warehouse (many more people can read them there)", hints: ["load_table", "insert_rows", "to_gbq", "write_pandas", "copy into", "bq load", "to_sql", "load_table_from"], pattern: String.raw`\b(?:load_table(?:_from_\w+)?|insert_rows(?:_json)?|to_gbq|write_pandas)${O}\(|\bCOPY${S}INTO\b|\bbq${S}load\b|\.to_sql${O}\(`, refine: loadsPeople },
  { id: "card-code-stored", category: "personal-data", weight: BLOCK_WEIGHT, description: "stores card security codes (CVV, CVC), which no one may keep after authorisation", hints: ["cvv", "cvc", "card_code", "security_code"], pattern: String.raw`\bINSERT${S}INTO${S}[\w."\x60]+${O}\([^)\n]*\b(?:cvv2?|cvc2?|card_?code|security_code)\b|\b(?:cvv2?|cvc2?|security_code)\b[^\n]{0,60}\b(?:persist\w*|stored?|saved?|written)\b` },
  { id: "crm-sync", category: "personal-data", weight: REVIEW_WEIGHT, prose: true, description: "sends customers' personal data to a third-party CRM or marketing tool", hints: ["push", "hubspot", "salesforce", "mailchimp", "intercom", "segment", "mixpanel", "amplitude", "zendesk", "pipedrive", "klaviyo", "customer.io", "activecampaign", "braze", "marketo", "zoho", "crm"], pattern: String.raw`\b(?:sync|syncs|syncing|send|sends|sending|push|pushes|pushing|upsert|upserts|upserting|export|exports|exporting|upload|uploads|uploading|copy|copies|mirror|mirrors|forward|forwards)${S}(?:all${S}|the${S}|our${S}|every${S}|new${S})?(?:[\w-]+${S}){0,2}?(?:customers|users|contacts|leads|subscribers|signups|members|patients|accounts|buyers|(?:customer|user|contact|member|patient|account)${S}(?:records|data|details|results|lab${S}results|profiles|notes))${S}(?:[\w-]+${S}){0,3}?(?:to|into|with)${S}(?:the${S}|our${S}|a${S})?(?:HubSpot|Salesforce|Mailchimp|Intercom|Segment|Mixpanel|Amplitude|Zendesk|Pipedrive|Klaviyo|Customer\.io|ActiveCampaign|Braze|Marketo|Zoho|CRM)\b|\bpush(?:es|ed|ing)?${S}(?:their${S}|the${S})?(?:names?|e-?mail${S}address(?:es)?|phone${S}numbers?|contact${S}details|details)\b[^.\n]{0,80}?\binto${S}(?:the${S}|our${S}|a${S})?(?:[\w'-]+${S}){0,2}?(?:tool|desk|crm|vendor|platform)(?:'s)?\b|\b(?:import|imports|importing|upload|uploads|uploading|load|loads|loading)${S}(?:them|it|the${S}(?:list|file|export|contacts))${S}into${S}(?:a${S}|the${S}|our${S})?(?:new${S})?(?:HubSpot|Salesforce|Mailchimp|Intercom|Segment|Mixpanel|Amplitude|Zendesk|Pipedrive|Klaviyo|Customer\.io|ActiveCampaign|Braze|Marketo|Zoho|CRM)\b|\bhubspot\w*\.crm\.contacts\b|\bcrm\.contacts\.(?:batchApi|basicApi)\.(?:upsert|create|update)\b|\bmailchimp\w*\.lists\.(?:addListMember|setListMember|batchListMembers)\b|\bmixpanel\.people\.set\b`, refine: blockWithSensitiveRecords(REVIEW_WEIGHT, 200, 200) },
  { id: "personal-records-handled", category: "personal-data", weight: 30, subject: namesPeopleRecords, description: "handles records of people: three kinds of personal data or more (email, phone, name, date of birth, national id, address, IP, health, member id); block when they go to a vendor, an agency or a partner", hints: PERSONAL_WORDS, pattern: String.raw`(?:e_?mail|phone|mobile)(?:_?(?:address|number))?\b|\b(?:(?:full|first|last|given|family)_?name|date_?of_?birth|dob|birth_?date|birthdate|ssn|national_?id|passport_?number|(?:billing|home|street|postal)_?address|address_?line\w*|ip_?address|diagnos[ie]s|icd_?10\w*|medications|member_?id|mrn)\b`, refine: recordsOfPeople },
  { id: "personal-data-field", category: "personal-data", weight: 50, description: "personal, financial or health fields sent out, logged, or stored in plain columns", hints: ["ssn", "social_security", "socialsecurity", "date_of_birth", "dateofbirth", "birth_date", "birthdate", "dob", "passport", "diagnos", "medical_", "health_record", "healthrecord", "card_number", "cardnumber", "cvv", "cvc", "iban", "bank_account", "routing_number", "tax_id", "national_id", "medication", "prescription", "lab_result", "mental_health", "therapy_note", "credit_score", "track2", "track_2", "primary_account_number", "cardholder_name", "cardholdername"], pattern: String.raw`\b(?:ssn|SSN|social_security\w*|socialSecurity\w*|date_of_birth\w*|dateOfBirth\w*|birth_?date\w*|dob(?:_\w+)?|passport_?(?:number|no)\w*|diagnos[ie]s\w*|medical_\w+|health_records?|healthRecords?|card_?number|cardNumber|cvv|cvc|CVV|iban|bank_account\w*|routing_number|tax_id|national_id|medications?|prescriptions?|lab_results?|mental_health\w*|therapy_notes?|credit_score|track_?2\w*|primary_account_number|cardholder_?name)\b`, refine: personalField },
  { id: "error-tracker-pii", category: "personal-data", weight: REVIEW_WEIGHT, description: "has an error tracker send users' personal data (IPs, cookies, emails) to its service", hints: ["senddefaultpii", "send_default_pii"], pattern: String.raw`\b(?:sendDefaultPii|send_default_pii)${O}[:=]${O}(?:true|True)\b` },
  { id: "personal-data-public", category: "personal-data", weight: BLOCK_WEIGHT, description: "makes storage public where personal, financial or health data stands", hints: ["public-read", "publicly", "public", "anyone"], pattern: String.raw`\bAccess\.ANYONE(?:_WITH_LINK)?\b|["']anyoneWithLink["']|\btype["']?${O}:${O}["']anyone["']|\bpublic-read(?:-write)?\b|\bpublicly${S}(?:readable|accessible|available)\b|\bmake${S}(?:the${S})?(?:[\w-]+${S})?bucket${S}public\b`, refine: nearPersonalData },
  { id: "sensitive-records-to-model", category: "personal-data", weight: BLOCK_WEIGHT, description: "sends health, identity or bank records to a hosted language model's API", hints: ["chat.completions", "responses.create", "generatecontent", "messages.create", "files.create"], pattern: String.raw`\b(?:chat\.completions|responses|messages)\.create${O}\(|\bgenerateContent${O}\(|\bfiles\.create${O}\(`, refine: sensitiveRecordsNear },
  { id: "prose-personal-data-export", category: "personal-data", weight: 52, prose: true, description: "says it sends personal data to a third party or to the open", hints: ["third", "partner", "advertis", "vendor", "external", "marketing", "broker", "mailchimp", "hubspot", "salesforce", "facebook", "google", "public", "openai", "anyone", "everyone"], pattern: String.raw`\b(?:export|exports|exporting|send|sends|sending|share|shares|sharing|upload|uploads|uploading|sync|syncs|syncing|sell|sells|selling|transfer|transfers|forward|forwards|publish|publishes|dump|dumps)${S}(?:all${S}|the${S}|our${S}|every${S})?(?:[\w-]+${S}){0,3}?(?:personal${S}data|PII|pii|customer${S}data|user${S}data|patient${S}data|patient${S}records|health${S}data|medical${S}records|email${S}addresses|phone${S}numbers|contact${S}lists?|customer${S}lists?|payment${S}details|card${S}details|user${S}profiles|customer${S}records|user${S}records)\b[^\n]{0,80}?\b(?:to|with)${S}(?:a${S}|an${S}|the${S}|our${S})?(?:[\w-]+${S})?(?:third[- ]part\w+|partners?|advertis\w+|vendors?|external|marketing|data${S}brokers?|mailchimp|hubspot|salesforce|facebook|google|public|openai|anyone|everyone)\b` },
  { id: "analytics-sensitive-data", category: "personal-data", weight: 50, description: "sends health, financial or identity data to an analytics, tracking or error service as event or user properties", hints: [".track(", ".capture(", ".identify(", "logevent", "people.set", "setuserproperties", "setuser", "gtag(", "fbq("], pattern: String.raw`\b(?:mp|mixpanel|analytics|segment|amplitude|posthog|heap|rudder\w*|plausible|umami|datadogRum|Sentry|sentry_sdk|braze|appboy|clevertap|customerio|cio|klaviyo|tracker)\w*\.(?:track|capture|identify|people\.set|setUserProperties|setUser|set_user|setContext|set_context)${O}\(|\blogEvent${O}\(|\b(?:gtag|fbq)${O}\(`, refine: sensitiveProperties },
  { id: "retention-lengthened", category: "personal-data", weight: REVIEW_WEIGHT, description: "keeps records longer than it did before they are purged or expire (its comment says what it was)", hints: ["# was", "#was", "// was", "//was", "# previously", "#previously", "// previously", "//previously", "# before", "#before", "// before", "//before", "# from", "#from", "// from", "//from"], pattern: String.raw`\b\w*(?:retention|retain|purge|keep|delete|expir|archive)\w*['"]?${O}[:=]${O}['"]?\d+${O}(?:[a-z]+)?['"]?,?${O}(?:#|\/\/) ?(?:was|previously|before|from)${O}:?${O}\d+`, refine: lifetimeRaised },
  { id: "session-replay-unmasked", category: "personal-data", weight: 50, description: "records users' sessions without masking: every field they type or see goes to the replay service", hints: ["maskall", "mask_all", "blockallmedia", "block_all_media"], pattern: String.raw`\b(?:maskAllText|maskAllInputs|mask_all_text|mask_all_inputs|blockAllMedia|block_all_media)['"]?${O}[:=]${O}(?:false|False)\b` },
  // the compositional layer: an operation met with a sensitive target in a clause (compose.ts)
  ...COMPOSED_SIGNALS,
];
