import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordOf } from "../../test/helpers/rule-harness.js";
import { assessRisk } from "./assess.js";
import { RISK_CATEGORIES } from "./categories.js";
import { createRiskModel } from "./model.js";
import { BUILT_IN_SIGNALS } from "./signals.js";

/** The assessment of a markdown report whose proposal is the given lines (the proposal starts on file line 8). */
function assess(proposal: string, model = createRiskModel()) {
  return assessRisk(recordOf({ proposal }), model);
}

function firing(proposal: string): string[] {
  return assess(proposal).signals.map((signal) => signal.id);
}

describe("assessRisk: what a reviewer stops at", () => {
  // Each case: the line, the band it deserves alone, and the signal that decides it (null: none).
  const cases: [string, string, "low" | "review" | "block", string | null][] = [
    ["an unbounded delete", "await pool.query('DELETE FROM users');", "block", "sql-delete-all"],
    ["a delete narrowed by WHERE", "DELETE FROM sessions WHERE expires_at < NOW();", "low", "sql-delete-where"],
    ["a delete with a WHERE that narrows nothing", "DELETE FROM orders WHERE 1=1;", "block", "sql-delete-all"],
    ["TRUNCATE", "TRUNCATE TABLE orders RESTART IDENTITY CASCADE;", "block", "sql-truncate"],
    ["the word truncate in prose", "We truncate long titles to 80 characters.", "low", null],
    ["DROP TABLE", "DROP TABLE legacy_payments;", "block", "sql-drop-table"],
    ["a dropdown", "<select className=\"dropdown\" onChange={onDrop}>", "low", null],
    ["ALTER TABLE … DROP COLUMN", "ALTER TABLE customers DROP COLUMN phone;", "block", "sql-drop-column"],
    ["an added nullable column", "ALTER TABLE orders ADD COLUMN note TEXT;", "review", "sql-alter-table"],
    ["CREATE TABLE IF NOT EXISTS", "CREATE TABLE IF NOT EXISTS t (id SERIAL PRIMARY KEY);", "low", null],
    ["ON DELETE CASCADE in a table definition", "  user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,", "low", null],
    ["UPDATE without WHERE", "UPDATE subscriptions SET status = 'cancelled';", "block", "sql-update-all"],
    ["UPDATE with WHERE", "UPDATE users SET name = $1 WHERE id = $2;", "low", null],
    ["rm -rf of a data path", "rm -rf /var/lib/postgresql/data", "block", "shell-rm-recursive"],
    ["rm -rf of apt lists in a Dockerfile", "RUN apt-get clean && rm -rf /var/lib/apt/lists/* /tmp/*", "low", null],
    ["rm -rf of build output", '"clean": "rm -rf dist build node_modules/.cache",', "low", null],
    ["kubectl delete namespace", "kubectl delete namespace production", "block", "cluster-delete"],
    ["terraform destroy", "terraform destroy -auto-approve", "block", "cloud-delete"],
    ["bucket deletion", 's3.delete_bucket(Bucket="exports")', "block", "cloud-delete"],
    ["deleteMany with an empty filter", "await Order.deleteMany({});", "block", "nosql-delete-all"],
    ["FLUSHALL", "await redis.flushall();", "block", "nosql-delete-all"],
    ["a permanent deletion in prose", "Permanently delete all inactive customer accounts.", "block", "prose-irreversible-delete"],
    ["curl piped to a shell", "RUN curl -fsSL https://get.example.sh | sh", "block", "curl-pipe-shell"],
    ["exec on request input", "exec(`convert ${req.body.file} out.png`);", "block", "exec-input"],
    ["eval on the query string", "const result = eval(req.query.expr);", "block", "exec-input"],
    ["Mongoose's .exec()", "const rows = await Startup.find().lean().exec();", "low", null],
    ["RegExp.exec", "const match = LINE.exec(line);", "low", null],
    ["a fixed command", "execFile('df', ['-h', '/'], (error, stdout) => {});", "low", null],
    ["unpickling an upload", 'model = pickle.loads(request.files["model"].read())', "block", "unsafe-deserialize"],
    ["SQL built from the request", "db.query(`SELECT * FROM users WHERE id = ${req.params.id}`);", "block", "sql-from-input"],
    ["a charge", "const charge = await stripe.charges.create({ amount, currency: 'usd' });", "review", "payment-charge"],
    ["charging saved cards off-session", "await stripe.paymentIntents.create({ customer: id, off_session: true, confirm: true });", "block", "payment-charge"],
    ["a refund", "await stripe.refunds.create({ charge: charge.id });", "review", "payment-payout"],
    ["a checkout session", "const session = await stripe.checkout.sessions.create({ mode: 'payment' });", "review", "payment-checkout"],
    ["a price rise for existing customers", "Increase prices for all existing subscribers by 20%.", "block", "prose-price-change"],
    ["TLS verification off", "ssl: { rejectUnauthorized: false },", "block", "tls-verify-off"],
    ["verify=False", 'requests.get(url, verify=False)', "block", "tls-verify-off"],
    ["wildcard CORS alone", "app.use(cors({ origin: '*' }));", "low", "cors-wildcard"],
    ["wildcard CORS with credentials", "app.use(cors({ origin: '*', credentials: true }));", "block", "cors-wildcard"],
    ["a secret logged", "console.log('key', process.env.STRIPE_SECRET_KEY);", "block", "secret-logged"],
    ["a message about a secret logged", "console.log('Invalid token');", "low", null],
    ["a secret read from the environment", "const key = process.env.STRIPE_SECRET_KEY;", "low", null],
    ["a live key in the code", "const stripe = require('stripe')('sk_live_51HqLyjWDarjtT1zdp7dcXkQpB3nR8sK2');", "block", "secret-committed"],
    ["a placeholder password in a local URL", "DATABASE_URL=postgres://user:password@localhost:5432/app", "low", null],
    ["a removed permission check", "We will remove the admin permission check from the router.", "block", "auth-check-removed"],
    ["chmod 777", "RUN chmod -R 777 /app", "review", "permissions-widened"],
    ["one email", "await transporter.sendMail({ to: order.email, subject: 'Receipt' });", "review", "message-send"],
    ["an email to everyone", "Send an email to all 48,000 customers with the code.", "block", "prose-mass-message"],
    ["a bulk push", "await admin.messaging().sendEachForMulticast({ tokens, notification });", "block", "message-bulk-api"],
    ["an automatic public post", "await twitterClient.v2.tweet(tip);", "review", "public-post"],
    ["skipping hooks", 'git commit --no-verify -m "ship"', "block", "hooks-skipped"],
    ["merging its own pull request", "gh pr merge --admin --squash", "block", "merge-own-change"],
    ["raising its own gate", "Raise the block threshold from 45 to 70 in fsar.config.yaml.", "block", "gate-change"],
    ["a classifier's threshold", "CONFIDENCE_THRESHOLD = 0.6", "low", null],
    ["personal data to a partner", "Export the customer list with email addresses to the marketing agency's shared drive.", "block", "prose-personal-data-export"],
    ["card numbers in a plain column", "    card_number VARCHAR(19) NOT NULL,", "block", "personal-data-field"],
    ["a self-improvement plan", "self_improvement:  Add retries to the task worker.", "review", "self-improvement-plan"],
  ];

  for (const [name, line, band, signal] of cases) {
    it(`${band}: ${name}`, () => {
      const assessment = assess(line);
      expect(assessment.band).toBe(band);
      expect(assessment.signals[0]?.id ?? null).toBe(signal);
    });
  }

  it("places a signal on its file line and column, with the matched text", () => {
    expect(assess("Plan:\n  TRUNCATE TABLE orders;").signals).toEqual([
      { id: "sql-truncate", category: "destructive-data", line: 9, column: 3, text: "TRUNCATE TABLE orders;", weight: 55 },
    ]);
  });

  it("places a json report's signals on the proposal's line", () => {
    const record = recordOf({ proposal: "a\nTRUNCATE TABLE orders;" }, "json");
    const [signal] = assessRisk(record).signals;
    expect(signal).toMatchObject({ id: "sql-truncate", line: record.positions.proposal.line, column: record.positions.proposal.column });
  });
});

