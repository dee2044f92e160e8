// The floor fsar is measured against: a Node process that only walks a folder and reads every .md and
// .json file in it, as fsar must, and does nothing with them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let files = 0;
let bytes = 0;
const stack = [process.argv[2]];
while (stack.length > 0) {
  const folder = stack.pop();
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== ".git") stack.push(path);
    } else if (entry.isFile() && /\.(md|json)$/i.test(entry.name)) {
      bytes += readFileSync(path).length;
      files++;
    }
  }
}
process.stdout.write(`${files} ${bytes}\n`);
