// A form can say its unit only where a user does not read it: in a hidden input named as the unit's
// org. no. (`Enhet_OrgNr`), or in its own address (`?orgnr=…`). The server files the figures under
// that unit, so a page naming another unit there is that unit's page and is refused, as a hidden
// reporting year makes a page that year's (test/e2e/forms/adversary-6/FINDINGS.md, D34; round 4,
// B7). The package's own unit there fills as before, and a nine-digit number under another name (a
// view state, a case number) says nothing. Run as a user runs it: `try-form` on the built extension
// (the adversary-6 forms k47 and k48 themselves), then what the page holds.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tryFormLists } from "./forms/try-form";

const FORMS = "test/e2e/forms/adversary-6";
const VESTFOLD = "983975240";
const TELEMARK = "983975267";
const work = mkdtempSync(join(tmpdir(), "hso-unit-said-to-server-"));
const PACKAGE = join(work, "telemark-2025.hso.json");
let server: Server;
let base = "";
/** What each form last posted of its controls (state.js): `current` by data-k. */
const posted = new Map<string, { current: Record<string, string> }>();

// k48 names its hidden input in a comment too: each replacement below is global.
const k48 = readFileSync(join(FORMS, "k48-hidden-orgnr.html"), "utf8");
/** k48 as another form: its hidden inputs replaced, its boxes the package's to fill. */
function k48With(form: string, hidden: string): string {
  return k48
    .replace('data-form="k48"', `data-form="${form}"`)
    .replace(/<input type="hidden" name="Enhet_OrgNr"[^>]*>/g, hidden)
    .replace("x:siv-hosp", "beds.phv_adult_hospital")
    .replace("x:siv-dps", "beds.phv_adult_dps");
}

const PAGES: Record<string, string> = {
  "/k48-hidden-orgnr.html": k48,
  "/k47-url-orgnr.html": readFileSync(join(FORMS, "k47-url-orgnr.html"), "utf8"),
  "/state.js": readFileSync(join(FORMS, "state.js"), "utf8"),
  // The address alone names the unit: no hidden input copies it.
  "/address.html": k48
    .replace('data-form="k48"', 'data-form="address"')
    .replace(/<input type="hidden" name="Enhet_OrgNr"[^>]*>/g, ""),
  "/hidden-telemark.html": k48With(
    "hidden-telemark",
    `<input type="hidden" name="Enhet_OrgNr" value="${TELEMARK}">`,
  ),
  "/hidden-other-names.html": k48With(
    "hidden-other-names",
    `<input type="hidden" name="__VIEWSTATEGENERATOR" value="${VESTFOLD}">
<input type="hidden" name="saksnr" value="${VESTFOLD}">`,
  ),
};

beforeAll(async () => {
  copyFileSync("test/e2e/forms/adversary-3/packages/telemark-2025-full.hso.json", PACKAGE);
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (request.method === "POST" && url.pathname.startsWith("/state/")) {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        posted.set(url.pathname.slice(7), JSON.parse(body));
        response.end();
      });
      return;
    }
    const page = PAGES[url.pathname];
    response.statusCode = page === undefined ? 404 : 200;
    response.setHeader("content-type", url.pathname.endsWith(".js") ? "text/javascript" : "text/html");
    response.end(page ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(() => {
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** try-form on one page of the test server with the package. */
const tryForm = (page: string) => tryFormLists(`${base}/${page}`, PACKAGE);

const BOXES = ["beds.phv_adult_hospital", "beds.phv_adult_dps"];
const REFUSED = "Siden gjelder en annen enhet enn pakken";

/** The page refused as another unit's, with its boxes as they were. */
async function expectRefused(page: string, form: string): Promise<void> {
  const run = await tryForm(page);
  expect(run.said).toContain(REFUSED);
  expect(run.code, run.said).toBe(2);
  expect(posted.get(form)?.current, run.said).toEqual({ "x:siv-hosp": "", "x:siv-dps": "" });
}

/** The page filled with Telemark's 46 and 64. */
async function expectFilled(page: string, form: string): Promise<void> {
  const run = await tryForm(page);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(run.result?.filled, run.said).toEqual(expect.arrayContaining(BOXES));
  expect(run.code, run.said).toBe(0);
  expect(posted.get(form)?.current, run.said).toEqual({
    "beds.phv_adult_hospital": "46",
    "beds.phv_adult_dps": "64",
  });
}

describe("a unit said only to the server names the page's unit", () => {
  it("k48: a hidden Enhet_OrgNr naming Vestfold refuses Telemark's package (exit 2)", async () => {
    await expectRefused("k48-hidden-orgnr.html", "k48");
  });

  it(`k47: the address ?orgnr=${VESTFOLD} (and its hidden copy) refuses (exit 2)`, async () => {
    await expectRefused(`k47-url-orgnr.html?orgnr=${VESTFOLD}`, "k47");
  });

  it("the address alone, ?enhet=…, with no hidden input, refuses (exit 2)", async () => {
    await expectRefused(`address.html?rapporteringsaar=2025&enhet=${VESTFOLD}`, "address");
  });

  it("twin: a hidden Enhet_OrgNr naming Telemark fills (exit 0)", async () => {
    await expectFilled("hidden-telemark.html", "hidden-telemark");
  });

  it(`twin: k47 at ?orgnr=${TELEMARK} fills (exit 0)`, async () => {
    await expectFilled(`k47-url-orgnr.html?orgnr=${TELEMARK}`, "k47");
  });

  it("twin: nine digits under other names (__VIEWSTATEGENERATOR, saksnr, ?saksnr=) fill (exit 0)", async () => {
    await expectFilled(`hidden-other-names.html?saksnr=${VESTFOLD}&id=${VESTFOLD}`, "hidden-other-names");
  });
});