describe("assessRisk: reading in context", () => {
  it("sets aside a negated signal within its clause", () => {
    const assessment = assess("There is no data loss: we will not DROP TABLE users or TRUNCATE anything.");
    expect(assessment.band).toBe("low");
    expect(assessment.setAside.map((signal) => [signal.id, signal.reason])).toEqual([
      ["sql-drop-table", "negated"],
      ["sql-truncate", "negated"],
    ]);
  });

  it("counts a signal after the clause a negation governs", () => {
    expect(firing("No backup is needed. DROP TABLE legacy;")).toEqual(["sql-drop-table"]);
  });

  it("does not read --no-cache-dir as a negation", () => {
    expect(firing("RUN pip install --no-cache-dir -r requirements.txt && chmod -R 777 /app")).toEqual(["permissions-widened"]);
  });

  it("sets aside a signal on a line scoped to staging only", () => {
    expect(assess("Staging only: ALTER TABLE profiles ADD COLUMN nickname TEXT;").band).toBe("low");
  });

  it("ignores the producer's template lines", () => {
    const assessment = assess("This is for opportunity: Permanently delete all the data\nMake sure the file is complete, working, and production-ready.");
    expect(assessment.band).toBe("low");
    expect(assessment.setAside).toEqual([expect.objectContaining({ id: "prose-irreversible-delete", reason: "template line" })]);
  });

  it("ignores lines matching a user's ignore pattern", () => {
    expect(assess("GENERATED: DROP TABLE x;", createRiskModel({ ignore: ["^GENERATED:"] })).band).toBe("low");
  });

  it("ignores lines learnt as a run's template", () => {
    expect(assess("  DROP TABLE scratch;  ", createRiskModel({ templateLines: ["DROP TABLE scratch;"] })).band).toBe("low");
  });

  it("weighs a signal in a comment as a mention", () => {
    const assessment = assess("// TODO: call stripe.refunds.create for failed orders\nres.status(501).end();");
    expect(assessment.band).toBe("low");
    expect(assessment.signals[0]).toMatchObject({ id: "payment-payout", weight: 20, note: "in a comment or heading: a mention, not an operation" });
  });

  it("weighs a signal in code that mocks the service as a mention", () => {
    expect(assess("jest.mock('stripe');\nawait stripe.charges.create({ amount: 1 });").band).toBe("low");
  });

  it("reads a drop in a migration's down step as a rollback", () => {
    const migration = "exports.up = (knex) => knex.schema.createTable('t', () => {});\nexports.down = function (knex) {\n  return knex.schema.dropTable('t');\n};";
    expect(assess(migration).band).toBe("low");
  });

  it("reads prose signals in text shown to users as copy", () => {
    expect(assess("      <p>This will permanently delete the draft. Continue?</p>").band).toBe("low");
  });

  it("blocks a charge made once per customer in a loop", () => {
    const loop = "for (const customer of customers) {\n  await stripe.charges.create({ customer: customer.id, amount: 900 });\n}";
    expect(assess(loop).signals[0]).toMatchObject({ id: "payment-charge", weight: 55 });
  });

  it("blocks a command run with a value taken from the request a few lines up", () => {
    expect(assess("const { script } = req.body;\nconst child = spawn('bash', ['-c', script]);").band).toBe("block");
  });

  it("masks secrets and strips control characters in matched text", () => {
    const [signal] = assess("const db = 'postgres://admin:Hunter2Secret@db.internal.example:5432/app'; \u001b[31m").signals;
    expect(signal).toMatchObject({ id: "secret-in-url", text: "postgres://admin:****@db.internal.example" });
  });
});

