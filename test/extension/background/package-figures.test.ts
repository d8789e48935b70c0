import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueNames } from "../../../extension/background/catalogue-names";
import { packageFigures } from "../../../extension/background/package-figures";
import { fillFields, findFillField, shownLabel } from "../../../extension/fill-fields";
import { requestSchema } from "../../../extension/messages";
import { formProfileSchema } from "../../../extension/profile/form-profile";
import { buildPackage } from "../../../shared/package/build-package";
import { parsePackage } from "../../../shared/package/parse-package";
import { allFields, findField } from "../../../shared/templates/catalogue";

const example = (path: string) => {
  const parsed = parsePackage(
    readFileSync(resolve(import.meta.dirname, "../../../examples/board", path), "utf8"),
  );
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.package;
};

describe("packageFigures", () => {
  it("a plan-status package: every status a choice with nb/en words, every comment a note of its measure", () => {
    const pkg = example("plan-status/innlandet-2025.hso.json");
    const figures = packageFigures(pkg);
    const statuses = figures.filter((figure) => figure.kind === "status");
    expect(statuses).toHaveLength(19);
    for (const figure of statuses)
      expect(Object.keys(figure.choices ?? {})).toEqual(["not_started", "in_progress", "in_place"]);
    const notes = figures.filter((figure) => figure.kind === "note");
    expect(notes.map((note) => [note.id, note.value])).toEqual(
      Object.entries(pkg.notes).map(([id, text]) => [`note.${id}`, text]),
    );
    const pathways = notes.find((note) => note.id === "note.plan_status.children_pathways");
    expect(pathways?.labels.nb).toMatch(/^Tydeliggjøre og utvikle behandlingsforløp/);
    expect(pathways?.aliases?.nb).toEqual([`Barn og unge ${pathways?.labels.nb}`]);
    expect(pathways?.choices).toBeUndefined();
  });

  it("an activity package: every figure it holds, shares included, each with its kind", () => {
    const pkg = example("activity/innlandet-2024.hso.json");
    const figures = packageFigures(pkg);
    expect(figures.map((figure) => figure.id).sort()).toEqual(Object.keys(pkg.values).sort());
    expect(figures.find((figure) => figure.id === "activity.rejection_rate_adult")?.kind).toBe("share");
    expect(figures.find((figure) => figure.id === "activity.wait_days_adult")).toMatchObject({
      kind: "days",
      value: 45.2,
    });
  });

  it("an empty comment is not sent; an explanation of a figure is, named by its figure", () => {
    const pkg = buildPackage({
      unit: { org: "983975267", name: "Sykehuset Telemark HF" },
      year: 2025,
      templates: { plan_status: "2026.1", beds: "2025.1" },
      values: { "plan_status.joint_intake": "in_progress", "beds.tsb_total": 20 },
      notes: { "plan_status.joint_intake": "  ", "beds.tsb_total": "Ombygging" },
    });
    const notes = packageFigures(pkg).filter((figure) => figure.kind === "note");
    expect(notes).toEqual([
      {
        id: "note.beds.tsb_total",
        kind: "note",
        value: "Ombygging",
        labels: findField("beds.tsb_total")?.label,
        aliases: findField("beds.tsb_total")?.aliases,
      },
    ]);
  });

  it("a capacity plan's reason: named by its service area, every year of an area alike", () => {
    const pkg = example("capacity-plan/innlandet-2025.hso.json");
    const notes = packageFigures(pkg).filter((figure) => figure.kind === "note");
    expect(notes).toEqual([
      {
        id: "note.capacity_plan.phbu_2028",
        kind: "note",
        value: "Ny døgnenhet for ungdom på Hamar (seks plasser) fra 2028.",
        labels: { nb: "PHBU, Kapasitetsplan", en: "Child and adolescent mental health, Capacity plan" },
        aliases: {
          nb: ["PHBU: planlagte døgnplasser"],
          en: ["Child and adolescent mental health: planned beds"],
        },
      },
    ]);
    const { id: _a, ...other } = findFillField("note.capacity_plan.phbu_2031") ?? {};
    const { id: _b, ...own } = findFillField("note.capacity_plan.phbu_2028") ?? {};
    expect({ ...other, shown: undefined }).toEqual({ ...own, shown: undefined });
    expect(shownLabel({ id: "note.capacity_plan.phbu_2028", labels: { nb: "", en: "" } }).nb).toBe(
      "Begrunnelse: PHBU, planlagt 2028",
    );
  });
});

describe("fill fields", () => {
  it("are the catalogue and one note per field that carries one; a comment is shown as one", () => {
    const noted = allFields().filter((field) => field.cell.note !== undefined);
    expect(fillFields()).toHaveLength(allFields().length + noted.length);
    const note = findFillField("note.plan_status.joint_intake");
    expect(note?.kind).toBe("note");
    expect(
      shownLabel({ id: "note.plan_status.joint_intake", labels: note?.labels ?? { nb: "", en: "" } }).nb,
    ).toMatch(/^Kommentar: Felles inntak/);
    expect(shownLabel({ id: "note.beds.tsb_total", labels: { nb: "", en: "" } }).nb).toBe(
      "Forklaring: TSB, i alt",
    );
    expect(findFillField("note.beds.unit_org")).toBeUndefined();
    expect(findFillField("note.plan_status.nothing")).toBeUndefined();
    expect(catalogueNames().some((names) => names.id === "note.plan_status.joint_intake")).toBe(true);
  });

  it("profiles and the popup's confirmed rows may name a comment; other shapes stay refused", () => {
    const profile = {
      name: "Tiltak",
      urlPattern: "https://intranett.helse-sorost.no/tiltak/*",
      decimal: "comma",
      fields: { "note.plan_status.joint_intake": { locators: [{ kind: "name", name: "c_joint" }] } },
    };
    expect(formProfileSchema.safeParse(profile).success).toBe(true);
    const bad = {
      ...profile,
      fields: { "note.note.plan_status.x": { locators: [{ kind: "name", name: "c" }] } },
    };
    expect(formProfileSchema.safeParse(bad).success).toBe(false);
    const fill = {
      type: "fill-tab",
      org: "983975267",
      year: 2025,
      mode: "fill",
      expect: {
        url: "https://intranett.helse-sorost.no/tiltak/1",
        origin: "https://intranett.helse-sorost.no",
      },
      ids: ["note.plan_status.joint_intake", "plan_status.joint_intake"],
    };
    expect(requestSchema.safeParse(fill).success).toBe(true);
  });
});
