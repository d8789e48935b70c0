import { describe, expect, it } from "vitest";
import { namesToRead } from "../../../addin/adapter/read-workbook";
import { TEMPLATES } from "../../../shared/templates/catalogue";
import { namesOfField } from "../../../shared/templates/names";

describe("namesToRead", () => {
  it("reads a plan status's comment and last year's status (a status is no compared figure, but has both)", () => {
    const names = namesToRead();
    expect(names).toContain("note.plan_status.joint_intake");
    expect(names).toContain("prev.plan_status.joint_intake");
    expect(names).toContain("note.beds.phv_adult_total");
    // A computed share has neither.
    expect(names).not.toContain("note.activity.rejection_rate_adult");
  });

  it("reads exactly the names the templates' cells carry", () => {
    const everyName = Object.values(TEMPLATES).flatMap((template) => template.fields.flatMap(namesOfField));
    expect(new Set(namesToRead())).toEqual(new Set(everyName));
  });
});
