import { describe, expect, it } from "vitest";
import { catalogueNames } from "../../../extension/background/catalogue-names";
import { withFields } from "../../../extension/background/request-fields";
import type { FormProfile } from "../../../extension/profile/form-profile";
import { figure, request } from "../content/figures";

const profile = (fields: FormProfile["fields"]): FormProfile =>
  ({ name: "Skjema", urlPattern: "http://localhost/*", decimal: "comma", fields }) as FormProfile;
const locators = [{ kind: "id" as const, id: "a" }];

describe("what the worker reads from the request before sending, for the content script's budget", () => {
  it("each figure carries what the profile says of its field: its decimal style, else the profile's, and reloads", () => {
    const sent = request(
      { "beds.tsb_total": 3.5, "beds.phbu_total": 2, "beds.unit_org": "983975267" },
      {
        profile: profile({
          "beds.tsb_total": { locators, decimal: "point" },
          "beds.unit_org": { locators, reloads: true },
        }),
      },
    );
    expect(sent.figures.map(({ id, decimal, reloads }) => ({ id, decimal, reloads }))).toEqual([
      { id: "beds.tsb_total", decimal: "point", reloads: undefined },
      { id: "beds.phbu_total", decimal: "comma", reloads: undefined },
      { id: "beds.unit_org", decimal: "comma", reloads: true },
    ]);
    expect(sent.ordered).toBe(false);
    // Read again without the profile: nothing of it stays.
    const { profile: _profile, ...plain } = sent;
    expect(withFields(plain).figures.map((item) => [item.decimal, item.reloads])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it("a profile that orders its fields is said to (its order of writing holds); a name inherited is no field", () => {
    const ordered = request(
      { "beds.tsb_total": 3 },
      { profile: profile({ "beds.tsb_total": { locators, order: 1 } }) },
    );
    expect(ordered.ordered).toBe(true);
    const sent = withFields({
      ...request({}),
      figures: [{ ...figure("beds.tsb_total", 3), id: "constructor" }],
      profile: profile({}),
    });
    expect(sent.figures[0]?.decimal).toBe("comma");
    expect(sent.figures[0]?.reloads).toBeUndefined();
  });

  it("a note's unit words come from the catalogue's note entry, else the comment words", () => {
    const note = catalogueNames().find((field) => field.kind === "note");
    expect(request({}).noteWords).toEqual(note?.unitWords);
    const { catalogue: _catalogue, ...without } = request({});
    expect(withFields(without).noteWords).toEqual(without.words.comment);
  });
});
