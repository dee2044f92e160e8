import { describe, expect, it } from "vitest";
import { check, recordOf } from "../../test/helpers/rule-harness.js";
import { idFormat } from "./id-format.js";

describe("id-format", () => {
  it("passes fsar_<uuid>", () => {
    expect(check(idFormat, recordOf({ id: "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286" }))).toEqual([]);
  });

  it.each(["report-7", "fsar_5c37afc9", "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286x"])("warns on %s, on the id value", (id) => {
    expect(check(idFormat, recordOf({ id }))).toEqual([{ message: `id ${JSON.stringify(id)} is not of the form fsar_<uuid>`, line: 2, column: 7 }]);
  });
});
