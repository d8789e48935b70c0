import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { profilesJson } from "../../extension/pages/options/profiles-json";
import { formProfileSchema } from "../../extension/profile/form-profile";
import { buildPackage, packageText } from "../../shared/package/build-package";
import { type FormServer, startFormServer } from "./forms/serve-forms";
import { TELEMARK_VALUES, telemarkPackageText } from "./forms/telemark-package";
import { tryForm } from "./forms/try-form";

let server: FormServer;
let dir: string;

/** A form behind a slow API: the page loads empty and draws its fields 3 s later (adversary round 2, M6). */
const LATE_PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser 2024</title></head>
<body><h1>Døgnplasser 2024</h1><div id="app">Laster …</div><script>
setTimeout(() => { document.getElementById("app").innerHTML =
  '<form id="late"><p><label for="t">PHV voksne, i alt</label> <input id="t"></p></form>'; }, 3000);
</script></body></html>`;

/** Boxes whose own constraints refuse the figures (adversary round 3, A9): 63,5 breaks step=1, 103,5 max=100. */
const CONSTRAINED_PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser 2024</title></head>
<body><h1>Døgnplasser 2024</h1><form>
<p><label for="h">PHV voksne, sykehusnivå</label> <input id="h" type="number" step="1"></p>
<p><label for="d">PHV voksne, DPS</label> <input id="d" type="number" step="1"></p>
<p><label for="t">PHV voksne, i alt</label> <input id="t" type="number" max="100" step="any"></p>
</form></body></html>`;

/**
 * A page whose own code rewrites what is written (adversary round 3, A12's g21): DPS's box drops
 * all but digits on input (63,5 → 635), the total's truncates on focusout and shows it 300 ms later.
 */
const REWRITING_PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser 2024</title></head>
<body><h1>Døgnplasser 2024</h1><form>
<p><label for="d">PHV voksne, DPS</label> <input id="d"></p>
<p><label for="t">PHV voksne, i alt</label> <input id="t"></p>
</form><script>
const d = document.getElementById("d"), t = document.getElementById("t");
d.addEventListener("input", () => { d.value = d.value.replace(/\\D/g, ""); });
t.addEventListener("focusout", () => { const v = t.value.replace(/,\\d*$/, ""); setTimeout(() => { t.value = v; }, 300); });
</script></body></html>`;

/** The total's box truncates into the page's model on focusout, and an emptied box leaves the model as it was. */
const FIGHTING_PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser 2024</title></head>
<body><h1>Døgnplasser 2024</h1><form><p><label for="t">PHV voksne, i alt</label> <input id="t"></p></form><script>
let model = ""; const t = document.getElementById("t");
t.addEventListener("focusout", () => { if (t.value !== "") model = t.value.replace(/,\\d*$/, ""); setTimeout(() => { t.value = model; }, 300); });
</script></body></html>`;

/** Boxes that already hold the package's figures, as a saved draft shows them (adversary-4 B18, h13). */
const HELD_PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser 2024</title></head>
<body><h1>Døgnplasser 2024</h1><form>
<p><label for="h">PHV voksne, sykehusnivå</label> <input id="h" value="40"></p>
<p><label for="d">PHV voksne, DPS</label> <input id="d" value="63,5"></p>
</form></body></html>`;

/**
 * A part of the form in a frame of another origin (adversary-4 B18, h18): never filled, and named.
 * The same server by the name localhost is another origin, one the copy try-form loads is not granted.
 */
const FRAMED_PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<title>Døgnplasser 2024</title></head><body><h1>Døgnplasser 2024</h1><form>
<p><label for="h">PHV voksne, sykehusnivå</label> <input id="h"></p></form>
<iframe title="Døgnplasser, del 2"></iframe><script>
document.querySelector("iframe").src = location.href.replace("127.0.0.1", "localhost").replace("/framed", "/part");
</script></body></html>`;

