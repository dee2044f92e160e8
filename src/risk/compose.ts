import { native } from "../core/native-regexp.js";
import type { RiskCategory } from "./categories.js";
import type { MatchSite, SignalDefinition } from "./signal-definition.js";
import type { PatternSetMatch } from "../core/pattern.js";

/**
 * The compositional layer: dangerous work said in words or APIs no exact signal knows. Within a clause (or a code
 * statement) an operation met with a sensitive target raises the report to review; with the operation, the target
 * and the scope all strong ("every", "in production", "without review"), to block. Each composition is an ordinary
 * signal (one pattern, its hints in the shared automaton, the same negation, template, scope and copy handling), so
 * it explains itself and is tuned by id and category like the others.
 */

/** A composition: which operations on which targets, and what makes it strong. */
interface Composition {
  id: string;
  category: RiskCategory;
  description: string;
  /** Verbs and API shapes of the operation (JS regex fragments, no capture groups). */
  operations: readonly string[];
  /**
   * The operation said after its target: participles ("every card is charged"), method calls (`users.deleteMany(`).
   * Read after the target only, so that nouns ("charges", "emails", "exports") named after a target are not verbs.
   */
  passive: readonly string[];
  /** The targets as they stand before a passive verb: the commonest of them (each word costs compiling). */
  subjects: readonly string[];
  /** Config keys whose assignment (`key: value`) is the operation. */
  keys?: readonly string[];
  /** Assignments that are the operation in code or config (`key: value`), read right after the target. */
  assignments?: readonly string[];
  /** The operations that are strong on their own ("wipe", not "clear"): only they reach block. */
  strongOperation: RegExp;
  /** Names of what the operation is done to. */
  targets: readonly string[];
  /** The targets that are strong on their own (production stores, every customer's card, the agent's own gate). */
  strongTarget: RegExp;
  /** Lowercase words every match holds one of (the operations' stems, or the targets'). */
  hints: readonly string[];
  /** What makes the clause more than an operation on a target: without it, review is the most it weighs. */
  scope: RegExp;
  /** Words in the clause that take the risk away for this composition (consent, redaction, a sandbox). */
  unless?: RegExp;
  /** Words in the clause that hold it at review even with every part strong (a DPA, a PR for approval). */
  tempered?: RegExp;
  /** A strong operation said in numbers or values rather than verbs (a threshold moved up, a flag set false). */
  strongWhen?: (clause: string) => boolean;
  /** Whether it needs a scope at all to count (a send to users is routine until it goes to all of them). */
  needsScope?: true;
  /** Targets grave enough that a strong operation on them blocks without a scope (encryption, a firewall). */
  graveTarget?: RegExp;
}

// Just under the exact signals' weights (32, 55): where both fire, the exact one is decisive and explains.
const REVIEW = 30;
const BLOCK = 48;

// How far apart an operation and its target may stand: a clause, not a paragraph.
const GAP = 70;
// A clause ends at a sentence's end, a semicolon or a line break; a period inside a name (`users.delete`) does not end it.
const IN_CLAUSE = String.raw`(?:[^\n;!?.]|\.(?=[\w\x60(\[]))`;
const CLAUSE_END = /[.;!?](?=\s|$)|\n/g;
const CLAUSE_REACH = 300;

// Scope every composition reads: the whole of a population or store, production, nobody looking.
const EVERYTHING = String.raw`\b(?:all|every|everyone|everybody|entire|whole|full|each|unscoped|unbounded|unfiltered|en\s+masse|at\s+once|in\s+bulk|bulk)\b`;
const PRODUCTION = String.raw`\b(?:production|prod|live)\b`;
const UNREVIEWED = String.raw`\b(?:without|no|skip(?:s|ping)?|bypass(?:es|ing)?)\s+(?:a\s+|an\s+|any\s+|the\s+)?(?:human\s+|manual\s+)?(?:review|approval|confirmation|sign-?off|dry[- ]run|backup|cap|limit|check|consent|opt-?in|idempotency)\w*|\b(?:straight\s+away|right\s+away)\b|\b(?:force|forced|forcibly|--force)\b`;
const COUNT = String.raw`\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s*(?:k|m|million|thousand)\b|\b\d{4,}\s+(?:users|customers|contacts|subscribers|recipients|rows|records|accounts|people|members|patients|emails|numbers)\b`;
const SCOPE = native(new RegExp([EVERYTHING, PRODUCTION, UNREVIEWED, COUNT].join("|"), "i"));

