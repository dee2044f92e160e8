import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testRule } from "../../test/helpers/rule-tester.js";
import { check, recordOf } from "../../test/helpers/rule-harness.js";
import { jsonOf, parseRecord, runRule, SEED, seedWithProposalLine } from "../../test/helpers/seed-report.js";
import { SECRET_SHAPES, secrets } from "./secrets.js";

// Credential-shaped values are assembled at run time so that no scanner mistakes this file for a leak.
const LIVE_KEY = ["sk", "live", "51Hq8vRk2LmN4pQ7sT9wXyZ3aB"].join("_");
const AWS_KEY = ["AKIA", "Q3XT7M2RB9LKD4WZ"].join("");
const GITHUB_TOKEN = ["ghp", "R8kd93LmQp2Zx7Tn4Vb6Yc1Wf5Hs0Ja9Ue3G"].join("_");

const secret = (kind: string, masked: string, field: string, line: number, column: number | null) => ({
  messageId: "secret",
  data: { kind, masked, field },
  message: `${kind} ${masked} in the ${field}: revoke it and remove it from the report`,
  line,
  column,
  level: "error" as const,
});

const placeholder = (kind: string, masked: string, field: string, line: number, column: number | null) => ({
  messageId: "placeholder",
  data: { kind, masked, field },
  message: `placeholder ${kind} ${masked} in the ${field}`,
  line,
  column,
  level: "warn" as const,
});

testRule(secrets, {
  valid: [{ name: "passes the seed", report: SEED }],
  invalid: [
    {
      name: "fails a live payment key, masked, on its line and column",
      report: seedWithProposalLine(`Configure the client with ${LIVE_KEY} first.`),
      findings: [secret("live payment key", "sk_live_****", "proposal", 8, 27)],
    },
    {
      name: "fails a private key block on its BEGIN line",
      report: SEED.replace("- Add scheduled", "- -----BEGIN RSA PRIVATE KEY----- MIIEowIBAAKCAQEA\n- Add scheduled"),
      findings: [secret("private key block", "-----BEGIN RSA PRIVATE KEY-----", "mitigations", 35, 3)],
    },
    {
      name: "fails cloud access keys and tokens",
      report: seedWithProposalLine(`export AWS_ACCESS_KEY_ID=${AWS_KEY}; gh auth login --with-token ${GITHUB_TOKEN}`),
      findings: [secret("cloud access key", "AKIA****", "proposal", 8, 26), secret("access token", "ghp_****", "proposal", 8, 75)],
    },
    {
      name: "fails a URL with a real-looking inline password and warns on a placeholder one",
      report: seedWithProposalLine("DATABASE_URL=postgres://app:Zx81kQ2pLm7@db.internal/app or postgres://user:password@localhost/dev"),
      findings: [secret("URL with an inline password", "postgres://****:****@", "proposal", 8, 14), placeholder("URL with an inline password", "postgres://****:****@", "proposal", 8, 60)],
    },
    {
      name: "warns on a URL whose password is its user name, a local service's default login",
      report: seedWithProposalLine("TEST_DB=postgresql://postgres:postgres@localhost:5433/app_test, not postgres://postgres:Zx81kQ2pLm7@db/app"),
      findings: [placeholder("URL with an inline password", "postgresql://****:****@", "proposal", 8, 9), secret("URL with an inline password", "postgres://****:****@", "proposal", 8, 69)],
    },
    {
      name: "warns on placeholders: ${VAR}, $ENV, changeme, xxx, the AWS documentation key",
      report: seedWithProposalLine(['password = "${DB_PASSWORD}"', "API_KEY=$STRIPE_API_KEY", 'secret: "changeme"', `${LIVE_KEY.slice(0, 8)}xxxxxxxxxxxxxxxxxxxx`, "AKIAIOSFODNN7EXAMPLE"].join("\n")),
      findings: [
        placeholder("credential assignment", "password=****", "proposal", 8, 1),
        placeholder("credential assignment", "API_KEY=****", "proposal", 9, 1),
        placeholder("credential assignment", "secret:****", "proposal", 10, 1),
        placeholder("live payment key", "sk_live_****", "proposal", 11, 1),
        placeholder("cloud access key", "AKIA****", "proposal", 12, 1),
      ],
    },
    {
      name: "warns on a test's own fixture and fake secrets, and on values to be replaced",
      report: seedWithProposalLine(["const secret = 'whsec_test_fixture';", 'token = "fake-token-123"', "SESSION_SECRET=change-me-locally", "STRIPE_WEBHOOK_SECRET=whsec_replace_me"].join("\n")),
      findings: [
        placeholder("credential assignment", "secret=****", "proposal", 8, 7),
        placeholder("credential assignment", "token=****", "proposal", 9, 1),
        placeholder("credential assignment", "SESSION_SECRET=****", "proposal", 10, 1),
        placeholder("credential assignment", "STRIPE_WEBHOOK_SECRET=****", "proposal", 11, 1),
      ],
    },
    {
      name: "places a finding by the text itself where lowercasing changes its length (İ)",
      report: seedWithProposalLine('İİ password = "Zx81kQ2pLm7q" then İ'),
      findings: [secret("credential assignment", "password=****", "proposal", 8, 4)],
    },
    {
      name: "puts a json report's finding on the line of the value that holds it",
      report: jsonOf(parseRecord(seedWithProposalLine(`key: ${LIVE_KEY}`))),
      format: "json",
      findings: [secret("live payment key", "sk_live_****", "proposal", 4, null)],
    },
    {
      name: "is the documented example",
      report: { proposal: `Configure the client with ${LIVE_KEY} before the launch.\npostgres://user:password@localhost/app` },
      documented: true,
      findings: [secret("live payment key", "sk_live_****", "proposal", 8, 27), placeholder("URL with an inline password", "postgres://****:****@", "proposal", 9, 1)],
    },
  ],
});

