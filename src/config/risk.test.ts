import { describe, expect, it } from "vitest";
import { problemsOf } from "../../test/helpers/config-problems.js";
import { recordOf } from "../../test/helpers/rule-harness.js";
import { assessRisk } from "../risk/assess.js";
import { parseConfigText } from "./load-file.js";
import { resolveConfig } from "./resolve.js";
import { mergeRiskConfigs } from "./risk.js";

function bandOf(configText: string, proposal: string) {
  const config = resolveConfig(parseConfigText(configText, "c.yaml"), { file: "c.yaml", baseDir: "/repo" });
  return assessRisk(recordOf({ proposal }), config.risk);
}

describe("the risk: section of the config", () => {
  it("re-weights and switches off signals and categories", () => {
    expect(bandOf("risk:\n  signals: { sql-truncate: 30 }\n", "TRUNCATE TABLE orders;")).toMatchObject({ score: 30, band: "review" });
    expect(bandOf("risk:\n  signals: { sql-truncate: off }\n", "TRUNCATE TABLE orders;").band).toBe("low");
    expect(bandOf("risk:\n  categories: { destructive-data: off }\n", "TRUNCATE TABLE orders;").band).toBe("low");
    expect(bandOf("risk:\n  categories: { money-movement: 2 }\n", "await stripe.charges.create({});").score).toBe(70);
  });

  it("adds signals and ignores lines", () => {
    const config = "risk:\n  add:\n    - { id: ledger-rewrite, category: destructive-data, weight: 50, pattern: 'rewrite\\s+the\\s+ledger' }\n  ignore: ['^GENERATED']\n";
    expect(bandOf(config, "Rewrite  the ledger.").signals[0]).toMatchObject({ id: "ledger-rewrite", weight: 50 });
    expect(bandOf(config, "GENERATED: rewrite the ledger").band).toBe("low");
  });

  it("places the score on the config's severity scale", () => {
    expect(bandOf("severity: { max: 10, review: 4, block: 7 }\n", "TRUNCATE TABLE orders;")).toMatchObject({ score: 8, band: "block" });
  });

  it("names the line of an unknown signal, a bad pattern, a taken id or a weight off the scale", () => {
    expect(problemsOf("risk:\n  signals:\n    sql-truncat: 30\n")).toEqual(['3: risk.signals.sql-truncat: unknown signal "sql-truncat" (see `fsar explain risk` for the built-in ones)']);
    expect(problemsOf("risk:\n  add:\n    - id: x\n      category: personal-data\n      weight: 30\n      pattern: '(?=a)'\n")).toEqual([
      "6: risk.add.0.pattern: not a valid regular expression: invalid or unsupported Perl syntax: `(?=`",
    ]);
    expect(problemsOf("risk:\n  add:\n    - { id: sql-truncate, category: personal-data, weight: 30, pattern: a }\n")).toEqual(['3: risk.add.0.id: signal "sql-truncate" is already defined']);
    expect(problemsOf("risk:\n  signals: { sql-truncate: 80 }\n")[0]).toMatch(/^2: risk\.signals\.sql-truncate: /);
    expect(problemsOf("risk:\n  categories: { gambling: off }\n")).toEqual(['2: unknown key "gambling" in risk.categories']);
  });
});

describe("mergeRiskConfigs", () => {
  it("lets later layers win per signal and category, and accumulates added signals and ignore patterns", () => {
    expect(
      mergeRiskConfigs(
        { signals: { a: 1, b: 2 }, categories: { "personal-data": "off" }, ignore: ["x"], templates: "none" },
        { signals: { b: "off" }, ignore: ["y"], add: [{ id: "z", category: "schema-change", weight: 1, pattern: "z" }] },
      ),
    ).toEqual({ signals: { a: 1, b: "off" }, categories: { "personal-data": "off" }, ignore: ["x", "y"], add: [{ id: "z", category: "schema-change", weight: 1, pattern: "z" }], templates: "none" });
  });
});
