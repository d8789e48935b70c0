import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { chromiumManifest, firefoxManifest, GECKO_ID } from "../../manifests/extension/manifest";

const DIST = resolve(import.meta.dirname, "../../dist");

function built(dir: string): Record<string, unknown> {
  const path = join(DIST, dir, "manifest.json");
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npx vite build\` first`);
  return JSON.parse(readFileSync(path, "utf8"));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|html)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe.each([
  ["Chromium", "extension", chromiumManifest("1.0.0")],
  ["Firefox", "extension-firefox", firefoxManifest("1.0.0")],
])("%s manifest", (_browser, dir, source) => {
  it("is what the build wrote", () => {
    expect(built(dir)).toEqual(JSON.parse(JSON.stringify({ ...source, version: built(dir).version })));
  });

  it("asks for exactly activeTab, scripting and storage; host access only as optional", () => {
    const manifest = built(dir);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(["activeTab", "scripting", "storage"]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(["https://*/*", "http://*/*"]);
  });

  it("has a strict content security policy for its pages", () => {
    const csp = (built(dir).content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toBe("script-src 'self'; object-src 'none'");
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
  });

  it("loads no remote code: no remote script, import or importScripts in any built page or script", () => {
    const remote = /(?:src\s*=\s*|import\s*\(\s*|from\s*|importScripts\s*\(\s*)["'`]https?:/;
    const offending = filesUnder(join(DIST, dir)).filter((file) => remote.test(readFileSync(file, "utf8")));
    expect(offending).toEqual([]);
    expect(filesUnder(join(DIST, dir)).length).toBeGreaterThan(4);
  });

  it("names only files the build wrote", () => {
    const manifest = built(dir) as { action: { default_popup: string }; options_ui: { page: string } };
    const background = built(dir).background as { service_worker?: string; scripts?: string[] };
    const named = [
      manifest.action.default_popup,
      manifest.options_ui.page,
      background.service_worker,
      ...(background.scripts ?? []),
    ];
    for (const file of named.filter((name): name is string => name !== undefined)) {
      expect(existsSync(join(DIST, dir, file)), file).toBe(true);
    }
  });
});

describe("built pages", () => {
  it.each(["popup.html", "import.html", "options.html"])(
    "%s loads only its own files, relative to the root",
    (page) => {
      const html = readFileSync(join(DIST, "extension", page), "utf8");
      const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? "");
      expect(urls.length).toBeGreaterThan(1);
      for (const url of urls) {
        expect(url, page).toMatch(/^\.\/[^.]/);
        expect(existsSync(join(DIST, "extension", url)), url).toBe(true);
      }
    },
  );
});

describe("browser differences", () => {
  it("Chromium runs an ES-module service worker and reads the managed-storage schema", () => {
    const manifest = built("extension") as { background: unknown; storage: { managed_schema: string } };
    expect(manifest.background).toEqual({ service_worker: "background.js", type: "module" });
    const schema = JSON.parse(readFileSync(join(DIST, "extension", manifest.storage.managed_schema), "utf8"));
    expect(schema.properties.profiles.type).toBe("array");
  });

  it("Firefox runs background scripts and carries its add-on id", () => {
    const manifest = built("extension-firefox") as {
      background: unknown;
      browser_specific_settings: { gecko: { id: string } };
    };
    expect(manifest.background).toEqual({ scripts: ["background.js"], type: "module" });
    expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(existsSync(join(DIST, "extension-firefox", "managed-schema.json"))).toBe(false);
  });
});
