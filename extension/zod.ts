import { config, z } from "zod";

// zod 4 compiles a faster object parser with `new Function` and first probes whether eval is allowed.
// Extension pages and the service worker may never eval (their CSP is `script-src 'self'`:
// https://developer.chrome.com/docs/extensions/reference/manifest/content-security-policy), so the
// probe only files a CSP violation. `jitless` ("Disable JIT schema compilation. Useful in
// environments that disallow eval", zod's $ZodConfig) skips both the probe and the compiler. zod reads
// it when an object schema is built, so it must be set before the first one (the maintainer in
// https://github.com/colinhacks/zod/issues/4461): every extension module takes z from here, and ESM
// runs this module before any module that imports it. biome.json refuses `zod` elsewhere in extension/.
config({ jitless: true });

/** zod, with its JIT compiler off. */
export { z };
