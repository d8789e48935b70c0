import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "acorn";
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { OLD_EXCEL_NOTICE } from "../../addin/build/write-addin-static";
import { PAGE_POLICY } from "../../addin/commands/page-policy";

const ROOT = resolve(import.meta.dirname, "../..");
const PAGES = { taskpane: "addin/taskpane.html", commands: "addin/commands/commands.html" };
const notice = readFileSync(OLD_EXCEL_NOTICE, "utf8");

/** The notice run in a page as a browser would: the modules ran (or not), then the load event. */
async function runNotice(modulesRan: boolean) {
  const window = new Window();
  window.document.body.innerHTML = '<div id="app">…</div>';
  if (modulesRan) (window as unknown as { hsoModulesRan: boolean }).hsoModulesRan = true;
  new window.Function(notice)();
  window.dispatchEvent(new window.Event("load"));
  return window.document.getElementById("app");
}

describe("the old-Excel notice (Office 2019 runs add-ins in IE11: no modules, no ES2015)", () => {
  it("is plain ES5, as IE11 parses it", () => {
    expect(() => parse(notice, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it("the ES5 check is real: ES2015 in the same file would be refused", () => {
    expect(() => parse(`${notice}\nconst x = () => 1;`, { ecmaVersion: 5 })).toThrow();
  });

  it("says in Norwegian and English that this Excel is too old and what to use, where the modules did not run", async () => {
    const app = await runNotice(false);
    expect(app?.querySelector('[role="alert"]')).not.toBeNull();
    expect(app?.textContent).toContain("Denne Excel-versjonen er for gammel");
    expect(app?.textContent).toContain("Excel på nettet");
    expect(app?.textContent).toContain("too old for HSØ reporting");
    expect(app?.querySelector('[lang="en"]')).not.toBeNull();
  });

  it("stays hidden where the modules ran", async () => {
    const app = await runNotice(true);
    expect(app?.textContent).toBe("…");
  });

  it.each(Object.entries(PAGES))("%s loads it as a classic script before its module", (_, page) => {
    const html = readFileSync(resolve(ROOT, page), "utf8");
    // `vite-ignore`: Vite copies the classic script as it is instead of warning that it cannot bundle it.
    const classic = html.indexOf('<script vite-ignore src="./old-excel-notice.js"></script>');
    expect(classic).toBeGreaterThan(0);
    expect(classic).toBeLessThan(html.indexOf('<script type="module"'));
  });
});

describe("Content-Security-Policy of the pages Excel loads", () => {
  const policyOf = (html: string) =>
    /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];

  it.each(Object.entries(PAGES))("%s carries the policy", (_, page) => {
    expect(policyOf(readFileSync(resolve(ROOT, page), "utf8"))).toBe(PAGE_POLICY);
  });

  it("allows scripts from the add-in and from Microsoft's Office.js CDN, nothing else, nothing inline", () => {
    const scripts = PAGE_POLICY.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self' https://appsforoffice.microsoft.com");
    expect(PAGE_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(PAGE_POLICY).toContain("object-src 'none'");
  });

  it.each(["taskpane.html", "commands.html"])(
    "the built %s loads scripts and styles its policy allows, and ships the notice (run npx vite build first)",
    (page) => {
      const path = resolve(ROOT, "dist/addin", page);
      expect(existsSync(path), `${path} is missing: run npx vite build`).toBe(true);
      const html = readFileSync(path, "utf8");
      expect(policyOf(html)).toBe(PAGE_POLICY);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
      expect(html).not.toMatch(/<style/);
      for (const [, src] of html.matchAll(/<(?:script|link)[^>]*(?:src|href)="([^"]+)"/g)) {
        expect(src?.startsWith("./") || src?.startsWith("https://appsforoffice.microsoft.com/")).toBe(true);
      }
      expect(existsSync(resolve(ROOT, "dist/addin/old-excel-notice.js"))).toBe(true);
    },
  );
});
