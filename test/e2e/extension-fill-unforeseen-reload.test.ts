// A unit list whose own `change` listener reloads the page (`location.search = "?enhet=…"`, as a
// server-rendered form loads the unit's saved draft) cannot be foreseen: no `__doPostBack`, no
// `form.submit()` in its markup. The fill writes and reads back before the reload, so the late
// read-back finds a page that no longer knows the fill, and reads the figures again there: the
// draft's values are reported as not kept, never as filled (test/e2e/forms/adversary-4/FINDINGS.md,
// B11). Run as a user runs it: `try-form` on the built extension, then what the page holds.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tryFormLists } from "./forms/try-form";

const work = mkdtempSync(join(tmpdir(), "hso-unforeseen-reload-"));
const PACKAGE = join(work, "telemark-2025.hso.json");
let server: Server;
let base = "";
/** What each page last posted of its boxes, by form name. */
const posted = new Map<string, Record<string, string>>();
/** The number of the post each page's state was last taken from: a late older post is ignored. */
const order = new Map<string, number>();

/** The form: three boxes, then the unit list; `reload` says whether choosing a unit reloads the page. */
function form(name: string, reload: boolean): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser 2025</title></head>
<body><h1>Døgnplasser 2025</h1>
<form id="f" method="get">
<p><label for="a">PHV voksne, sykehusnivå</label> <input id="a" name="a"></p>
<p><label for="b">PHV voksne, DPS</label> <input id="b" name="b"></p>
<p><label for="c">TSB, i alt</label> <input id="c" name="c"></p>
<p><label for="u">Rapporterende enhet</label>
<select id="u" name="enhet"><option value="">Velg enhet …</option>
<option value="983975259">Sykehuset i Vestfold HF</option>
<option value="983975267">Sykehuset Telemark HF</option></select></p>
</form>
<script>
  const u = document.getElementById("u");
  const q = new URLSearchParams(location.search);
  if (q.get("enhet")) {
    u.value = q.get("enhet");
    // Telemark's saved draft: hospital 40, DPS empty, TSB 18.
    document.getElementById("a").value = "40";
    document.getElementById("c").value = "18";
  }
  ${reload ? 'u.addEventListener("change", () => { location.search = "?enhet=" + u.value; });' : ""}
  // Posted on load and on every input and change, not only every 100 ms: try-form closes the
  // browser soon after its late read-back, and each page must have said what it holds by then (CI,
  // under load, once saw only the page from before the reload). \`n\` orders the posts.
  let n = 0;
  const post = () => {
    const state = { a: a.value, b: b.value, c: c.value, u: u.value, n: ++n };
    fetch("/state/${name}" + (q.get("enhet") ? "-reloaded" : ""), { method: "POST", body: JSON.stringify(state) });
  };
  post();
  document.addEventListener("input", post, true);
  document.addEventListener("change", post, true);
  setInterval(post, 100);
</script></body></html>`;
}

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
        const { n, ...state } = JSON.parse(body);
        const name = url.pathname.slice(7);
        if (n > (order.get(name) ?? 0)) {
          order.set(name, n);
          posted.set(name, state);
        }
        response.end();
      });
      return;
    }
    const name = url.pathname.slice(1).replace(".html", "");
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(form(name, name === "reloads"));
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

describe("a unit list that reloads the page with the unit's saved draft", () => {
  it("the draft's 40 and 18 are reported as not kept, not as filled (exit 1)", async () => {
    const run = await tryForm("reloads.html");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(posted.get("reloads-reloaded")).toMatchObject({ a: "40", c: "18", u: "983975267" });
    expect(run.result, run.said).toBeDefined();
    expect(run.result?.filled).not.toContain("beds.phv_adult_hospital");
    expect(run.result?.filled).not.toContain("beds.tsb_total");
    expect(run.result?.mismatched).toEqual(
      expect.arrayContaining(["beds.phv_adult_hospital", "beds.tsb_total"]),
    );
    expect(run.code, run.said).toBe(1);
  });

  it("twin: the same list without a reload keeps every figure, filled (exit 0)", async () => {
    const run = await tryForm("stays.html");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(run.result, run.said).toBeDefined();
    expect(posted.get("stays")).toEqual({ a: "46", b: "64", c: "20,5", u: "983975267" });
    expect(run.result?.filled).toEqual(
      expect.arrayContaining(["beds.phv_adult_hospital", "beds.phv_adult_dps", "beds.tsb_total"]),
    );
    expect(run.result?.mismatched).toEqual([]);
    expect(run.code, run.said).toBe(0);
  });
});
