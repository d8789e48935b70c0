import { describe, expect, it } from "vitest";
import { isLang, joinWords, LANG_NAMES, LANGS, parseLang } from "../../../shared/messages/lang";

describe("the language list", () => {
  it("starts with Norwegian bokmål and names each language in itself", () => {
    expect(LANGS[0]).toBe("nb");
    for (const lang of LANGS) expect(LANG_NAMES[lang].length).toBeGreaterThan(0);
  });

  it.each([
    ["en", "en"],
    ["nb", "nb"],
    ["EN", "nb"],
    ["nn", "nb"],
    [null, "nb"],
    [undefined, "nb"],
  ])("parses %j as %s", (value, lang) => {
    expect(parseLang(value)).toBe(lang);
  });

  it("falls back to the language given", () => {
    expect(parseLang("de", "en")).toBe("en");
    expect(isLang("de")).toBe(false);
  });

  it("joins lists the way each language does", () => {
    expect(joinWords(["a", "b", "c"], "nb")).toBe("a, b og c");
    expect(joinWords(["a", "b"], "en")).toBe("a and b");
    expect(joinWords(["a"], "en")).toBe("a");
  });
});
