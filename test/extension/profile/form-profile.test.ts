import { describe, expect, it } from "vitest";
import { formProfileSchema } from "../../../extension/profile/form-profile";

const base = { name: "Døgnplasser", urlPattern: "https://intranett.example/skjema/*" };

describe("formProfileSchema", () => {
  it("accepts a profile and defaults the decimal style to comma", () => {
    const parsed = formProfileSchema.safeParse({
      ...base,
      fields: {
        "beds.unit_org": { elementId: "ctl00_Main_ddlUnit", reloads: true, order: 1 },
        "beds.phv_adult_total": { selector: "#total input", decimal: "point" },
        "staffing.sick_leave_pct": { label: "Sykefravær i prosent" },
      },
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.decimal).toBe("comma");
  });

  it.each([
    ["an unknown member", { ...base, fields: {}, extra: 1 }],
    ["an unknown locator member", { ...base, fields: { "beds.tsb_total": { xpath: "//input" } } }],
    ["a field id that is not <template>.<name>", { ...base, fields: { TSB: { name: "tsb" } } }],
    ["an empty selector", { ...base, fields: { "beds.tsb_total": { selector: "" } } }],
    ["a decimal style other than comma or point", { ...base, decimal: "space", fields: {} }],
    ["a fractional order", { ...base, fields: { "beds.tsb_total": { name: "t", order: 1.5 } } }],
    ["no name", { urlPattern: base.urlPattern, fields: {} }],
  ])("refuses %s", (_, profile) => {
    expect(formProfileSchema.safeParse(profile).success).toBe(false);
  });
});