describe("assessRisk: the score", () => {
  it("is 0 and low with no signal", () => {
    expect(assess("Add a CSS grid to the dashboard.")).toMatchObject({ score: 0, band: "low", signals: [], steps: ["no signal: score 0"] });
  });

  it("takes the decisive signal and adds 4 for each further category, and says so", () => {
    const assessment = assess("TRUNCATE TABLE orders;\nconst charge = await stripe.charges.create({ amount });\nALTER TABLE orders ADD COLUMN note TEXT;");
    expect(assessment.score).toBe(63);
    expect(assessment.steps).toEqual([
      "sql-truncate (destructive-data) at 8:1 weighs 55",
      "+4 for a second concern in money-movement (payment-charge at 9:22)",
      "+4 for a second concern in schema-change (sql-alter-table at 10:1)",
      "score 63: block",
    ]);
  });

  it("holds concerns that each need review below block", () => {
    const assessment = assess(
      "ALTER TABLE a ADD COLUMN b TEXT;\nstripe.charges.create({});\nawait transporter.sendMail({});\nRUN chmod 777 /srv\nawait twitterClient.v2.tweet(t);\nself_improvement: x",
    );
    expect(assessment.band).toBe("review");
    expect(assessment.score).toBe(44);
  });

  it("places the score on the configured scale band by band", () => {
    const scale = { max: 10, review: 4, block: 7 };
    expect(assess("TRUNCATE TABLE orders;", createRiskModel({ scale }))).toMatchObject({ score: 8, band: "block" });
    expect(assess("ALTER TABLE a ADD COLUMN b TEXT;", createRiskModel({ scale }))).toMatchObject({ score: 4.75, band: "review" });
  });

  it("never goes down when lines are added", () => {
    const pool = [...cases().map(([, line]) => line), "const x = 1;", "We will not drop anything.", "## Heading", ""];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 6 }), fc.array(fc.constantFrom(...pool), { maxLength: 6 }), (first, more) => {
        const before = assess(first.join("\n")).score;
        const after = assess([...first, ...more].join("\n")).score;
        return after >= before;
      }),
      { numRuns: 200 },
    );
  });
});

