import { beforeAll, describe, expect, it } from "vitest";
import { loadLang } from "../../../addin/i18n/pane-langs";
import { uiWord } from "../../../addin/i18n/ui-words";
import { EN } from "../../../addin/i18n/words-en";
import { NB } from "../../../addin/i18n/words-nb";

// English is a chunk of its own, loaded when chosen (docs/addin.md).
beforeAll(() => loadLang("en"));

describe("the pane's words: counts by Intl.PluralRules", () => {
  it.each([
    ["nb", 1, 1, "1 feil, 1 advarsel"],
    ["nb", 2, 0, "2 feil, 0 advarsler"],
    ["nb", 0, 2, "0 feil, 2 advarsler"],
    ["en", 1, 1, "1 error, 1 warning"],
    ["en", 2, 0, "2 errors, 0 warnings"],
  ] as const)("%s: %i errors, %i warnings → %s", (lang, errors, warnings, text) => {
    expect(uiWord(lang, "summary", { errors, warnings })).toBe(text);
  });

  it("writes one cell, one package, one note in the singular and many in the plural", () => {
    expect(uiWord("nb", "filled", { written: 1, skipped: 0 })).toBe("1 celle fylt ut, 0 hoppet over.");
    expect(uiWord("nb", "filled", { written: 3, skipped: 1 })).toBe("3 celler fylt ut, 1 hoppet over.");
    expect(uiWord("nb", "trendLoaded", { count: 1 })).toBe("1 pakke lastet inn.");
    expect(uiWord("nb", "trendLoaded", { count: 5 })).toBe("5 pakker lastet inn.");
    expect(uiWord("en", "trendLoaded", { count: 1 })).toBe("1 package loaded.");
    expect(uiWord("nb", "showInfos", { count: 1 })).toBe("Vis også 1 merknad om tomme felt");
    expect(uiWord("en", "confirmSaveTitle", { errors: 1 })).toBe("The workbook has 1 error. Save anyway?");
    expect(uiWord("nb", "progress", { filled: 23, total: 29 })).toBe("23 av 29 felt fylt ut");
    expect(uiWord("en", "progress", { filled: 1, total: 1 })).toBe("1 of 1 field filled in");
  });

  it("writes a large count as Norwegian does (non-breaking group space)", () => {
    expect(uiWord("nb", "filled", { written: 1200, skipped: 0 })).toBe(
      "1\u00a0200 celler fylt ut, 0 hoppet over.",
    );
  });

  it("leaves no placeholder unfilled when every parameter is given, in either language", () => {
    for (const [lang, words] of [
      ["nb", NB],
      ["en", EN],
    ] as const) {
      for (const [key, text] of Object.entries(words)) {
        const params = Object.fromEntries([...text.matchAll(/\{(\w+)/g)].map((match) => [match[1], 2]));
        expect(uiWord(lang, key as keyof typeof NB, params), `${lang}.${key}`).not.toMatch(/[{}]/);
      }
    }
  });

  it("uses the same parameters in both languages", () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(NB) as (keyof typeof NB)[])
      expect(names(EN[key]), key).toEqual(names(NB[key]));
  });
});
