import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { addinUrl, DEV_ADDIN_URL } from "../../addin/build/addin-url";
import { addinManifest } from "../../manifests/addin/addin-manifest";
import { allElements, find, parseXml } from "./manifest-xml";

const ROOT = resolve(import.meta.dirname, "../..");
const DIST = resolve(ROOT, "dist/addin");
const PRODUCTION = "https://rapport.helse-sorost.example";

describe("the XML reader used here", () => {
  it.each([
    ["<a><b></a></b>"],
    ['<a x="1" x="2"/>'],
    ["<a>fish & chips</a>"],
    ["<a x=1/>"],
    ["<a/><b/>"],
    ["<a>"],
  ])("refuses %s", (xml) => expect(() => parseXml(xml)).toThrow());

  it("reads a well-formed document", () => {
    const root = parseXml('<?xml version="1.0"?><a x="&amp;"><b>t</b><c/></a>');
    expect(root.attributes.x).toBe("&amp;");
    expect(root.children.map((child) => child.name)).toEqual(["b", "c"]);
  });
});

describe("add-in manifest", () => {
  const root = parseXml(addinManifest(PRODUCTION));

  it("is a task-pane add-in for Excel needing at least ExcelApi 1.7", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(find(root, "Id")?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    for (const name of ["Version", "ProviderName", "DefaultLocale", "Permissions"])
      expect(find(root, name)?.text).toBeTruthy();
    expect(find(root, "Host")?.attributes.Name).toBe("Workbook");
    const set = find(root, "Set");
    expect([set?.attributes.Name, set?.attributes.MinVersion]).toEqual(["ExcelApi", "1.7"]);
    expect(find(root, "SourceLocation")?.attributes.DefaultValue).toBe(`${PRODUCTION}/taskpane.html`);
  });

  it("has a long-lived shared runtime that is also the function file", () => {
    const runtime = find(root, "Runtime");
    expect(runtime?.attributes).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    expect(find(root, "FunctionFile")?.attributes.resid).toBe("Taskpane.Url");
  });

  it("has the ribbon buttons Valider og lagre and Åpne HSØ-rapportering, English beside", () => {
    const controls = allElements(root).filter((element) => element.name === "Control");
    expect(controls.map((control) => control.attributes.id)).toEqual(["Hso.ValidateAndSave", "Hso.OpenPane"]);
    expect(find(controls[0] as never, "FunctionName")?.text).toBe("validateAndSave");
    expect(find(controls[1] as never, "Action")?.attributes["xsi:type"]).toBe("ShowTaskpane");
    const strings = allElements(find(root, "bt:ShortStrings") as never).filter((e) => e.name === "bt:String");
    const text = (id: string) => strings.find((entry) => entry.attributes.id === id)?.attributes.DefaultValue;
    expect(text("ValidateSave.Label")).toBe("Valider og lagre");
    expect(text("OpenPane.Label")).toBe("Åpne HSØ-rapportering");
    expect(find(strings[1] as never, "bt:Override")?.attributes.Value).toBe(
      "Validate & save".replace("&", "&amp;"),
    );
  });

  it("defines every resource it refers to", () => {
    const defined = new Set(
      allElements(root).flatMap((element) =>
        element.name.startsWith("bt:") && element.attributes.id ? [element.attributes.id] : [],
      ),
    );
    const used = allElements(root).flatMap((element) =>
      element.attributes.resid ? [element.attributes.resid] : [],
    );
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  it("is committed for the development address exactly as the generator writes it", () => {
    const committed = readFileSync(resolve(ROOT, "manifests/addin/manifest.dev.xml"), "utf8");
    expect(committed).toBe(addinManifest(DEV_ADDIN_URL, { dev: true }));
  });

  it("gives the development manifest its own <Id> and name, so a sideloaded copy never stands in for the deployed one", () => {
    const dev = parseXml(addinManifest(DEV_ADDIN_URL, { dev: true }));
    expect(find(dev, "Id")?.text).not.toBe(find(root, "Id")?.text);
    expect(find(dev, "Id")?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(find(dev, "DisplayName")?.attributes.DefaultValue).toBe("HSØ-rapportering (utvikling)");
  });

  it("names the pane Office.AutoShowTaskpaneWithDocument, so a tagged template opens it", () => {
    expect(find(root, "TaskpaneId")?.text).toBe("Office.AutoShowTaskpaneWithDocument");
  });

  it("takes the production address from HSO_ADDIN_URL, https only", () => {
    expect(addinUrl({})).toBe(DEV_ADDIN_URL);
    expect(addinUrl({ HSO_ADDIN_URL: `${PRODUCTION}/` })).toBe(PRODUCTION);
    expect(() => addinUrl({ HSO_ADDIN_URL: "http://rapport.example" })).toThrow(/https/);
  });
});

describe("the built add-in", () => {
  it.each(["manifest.xml", "manifest.dev.xml"])(
    "%s points only at files that exist in dist/addin",
    (file) => {
      const path = resolve(DIST, file);
      expect(existsSync(path), `${path} is missing: run npx vite build`).toBe(true);
      const root = parseXml(readFileSync(path, "utf8"));
      const base = find(root, "AppDomain")?.text ?? "";
      const urls = allElements(root).flatMap((element) =>
        Object.values(element.attributes).filter(
          (value) => /^https:\/\//.test(value) && !value.includes("schemas.microsoft.com"),
        ),
      );
      expect(urls.length).toBeGreaterThan(6);
      for (const url of urls) {
        expect(url.startsWith(`${base}/`), url).toBe(true);
        const built = resolve(DIST, url.slice(base.length + 1));
        expect(existsSync(built), `${url} → ${built}`).toBe(true);
      }
    },
  );

  it("loads Office.js from Microsoft's CDN in the pages Office opens", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = readFileSync(resolve(DIST, page), "utf8");
      expect(html).toContain(
        '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
      );
      for (const [, src] of html.matchAll(/(?:src|href)="\.\/([^"]+)"/g))
        expect(existsSync(resolve(DIST, src ?? ""))).toBe(true);
    }
  });
});
