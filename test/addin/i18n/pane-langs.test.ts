import { describe, expect, it } from "vitest";
import {
  isLangLoaded,
  loadedLangs,
  loadLang,
  loadPackageWords,
  shownLang,
} from "../../../addin/i18n/pane-langs";
import { describeIssue, describePackageError } from "../../../addin/i18n/pane-messages";
import { uiWord, uiWordEveryLang } from "../../../addin/i18n/ui-words";
import type { Issue } from "../../../shared/report/issue";

const REQUIRED: Issue = {
  code: "required_missing",
  severity: "error",
  field: "beds.phv_adult_total",
  rule: "required-present",
  params: {},
};

// One file, one module registry: the tests run in order, English not loaded until the last two.
describe("the pane's languages: Norwegian with the pane, English when chosen", () => {
  it("says a language not loaded yet in Norwegian, words and the core's messages alike, never mixed", async () => {
    expect(isLangLoaded("nb")).toBe(true);
    expect(isLangLoaded("en")).toBe(false);
    expect(shownLang("en")).toBe("nb");
    expect(uiWord("en", "summary", { errors: 1, warnings: 2 })).toBe("1 feil, 2 advarsler");
    expect(describeIssue(REQUIRED, "en")).toBe("Må fylles ut.");
    // The words for a refused package come with the package reader (read-package-file.ts), not before.
    expect(() => describePackageError({ code: "package_empty", params: {} }, "nb")).toThrow(/package reader/);
    await loadPackageWords();
    expect(describePackageError({ code: "package_empty", params: {} }, "en")).toBe("Filen er tom.");
    expect(uiWordEveryLang("title")).toBe("HSØ-rapportering");
    expect(loadedLangs()).toEqual(["nb"]);
  });

  it("loads English once asked, then says everything in it", async () => {
    await loadLang("en");
    expect(isLangLoaded("en")).toBe(true);
    expect(uiWord("en", "summary", { errors: 1, warnings: 2 })).toBe("1 error, 2 warnings");
    expect(describeIssue(REQUIRED, "en")).toBe("Required.");
    expect(describePackageError({ code: "package_empty", params: {} }, "en")).toBe("The file is empty.");
    expect(uiWord("nb", "summary", { errors: 1, warnings: 1 })).toBe("1 feil, 1 advarsel");
  });

  it("gives a page's last words in every language loaded, Norwegian first", () => {
    expect(uiWordEveryLang("title")).toBe("HSØ-rapportering / HSØ reporting");
    expect(loadedLangs()).toEqual(["nb", "en"]);
  });
});
