import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, requireBuiltCli, runCli, temporaryFolders } from "./cli-harness";
import { hostileBoardFolder } from "./report/hostile-folder";

const folders = temporaryFolders("hso-report-capacity");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

/** The beds packages and the three example plans made in 2025, in one folder. */
function plansAndBeds(): string {
  const folder = folders.make();
  cpSync(join(ROOT, "examples/packages"), folder, { recursive: true });
  cpSync(join(ROOT, "examples/board/capacity-plan"), join(folder, "plan"), { recursive: true });
  return folder;
}

async function section(folder: string, year: number): Promise<string> {
  const out = join(folders.make(), "rapport.html");
  expect((await runCli(["report", folder, "--year", String(year), "--out", out])).code).toBe(0);
  const html = readFileSync(out, "utf8");
  const start = html.indexOf('<section id="kapasitetsplaner"');
  return start < 0 ? "" : html.slice(start, html.indexOf("</section>", start));
}

describe("hso-report report: the capacity plans' section", { timeout: 60_000 }, () => {
  it("gives planned beds per service area through 2032 beside the beds last reported, in a chart with title, summary and data", async () => {
    const html = await section(plansAndBeds(), 2025);
    expect(html).toContain(
      '<h2 id="kapasitetsplaner-h">Kapasitetsplaner: planlagte døgnplasser til 2032</h2>',
    );
    expect(html).toMatch(/<svg role="img" aria-labelledby="fig-\d+-title fig-\d+-summary"/);
    // Telemark counted 103 in 2024 and plans 110 from 2026, 116 from 2029 (examples/board/capacity-plan).
    expect(html).toMatch(
      /<th scope="row">Telemark<\/th><td class="num">2025<\/td><td class="num">103 \(2024\)<\/td><td class="num">110<\/td>(<td class="num">110<\/td>){2}(<td class="num">116<\/td>){4}<\/tr>/,
    );
    // The chart's data: the sums over the three plans (189 + 107 + 103 = 399 reported; 190 + 108 + 110 = 408).
    expect(html).toMatch(
      /<th scope="row">PHV voksne<\/th><td class="num">399<\/td><td class="num">408<\/td>[\s\S]*?<td class="num">429<\/td><\/tr>/,
    );
    expect(html).toContain(
      "3 foretak har sendt kapasitetsplan: Innlandet, Vestfold, Telemark. PHV voksne: 408 plasser planlagt i 2026 og 429 i 2032, mot 399 sist rapportert.",
    );
    expect(html).toContain('Vestfold</th><td class="num">2025</td><td class="num">107 (2024)</td>');
    expect(html).toContain("112,5");
    expect(html).toContain("Ny døgnenhet for ungdom på Hamar");
  });

  it("is left out when no package holds a plan, and for a year before any plan was made", async () => {
    const beds = folders.make();
    for (const file of readdirSync(join(ROOT, "examples/packages")))
      cpSync(join(ROOT, "examples/packages", file), join(beds, file));
    expect(await section(beds, 2025)).toBe("");
    expect(await section(plansAndBeds(), 2024)).toBe("");
  });

  it("shows a plan's reason as text: <script>, </style> and javascript: stay words", async () => {
    const html = await section(hostileBoardFolder(folders.make), 2025);
    expect(html).toContain(
      "&lt;script&gt;alert(1)&lt;/script&gt; &lt;/style&gt;&lt;img src=x onerror=alert(2)&gt; javascript:alert(3)",
    );
    expect(html).not.toMatch(/<script|<img|<\/style/i);
  });
});
