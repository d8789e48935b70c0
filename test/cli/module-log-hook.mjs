// Preloaded with `node --import` by test/cli/lazy-exceljs.test.ts: every package module the run
// resolves is written to stderr, so a test can see what a command loaded.
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (result.url.includes("/node_modules/")) process.stderr.write("MODULE " + result.url + "\\n");
  return result;
}`)}`,
);
