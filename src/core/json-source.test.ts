import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outlineJson, parseJsonSource, type JsonNode, type JsonOutline, type PlacedValue } from "./json-source.js";

function placedNode(node: JsonNode): PlacedValue {
  const { line, column } = node;
  if (node.type === "string" || node.type === "number" || node.type === "boolean") return { line, column, type: node.type, value: node.value } as PlacedValue;
  return { line, column, type: node.type };
}

/** The outline as the character-by-character reader places it: what outlineJson must give whenever it gives one. */
function readerOutline(text: string): JsonOutline {
  const root = parseJsonSource(text);
  const members: JsonOutline["members"] = new Map();
  if (root.type === "object") {
    for (const [key, node] of root.members) members.set(key, node.type === "array" ? { ...placedNode(node), items: node.items.map(placedNode) } : placedNode(node));
  }
  return { root: placedNode(root), members };
}

const scalar = fc.oneof(fc.string({ unit: "binary" }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const member = fc.oneof(scalar, fc.array(fc.oneof(scalar, fc.constant([]), fc.constant({}), fc.array(scalar, { maxLength: 2 })), { maxLength: 4 }), fc.dictionary(fc.string(), scalar, { maxKeys: 2 }));
const report = fc.dictionary(fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom("id", "risks", "__proto__", "1", "10")), member, { maxKeys: 6 });

/** Ways a text may differ from the producer's layout, each of which the outline must either read exactly or refuse. */
const layouts: fc.Arbitrary<(value: unknown) => string> = fc.constantFrom(
  (value: unknown) => JSON.stringify(value, null, 2),
  (value: unknown) => `${JSON.stringify(value, null, 2)}\n`,
  (value: unknown) => JSON.stringify(value, null, 2).replace(/\n/g, "\r\n"),
  (value: unknown) => JSON.stringify(value, null, 4),
  (value: unknown) => JSON.stringify(value),
  (value: unknown) => JSON.stringify(value, null, 2).replace(/\n {2}"/, '\n  "id": "first",\n  "'),
  (value: unknown) => JSON.stringify(value, null, 2).replace(/\\n/g, "\\u000a").replace(/\//g, "\\/"),
  (value: unknown) => JSON.stringify(value, null, 2).replace(/,\n/, ", "),
);

describe("outlineJson", () => {
  it("places every member and item where the reader does, or gives no outline", () => {
    fc.assert(
      fc.property(report, layouts, (value, layout) => {
        const text = layout(value);
        const outline = outlineJson(text);
        if (outline !== null) expect(outline).toEqual(readerOutline(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads the producer's layout itself, escapes and a final newline included", () => {
    const text = '{\n  "id": "fsar_\\"1\\"",\n  "risks": [\n    "a\\\\",\n    "b"\n  ],\n  "severity": 6,\n  "tags": [],\n  "extra": {}\n}\n';
    expect(outlineJson(text)).toEqual({
      root: { line: 1, column: 1, type: "object" },
      members: new Map<string, unknown>([
        ["id", { line: 2, column: 9, type: "string", value: 'fsar_"1"' }],
        ["risks", { line: 3, column: 12, type: "array", items: [{ line: 4, column: 5, type: "string", value: "a\\" }, { line: 5, column: 5, type: "string", value: "b" }] }],
        ["severity", { line: 7, column: 15, type: "number", value: 6 }],
        ["tags", { line: 8, column: 11, type: "array", items: [] }],
        ["extra", { line: 9, column: 12, type: "object" }],
      ]),
    });
  });

  it.each([
    ["a repeated key", '{\n  "id": "a",\n  "id": "b"\n}'],
    ["two members on a line", '{\n  "id": "a", "severity": 6\n}'],
    ["CRLF line ends", '{\r\n  "id": "a"\r\n}'],
    ["a number written otherwise", '{\n  "severity": 6.0\n}'],
    ["text after the object", '{\n  "id": "a"\n}\n\n'],
  ])("gives no outline for %s, so the reader places it", (_, text) => {
    expect(outlineJson(text)).toBeNull();
  });
});