describe("secrets", () => {
  it("never puts the secret in a message", () => {
    const text = seedWithProposalLine(`${LIVE_KEY} ${AWS_KEY} ${GITHUB_TOKEN} postgres://app:Zx81kQ2pLm7@db/app token = "${GITHUB_TOKEN.slice(4)}"`);
    const messages = runRule(secrets, text).map((finding) => finding.message);
    expect(messages).toHaveLength(5);
    for (const secret of [LIVE_KEY.slice(8), AWS_KEY.slice(4), GITHUB_TOKEN.slice(4), "Zx81kQ2pLm7"]) {
      expect(messages.join("\n")).not.toContain(secret);
    }
  });

  it("finds what a search of every line with every shape finds, trying shapes only near their hints", () => {
    // The plain algorithm: each shape's pattern run along the whole line, a match overlapping an earlier shape's skipped.
    const everywhere = (line: string): Array<[number, string]> => {
      const found: Array<[number, string]> = [];
      const taken: Array<[number, number]> = [];
      for (const shape of SECRET_SHAPES) {
        const pattern = new RegExp(shape.pattern.source, shape.pattern.flags.replace("y", "g"));
        for (let match = pattern.exec(line); match !== null; match = pattern.exec(line)) {
          const [start, end] = [match.index, match.index + match[0].length];
          if (taken.some(([from, to]) => start < to && end > from)) continue;
          taken.push([start, end]);
          found.push([start, shape.kind]);
        }
      }
      return found;
    };
    const fragments = ["password", "Token", "secret", "x", "1", "_", "=", ":", "'", '"', "`", "Zx81kQ2pLm7q", "@", "/", ".", "-", "sk_live_", "rk_", "whsec_", "AKIA", "ghp_", "xoxb-", "sk-", "eyJ", "-----BEGIN RSA PRIVATE KEY-----"];
    // Assignments and URLs with prefixes and schemes around the longest their patterns allow before the hint.
    const assignment = fc
      .tuple(
        fc.stringMatching(/^[a-zA-Z0-9_]{0,45}$/),
        fc.constantFrom("password", "PASSWORD", "Token", "secret", "api_key", "APIKEY", "passwd"),
        fc.constantFrom("", "'", '"'),
        fc.constantFrom("", " "),
        fc.constantFrom("=", ":"),
        fc.constantFrom("", " "),
        fc.constantFrom("'", '"', ""),
        fc.constantFrom("Zx81kQ2pLm7q", "abc", "changeme", "Zx81kQ2p"),
        fc.constantFrom("'", '"', ""),
      )
      .map((parts) => parts.join(""));
    const url = fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9+.-]{0,24}$/), fc.constantFrom("://u:Zx81kQ2p@", "://user:password@h", "://h/p"))
      .map((parts) => parts.join(""));
    const line = fc.array(fc.tuple(fc.oneof(assignment, url, fc.constantFrom(...fragments)), fc.constantFrom("", " ", "_")), { maxLength: 12 }).map((pieces) => pieces.flat().join(""));
    fc.assert(
      fc.property(line, (line) => {
        const record = recordOf({ proposal: line });
        const found = check(secrets, record).map((finding) => [finding.column! - record.positions.proposal.column, SECRET_SHAPES.find((shape) => finding.message.includes(`${shape.kind} `))!.kind]);
        expect(found).toEqual(everywhere(line));
      }),
      { numRuns: 500 },
    );
  });
});