beforeAll(async () => {
  server = await startFormServer({
    pages: {
      "/held": HELD_PAGE,
      "/framed": FRAMED_PAGE,
      "/part": `<!doctype html><html lang="nb"><body><p><label for="t">TSB, i alt</label> <input id="t"></p></body></html>`,
      "/late": LATE_PAGE,
      "/very-late": LATE_PAGE.replace("}, 3000);", "}, 60000);"),
      "/constrained": CONSTRAINED_PAGE,
      "/rewriting": REWRITING_PAGE,
      "/fighting": FIGHTING_PAGE,
    },
  });
  dir = mkdtempSync(join(tmpdir(), "hso-try-form-"));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function writePackage(name: string, text = telemarkPackageText()): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("npm run try-form", () => {
  it("fills the list form from a package, prints the three lists and saves a screenshot", async () => {
    const pkg = writePackage("telemark-2024.hso.json");
    const { code, stdout, stderr } = await tryForm([`${server.origin}/sharepoint`, pkg]);
    expect(stderr).toContain("Fylt ut 11");
    // Its staffing frame is the page's own origin: filled, not named as left out.
    expect(stderr).not.toContain("Ramme ikke fylt ut");
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(Object.keys(printed)).toEqual(["filled", "missing", "mismatched", "ambiguous"]);
    expect(printed.ambiguous).toEqual([]);
    expect(printed.filled).toEqual(
      expect.arrayContaining(["beds.phv_adult_total", "beds.tsb_total", "staffing.senior_consultants_fte"]),
    );
    expect(printed.missing).toEqual(expect.arrayContaining(["beds.phbu_total", "beds.all_total"]));
    expect(printed.mismatched).toEqual([]);
    expect(readFileSync(`${pkg}.png`).subarray(1, 4).toString()).toBe("PNG");
  });

  it("lists figures the page's own constraints refused as mismatched, not missing, exit 1", async () => {
    const { code, stdout } = await tryForm([
      `${server.origin}/constrained`,
      writePackage("constrained.hso.json"),
    ]);
    const printed = JSON.parse(stdout);
    expect(printed.filled).toContain("beds.phv_adult_hospital");
    expect(printed.mismatched).toEqual(
      expect.arrayContaining(["beds.phv_adult_dps", "beds.phv_adult_total"]),
    );
    expect(printed.missing).not.toContain("beds.phv_adult_dps");
    expect(printed.missing).not.toContain("beds.phv_adult_total");
    expect(code).toBe(1);
  });

  it("uses --profile to find the fields", async () => {
    const pkg = writePackage("profile.hso.json");
    const profile = join(dir, "profile.json");
    writeFileSync(
      profile,
      JSON.stringify({
        name: "Listeskjema",
        urlPattern: "http://127.0.0.1/sharepoint",
        fields: { "beds.phv_adult_dps": { elementId: "ctl00_ctl40_g_7f3a_ff22_ctl00_ctl00_TextField" } },
      }),
    );
    const { code, stdout } = await tryForm([`${server.origin}/sharepoint`, pkg, "--profile", profile]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).filled).toEqual(["beds.phv_adult_dps"]);
  });

  it("refuses a package whose digest does not match, with the core's words, exit 2", async () => {
    const pkg = writePackage(
      "changed.hso.json",
      telemarkPackageText().replace('"beds.tsb_total": 30', '"beds.tsb_total": 31'),
    );
    const { code, stdout, stderr } = await tryForm([`${server.origin}/sharepoint`, pkg]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Kontrollsummen stemmer ikke");
    expect(existsSync(`${pkg}.png`)).toBe(false);
  });

  it("says to build first when there is no built extension, exit 2", async () => {
    const pkg = writePackage("unbuilt.hso.json");
    const { code, stderr } = await tryForm([`${server.origin}/sharepoint`, pkg], {
      HSO_EXTENSION_DIR: join(dir, "no-such-build"),
    });
    expect(code).toBe(2);
    expect(stderr).toContain("kjør npm run build først");
  });

  it("explains a wrong command line and a missing package file, exit 2", async () => {
    const usage = await tryForm([`${server.origin}/sharepoint`]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("npm run try-form --");
    const missing = await tryForm([`${server.origin}/sharepoint`, join(dir, "nope.hso.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Kan ikke lese pakken");
  });

  it("reads the options page's own export and uses the profile whose pattern matches the page", async () => {
    const pkg = writePackage("export.hso.json");
    const exported = join(dir, "hso-skjemaprofiler.json");
    const profiles = [
      {
        name: "Annet skjema",
        urlPattern: "http://127.0.0.1/annet/*",
        fields: { "beds.tsb_total": { name: "x" } },
      },
      {
        name: "Listeskjema",
        urlPattern: "http://127.0.0.1/sharepoint",
        fields: {
          "beds.phv_adult_dps": {
            locators: [
              { kind: "id", id: "ctl00_ctl40_g_7f3a_ff22_ctl00_ctl00_TextField" },
              { kind: "label", label: "PHV voksne, DPS" },
            ],
          },
        },
      },
    ].map((profile) => formProfileSchema.parse(profile));
    writeFileSync(exported, profilesJson(profiles));
    const { code, stdout } = await tryForm([`${server.origin}/sharepoint`, pkg, "--profile", exported]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).filled).toEqual(["beds.phv_adult_dps"]);
  });

  it("refuses a profile file none of whose patterns match the page, before filling anything", async () => {
    const pkg = writePackage("nomatch.hso.json");
    const file = join(dir, "nomatch.json");
    writeFileSync(
      file,
      JSON.stringify({ profiles: [{ name: "A", urlPattern: "http://127.0.0.1/annet/*", fields: {} }] }),
    );
    const { code, stdout, stderr } = await tryForm([`${server.origin}/sharepoint`, pkg, "--profile", file]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Ingen profil i filen");
  });

  it("refuses a profiles file the extension's reader refuses, nb then en with where in the file, exit 2 (adversary-4 B21, B23)", async () => {
    const pkg = writePackage("badprofile.hso.json");
    const forms = new URL("./forms/adversary-4/profiles/", import.meta.url);
    const deep = await tryForm([
      `${server.origin}/sharepoint`,
      pkg,
      "--profile",
      new URL("p08-deep.json", forms).pathname,
    ]);
    expect(deep.code).toBe(2);
    expect(deep.stderr).toMatch(/Filen er nestet 50\s001 nivåer dypt .*høyst 8/);
    expect(deep.stderr).toMatch(/The file nests 50001 levels deep .*at most 8/);
    const junk = await tryForm([
      `${server.origin}/sharepoint`,
      pkg,
      "--profile",
      new URL("p05-proto-and-junk.json", forms).pathname,
    ]);
    expect(junk.code).toBe(2);
    expect(junk.stderr).toContain("Ulovlig nøkkel «__proto__» ved profiles.0.fields.__proto__");
    expect(junk.stderr).toContain('Forbidden key "__proto__" at profiles.0.fields.__proto__');
    for (const said of [deep.stderr, junk.stderr]) expect(said).not.toMatch(/invalid_message|call stack|✖/i);
  });

  it("names a profile locator whose CSS does not parse instead of only listing its field as missing (adversary-4 B23)", async () => {
    const pkg = writePackage("badcss.hso.json");
    const file = join(dir, "badcss.json");
    const dps = "ctl00_ctl40_g_7f3a_ff22_ctl00_ctl00_TextField";
    writeFileSync(
      file,
      JSON.stringify({
        name: "Listeskjema",
        urlPattern: "http://127.0.0.1/sharepoint",
        fields: {
          "beds.phv_adult_total": { locators: [{ kind: "css", path: "input[" }] },
          "beds.phv_adult_dps": { locators: [{ kind: "css", path: `#${dps}` }] },
        },
      }),
    );
    const { code, stdout, stderr } = await tryForm([`${server.origin}/sharepoint`, pkg, "--profile", file]);
    const printed = JSON.parse(stdout);
    // The twin: the field whose selector parses is filled as before.
    expect(printed.filled).toEqual(["beds.phv_adult_dps"]);
    expect(printed.missing).toContain("beds.phv_adult_total");
    expect(stderr).toContain(
      "Ugyldig CSS-velger i profilen for «PHV voksne, i alt», søkemåte nr. 1: input[ / invalid CSS selector in the profile for",
    );
    expect(stderr).not.toContain(dps);
    expect(code).toBe(0);
  });

  it("fills the form's unit and year from the envelope when the values leave them out", async () => {
    const values = Object.fromEntries(
      Object.entries(TELEMARK_VALUES).filter(([id]) => !/\.(unit_org|year)$/.test(id)),
    );
    const text = packageText(
      buildPackage({
        unit: { org: "983975267", name: "Sykehuset Telemark HF" },
        year: 2024,
        templates: { beds: "2025.1", staffing: "2025.1" },
        values,
        notes: {},
      }),
    );
    const { code, stdout } = await tryForm([
      `${server.origin}/sharepoint`,
      writePackage("envelope.hso.json", text),
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).filled).toEqual(expect.arrayContaining(["beds.unit_org", "beds.year"]));
  });

  it("--wait-for fills a form that renders after the page has loaded", async () => {
    const pkg = writePackage("late.hso.json");
    const { code, stdout } = await tryForm([`${server.origin}/late`, pkg, "--wait-for", "#late input"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).filled).toEqual(["beds.phv_adult_total"]);
  });

  it("without --wait-for, a form drawn late finds nothing: stderr says to try --wait-for, exit 1", async () => {
    // Drawn a minute after the page loads (a slow API): later than any wait of the extension's.
    const { code, stdout, stderr } = await tryForm([
      `${server.origin}/very-late`,
      writePackage("nowait.hso.json"),
    ]);
    expect(JSON.parse(stdout).filled).toEqual([]);
    expect(stderr).toContain("Prøv --wait-for");
    expect(stderr).not.toContain("ble skrevet");
    expect(code).toBe(1);
  });

  it("fields found and written that the page rewrote: stderr says so (nb, en), not to try --wait-for", async () => {
    const { code, stdout, stderr } = await tryForm([
      `${server.origin}/rewriting`,
      writePackage("rewriting.hso.json"),
    ]);
    const printed = JSON.parse(stdout);
    expect(printed.filled).toEqual([]);
    expect(printed.mismatched).toEqual(
      expect.arrayContaining(["beds.phv_adult_dps", "beds.phv_adult_total"]),
    );
    expect(stderr).toContain("2 felt ble skrevet, men siden endret dem");
    expect(stderr).toContain("2 fields were written but the page changed them");
    expect(stderr).not.toContain("--wait-for");
    // Both were put back: none is named as holding a figure that is not the package's.
    expect(stderr).not.toContain("Ikke satt tilbake");
    expect(code).toBe(1);
  });

  it("a field the page changes again after it was put back is named as not put back (nb, en)", async () => {
    const { code, stdout, stderr } = await tryForm([
      `${server.origin}/fighting`,
      writePackage("fighting.hso.json"),
    ]);
    expect(JSON.parse(stdout).mismatched).toEqual(["beds.phv_adult_total"]);
    expect(stderr).toContain("1 felt ble skrevet, men siden endret det");
    expect(stderr).toMatch(/Ikke satt tilbake.*«PHV voksne, i alt» \/ ".+" \/ not put back/);
    expect(code).toBe(1);
  });

  it("a page whose every box already holds its figure: exit 0, the summary says so, no --wait-for hint (adversary-4 B18)", async () => {
    const { code, stdout, stderr } = await tryForm([`${server.origin}/held`, writePackage("held.hso.json")]);
    expect(JSON.parse(stdout)).toMatchObject({ filled: [], mismatched: [] });
    // The summary line in both languages (every line a user reads is nb / en).
    expect(stderr).toMatch(
      /Fylt ut 0 \(2 hadde tallet fra før\), .* \/ filled 0 \(2 already held it\), not found \d+, mismatched 0\. Screenshot: /,
    );
    expect(stderr).not.toContain("--wait-for");
    expect(code).toBe(0);
  });

  it("names a frame of another origin that got no figures, with why, nb then en (adversary-4 B18)", async () => {
    const { code, stdout, stderr } = await tryForm([
      `${server.origin}/framed`,
      writePackage("framed.hso.json"),
    ]);
    expect(JSON.parse(stdout).filled).toEqual(["beds.phv_adult_hospital"]);
    const frame = server.origin.replace("127.0.0.1", "localhost");
    expect(stderr).toMatch(
      new RegExp(
        `Ramme ikke fylt ut / frame not filled: ${frame}/part: [^/]*annen opprinnelse[^/]* / .*another origin`,
      ),
    );
    expect(code).toBe(0);
  });

  it("--wait-for a field that never shows: exit 2 with the selector named, nothing filled", async () => {
    const pkg = writePackage("never.hso.json");
    const { code, stdout, stderr } = await tryForm([
      `${server.origin}/late`,
      pkg,
      "--wait-for",
      "#never",
      "--wait",
      "1",
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Siden viste ikke #never innen 1 s");
    expect(existsSync(`${pkg}.png`)).toBe(false);
  });

  it("refuses a --wait that is not a number of seconds, exit 2", async () => {
    const { code, stderr } = await tryForm([
      `${server.origin}/late`,
      writePackage("w.hso.json"),
      "--wait",
      "lenge",
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("--wait tar et antall sekunder");
  });
});
