import type { Plugin } from "vite";

const ZOD_UTIL = /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/;
const EVAL_PROBE = /export const allowsEval = \/\*\s*@__PURE__\s*\*\/\s*cached\(\(\) => \{[\s\S]*?\n\}\);\n/;

/**
 * zod's eval probe (`new Function("")` in zod/v4/core/util.js), answered when the extension is built:
 * no. Extension pages and the service worker can never eval (MV3 forbids 'unsafe-eval' in their CSP:
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/content_security_policy),
 * and extension/zod.ts sets `jitless`, under which zod never asks. What remains is the probe's text,
 * which `web-ext lint` reports as DANGEROUS_EVAL ("The Function constructor is eval") and a reviewer
 * at addons.mozilla.org has to look at. A zod whose probe has moved fails the build here.
 */
export function zodWithoutEvalProbe(): Plugin {
  return {
    name: "hso-zod-without-eval-probe",
    transform(code, id) {
      if (!ZOD_UTIL.test(id)) return null;
      if (!EVAL_PROBE.test(code)) {
        this.error(
          `zod's allowsEval probe is no longer where extension/build/zod-without-eval-probe.ts expects it (${id})`,
        );
      }
      return { code: code.replace(EVAL_PROBE, "export const allowsEval = { value: false };\n"), map: null };
    },
  };
}
