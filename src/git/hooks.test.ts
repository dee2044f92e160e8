import { describe, expect, it } from "vitest";
import { hookScript, isFsarHook } from "./hooks.js";

describe("hookScript", () => {
  it("quotes paths for the shell, whatever they hold", () => {
    const script = hookScript("pre-commit", { node: "/opt/node 20/bin/node", script: "/home/o'brien/fsar/bin/fsar.js" });
    expect(script).toBe(`#!/bin/sh
# fsar-managed-hook: written by \`fsar hook install\`; \`fsar hook uninstall\` removes it
# Audits the reports this commit changes. To skip it once: git commit --no-verify
node='/opt/node 20/bin/node'
fsar='/home/o'\\''brien/fsar/bin/fsar.js'
if [ -x "$node" ] && [ -f "$fsar" ]; then
  exec "$node" "$fsar" hook run pre-commit "$@"
fi
exec npx --no -- fsar hook run pre-commit "$@"
`);
  });
});

describe("isFsarHook", () => {
  it("recognises fsar's hooks by their marker line, and nothing else", () => {
    expect(isFsarHook(hookScript("pre-push", { node: "/n", script: "/f" }))).toBe(true);
    expect(isFsarHook("#!/bin/sh\r\n# fsar-managed-hook: written by `fsar hook install`\r\nexit 0\r\n")).toBe(true);
    expect(isFsarHook("#!/bin/sh\nnpx fsar hook run pre-push \"$@\"\n")).toBe(false);
    expect(isFsarHook("#!/bin/sh\necho '# fsar-managed-hook'\n")).toBe(false);
  });
});