// Where nothing real is at stake: a test, staging or local store, a dry run, a mock.
const SAFE_PLACE = native(/\b(?:staging|sandbox|dev|development|local|localhost|test|testing|e2e|mock(?:ed|s)?|fixtures?|seed(?:ed|s)?|demo|dry[- ]run|fake|dummy|example)\s+(?:only|env\w*|database|db|data|store|bucket|cluster|namespace|project|account|accounts|users|customers|records|tables?|instance|server|mode|keys?|cards?|copy|schema|org)\b|\b(?:in|on|against|to)\s+(?:the\s+|a\s+)?(?:staging|sandbox|dev|development|local|test|testing|ci)\b|\b(?:test|stripe)[_-]?mode\b|--dry-run\b|\bdry[- ]run\b|\bsk_test_|\btest\s+suite\b|\bunit\s+tests?\b|\bin\s+(?:a\s+|the\s+)?tests?\b/i);
// Copy and headings about the operation, not the operation: a confirmation dialog, a button, a page that lists.
const UI_WORDS = native(/\b(?:button|dialog|modal|tooltip|placeholder|label|banner|toast|confirm\(|menu|dropdown|checkbox|link\s+text|page\s+title)\b/i);

const NEGATED = native(/(?<![-\w])(?:not|never|nor|none|don't|doesn't|didn't|won't|wouldn't|shouldn't|mustn't|cannot|can't|isn't|aren't|avoid\w*|prevent\w*|instead\s+of|rather\s+than|refus\w*|forbid\w*|prohibit\w*|disallow\w*|neither)(?![-\w])/i);

function words(list: readonly string[]): string {
  return `(?:${list.join("|")})`;
}

function patternOf(composition: Pick<Composition, "operations" | "passive" | "targets" | "subjects" | "keys" | "assignments">): string {
  // A verb in quotes or a code span alone is a name (a field `email`, a key "delete"), not the operation.
  const operation = String.raw`(?<![\w\x60'"-])${words(composition.operations)}(?![\w\x60'"])`;
  const passive = String.raw`(?<![\w-])${words(composition.passive)}(?![\w])`;
  const target = String.raw`(?<![\w])${words(composition.targets)}(?![\w])`;
  const gap = `${IN_CLAUSE}{0,${GAP}}?`;
  const subject = String.raw`(?<![\w])${words(composition.subjects)}(?![\w])`;
  const assigned = composition.keys && composition.assignments ? String.raw`|(?<![\w])${words(composition.keys)}${words(composition.assignments)}` : "";
  // The target may come first, as what the clause is about: "for every account with a credit, create a payout". Read
  // as a quantified phrase (weigh wants it to name a strong target): the target list twice would double the pattern.
  const fronted = String.raw`(?<![\w])for\s+(?:every|each|all)\s+[^,\n;.]{1,60}?,\s*${operation}`;
  return `${operation}${gap}${target}|${fronted}|${subject}${gap}${passive}${assigned}`;
}

const FRONTED = /^for\s/i;

/** The clause around a match: from the last clause end before it to the first after it, on its line. */
function clauseOf(site: MatchSite): { lead: string; matched: string; rest: string } {
  let lead = site.text.slice(Math.max(0, site.start - CLAUSE_REACH), site.start);
  CLAUSE_END.lastIndex = 0;
  let begin = 0;
  for (let end = CLAUSE_END.exec(lead); end !== null; end = CLAUSE_END.exec(lead)) begin = end.index + end[0].length;
  lead = lead.slice(begin);
  let rest = site.text.slice(site.end, site.end + CLAUSE_REACH);
  CLAUSE_END.lastIndex = 0;
  const stop = CLAUSE_END.exec(rest);
  if (stop !== null) rest = rest.slice(0, stop.index);
  return { lead, matched: site.text.slice(site.start, site.end), rest };
}

// "No approval" and "without review" are scope, not negation: taken out before the match is read for a negation.
const UNREVIEWED_PHRASE = native(new RegExp(UNREVIEWED, "gi"));

function weigh(composition: Composition): (site: MatchSite) => number | null {
  return (site) => {
    const { lead, matched, rest } = clauseOf(site);
    if (FRONTED.test(matched) && !composition.strongTarget.test(matched.slice(0, matched.indexOf(",")))) return null;
    const clause = `${lead}${matched}${rest}`;
    // The model reads a negation in the clause before the match; a composition is looser, so a negation anywhere in
    // its sentence before or inside it ("never run X: it removes the volumes", "records are never deleted") holds it down.
    if (NEGATED.test(`${lead}${matched}`.replace(UNREVIEWED_PHRASE, " "))) return null;
    if (SAFE_PLACE.test(clause) || UI_WORDS.test(clause) || composition.unless?.test(clause)) return null;
    const scoped = composition.scope.test(clause);
    if (composition.needsScope && !scoped) return null;
    const operation = composition.strongOperation.test(matched) || composition.strongWhen?.(clause) === true;
    const strong = (scoped || composition.graveTarget?.test(clause) === true) && operation && composition.strongTarget.test(clause);
    return strong && !composition.tempered?.test(clause) ? BLOCK : REVIEW;
  };
}

// A number moved up: "45 to 90", "`block: 45` to `block: 90`", "90  # was 45".
const MOVED = /(\d+)\D{0,40}?\bto\b\D{0,40}?(\d+)/;
const WAS = /[:=]\s*(\d+)\D{0,40}?\bwas\s+(\d+)/;

function raised(clause: string): boolean {
  const moved = MOVED.exec(clause);
  if (moved && Number(moved[2]) > Number(moved[1])) return true;
  const was = WAS.exec(clause);
  return was !== null && Number(was[1]) > Number(was[2]);
}

// People a product serves by another name than user or customer: its riders, players, donors, viewers.
const PERSON = "client|rider|driver|passenger|player|donor|viewer|listener|reader|resident|citizen|traveller|traveler|borrower|policyholder|learner|fan";

// One of many, named through its quantifier: "every shopper profile", "each tenant's card".
const EACH_ONE = String.raw`(?:every|each)\s+(?:[\w'-]+\s+){0,2}(?:user|customer|client|account|member|subscriber|patient|employee|contact|lead|recipient|buyer|seller|shopper|tenant|student|guest|${PERSON}|profile|record|row|order|payment|invoice|transaction|card|phone\s+number|number|object|file|document|product|variant|listing|sku)(?:'s|s)?`;

const PEOPLE = ["users", "customers", "clients", "accounts", "members", "subscribers", "patients", "employees", "contacts", "leads", "recipients", "buyers", "sellers", "affiliates", "creators", "vendors", "payees", "partners", "everyone", "everybody", "user\\s+base", "customer\\s+base", "audience", "mailing\\s+lists?", "contact\\s+lists?", "phone\\s+numbers", "email\\s+addresses", "numbers", "inboxes", "people", "profiles", "tenants", "shoppers", "students", "guests", "visitors", `(?:${PERSON})s`, EACH_ONE];

// "customer data", "users' emails": the words of a record of people; "user" alone is on too many lines of code, so
// it is hinted with each possessive and what follows.
const PEOPLE_RECORD_HINTS = [
  "customer", "patient", "member", "employee", "client", "subscriber", "contact",
  ...["user ", "users ", "user's ", "users' "].flatMap((user) => ["data", "record", "detail", "profile", "info", "name", "email", "list", "contact", "file", "histor"].map((what) => `${user}${what}`)),
];

const COMPOSITIONS: readonly Composition[] = [
  {
    id: "composed-data-destruction",
    category: "destructive-data",
    description: "deletes, wipes or purges people's records, money records or a production store, in words or APIs no exact signal knows",
    operations: [
      "delet(?:e|es|ed|ing)", "hard-delet(?:e|es|ed|ing)", "drop(?:s|ped|ping)?", "truncat(?:e|es|ed|ing)", "wip(?:e|es|ed|ing)", "purg(?:e|es|ed|ing)", "eras(?:e|es|ed|ing)",
      "destroy(?:s|ed|ing)?", "force-destroy(?:s|ed|ing)?", "nuk(?:e|es|ed|ing)", "obliterat(?:e|es|ed|ing)", "remov(?:e|es|ed|ing)", "force-remov(?:e|es|ed|ing)", "clear(?:s|ed|ing)?(?:\\s+out)?",
      "empt(?:y|ies|ied|ying)", "overwrit(?:e|es|ing|ten)", "reset(?:s|ting)?", "prun(?:e|es|ed|ing)", "discard(?:s|ed|ing)?", "scrap(?:s|ped|ping)?", "get(?:s|ting)? rid of", "tear(?:s|ing)? down", "blow(?:s|ing)? away", "zap(?:s|ped|ping)?",
      "rm -[rf]+", "\\w*(?:delete|destroy|remove|drop|truncate|purge|wipe|clear)_?(?:all|many|everything|bucket|namespace|table|collection|database|db|volumes?|objects)\\w*",
    ],
    passive: [
      "(?:is|are|was|were|be|been|get|gets|got)\\s+(?:\\w+\\s+)?(?:deleted|dropped|truncated|wiped|purged|erased|destroyed|removed|cleared|emptied|overwritten|nuked|reset)",
      "\\.(?:delete|destroy|remove|drop|truncate|purge|wipe|clear|flush)\\w*\\s*\\(",
    ],
    subjects: ["records", "rows", "users", "customers", "accounts", "members", "orders", "payments", "invoices", "transactions", "backups?", "snapshots?", "volumes?", "buckets?", "namespaces?", "databases?", "tables", "data", "uploads", "objects", "files", "documents", "history", "ledgers?", "entries", "everything"],
    strongOperation: native(/\b(?:delet|hard-delet|drop|truncat|wip|purg|eras|destroy|force|nuk|obliterat|scrap|zap|blow|tear|rid\s+of|clear\s+out|rm\s|\w*(?:delete|destroy|drop|truncate|purge|wipe)_?(?:all|many|everything|bucket|namespace|table|collection|database|db|volume|object))/i),
    targets: [
      ...PEOPLE.slice(0, 15), EACH_ONE, "profiles", "tenants",
      "(?:user|customer|patient|member|account|order|payment|billing|financial|personal|health|medical|audit)\\s+(?:records|data|rows|history|files|uploads|documents|tables?|entries|logs?)",
      "records", "rows", "history", "ledgers?", "ledger\\s+entries", "orders", "payments", "invoices", "transactions", "balances", "uploads", "objects", "documents", "attachments", "photos",
      "backups?", "snapshots?", "volumes?", "persistent\\s+volumes?", "pvcs?", "buckets?", "namespaces?", "clusters?", "databases?", "(?:prod|production|live)\\s+(?:db|database|data|tables?|store|bucket|cluster|namespace|environment|instance)",
      "audit\\s+(?:logs?|trail)", "all\\s+(?:the\\s+)?data", "everything",
    ],
    strongTarget: /\b(?:backups?|snapshots?|volumes?|pvcs?|buckets?|namespaces?|clusters?|databases?|ledgers?|audit|production|prod|live|users|customers|patients|accounts|orders|payments|transactions|invoices|records|uploads|history)\b/i,
    hints: ["delet", "drop", "truncat", "wip", "purg", "eras", "destroy", "nuk", "obliterat", "remov", "clear", "empty", "empti", "overwrit", "reset", "prun", "discard", "rm -", "scrap", "rid of", "tear down", "tears down", "tearing down", "blow away", "blows away", "blowing away", "zap", "flush"],
    scope: SCOPE,
    // Deleting what expires, or one row by its key, is housekeeping.
    unless: native(/\b(?:delet\w*|remov\w*|eras\w*|clear\w*)\s+(?:all\s+)?(?:of\s+)?(?:their|his|her|your|my)\b|\b(?:expired|stale|temporary|temp|cache[sd]?|caches|duplicates?|orphan(?:ed|s)?|by\s+(?:its\s+|their\s+)?(?:id|key|primary\s+key)|where\s+id\s*=|\bon\s+request\b|(?:their|his|her|the\s+user's|a\s+user's)\s+own|logs?\s+older|sessions?|tokens?|drafts?|carts?|notifications?|build\s+(?:output|artifacts?)|node_modules|dist\b|tmp\b)\b|\b(?:soft[- ]delet\w*|archiv\w*|deleted_at|is_deleted|on\s+delete|on_delete|ondelete)\b/i),
    needsScope: true,
  },
  {
    id: "composed-mass-message",
    category: "outbound-messages",
    description: "sends email, texts or pushes to a whole population of people, in words or APIs no exact signal knows",
    operations: [
      "send(?:s|ing)?", "sent", "email(?:s|ed|ing)?", "e-?mail(?:s|ed|ing)?", "mail(?:s|ed|ing)?", "text(?:s|ed|ing)?", "sms(?:es|ed|ing)?", "messag(?:e|es|ed|ing)", "notif(?:y|ies|ied|ying)", "push(?:es|ed|ing)?",
      "broadcast(?:s|ed|ing)?", "blast(?:s|ed|ing)?", "announc(?:e|es|ed|ing)", "mail/send", "messages\\.create", "send_?(?:bulk|batch|mass)\\w*",
    ],
    passive: ["(?:is|are|get|gets|will\\s+get|receive|receives|will\\s+receive)\\s+(?:\\w+\\s+)?(?:emailed|texted|notified|messaged|sent|mailed|(?:an?|one|a\\s+single)\\s+(?:email|text|sms|push|message|notification))"],
    subjects: ["users", "customers", "subscribers", "contacts", "members", "patients", "everyone", "recipients", `(?:every|each|all) (?:[\\w-]+ )?(?:user|customer|member|subscriber|contact|patient|${PERSON})s?`],
    strongOperation: /\b(?:send|sent|email|e-?mail|mail|text|sms|messag|push|broadcast|blast)/i,
    targets: [...PEOPLE, "(?:user|customer|subscriber|contact|member|patient)\\s+(?:list|table|export|base|segment)", "crm\\s+export", "phones?"],
    strongTarget: native(/\b(?:every|each)\s|\b(?:users|customers|subscribers|contacts|members|patients|everyone|everybody|leads|phone\s+numbers|email\s+addresses|numbers|audience|user\s+base|customer\s+base|mailing\s+list|contact\s+list|list|table|crm)\b/i),
    hints: ["send", "sent", "mail", "text ", "texts", "texted", "texting", "sms", "messag", "notif", "push", "broadcast", "blast", "announc"],
    scope: native(new RegExp(`${EVERYTHING}|${COUNT}|\\b(?:including|even|ignor\\w*|bypass\\w*|skip\\w*|regardless\\s+of)\\s+(?:the\\s+)?(?:unsubscrib\\w*|opt-?outs?|opted[- ]out|suppression|hs_email_optout)|\\bwithout\\s+(?:an?\\s+|any\\s+)?(?:opt-?in|opt-?out|consent|unsubscribe)`, "i")),
    // Recipients who asked for it, or one person as they sign up: a send to an opted-in topic is for review at most.
    tempered: native(/\b(?:opted?[- ]?in|subscribed\s+to|consent(?:ed)?|signed\s+up\s+for|turned\s+on|rate[- ]limit\w*|reviewed\s+list|who\s+(?:signs?|signed)\s+up|when\s+they\s+(?:sign\s+up|register|join)|on\s+sign-?up)\b/i),
    // "push name, email address and plan into the support tool" hands over data; it sends nobody a message.
    unless: native(/\bpush(?:es|ed|ing)?\s+(?:their\s+|the\s+|our\s+)?(?:names?|e-?mail\s+address\w*|details|data|records|fields|contacts?|profiles?)\b|\b(?:send|email)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:managers?|team|staff|admins?|leads?|owners?|supervisors?)\s+an?\s+(?:list|report|summary|digest|export)\b|\b(?:their\s+own|the\s+user\s+who|who\s+(?:requested|asked)|password\s+reset|verification|receipt|confirmation\s+(?:email|code)|magic\s+link|one-time|otp|2fa|(?:sms|login|verification|security)\s+codes?|admins?\b|on-?call|the\s+team|slack\s+channel|#\w+)/i),
    needsScope: true,
  },
  {
    id: "composed-money-movement",
    category: "money-movement",
    description: "charges, pays out, refunds, transfers or reprices for many people at once, in words or APIs no exact signal knows",
    operations: [
      "charg(?:e|es|ed|ing)", "pay(?:s|ing)?", "paid", "pay(?:s|ing)? out", "payouts?", "refund(?:s|ed|ing)?", "transfer(?:s|red|ring)?", "disburs(?:e|es|ed|ing)",
      "debit(?:s|ed|ing)?", "repric(?:e|es|ed|ing)", "(?:set|sets|setting|change|changes|changing|update|updates|updating|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|rewrit(?:e|es|ing)|mov(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)|discount(?:s|ed|ing)?|lift(?:s|ed|ing)?)(?:\\s+(?:the|its|their|our))?(?:\\s+[\\w-]+)?\\s+\\x60?(?:price|prices|pricing|surge(?:\\s+(?:cap|ceiling|multiplier|limit))?|fares?|fees?|tariffs?)\\x60?",
      "(?:create|creates|creating|issue|issues|issuing|make|makes|making)\\s+(?:an?\\s+|the\\s+)?(?:disbursements?|payments?|payouts?|refunds?|transfers?)",
      "payouts?\\.create", "transfers\\.create", "payout\\.create", "payment_?intents?\\.create", "invoices?\\.create",
    ],
    passive: ["(?:is|are|get|gets|got|will\\s+be|be)\\s+(?:\\w+\\s+)?(?:charged|billed|paid|refunded|repriced|debited|credited)", "\\.(?:charge|refund|transfer|payout)\\w*\\s*\\("],
    subjects: ["cards", "customers", "subscribers", "accounts", "users", "affiliates", "sellers", "everyone", "(?:every|each|all) (?:[\\w-]+ )?(?:customer|user|card|subscriber|account)s?"],
    strongOperation: /\b(?:charg|pay|paid|payout|transfer|disburs|debit|repric|refund|set|sets|setting|change|changing|rais|increas|rewrit|mov|migrat|batch|lift)/i,
    targets: [
      ...PEOPLE.slice(0, 19), EACH_ONE, "tenants", "(?:saved\\s+|stored\\s+|their\\s+)?cards", "payment\\s+methods", "card\\s+on\\s+file", "wallets?", "balances?", "funds", "subscriptions", "subscribers", "plans", "products?", "product\\s+variants?",
      "catalog(?:ue)?", "store", "invoices", "orders", "prices?", "pricing", "everyone", "csv", "amounts?", "sign-?ups", "tiers?", "plans?",
      // A price set for a whole market: "in every EU city".
      "(?:every|each|all)\\s+(?:[\\w-]+\\s+){0,2}(?:cit(?:y|ies)|regions?|markets?|countr(?:y|ies)|zones?)",
    ],
    strongTarget: /\b(?:every|each)\s|\b(?:cards|payment\s+methods|card\s+on\s+file|customers|subscribers|subscriptions|accounts|affiliates|sellers|creators|vendors|payees|users|everyone|balances?|funds|catalog(?:ue)?|products?|prices|store|csv)\b/i,
    // "pay" as a word, not the "payment" of every checkout.
    hints: ["charg", "pay ", "pay,", "pay.", "pays", "paying", "paid", "payout", "payment_intent", "paymentintent", "refund", "transfer", "disburs", "debit", "pric", "invoice", "billed", "credited", "surge", "fare", "fee", "tariff"],
    scope: native(new RegExp(`${EVERYTHING}|${PRODUCTION}|${UNREVIEWED}|${COUNT}|\\b(?:directly|immediately)\\b|\\boff[_-]session\\b|\\b(?:in\\s+a\\s+)?loop\\b|\\bfrom\\s+(?:a|the|an\\s+unreviewed|an\\s+unreconciled)\\s+csv\\b|\\bnot\\s+reconciled\\b|\\bunreviewed\\b|\\bimmediate\\s+proration\\b`, "i")),
    // One customer's money moved at their request, or a price for sign-ups to come: a look, not a block.
    tempered: /\b(?:new\s+(?:sign-?ups|subscribers|customers)\s+only|for\s+new\s+(?:sign-?ups|subscribers|customers)|bounded|capped|cap\s+of|role[- ]gated|role\s+check|idempotency\s+key|limit\s+of|per\s+request|their\s+own)\b/i,
    needsScope: true,
    unless: native(/\b(?:test\s+mode|stripe\s+test|sk_test|price\s+(?:list|table|page|tag)s?\s+(?:component|ui|page)|display(?:s|ed|ing)?\s+(?:the\s+)?prices?|format(?:s|ted|ting)?\s+(?:the\s+)?(?:price|amount)|show(?:s|ing)?\s+(?:the\s+)?(?:price|amount))\b/i),
  },
  {
    id: "composed-gate-weakened",
    category: "self-modification",
    description: "the agent loosens its own gates, thresholds, reviews, hooks or permissions, in words or config keys no exact signal knows",
    operations: [
      "rais(?:e|es|ed|ing)", "increas(?:e|es|ed|ing)", "lower(?:s|ed|ing)?", "relax(?:es|ed|ing)?", "loosen(?:s|ed|ing)?", "disabl(?:e|es|ed|ing)", "bypass(?:es|ed|ing)?", "skip(?:s|ped|ping)?",
      "ignor(?:e|es|ed|ing)", "overrid(?:e|es|ing|den)", "turn(?:s|ed|ing)?\\s+off", "switch(?:es|ed|ing)?\\s+off", "remov(?:e|es|ed|ing)", "delet(?:e|es|ed|ing)", "drop(?:s|ped|ping)?", "lift(?:s|ed|ing)?",
      "weaken(?:s|ed|ing)?", "exempt(?:s|ed|ing)?", "suppress(?:es|ed|ing)?", "stop(?:s|ped|ping)?\\s+(?:honou?r|enforc|check|respect|obey)\\w*", "auto-?approv(?:e|es|ed|ing)", "auto-?releas(?:e|es|ed|ing)", "auto-?merg(?:e|es|ed|ing)",
      "(?:set|sets|setting|chang(?:e|es|ed|ing)|edit(?:s|ed|ing)?|rewrit(?:e|es|ing)|adjust(?:s|ed|ing)?|recalibrat(?:e|es|ed|ing)|tun(?:e|es|ed|ing)|modif(?:y|ies|ied|ying)|updat(?:e|es|ed|ing))",
      "admin-merg(?:e|es|ed|ing)", "force-push(?:es|ed|ing)?", "--no-verify", "soften(?:s|ed|ing)?", "dial(?:s|ed|ing)?\\s+(?:down|back)", "water(?:s|ed|ing)?\\s+down", "neuter(?:s|ed|ing)?",
      "circumvent(?:s|ed|ing)?", "sidestep(?:s|ped|ping)?", "get(?:s|ting)?\\s+(?:around|past)", "work(?:s|ing)?\\s+around", "opt(?:s|ed|ing)?\\s+out\\s+of", "short-?circuit(?:s|ed|ing)?",
    ],
    // A gate's setting written in config: the assignment is the operation.
    assignments: [String.raw`["'\x60]?\s*[:=]\s*["']?(?:false|off|no|0|\d{2,})\b`],
    passive: ["(?:is|are|was|were|be|been|get|gets)\\s+(?:\\w+\\s+)?(?:raised|increased|lowered|relaxed|loosened|disabled|bypassed|skipped|ignored|overridden|turned\\s+off|switched\\s+off|removed|deleted|dropped|lifted|weakened|suppressed)"],
    subjects: ["gates?", "thresholds?", "hooks", "checks", "reviews?", "branch protection", "the gate", "human review", "block_execution\\w*"],
    keys: ["\\w*block_?(?:severity|threshold|at|above|level)\\w*", "\\w*review_?(?:severity|threshold|at|above|level)\\w*", "\\w*block_execution\\w*", "honou?r_?block\\w*", "auto_release\\w*"],
    strongOperation: /\b(?:rais|increas|lower|relax|loosen|disabl|bypass|skip|ignor|overrid|turn|switch|remov|delet|drop|lift|weaken|exempt|suppress|stop|auto-?approv|auto-?releas|auto-?merg|admin-merg|force-push|soften|dial|water|neuter|circumvent|sidestep|get|work|opt|short-?circuit)|--no-verify/i,
    targets: [
      "(?:execution|fsar|review|approval|safety|quality|merge|policy|release|deploy(?:ment)?)\\s+gates?", "(?:its|my|our|the agent's) own (?:gates?|thresholds?|reviews?|reviewers?|checks|hooks|limits|guardrails|rules|permissions|allow-?list|policy|policies)",
      "the\\s+gate", "gates", "(?:block|review|severity|approval|gate|risk)\\s*(?:_|\\s)?(?:thresholds?|severity|levels?|limits?)", "\\x60?[\"']?(?:hard_)?block_?(?:severity|threshold|at|above|level)\\w*", "\\x60?[\"']?(?:human_)?review_?(?:severity|threshold|at|above|level)\\w*",
      "\\w*block_execution\\w*", "honou?r_?block\\w*", "human (?:review|approval|sign-?off|in the loop)", "(?:manual|required)\\s+(?:review|approval)s?", "review\\s+(?:rules?|steps?|requirements?)", "approval\\s+(?:rules?|steps?|requirements?)",
      "(?:pre-?commit|pre-?push|git|commit|husky)\\s+hooks?", "hooks", "branch\\s+protection", "required\\s+(?:status\\s+)?checks", "status\\s+checks", "ci\\s+checks", "kill[- ]switch", "guardrails?", "safety (?:checks?|rules?|limits?)",
      "(?:executor|tool|command)\\s+allow-?list", "allow-?list", "auto_release\\w*", "held (?:tasks|proposals)",
    ],
    strongTarget: /(?:\b|_)(?:gates?|thresholds?|block_?(?:severity|threshold|at|above|level)|review_?(?:severity|threshold|at|above|level)|block_execution|honou?r_?block)(?:\b|_)|\b(?:human\s+(?:review|approval)|hooks?|branch\s+protection|required\s+(?:status\s+)?checks|kill[- ]switch|guardrails?|--no-verify|own)\b/i,
    strongWhen: (clause) => raised(clause) || /\b(?:honou?r|require|enforce)\w*["'\x60]?\s*[:=]\s*["']?(?:false|off|no|0)\b|\bblock_execution\w*["'\x60]?\s*[:=]\s*["']?(?:false|off|no|0)\b/i.test(clause),
    hints: ["gate", "threshold", "block", "review", "approval", "severity", "risk", "hook", "branch protection", "checks", "kill", "guardrail", "safety check", "safety rule", "safety limit", "allow-list", "allowlist", "held task", "held proposal", "auto_release", " own ", "human "],
    // The agent's own gate needs no more scope than being its own: it is read as the agent's whenever the proposal
    // is the agent's, which every report here is. Scope still decides block: done directly, to pass its own work.
    scope: native(new RegExp(`${UNREVIEWED}|\\b(?:directly|immediately)\\b|\\b(?:its|my|our)\\s+own\\b|\\bitself\\b|\\b(?:running|live)\\s+(?:instance|system|agent|config)\\b|\\b(?:so\\s+that|to\\s+let|lets?)\\b[^\\n]{0,80}\\b(?:through|moving|pass|unblocked|not\\s+(?:be\\s+)?held)\\b|\\b(?:false|0|off)\\b|\\b(?:to|from)\\s+\\d+\\b|:\\s*\\d+|=\\s*\\d+|${EVERYTHING}|\\bon\\s+(?:the\\s+)?(?:main|master|default)(?:\\s+branch)?\\b`, "i")),
    tempered: /\b(?:through\s+a\s+(?:pr|pull\s+request)|for\s+human\s+(?:approval|review)|(?:human|maintainer|owner)s?\s+(?:to\s+)?(?:approve|review)|propos\w*\s+(?:a\s+)?change|read-only)\b/i,
    unless: native(/\b(?:dashboard|chart|alert(?:ing)?|monitor\w*|rate[- ]limit\w*|cache|retry|timeout|log\s+level|font|image|upload\s+size|page\s+size|toast|ui)\b/i),
    needsScope: true,
  },
  {
    id: "composed-protection-removed",
    category: "security-weakening",
    description: "switches off or removes a protection (certificate checks, authorization, CSRF, signatures, encryption), in words no exact signal knows",
    operations: [
      "disabl(?:e|es|ed|ing)", "turn(?:s|ed|ing)? off", "switch(?:es|ed|ing)? off", "remov(?:e|es|ed|ing)", "drop(?:s|ped|ping)?", "strip(?:s|ped|ping)?", "bypass(?:es|ed|ing)?", "skip(?:s|ped|ping)?",
      "comment(?:s|ed|ing)? out", "relax(?:es|ed|ing)?", "loosen(?:s|ed|ing)?", "weaken(?:s|ed|ing)?", "ignor(?:e|es|ed|ing)", "delet(?:e|es|ed|ing)", "stop(?:s|ped|ping)? (?:checking|verifying|validating|enforcing)", "permitall", "trust(?:s|ing)?\\s+(?:any|all|every)", "accept(?:s|ing)?\\s+(?:any|all|every)",
    ],
    passive: ["(?:is|are|was|were|be|been|get|gets)\\s+(?:\\w+\\s+)?(?:disabled|turned off|switched off|removed|dropped|stripped|bypassed|skipped|commented out|relaxed|loosened|weakened|ignored|deleted)", "(?:is|are|become|becomes)\\s+(?:now\\s+)?(?:optional|redundant)"],
    subjects: ["(?:tls|ssl|certificate|hostname) (?:verification|validation|checks?)", "(?:role|permission|authori[sz]ation|auth|admin|access|ownership) checks?", "csrf(?: protection)?", "authentication", "authori[sz]ation", "signature (?:verification|checks?)", "encryption", "2fa", "mfa", "totp(?: checks?)?", "rate limit\\w*", "@preauthorize\\w*"],
    strongOperation: /\b(?:disabl|turn|switch|remov|drop|strip|bypass|skip|comment|delet|stop|permitall|trust|accept|ignor)/i,
    targets: [
      "(?:tls|ssl|https|certificate|cert|hostname)\\s+(?:verification|validation|checks?|pinning)", "certificate\\s+errors", "certificates?", "(?:role|permission|authori[sz]ation|auth|admin|access|ownership)\\s+(?:checks?|guards?|middleware|decorators?|annotations?|requirements?|rules?)",
      "@preauthorize\\w*", "@secured\\w*", "@rolesallowed\\w*", "@login_required", "@permission_required\\w*", "authori[sz]ation", "authentication", "csrf(?:\\s+(?:protection|tokens?|checks?|middleware))?", "(?:webhook\\s+)?signature\\s+(?:verification|checks?|validation)",
      "(?:rate[- ]limit\\w*|2fa|mfa|totp|two-factor|encryption(?:\\s+at\\s+rest)?|firewall|waf|content\\s+security\\s+policy|csp|hsts|input\\s+validation|sanitization|sanitisation|password\\s+(?:hashing|requirements?|policy))", "every\\s+route", "all\\s+routes",
    ],
    strongTarget: /\b(?:tls|ssl|certificate|cert|hostname|ownership|access|role|permission|authori[sz]ation|auth|admin|@preauthorize|@secured|@rolesallowed|@login_required|@permission_required|authentication|csrf|signature|2fa|mfa|totp|two-factor|encryption|firewall|waf|rate[- ]limit\w*|lockouts?)\b/i,
    // Switching these off weakens every request at once, wherever it is done.
    graveTarget: /\b(?:encryption|firewall|waf|mfa|2fa|two-factor|csrf|(?:tls|ssl|certificate|hostname)\s+(?:verification|validation|checks?)|signature\s+(?:verification|checks?|validation)|rate[- ]limit\w*|lockouts?)\b/i,
    hints: ["disabl", "turn off", "turns off", "turned off", "turning off", "switch off", "switches off", "switched off", "switching off", "remov", "drop", "strip ", "strips", "stripped", "stripping", "bypass", "skip", "comment out", "comments out", "commented out", "commenting out", "relax", "loosen", "weaken", "ignor", "delet", "checking", "verifying", "validating", "enforcing", "permitall", "trust", "accept", "optional", "redundant"],
    scope: native(new RegExp(`${EVERYTHING}|${PRODUCTION}|${UNREVIEWED}|\\b(?:admin|payments?|billing|gateway|checkout|accounts?|api|endpoints?|routes?|controller|server|redundant|hide|hides|hidden|ui\\s+already)\\b`, "i")),
    unless: /\bnow\s+that\b|\b(?:enforced|handled|checked|done|covered)\s+(?:centrally\s+)?(?:by|in)\s+(?:the\s+)?(?:new\s+|shared\s+)?(?:middleware|gateway|filter|decorator|base\s+class|router|guard|interceptor|policy)|\b(?:deprecated\s+(?:flag|option)|unused\s+import|in\s+favou?r\s+of|replac(?:e|ed|es|ing)\s+(?:it\s+|them\s+)?(?:with|by)|moved?\s+(?:to|into)|now\s+(?:handled|enforced|done)\s+(?:by|in)|duplicate)\b/i,
  },
  {
    id: "composed-input-executed",
    category: "untrusted-execution",
    description: "evaluates, executes or renders what users or the request supply, in words no exact signal knows",
    operations: [
      "eval(?:s|uat(?:e|es|ed|ing))?", "exec(?:s|ut(?:e|es|ed|ing))?", "run(?:s|ning)?", "spawn(?:s|ed|ing)?", "interpret(?:s|ed|ing)?", "compil(?:e|es|ed|ing)", "render(?:s|ed|ing)?", "deseriali[sz](?:e|es|ed|ing)",
      "unpickl(?:e|es|ed|ing)", "unmarshal(?:s|led|ling)?", "interpolat(?:e|es|ed|ing)", "pass(?:es|ed|ing)? (?:it )?(?:straight )?(?:to|into) (?:the |a )?(?:shell|sh|bash|eval|exec)", "load(?:s|ed|ing)? (?:it )?as (?:code|python|javascript|a module)",
    ],
    passive: ["(?:is|are|was|were|be|been|get|gets)\\s+(?:\\w+\\s+)?(?:evaluated|eval'd|executed|run|spawned|interpreted|compiled|rendered|deserialized|deserialised|unpickled|unmarshalled|interpolated|passed (?:straight )?(?:to|into) (?:the |a )?(?:shell|sh|bash|eval|exec))", "(?:straight|directly)\\s+(?:in)?to\\s+(?:the\\s+)?(?:shell|eval|exec|a\\s+shell)"],
    subjects: ["(?:user|client|customer|visitor)-?(?:supplied|provided|submitted|written) [\\w-]+", "untrusted [\\w-]+", "(?:request|query) (?:body|string|params?)", "(?:pr|pull request) titles?", "formulas?", "expressions?", "uploaded [\\w-]+", "(?:model|llm) (?:output|response)"],
    strongOperation: /\b(?:eval|exec|run|spawn|interpret|deseriali|unpickl|unmarshal|interpolat|pass|load)/i,
    targets: [
      "(?:user|client|customer|visitor|caller|tenant|end-user|player|member|third-party|externally)-?(?:supplied|provided|submitted|written|defined|controlled|authored|entered|uploaded)", "client-side\\s+input", "(?:user|request|form|client|customer|visitor|external|untrusted)\\s+input", "untrusted", "arbitrary",
      "(?:the\\s+)?(?:request|query)\\s+(?:body|string|params?|parameters?)", "from\\s+the\\s+(?:request|query\\s+string|url|form|user|client|browser)", "(?:pr|pull\\s+request|issue|comment)\\s+(?:titles?|body|bodies|text)", "(?:model|llm|ai|gpt)\\s*(?:'s\\s+)?(?:output|response|generated\\s+code)",
      "uploaded\\s+(?:files?|scripts?|code|archives?)", "webhook\\s+payloads?", "formulas?", "expressions?",
    ],
    strongTarget: /\b(?:(?:user|client|customer|visitor|caller|tenant|end-user|player|member|third-party|externally)-?(?:supplied|provided|submitted|written|defined|controlled|authored|entered|uploaded)|user\s+input|request\s+input|untrusted|arbitrary|request|query\s+string|pr\s+title|pull\s+request|uploaded|model|llm|formula)\b/i,
    hints: ["eval", "exec", "run", "spawn", "interpret", "compil", "render", "deseriali", "unpickl", "unmarshal", "interpolat", "shell", "bash", "to sh", "into sh", "as code", "as python", "as javascript", "as a module"],
    // Where it runs: a shell, the server's own language, a process with secrets.
    scope: /\b(?:shell|sh|bash|command|commands|subprocess|child_process|os\.system|server|server-side|backend|javascript|js|python|node|ruby|php|code|as\s+code|secrets?|tokens?|deploy|straight|directly|raw|unsanitized|unsanitised|unescaped|without\s+(?:validation|sanitization|sanitisation|escaping))\b/i,
    tempered: /\b(?:sandbox(?:ed)?|safe_?eval|restricted|whitelist\w*|allow-?list\w*|literal_eval|safe_load|json\.parse|autoescape|escap(?:e|ed|es|ing))\b/i,
    unless: /\b(?:tests?|lint|migrations?|build|cron|job|jobs|scripts?\s+we\s+wrote|our\s+own)\b(?![^\n]{0,40}\b(?:user|request|client|untrusted))/i,
  },
  {
    id: "composed-data-export",
    category: "personal-data",
    description: "exports, uploads or shares people's records with a third party or the open, in words no exact signal knows",
    operations: [
      "export(?:s|ed|ing)?", "upload(?:s|ed|ing)?", "shar(?:e|es|ed|ing)", "send(?:s|ing)?", "sent", "sync(?:s|ed|ing)?", "forward(?:s|ed|ing)?", "cop(?:y|ies|ied|ying)", "push(?:es|ed|ing)?", "post(?:s|ed|ing)?",
      "transmit(?:s|ted|ting)?", "sell(?:s|ing)?", "sold", "publish(?:es|ed|ing)?", "dump(?:s|ed|ing)?", "leak(?:s|ed|ing)?", "expos(?:e|es|ed|ing)", "stream(?:s|ed|ing)?", "pip(?:e|es|ed|ing)", "replicat(?:e|es|ed|ing)", "put(?:s|ting)?", "store(?:s|d)?", "stor(?:ing)", "hand(?:s|ed|ing)?\\s+over", "mirror(?:s|ed|ing)?", "ship(?:s|ped|ping)?", "feed(?:s|ing)?", "fed", "pass(?:es|ed|ing)?\\s+(?:on|along)", "upsert(?:s|ed|ing)?",
    ],
    passive: ["(?:is|are|was|were|be|been|get|gets)\\s+(?:\\w+\\s+)?(?:exported|uploaded|shared|sent|synced|forwarded|copied|pushed|posted|transmitted|sold|published|dumped|leaked|exposed|streamed|piped|replicated|stored|put|handed\\s+over)"],
    subjects: ["personal data", "pii", "(?:customer|user|patient|member)s?'? (?:data|records|details|emails)", "patient records", "(?:health|medical) (?:data|records)"],
    strongOperation: /\b(?:export|upload|shar|send|sent|sync|forward|cop|push|post|transmit|sell|sold|publish|dump|leak|expos|stream|pip|replicat|put|stor|hand|mirror|ship|feed|fed|pass)/i,
    targets: [
      // Written with single spaces: the hints are the targets' words, rarer on a line than the verbs of sending.
      "personal (?:data|details|information|info)", "pii", "phi", "(?:customer|user|patient|member|employee|client|subscriber|contact)(?:s|'s|s')? (?:data|records|details|profiles|information|info|names|emails|lists?|contact details|files|histories)",
      "patients'?", "(?:health|medical) (?:data|records|information|histories|notes)", "diagnos(?:is|es)(?: codes)?", "birth ?dates", "dates of birth", "ssns?", "social security numbers", "national ids?", "tax ids?",
      "(?:names|emails|phones|addresses)(?:, ?| and )(?:names|emails|email addresses|phones?|phone numbers|addresses|birth ?dates|dates of birth)", "email addresses", "phone numbers", "home addresses", "contact details", "payment details", "card details",
      // One person's identifying fields, or a list of them: "the customer's name, email and plan", "`name`, `email`".
      "(?:customer|user|patient|member|employee|client|subscriber|contact)(?:'s|s') (?:name|email|phone|address|date of birth)", "(?:first_|last_|full_)?name\\x60?, \\x60?email",
      // What a life log holds about a person's body and mind.
      "(?:mood|sleep|wellness|wellbeing|symptom|medication|journal|therapy|heart rate|fertility)(?: [\\w-]+)? (?:data|scores?|statistics|stats|logs?|entries|records|hours|notes|histories)",
    ],
    strongTarget: /\b(?:personal|pii|phi|patients?|health|medical|diagnos|birth|ssns?|social\s+security|national\s+ids?|tax\s+ids?|payment\s+details|card\s+details|contact\s+details|customers?|users?|members?|employees?|clients?|subscribers?|emails|email\s+addresses|phone\s+numbers|phones)\b/i,
    hints: ["personal", "pii", "phi", ...PEOPLE_RECORD_HINTS, "name, email", "name`, `email", "patient", "health", "medical", "diagnos", "birth", "ssn", "social security", "national id", "tax id", "names", "emails", "phones", "addresses", "phone numbers", "payment details", "card details", "mood", "sleep", "wellness", "wellbeing", "symptom", "medication", "journal", "therapy", "heart rate", "fertility"],
    scope: native(/\b(?:third[- ]part(?:y|ies)|vendors?|partners?|stud(?:y|ies)|research\w*|universit(?:y|ies)|sftp|insurers?|employers?|external|outside|analytics|advertis\w*|ad\s+networks?|marketing|enrichment|brokers?|public(?:ly)?|anyone|everyone|open\s+bucket|s3|gcs|bucket|google\s+sheets?|spreadsheet|openai|llm|gpt|chatgpt|claude|anthropic|zendesk|freshdesk|help\s?scout|gorgias|hubspot|salesforce|pipedrive|mailchimp|klaviyo|braze|intercom|segment|mixpanel|amplitude|clearbit|zoominfo|facebook|meta\s+pixel|tiktok|slack|unencrypted|plain\s*text|without\s+(?:de-?identif\w*|anonymi[sz]\w*|pseudonymi[sz]\w*|encryption|consent|a\s+dpa))\b/i),
    tempered: /\b(?:dpa|data\s+processing\s+agreement|baa|under\s+contract|covered\s+by|consent(?:ed)?|opted[- ]in|aggregate[sd]?|counts\s+only)\b/i,
    unless: native(/\b(?:redact\w*|mask\w*|scrub\w*|anonymi[sz]\w*|pseudonymi[sz]\w*|de-?identif\w*|hash(?:ed|es|ing)?|strip(?:s|ped|ping)?\s+(?:out\s+)?(?:the\s+)?(?:pii|personal|emails?|names?)|exclud\w*|without\s+(?:any\s+)?(?:pii|personal))\b/i),
    needsScope: true,
  },
];

/** The compositions as signals, read in the same pass as the exact ones. */
export const COMPOSED_SIGNALS: readonly SignalDefinition[] = COMPOSITIONS.map((composition) => ({
  id: composition.id,
  category: composition.category,
  weight: BLOCK,
  prose: true,
  description: composition.description,
  hints: composition.hints,
  pattern: patternOf(composition),
  refine: weigh(composition),
}));

const COMPOSED_IDS: ReadonlySet<string> = new Set(COMPOSITIONS.map((composition) => composition.id));

/**
 * The matches without the compositions that overlap an exact signal's match (not a subject's): where an exact signal read the text
 * (and judged it, as a delete by key or a negated drop), the looser reading adds nothing. Matches come in text order.
 */
export function besideExact(matches: readonly PatternSetMatch[], signals: readonly { id: string; subject?: unknown }[]): PatternSetMatch[] {
  const composed = matches.map((match) => COMPOSED_IDS.has(signals[match.pattern]!.id));
  if (!composed.includes(true)) return matches as PatternSetMatch[];
  // The exact matches' starts, and the furthest end of those up to each: one starting before a composition ends
  // and ending after it starts overlaps it.
  const starts: number[] = [];
  const furthest: number[] = [];
  matches.forEach((match, index) => {
    // A subject (a field's name) is not a reading of the operation around it.
    if (composed[index] || signals[match.pattern]!.subject) return;
    starts.push(match.start);
    furthest.push(Math.max(match.end, furthest.at(-1) ?? -1));
  });
  return matches.filter((match, index) => {
    if (!composed[index]) return true;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! < match.end) low = middle + 1;
      else high = middle;
    }
    return low === 0 || furthest[low - 1]! <= match.start;
  });
}
