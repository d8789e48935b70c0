// A copy of the built extension in which the form's origin is already granted. In real use the
// user grants an intranet origin on a click (permissions.request from the popup); a browser driven
// by a script cannot answer that prompt, so the copy lists the origin under host_permissions,
// which an unpacked extension receives when it loads. Nothing else of the build is changed.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Copies `extensionDir` to a temporary folder with `origins` granted; `remove()` deletes it.
 * @param {string} extensionDir
 * @param {string[]} origins match patterns such as "http://127.0.0.1/*"
 * @returns {{ dir: string, remove: () => void }}
 */
export function grantedCopy(extensionDir, origins) {
  const dir = mkdtempSync(join(tmpdir(), "hso-extension-"));
  cpSync(extensionDir, dir, { recursive: true });
  const manifestPath = join(dir, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...origins])];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The match pattern for a page's origin ("http://127.0.0.1:8080/x" → "http://127.0.0.1/*": match
 * patterns ignore ports).
 * @param {string} url
 */
export function originPatternOf(url) {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/**
 * Whether a folder holds a built extension (manifest and content script).
 * @param {string} dir
 */
export function isBuiltExtension(dir) {
  return existsSync(join(dir, "manifest.json")) && existsSync(join(dir, "content.js"));
}
