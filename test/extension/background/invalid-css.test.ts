import { beforeEach, describe, expect, it, vi } from "vitest";
import { nameInvalidCss } from "../../../extension/background/invalid-css";
import type { FigureRow } from "../../../extension/messages";
import { formProfileSchema } from "../../../extension/profile/form-profile";
import { createFakeBrowser, type FakeBrowser, fakeHolder } from "./fake-browser";

vi.mock("webextension-polyfill", async () => ({ default: (await import("./fake-browser")).browserProxy }));

let fake: FakeBrowser;
const top = {
  frameId: 0,
  url: "https://intranett.example.no/skjema/1",
  origin: "https://intranett.example.no",
};
const frames = vi.fn(async () => [top]);
// adversary-4's p04: TSB's only locator is the invalid `input[`, PHBU's `input` finds every box.
const profile = formProfileSchema.parse({
  name: "Beregnede felt",
  urlPattern: "https://intranett.example.no/skjema/*",
  fields: {
    "beds.tsb_total": {
      locators: [
        { kind: "id", id: "t" },
        { kind: "css", path: "input[" },
      ],
    },
    "beds.phbu_total": { locators: [{ kind: "css", path: "input" }] },
    "beds.phv_adult_hospital": { locators: [{ kind: "css", path: "#h ]" }] },
  },
});
const row = (id: string, outcome: FigureRow["outcome"]): FigureRow => ({
  ids: [id],
  outcome,
  frameUrl: top.url,
});

/** profile-tools.js in the frame answers which paths the browser's parser refuses. */
function parserSays(invalid: readonly string[]) {
  fake.scripting.executeScript.mockImplementation(async (details: object) => {
    const { args } = details as { args?: unknown[] };
    if (!args) return [];
    return [{ frameId: 0, result: (args[1] as string[]).map((path) => invalid.includes(path)) }];
  });
}

beforeEach(() => {
  fake = createFakeBrowser();
  fakeHolder.current = fake;
});

describe("nameInvalidCss (adversary-4 B23: an invalid selector was only 'missing')", () => {
  it("names a not-found field's CSS locator the browser refuses, with its number and text", async () => {
    parserSays(["input[", "#h ]"]);
    const rows = await nameInvalidCss(7, frames, profile, [
      row("beds.tsb_total", "not_found"),
      row("beds.phbu_total", "ambiguous"),
      row("beds.phv_adult_hospital", "filled"),
    ]);
    expect(rows.map((each) => each.invalidCss)).toEqual([
      [{ locator: 2, path: "input[" }],
      undefined,
      undefined,
    ]);
    const asked = fake.scripting.executeScript.mock.calls.map(([details]) => details as { args?: unknown[] });
    expect(asked.find((details) => details.args)?.args?.slice(0, 2)).toEqual([
      "invalidSelectors",
      ["input[", "input"],
    ]);
  });

  it("asks nothing when every profile field was filled, and leaves rows alone when the frame cannot answer", async () => {
    const filled = [row("beds.tsb_total", "filled"), row("beds.phbu_total", "matched")];
    expect(await nameInvalidCss(7, frames, profile, filled)).toBe(filled);
    expect(fake.scripting.executeScript).not.toHaveBeenCalled();
    fake.scripting.executeScript.mockRejectedValue(new Error("Cannot access contents of the page"));
    const missing = [row("beds.tsb_total", "not_found")];
    expect(await nameInvalidCss(7, frames, profile, missing)).toEqual(missing);
    const unprobed = vi.fn(async () => Promise.reject(new Error("Frame with ID 0 was removed.")));
    expect(await nameInvalidCss(7, unprobed, profile, missing)).toEqual(missing);
  });
});
