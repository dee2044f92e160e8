import { describe, expect, it } from "vitest";
import { describeRewording, judgeRewording, soundsSafer } from "./rewording.js";

const cases: Array<{ name: string; old: string; new: string; assuranceAdded: string[]; dangerDropped: string[] }> = [
  {
    name: "a risk softened to minor, cosmetic drift with no impact",
    old: "Unintended consequence: incentives shift toward short-term metrics, long-term reliability decays",
    new: "Unintended consequence: minor, cosmetic metric drift with no reliability impact",
    assuranceAdded: ["minor", "cosmetic", "no reliability impact"],
    dangerDropped: ["decays"],
  },
  {
    name: "a mitigation that now says the work is already done",
    old: "Prefer reversible rollouts; keep rollback artifacts warm and tested",
    new: "Rollouts are reversible; rollback artifacts are already warm and tested",
    assuranceAdded: ["already"],
    dangerDropped: [],
  },
  { name: "guaranteed", old: "Rollback within an hour", new: "Rollback within an hour is guaranteed", assuranceAdded: ["guaranteed"], dangerDropped: [] },
  { name: "no impact", old: "Customers may see errors", new: "Customers may see errors, with no impact", assuranceAdded: ["no impact"], dangerDropped: [] },
  { name: "fully reversible", old: "Prefer reversible rollouts", new: "Rollouts are fully reversible", assuranceAdded: ["fully reversible"], dangerDropped: [] },
  { name: "no further action", old: "Review the migration weekly", new: "Migration reviewed once; no further action", assuranceAdded: ["no further action"], dangerDropped: [] },
  {
    name: "the words that carried the danger dropped, none added",
    old: "Slow failure: unnoticed degradation accumulating by <date>",
    new: "Slow failure: gradual change accumulating by <date>",
    assuranceAdded: [],
    dangerDropped: ["unnoticed", "degradation"],
  },
  { name: "another form of the same danger word is no drop", old: "Payments fail under load", new: "Payment failures under load", assuranceAdded: [], dangerDropped: [] },
  { name: "assurance already there is not added", old: "Minor: cosmetic drift", new: "Minor: cosmetic drift in one chart", assuranceAdded: [], dangerDropped: [] },
  { name: "a negated assurance gives none", old: "Rollback is possible", new: "Rollback is not guaranteed and the change is never minor", assuranceAdded: [], dangerDropped: [] },
  { name: "a plain rewording", old: "Add scheduled adversarial audits", new: "Schedule adversarial audits with hard gates", assuranceAdded: [], dangerDropped: [] },
  { name: "case and spacing do not matter", old: "Track drift", new: "Track drift: NO   FURTHER\tACTION", assuranceAdded: ["no further action"], dangerDropped: [] },
];

describe("judgeRewording", () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const judgement = judgeRewording(testCase.old, testCase.new);
      expect(judgement).toEqual({ assuranceAdded: testCase.assuranceAdded, dangerDropped: testCase.dangerDropped });
      expect(soundsSafer(judgement)).toBe(testCase.assuranceAdded.length + testCase.dangerDropped.length > 0);
    });
  }
});

describe("describeRewording", () => {
  it("names what was added and what was dropped", () => {
    expect(describeRewording({ assuranceAdded: ["minor", "cosmetic"], dangerDropped: ["decays"] })).toBe('adds "minor", "cosmetic"; drops "decays"');
    expect(describeRewording({ assuranceAdded: ["already"], dangerDropped: [] })).toBe('adds "already"');
  });
});
