import { describe, expect, it } from "vitest";
import { scriptsFor, scriptsForCall } from "../../../extension/background/request-scripts";
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

describe("the scripts an engine call needs in a frame", () => {
  it("undo and the late read-back's question what changed and its putting back ask profile-tools.js: it goes in first", () => {
    for (const method of ["undo", "kept", "putBack"])
      expect(scriptsForCall(method)).toEqual({
        files: ["profile-tools.js", "content.js"],
        symbol: "hso.content",
      });
  });

  it("a fill needs only the content script; identity, pick and the profile test are profile-tools.js's own", () => {
    expect(scriptsForCall("run")).toEqual({ files: ["content.js"], symbol: "hso.content" });
    for (const method of ["identity", "pick", "testProfile", "invalidSelectors"])
      expect(scriptsForCall(method)).toEqual({ files: ["profile-tools.js"], symbol: "hso.profile-tools" });
  });
});
