import { describe, expect, it } from "vitest";
import { formProfileSchema } from "../../../extension/profile/form-profile";
import { isGeneratedId } from "../../../extension/profile/generated-id";

const base = { name: "Døgnplasser", urlPattern: "https://intranett.example/skjema/*" };
const fieldsOf = (fields: unknown) => formProfileSchema.parse({ ...base, fields }).fields;

describe("formProfileSchema", () => {
  it("accepts fields with several locators and defaults the decimal style to comma", () => {
    const parsed = formProfileSchema.safeParse({
      ...base,
      fields: {
        "beds.unit_org": { locators: [{ kind: "id", id: "ctl00_Main_ddlUnit" }], reloads: true, order: 1 },
        "beds.phv_adult_total": {
          locators: [
            { kind: "label", label: "Antall døgnplasser", section: "Voksne – DPS" },
            { kind: "name", name: "dps_total" },
            { kind: "role", role: "spinbutton", name: "Antall døgnplasser" },
            { kind: "css", path: "#skjema > div:nth-of-type(3) > input" },
          ],
          decimal: "point",
        },
      },
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.decimal).toBe("comma");
    expect(parsed.data?.fields["beds.phv_adult_total"]?.locators).toHaveLength(4);
  });

  it.each([
    ["an unknown member", { ...base, fields: {}, extra: 1 }],
    ["an unknown locator member", { ...base, fields: { "beds.tsb_total": { xpath: "//input" } } }],
    ["an unknown locator kind", { ...base, fields: { "beds.tsb_total": { locators: [{ kind: "xpath" }] } } }],
    ["a field id that is not <template>.<name>", { ...base, fields: { TSB: { name: "tsb" } } }],
    ["an empty selector", { ...base, fields: { "beds.tsb_total": { selector: "" } } }],
    ["a decimal style other than comma or point", { ...base, decimal: "space", fields: {} }],
    ["a fractional order", { ...base, fields: { "beds.tsb_total": { name: "t", order: 1.5 } } }],
    ["no name", { urlPattern: base.urlPattern, fields: {} }],
    ["a pattern that is not one", { ...base, urlPattern: "intranett", fields: {} }],
  ])("refuses %s", (_, profile) => {
    expect(formProfileSchema.safeParse(profile).success).toBe(false);
  });

  it.each(["*://*/*", "http://*/*", "https://*/skjema/*", "*://intranett.example/*", "https://*.no/*"])(
    "refuses the pattern %s, which reaches beyond one site",
    (urlPattern) => {
      const parsed = formProfileSchema.safeParse({ ...base, urlPattern, fields: {} });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(["urlPattern"]);
      expect(parsed.error?.issues[0]?.message).toMatch(/ikke tillatt.*not allowed/);
    },
  );

  it.each(["https://*.helse-sorost.no/skjema/*", "http://127.0.0.1/*", "https://intranett.example:8443/a/*"])(
    "accepts the pattern %s",
    (urlPattern) => {
      expect(formProfileSchema.safeParse({ ...base, urlPattern, fields: {} }).success).toBe(true);
    },
  );
});

describe("profiles written before locators", () => {
  it("are migrated in the old order: selector, id, name, label; options kept", () => {
    expect(
      fieldsOf({
        "beds.tsb_total": { label: "TSB", name: "tsb", elementId: "ctl00_Main_txtTsb", selector: "#t input" },
        "beds.unit_org": { elementId: "ctl00_Main_ddlUnit", reloads: true, order: 1, decimal: "point" },
      }),
    ).toEqual({
      "beds.tsb_total": {
        locators: [
          { kind: "css", path: "#t input" },
          { kind: "id", id: "ctl00_Main_txtTsb" },
          { kind: "name", name: "tsb" },
          { kind: "label", label: "TSB" },
        ],
      },
      "beds.unit_org": {
        locators: [{ kind: "id", id: "ctl00_Main_ddlUnit" }],
        reloads: true,
        order: 1,
        decimal: "point",
      },
    });
  });

  it("drop generated ids and the sibling-counting selector, keeping what is stable", () => {
    expect(
      fieldsOf({
        "beds.tsb_total": { elementId: "TextField29", label: "TSB, i alt" },
        "beds.phbu_total": { selector: "input:nth-of-type(4)", name: "phbu" },
        "beds.phv_adult_dps": { selector: "#\\:r3\\:" },
        "beds.phv_adult_hospital": { elementId: ":r3:" },
      }),
    ).toEqual({
      "beds.tsb_total": { locators: [{ kind: "label", label: "TSB, i alt" }] },
      "beds.phbu_total": { locators: [{ kind: "name", name: "phbu" }] },
      "beds.phv_adult_dps": { locators: [{ kind: "css", path: "#\\:r3\\:" }] },
      "beds.phv_adult_hospital": { locators: [] },
    });
  });

  it("read back unchanged once migrated (stored, exported and imported again)", () => {
    const once = formProfileSchema.parse({ ...base, fields: { "beds.tsb_total": { elementId: "tsb" } } });
    expect(formProfileSchema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });
});

describe("isGeneratedId", () => {
  it.each([
    "TextField29",
    "Dropdown3",
    ":r3:",
    ":R1a:",
    "«r5»",
    "_r_7_",
    "id__12",
    "mat-input-4",
    "ember123",
  ])("%s is generated", (id) => expect(isGeneratedId(id)).toBe(true));
  it.each(["ctl00_Main_ddlUnit", "tsb", "sykehusniva", "ctl00_ctl40_g_7f3a_ff22_ctl00_ctl00_TextField"])(
    "%s is stable",
    (id) => expect(isGeneratedId(id)).toBe(false),
  );
});

describe("the example policy in manifests/extension", () => {
  it("holds profiles the schema reads, with their locators", async () => {
    const { readFileSync } = await import("node:fs");
    const policy = JSON.parse(
      readFileSync(
        new URL("../../../manifests/extension/managed-policy.example.json", import.meta.url),
        "utf8",
      ),
    );
    for (const profile of policy["3rdparty"].extensions.EXTENSION_ID.profiles) {
      const parsed = formProfileSchema.parse(profile);
      expect(Object.values(parsed.fields).every((field) => field.locators.length > 0)).toBe(true);
    }
  });
});
