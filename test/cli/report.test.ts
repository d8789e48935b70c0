import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, requireBuiltCli, runCli, STACK_FRAME, temporaryFolders } from "./cli-harness";
import { hostileFolder } from "./report/hostile-folder";

const folders = temporaryFolders("hso-report-html");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

describe("hso-report report", { timeout: 90_000 }, () => {
  it("writes one self-contained page: strict policy, no script, no link or request to anywhere", async () => {
    const out = join(folders.make(), "rapport.html");
    const run = await runCli(["report", "examples/packages", "--year", "2024", "--out", out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!doctype html>\n<html lang="nb">/);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'none'");
    expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(policy).not.toContain("unsafe");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\s(src|href|style|on\w+)=/i);
    // The only URLs are SVG's own namespace names, which are never fetched.
    expect(
      html.match(/https?:\/\/[^\s"<]+/g)?.filter((url) => !url.startsWith("http://www.w3.org/")),
    ).toEqual([]);
  });

  it("holds the paper's bed table, a chart of beds per trust with title, summary and data, and the returns", async () => {
    const out = join(folders.make(), "rapport.html");
    await runCli(["report", "examples/packages", "--year", "2024", "--out", out]);
    const html = readFileSync(out, "utf8");
    const row = (label: string) =>
      new RegExp(`<th scope="row">${label}</th>(<td class="num">[^<]*</td>)+`).exec(html)?.[0] ?? "";
    const cells = (label: string) =>
      [...row(label).matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells("Totalt Helse Sør-Øst/sykehus")).toEqual([
      "1\u00a0533",
      "1\u00a0512",
      "1\u00a0507",
      "1\u00a0509",
      "1\u00a0511",
      "+2",
    ]);
    expect(cells("Private avtaleparter \\*\\*\\*")).toEqual(["234", "244", "230", "241", "258,5", "+17,5"]);
    expect(cells("Totalt Helse Sør-Øst med private")).toEqual([
      "1\u00a0767",
      "1\u00a0756",
      "1\u00a0737",
      "1\u00a0750",
      "1\u00a0769,5",
      "+19,5",
    ]);
    expect(html).toMatch(/<svg role="img" aria-labelledby="fig-\d+-title fig-\d+-summary"/);
    expect(html).toContain("Tallene i diagrammet: Døgnplasser PHV voksne per foretak/sykehus over tid");
    expect(html).toContain(
      "Foretakene og sykehusene hadde til sammen 1\u00a0533 plasser i 2020 og 1\u00a0511 i 2024 (−22).",
    );
    expect(html).toContain('<h2 id="innsendinger-h">Innsendinger 2024</h2>');
    expect(html).toContain("Fast ansatte overleger: 651 i 2020 og 735 i 2024 (+84).");
    expect(html).toContain("Fast ansatte LIS3 i alt: 231 i 2020 og 270 i 2024 (+39).");
  });

  it("gives the board paper's staffing figures for 2025: senior consultants 651 (2020) → 755, LIS3 258 (2023) → 281", async () => {
    const out = join(folders.make(), "rapport.html");
    expect((await runCli(["report", "examples/packages", "--year", "2025", "--out", out])).code).toBe(0);
    const html = readFileSync(out, "utf8");
    const section = html.slice(
      html.indexOf('<section id="bemanning"'),
      html.indexOf("</section>", html.indexOf('<section id="bemanning"')),
    );
    const data = section.slice(section.indexOf('<table class="chart-data">'));
    const cells = (label: string) => {
      const row =
        new RegExp(`<th scope="row">${label}</th>((?:<td class="num">[^<]*</td>)+)`).exec(data)?.[1] ?? "";
      return [...row.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]);
    };
    expect(data).toContain('<th scope="col" class="num">2020</th>');
    const years = ["2020", "2021", "2022", "2023", "2024", "2025"];
    const overleger = cells("Overleger");
    const lis3 = cells("LIS3 i alt");
    expect(overleger).toHaveLength(years.length);
    expect(overleger[years.indexOf("2020")]).toBe("651");
    expect(overleger[years.indexOf("2025")]).toBe("755");
    expect(lis3[years.indexOf("2023")]).toBe("258");
    expect(lis3[years.indexOf("2025")]).toBe("281");
    expect(section).toContain("Fast ansatte overleger: 651 i 2020 og 755 i 2025 (+104).");
    expect(section).toContain("258 (2023), 270 (2024), 281 (2025).");
    // The regional rows of the per-trust tables agree with the chart's data.
    expect(section).toMatch(
      /Overleger, fast ansatte[\s\S]*?<th scope="row">Regionen<\/th><td class="num">651<\/td>(<td class="num">[^<]*<\/td>){4}<td class="num">755<\/td>/,
    );
  });

  it("leaves out a section no package holds data for", async () => {
    const folder = folders.make();
    for (const file of readdirSync(join(ROOT, "examples/packages")).filter(
      (name) => !name.includes("bemanning"),
    ))
      cpSync(join(ROOT, "examples/packages", file), join(folder, file));
    const out = join(folders.make(), "rapport.html");
    expect((await runCli(["report", folder, "--year", "2024", "--out", out])).code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('id="dognplasser"');
    expect(html).not.toContain('id="bemanning"');
  });

  it("shows every text from a package as text: <script>, </style> and javascript: stay words", async () => {
    const out = join(folders.make(), "rapport.html");
    const run = await runCli(["report", hostileFolder(folders.make), "--year", "2024", "--out", out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain(
      "&lt;script&gt;alert(1)&lt;/script&gt; &lt;/style&gt;&lt;img src=x onerror=alert(2)&gt; javascript:alert(3) &quot;q&quot; &amp; \ufffd[2J\ufffd",
    );
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|<img/i);
  });

  it("refuses a wrong --out or a missing --year (exit 2) in one line", async () => {
    const pdf = await runCli(["report", "examples/packages", "--year", "2024", "--out", "x.pdf"]);
    const noYear = await runCli(["report", "examples/packages", "--out", "x.html"]);
    for (const run of [pdf, noYear]) {
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    }
  });
});