describe("createRiskModel: tuning", () => {
  it("switches a signal off", () => {
    expect(assess("TRUNCATE TABLE orders;", createRiskModel({ signals: { "sql-truncate": false } })).band).toBe("low");
  });

  it("re-weights a signal, refined weights included", () => {
    expect(assess("TRUNCATE TABLE orders;", createRiskModel({ signals: { "sql-truncate": 30 } })).score).toBe(30);
    expect(assess("rm -rf /srv/data", createRiskModel({ signals: { "shell-rm-recursive": 27.5 } })).score).toBe(27.5);
  });

  it("switches a category off and scales another", () => {
    const model = createRiskModel({ categories: { "destructive-data": false, "money-movement": 0.5 } });
    expect(assess("TRUNCATE TABLE orders;", model).band).toBe("low");
    expect(assess("await stripe.refunds.create({ charge: id });", model).score).toBe(20);
  });

  it("adds a user signal on the RE2 engine", () => {
    const model = createRiskModel({ add: [{ id: "ledger-rewrite", category: "destructive-data", weight: 50, pattern: String.raw`\brewrite\s+the\s+ledger\b` }] });
    expect(assess("Then rewrite the ledger from the CSV.", model).signals[0]).toMatchObject({ id: "ledger-rewrite", line: 8, column: 6, text: "rewrite the ledger" });
  });

  it("rejects a user pattern RE2 cannot run", () => {
    expect(() => createRiskModel({ add: [{ id: "x", category: "personal-data", weight: 1, pattern: "(?=a)" }] })).toThrow("invalid or unsupported Perl syntax");
  });
});

describe("the built-in signals", () => {
  it("belong to the known categories, with unique ids, and every category has signals", () => {
    const ids = BUILT_IN_SIGNALS.map((signal) => signal.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(BUILT_IN_SIGNALS.map((signal) => signal.category))).toEqual(new Set(RISK_CATEGORIES));
  });

  it("have no capture groups, so they can be joined", () => {
    for (const signal of BUILT_IN_SIGNALS) expect(new RegExp(`${signal.pattern}|`).exec("")!.length, signal.id).toBe(1);
  });

  it("stay linear on a 10 MB proposal", () => {
    const chunk = "router.get('/users', async (req, res) => { const rows = await db.query('SELECT * FROM users WHERE id = $1', [req.params.id]); });\n// drop down menu for the delete button, no data loss\n";
    const timeFor = (bytes: number) => {
      const proposal = chunk.repeat(Math.ceil(bytes / chunk.length)) + "TRUNCATE TABLE users;";
      const record = recordOf({ proposal });
      const started = performance.now();
      const assessment = assessRisk(record);
      expect(assessment.band).toBe("block");
      return performance.now() - started;
    };
    timeFor(100_000);
    const small = timeFor(1_000_000);
    // Ten times the text takes about ten times as long; a quadratic scan would take a hundred.
    const large = withinOrFastest(Math.max(small, 20) * 30, () => timeFor(10_000_000));
    expect(large).toBeLessThan(Math.max(small, 20) * 30);
    expect(large).toBeLessThan(10_000);
  });

  it("stays linear with 40,000 signals on one line", () => {
    const timeFor = (count: number) => {
      const proposal = Array.from({ length: count }, (_, i) => `rm -rf /data/x${i}; DROP TABLE t${i}; console.log(secret${i});`).join(" ");
      const record = recordOf({ proposal });
      const started = performance.now();
      expect(assessRisk(record).band).toBe("block");
      return performance.now() - started;
    };
    timeFor(1_000);
    const small = timeFor(4_000);
    // Once each match searched its line afresh: ten times the matches took a hundred times as long.
    const large = withinOrFastest(Math.max(small, 20) * 30, () => timeFor(40_000));
    expect(large).toBeLessThan(Math.max(small, 20) * 30);
  });
});

/**
 * A time under `bound`, else the fastest of three tries: a busy machine slows a run down, never speeds one up, so a
 * linear scan passes on a retry and a quadratic one fails all three.
 */
function withinOrFastest(bound: number, time: () => number): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let tries = 0; tries < 3 && fastest >= bound; tries++) fastest = Math.min(fastest, time());
  return fastest;
}

function cases(): [string, string][] {
  return [
    ["", "TRUNCATE TABLE orders;"],
    ["", "ALTER TABLE orders ADD COLUMN note TEXT;"],
    ["", "await stripe.charges.create({ amount });"],
    ["", "for (const customer of customers) {"],
    ["", "console.log('key', process.env.STRIPE_SECRET_KEY);"],
    ["", "git commit --no-verify -m x"],
    ["", "Send an email to all 48,000 customers."],
    ["", "ssl: { rejectUnauthorized: false },"],
    ["", "exec(`convert ${req.body.file}`);"],
  ];
}
