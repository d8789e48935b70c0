import { describe, expect, it } from "vitest";
import { catalogueNames } from "../../../extension/background/catalogue-names";
import { fieldWords } from "../../../extension/content/field-words";
import { KIND_CONTROLS } from "../../../extension/content/kind-fits";
import { setFormWords } from "../../../extension/content/words";
import { formWords } from "../../../extension/i18n/form-words";
import { figure } from "./figures";

setFormWords(formWords());

describe("what the worker reads into the fields before sending (docs/extension.md, content script budget)", () => {
  const fields = fieldWords([figure("beds.unit_org", "983975267")], catalogueNames());
  const byId = (id: string) => fields.find((field) => field.id === id);

  it("fields named exactly alike are twins: the unit's org. no. and the year in each template", () => {
    const org = byId("beds.unit_org")?.twin;
    expect(org).toBeDefined();
    expect(
      ["staffing.unit_org", "activity.unit_org", "plan_status.unit_org"].map((id) => byId(id)?.twin),
    ).toEqual([org, org, org]);
    const year = byId("beds.year")?.twin;
    expect(year).toBeDefined();
    expect(year).not.toBe(org);
    expect(byId("staffing.year")?.twin).toBe(year);
  });

  it("a field named like no other has no twin; each field gets its kind's controls", () => {
    expect(byId("beds.phv_adult_total")?.twin).toBeUndefined();
    expect(byId("beds.phv_adult_total")?.fits).toBe(KIND_CONTROLS.beds);
    expect(byId("beds.unit_org")?.fits).toEqual(["text", "select", "radio", "combobox"]);
  });
});
