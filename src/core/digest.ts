import { createRequire } from "node:module";

const requireModule = createRequire(import.meta.url);
let crypto: typeof import("node:crypto") | undefined;

/**
 * The SHA-1 of a text or bytes, in base64. node:crypto is required on first use: an audit replayed from the cache
 * digests nothing, and loading the module and OpenSSL's first digest cost more than replaying a few hundred reports.
 */
export function sha1Base64(data: string | Uint8Array): string {
  crypto ??= requireModule("node:crypto") as typeof import("node:crypto");
  return crypto.createHash("sha1").update(data).digest("base64");
}
