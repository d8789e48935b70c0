import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAutoOpenPane } from "../../cli/workbook/auto-open-pane";
import { ADDIN_ID } from "../../manifests/addin/addin-manifest";
import { requireBuiltCli, runCli, temporaryFolders } from "./cli-harness";
import { convertWithLibreOffice } from "./libreoffice-convert";

const folders = temporaryFolders("hso-auto-open");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

/** The parts of a zip as Python's zipfile reads them (another reader than the CLI's), CRCs checked. */
function partsOf(file: string): Record<string, string> {
  const script = [
    "import json, sys, zipfile",
    "z = zipfile.ZipFile(sys.argv[1])",
    "bad = z.testzip()",
    "if bad: sys.exit('bad CRC in ' + bad)",
    "print(json.dumps({n: z.read(n).decode('utf-8') for n in z.namelist() if n.endswith(('.xml', '.rels'))}))",
  ].join("\n");
  const run = spawnSync("python3", ["-c", script, file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

async function template(folder: string, extra: string[] = []): Promise<string> {
  const out = join(folder, "telemark.xlsx");
  const args = [
    "template",
    "beds",
    "staffing",
    "--unit",
    "983975267",
    "--year",
    "2024",
    ...extra,
    "--out",
    out,
  ];
  const run = await runCli(args);
  expect(run.code, run.stderr).toBe(0);
  return out;
}

const attribute = (xml: string | undefined, element: string, name: string) =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml ?? "")?.[1];

describe("hso-report template: the part that opens the task pane with the workbook", {
  timeout: 180_000,
}, () => {
  it("links package → taskpanes → webextension, which names the add-in and AutoShowTaskpaneWithDocument", async () => {
    const parts = partsOf(await template(folders.make()));
    const root = parts["_rels/.rels"] ?? "";
    expect(root).toMatch(
      /Type="http:\/\/schemas\.microsoft\.com\/office\/2011\/relationships\/webextensiontaskpanes" Target="xl\/webextensions\/taskpanes\.xml"/,
    );
    const taskpanes = parts["xl/webextensions/taskpanes.xml"];
    const refId = attribute(taskpanes, "wetp:webextensionref", "r:id");
    const rels = parts["xl/webextensions/_rels/taskpanes.xml.rels"] ?? "";
    expect(rels).toContain(
      `Id="${refId}" Type="http://schemas.microsoft.com/office/2011/relationships/webextension"`,
    );
    const target = /Target="([^"]+)"/.exec(rels)?.[1];
    const extension = parts[`xl/webextensions/${target}`];
    expect(attribute(extension, "we:reference", "id")).toBe(ADDIN_ID);
    expect(attribute(extension, "we:reference", "storeType")).toBe("EXCatalog");
    expect(extension).toContain('<we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>');
    const types = parts["[Content_Types].xml"] ?? "";
    expect(types).toContain(
      'PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"',
    );
    expect(types).toContain(
      'PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"',
    );
  });

  it("the workbook is read as before: validate names the unit and year from it", async () => {
    const file = await template(folders.make());
    const run = await runCli(["validate", file, "--json"]);
    expect(run.code).not.toBe(2);
    expect(JSON.parse(run.stdout).results[0]).toMatchObject({ unit: "983975267", year: 2024 });
  });

  it("--no-auto-open leaves the parts out; a workbook already tagged is left as it is", async () => {
    const file = await template(folders.make(), ["--no-auto-open"]);
    const parts = partsOf(file);
    expect(Object.keys(parts).filter((name) => name.includes("webextension"))).toEqual([]);
    expect(parts["_rels/.rels"]).not.toContain("webextensiontaskpanes");
    const tagged = readFileSync(await template(folders.make()));
    const addin = { id: ADDIN_ID, version: "1.0.0.0", store: "EXCatalog", storeType: "EXCatalog" };
    expect(withAutoOpenPane(tagged, addin).equals(tagged)).toBe(true);
  });

  it.skipIf(!hasSoffice)(
    "LibreOffice opens it (headless conversion) and the result still validates",
    async () => {
      const folder = folders.make();
      const file = await template(folder);
      const converted = convertWithLibreOffice(file, folder);
      const run = await runCli(["validate", converted, "--json"]);
      expect(run.code, run.stderr).not.toBe(2);
      expect(JSON.parse(run.stdout).results[0]).toMatchObject({ unit: "983975267", year: 2024 });
    },
  );
});
