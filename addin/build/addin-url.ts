/** Where Office loads the add-in from during development (`npm run sideload` serves it there). */
export const DEV_ADDIN_URL = "https://localhost:3000";

/**
 * The production address comes from `HSO_ADDIN_URL` at build time; it must be https without a
 * trailing slash or path query, or the manifest would point Excel at the wrong place.
 */
export function addinUrl(env: Readonly<Record<string, string | undefined>>): string {
  const given = env.HSO_ADDIN_URL?.trim();
  if (!given) return DEV_ADDIN_URL;
  const url = new URL(given);
  if (url.protocol !== "https:") throw new Error(`HSO_ADDIN_URL må bruke https / must use https: ${given}`);
  return url.href.replace(/\/+$/, "");
}
