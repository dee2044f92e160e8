import type { Rule } from "../core/rule.js";
import { blockConsistency } from "./block-consistency.js";
import { blockExecution } from "./block-execution.js";
import { boilerplateRisks } from "./boilerplate-risks.js";
import { duplicateId } from "./duplicate-id.js";
import { idFormat } from "./id-format.js";
import { maxSeverity } from "./max-severity.js";
import { mitigationCoverage } from "./mitigation-coverage.js";
import { minMitigations } from "./min-mitigations.js";
import { minRisks } from "./min-risks.js";
import { parseError } from "./parse-error.js";
import { requiredFields } from "./required-fields.js";
import { severityRange } from "./severity-range.js";
import { timestamp } from "./timestamp.js";
import { markers } from "./markers.js";
import { riskHorizon } from "./risk-horizon.js";
import { riskRelevance } from "./risk-relevance.js";
import { secrets } from "./secrets.js";
import { severityUnderreported } from "./severity-underreported.js";
import { staleReport } from "./stale-report.js";
import { twinMismatch } from "./twin-mismatch.js";
import { unusedWaiver } from "./unused-waiver.js";
import { waiverExpired } from "./waiver-expired.js";

/** Every built-in rule, in the order `fsar rules` lists them. */
export const builtinRules: readonly Rule[] = [
  parseError,
  requiredFields,
  severityRange,
  maxSeverity,
  blockExecution,
  blockConsistency,
  minRisks,
  minMitigations,
  timestamp,
  idFormat,
  duplicateId,
  boilerplateRisks,
  twinMismatch,
  severityUnderreported,
  mitigationCoverage,
  riskRelevance,
  markers,
  riskHorizon,
  staleReport,
  secrets,
  waiverExpired,
  unusedWaiver,
] as Rule[];

/** Rules whose findings come from the parser: they cannot be switched off, so a broken file never passes. */
export const PARSER_RULES: ReadonlySet<string> = new Set(builtinRules.flatMap((rule) => ("reportedBy" in rule && rule.reportedBy === "parser" ? [rule.id] : [])));

/** No config or plugin rule may take a built-in rule's id: the id alone tells a built-in rule. */
export const BUILTIN_RULE_IDS: ReadonlySet<string> = new Set(builtinRules.map((rule) => rule.id));
