import { describe, expect, it } from "vitest";
import { scriptsFor } from "../../../extension/background/request-scripts";
import type { ContentRequest } from "../../../extension/content/content-api";
import { formWords } from "../../../extension/i18n/form-words";

const base: ContentRequest = { mode: "fill", figures: [], waitMs: 0, fields: [], words: formWords() };
const locators = [{ kind: "id" as const, id: "a" }];

describe("the scripts a request needs in a frame", () => {
  it("a fill or check by labels needs only the content script", () => {
    expect(scriptsFor(base)).toEqual(["content.js"]);
    expect(scriptsFor({ ...base, mode: "check" })).toEqual(["content.js"]);
  });

  it("a plan, a profile's fill or check and a confirmed fill get profile-tools.js first (locators)", () => {
    const profile = {
      name: "Skjema",
      urlPattern: "http://localhost/*",
      decimal: "comma" as const,
      fields: { a: { locators } },
    };
    for (const request of [
      { ...base, mode: "plan" as const },
      { ...base, profile },
      { ...base, mode: "check" as const, profile },
      { ...base, confirmed: [{ id: "a", locators, label: "A", section: "" }] },
    ]) {
      expect(scriptsFor(request)).toEqual(["profile-tools.js", "content.js"]);
    }
  });
});
