// A page can say its unit only to the server: a hidden input or a `<meta>` named as the unit's
// org. no. (`Enhet_OrgNr`, `orgnr`). The server files the figures under it, so it is the page's unit
// for the cross-check; nine digits under another name (a view state, a case number) are not
// (test/e2e/forms/adversary-6/FINDINGS.md, D34). Run on the content script's identity call as the
// worker makes it.
import { describe, expect, it } from "vitest";
import type { PageIdentity } from "../../extension/content/content-api";
import { callContent } from "./forms/browser";
import { browserForFile } from "./forms/fill-page";

const browser = browserForFile();

async function pageOrgs(html: string): Promise<PageIdentity["orgs"]> {
  const page = await browser().newPage();
  try {
    await page.setContent(html);
    return ((await callContent(page.mainFrame(), "identity", {})) as PageIdentity).orgs;
  } finally {
    await page.close();
  }
}

const BEDS = `<label for="h">PHV voksne, sykehusnivå</label><input id="h">`;

describe("a unit said to the server: a hidden input or a meta named as the unit's org. no.", () => {
  it("<input type=hidden name=Enhet_OrgNr value=983975240> says 983975240, found there", async () => {
    const html = `<form><input type="hidden" name="Enhet_OrgNr" value="983975240">
<input type="hidden" name="rapporteringsaar" value="2025">${BEDS}</form>`;
    expect(await pageOrgs(html)).toEqual([{ value: "983975240", source: "field", where: "Enhet_OrgNr" }]);
  });

  it("a hidden input named by its id (orgnr) and a meta 'organisasjonsnummer' say their numbers", async () => {
    const html = `<html><head><meta name="organisasjonsnummer" content="983 975 267"></head><body>
<form><input type="hidden" id="orgnr" value="983975240">${BEDS}</form></body></html>`;
    expect((await pageOrgs(html)).map((clue) => clue.value).sort()).toEqual(["983975240", "983975267"]);
  });

  it("nine digits under other names, or a unit's input holding no number, say nothing", async () => {
    const html = `<form><input type="hidden" name="__VIEWSTATEGENERATOR" value="983975240">
<input type="hidden" name="saksnr" value="983975240"><input type="hidden" name="orgnr" value="">
<meta name="generator" content="983975240">${BEDS}</form>`;
    expect(await pageOrgs(html)).toEqual([]);
  });
});
