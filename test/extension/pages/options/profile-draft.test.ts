import { describe, expect, it } from "vitest";
import { draftFromProfile, profileFromDraft } from "../../../../extension/pages/options/profile-draft";
import type { FormProfile } from "../../../../extension/profile/form-profile";

// The options page saved a picked field's locators without the report's year pointing recorded
// (adversary-6 D16): next year's form then got this year's figure in last year's column.
const PICKED: FormProfile = {
  name: "Bemanning, pekt ut",
  urlPattern: "https://intranett.example.no/bemanning/*",
  decimal: "comma",
  fields: {
    "staffing.physicians_headcount": {
      locators: [
        { kind: "label", label: "Leger i alt, personer", section: "2024", year: 2024 },
        { kind: "role", role: "textbox", name: "Leger i alt, personer 2024", year: 2024 },
        { kind: "name", name: "leger" },
        {
          kind: "css",
          path: "tbody > tr:nth-of-type(1) > td:nth-of-type(2) > input",
          label: "Leger i alt, personer",
          section: "2024",
          year: 2024,
        },
      ],
    },
  },
};

describe("a profile through the options page's editor", () => {
  it("keeps each locator's report's year: label, role and CSS path", () => {
    expect(profileFromDraft(draftFromProfile(PICKED))).toEqual({ ok: true, profile: PICKED });
  });

  it("a locator without a year stays without; a row changed to a name or id drops the year", () => {
    const plain: FormProfile = {
      ...PICKED,
      fields: {
        "staffing.physicians_headcount": { locators: [{ kind: "label", label: "Leger", section: "2024" }] },
      },
    };
    expect(profileFromDraft(draftFromProfile(plain))).toEqual({ ok: true, profile: plain });
    const draft = draftFromProfile(PICKED);
    const [label] = draft.fields[0]?.locators ?? [];
    if (label) label.kind = "name";
    const saved = profileFromDraft(draft);
    expect(saved.ok && saved.profile.fields["staffing.physicians_headcount"]?.locators[0]).toEqual({
      kind: "name",
      name: "Leger i alt, personer",
    });
  });
});
