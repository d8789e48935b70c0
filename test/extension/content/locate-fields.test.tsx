import { describe, expect, it } from "vitest";
import { locateFields } from "../../../extension/content/locate-fields";
import {
  type FormProfile,
  type FormProfileInput,
  formProfileSchema,
} from "../../../extension/profile/form-profile";
import { page, request } from "./figures";

const ids = (located: Map<string, Element>) =>
  Object.fromEntries([...located].map(([id, element]) => [id, element.id]));

describe("locateFields by label", () => {
  it("reads SharePoint-like rows whose label is a <nobr> in the cell before the input", () => {
    const doc = page(`<table>
      <tr><td class="ms-formlabel"><h3><nobr>PHV voksne, DPS<span title="Obligatorisk"> *</span></nobr></h3></td>
          <td class="ms-formbody"><span><input id="ctl00_m_g_1_ff1_ctl00_ctl00_TextField"></span></td></tr>
      <tr><td><nobr>PHV voksne, i alt</nobr></td><td><input id="ctl00_m_g_1_ff2_ctl00_ctl00_TextField"></td></tr>
    </table>`);
    const located = locateFields(doc, request({ "beds.phv_adult_total": 1, "beds.phv_adult_dps": 2 }));
    expect(ids(located)).toEqual({
      "beds.phv_adult_total": "ctl00_m_g_1_ff2_ctl00_ctl00_TextField",
      "beds.phv_adult_dps": "ctl00_m_g_1_ff1_ctl00_ctl00_TextField",
    });
  });

  it("prefers an exact label to one that only contains the words, and never gives one input to two figures", () => {
    const doc = page(`
      <label for="a">Døgnplasser i alt (PHBU, i alt og mer)</label><input id="a">
      <label for="b">phbu,   I ALT :</label><input id="b">`);
    const located = locateFields(doc, request({ "beds.phbu_total": 1, "beds.all_total": 2 }));
    expect(ids(located)).toEqual({ "beds.phbu_total": "b", "beds.all_total": "a" });
  });

  it("does not match a label that merely shares a prefix", () => {
    const doc = page(`<label for="a">PHV voksne, DPSX</label><input id="a">`);
    expect(locateFields(doc, request({ "beds.phv_adult_dps": 1 })).size).toBe(0);
  });
});

describe("locateFields by profile", () => {
  // Written in the shape before locators: the schema migrates it, as it does stored profiles.
  const profile = (fields: FormProfileInput["fields"]): FormProfile =>
    formProfileSchema.parse({ name: "Test", urlPattern: "http://127.0.0.1/*", decimal: "comma", fields });

  it("finds fields by selector, element id, name and label, and only those the profile names", () => {
    const doc = page(`
      <input id="s" class="x"><input id="e"><input id="n" name="tsb">
      <label for="l">Antall PHBU</label><input id="l">
      <label for="z">Døgnplasser i alt</label><input id="z">`);
    const located = locateFields(
      doc,
      request(
        {
          "beds.phv_adult_hospital": 1,
          "beds.phv_adult_dps": 2,
          "beds.tsb_total": 3,
          "beds.phbu_total": 4,
          "beds.all_total": 5,
        },
        {
          profile: profile({
            "beds.phv_adult_hospital": { selector: "input.x" },
            "beds.phv_adult_dps": { elementId: "e" },
            "beds.tsb_total": { name: "tsb" },
            "beds.phbu_total": { label: "Antall PHBU" },
          }),
        },
      ),
    );
    expect(ids(located)).toEqual({
      "beds.phv_adult_hospital": "s",
      "beds.phv_adult_dps": "e",
      "beds.tsb_total": "n",
      "beds.phbu_total": "l",
    });
  });

  it("treats a broken selector as not found instead of throwing", () => {
    const doc = page(`<input id="a">`);
    const located = locateFields(
      doc,
      request({ "beds.tsb_total": 3 }, { profile: profile({ "beds.tsb_total": { selector: "input[[" } }) }),
    );
    expect(located.size).toBe(0);
  });
});
