/**
 * The board paper's and the regional plan's templates in the add-in, against the Excel model:
 * create, fill from last year, validate and mark, export (and the CLI's validate takes the package).
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkbookAdapter } from "../../../addin/adapter/workbook-adapter";
import { packageFromPass } from "../../../addin/components/package-from-pass";
import { judge } from "../../../addin/components/validation-loop";
import type { ExcelModel } from "../../../addin/host/excel-model";
import { loadExcelModel } from "../../../addin/host/load-excel-model";
import { newExcelModel } from "../../../addin/host/new-excel-model";
import { describeIssue } from "../../../shared/messages/describe";
import { buildPackage, packageText } from "../../../shared/package/build-package";
import type { SubmissionPackage } from "../../../shared/package/submission-package";
import { findField, TEMPLATES } from "../../../shared/templates/catalogue";
import type { TemplateId } from "../../../shared/templates/field";
import { KINDS } from "../../../shared/templates/kinds";
import { namesOfField } from "../../../shared/templates/names";
import { planSheet } from "../../../shared/templates/sheet-plan";
import { requireBuiltCli, runCli, temporaryFolders } from "../../cli/cli-harness";
import { templateBytes } from "../host/template-bytes";
import { modelAdapter } from "./model-adapter";

const TELEMARK = "983975267";
const BOARD: readonly TemplateId[] = ["activity", "capacity_plan", "plan_status"];
const folders = temporaryFolders("hso-addin-board");
afterAll(folders.cleanup);

/** A field's input cell (`C12`) and sheet, from the catalogue: no address is written twice. */
function at(id: string): { sheet: string; cell: string; previous?: string; note?: string } {
  const field = findField(id);
  if (!field) throw new Error(`no field ${id}`);
  return { ...field.cell, cell: field.cell.value };
}

async function created(templates: readonly TemplateId[], year = 2025) {
  const model = newExcelModel();
  const adapter = modelAdapter(model);
  const result = await adapter.insertTemplates(templates, TELEMARK, year);
  expect(result.missing).toEqual([]);
  return { model, adapter };
}

async function typeAll(model: ExcelModel, values: Record<string, string>) {
  for (const [id, text] of Object.entries(values)) {
    const { sheet, cell } = at(id);
    expect({ id, typed: await model.typeAsUser(sheet, cell, text) }).toEqual({ id, typed: { ok: true } });
  }
}

/** One pass as the pane runs it: read, judge, mark. */
async function pass(adapter: WorkbookAdapter, phase: "edit" | "export" = "edit") {
  const snapshot = await adapter.read();
  const report = judge(snapshot, phase);
  await adapter.writeMarks(report.issues, "nb");
  return { snapshot, report };
}

const issuesAt = (report: ReturnType<typeof judge>) =>
  report.issues.filter((issue) => issue.severity !== "info").map((i) => `${i.code}:${i.severity}@${i.cell}`);

describe.each(BOARD)("create %s", (id) => {
  it("inserts exactly the cells the CLI writes: values, formulas, formats, looks, locks, names, rules", async () => {
    const { model } = await created([id]);
    const written = await loadExcelModel(await templateBytes([id], TELEMARK, 2025));
    const sheet = TEMPLATES[id].sheet;
    const ruleOf = (m: ExcelModel, address: string) => {
      const v = m.host.state.sheets.find((s) => s.name === sheet)?.cells.get(address)?.validation;
      return v && { type: v.type, source: v.source, formula1: v.formula1, formula2: v.formula2 };
    };
    for (const planned of planSheet(TEMPLATES[id], { unit: TELEMARK, year: 2025 }).cells) {
      const view = (m: ExcelModel) => {
        const { value, formula, fill, locked, numberFormat, names } = m.cell(sheet, planned.address);
        return {
          address: planned.address,
          value,
          formula,
          fill,
          locked,
          numberFormat,
          names,
          rule: ruleOf(m, planned.address),
        };
      };
      expect(view(model)).toEqual(view(written));
    }
    for (const field of TEMPLATES[id].fields) {
      for (const name of namesOfField(field)) expect(model.names()[name]).toMatch(new RegExp(`^${sheet}!`));
    }
    expect(model.sheets().find((entry) => entry.name === sheet)?.protected).toBe(true);
  });
});

describe("activity in the add-in", () => {
  it("a count in a Text-formatted cell (a paste): the way out is said, and the rate the sheet leaves blank is never exported (A17)", async () => {
    const { model, adapter } = await created(["activity"]);
    const received = at("activity.referrals_received_adult");
    const state = model.host.state.sheets
      .find((sheet) => sheet.name === received.sheet)
      ?.cells.get(received.cell);
    if (!state) throw new Error("no received cell");
    // As a paste from another system leaves it: Text format, the figure as text (typing is refused there).
    state.numberFormat = "@";
    state.value = "5 200";
    await typeAll(model, { "activity.referrals_rejected_adult": "1 040" });
    const rate = at("activity.rejection_rate_adult");
    // Excel's COUNT skips the text "5 200": the sheet shows no rate.
    expect(model.cell(rate.sheet, rate.cell).value).toBe("");
    const { report } = await pass(adapter, "export");
    const issue = report.issues.find((entry) => entry.field === "activity.referrals_received_adult");
    expect(issue).toMatchObject({
      code: "number_as_text_not_in_share",
      severity: "error",
      cell: `${received.sheet}!${received.cell}`,
    });
    expect(issue && describeIssue(issue, "nb")).toContain(
      "Cellen er formatert som tekst (@), så det som skrives i den blir tekst: sett cellens format til Tall, og skriv tallet på nytt.",
    );
    expect(report.ok).toBe(false);
    // Typed again as the old advice said, the figure is text in a Text cell, and the count's rule refuses it.
    expect(await model.typeAsUser(received.sheet, received.cell, "5200")).toMatchObject({ ok: false });
  });

  it("passes: the same count typed into the template's own number cell gives the rate, and no issue", async () => {
    const { model, adapter } = await created(["activity"]);
    await typeAll(model, {
      "activity.referrals_received_adult": "5 200",
      "activity.referrals_rejected_adult": "1 040",
    });
    const { report } = await pass(adapter, "edit");
    expect(report.issues.filter((entry) => entry.field === "activity.referrals_received_adult")).toEqual([]);
    expect(report.values["activity.rejection_rate_adult"]).toBe(20);
  });

  it("computes the rejection rate and the shares in locked formulas, the same as the core, never typed", async () => {
    const { model, adapter } = await created(["activity"]);
    await typeAll(model, {
      "activity.referrals_received_adult": "2 000",
      "activity.referrals_rejected_adult": "300",
      "activity.consultations_adult": "10 000",
      "activity.consultations_phone_adult": "1 200",
      "activity.consultations_video_adult": "200",
    });
    const rate = at("activity.rejection_rate_adult");
    expect(model.cell(rate.sheet, rate.cell)).toMatchObject({ value: 15, locked: true, numberFormat: "0.0" });
    expect(model.cell(rate.sheet, rate.cell).formula).toMatch(/^=IF\(COUNT/);
    expect(await model.typeAsUser(rate.sheet, rate.cell, "10")).toMatchObject({ ok: false });
    const { report } = await pass(adapter);
    expect(report.values["activity.rejection_rate_adult"]).toBe(15);
    expect(report.values["activity.phone_share_adult"]).toBe(12);
    expect(report.values["activity.video_share_adult"]).toBe(2);
  });

  it("guards typing with the kind's rule: waiting days take one decimal's worth, counts are whole", async () => {
    const { model } = await created(["activity"]);
    const days = at("activity.wait_days_adult");
    expect(model.cell(days.sheet, days.cell).numberFormat).toBe(KINDS.days.numberFormat);
    expect(await model.typeAsUser(days.sheet, days.cell, "-1")).toMatchObject({
      ok: false,
      reason: "validation",
    });
    const count = at("activity.referrals_received_adult");
    expect(await model.typeAsUser(count.sheet, count.cell, "12,5")).toMatchObject({ ok: false });
  });

  it("marks more rejected than received, and telephone + video over the total, at the typed whole's cell", async () => {
    const { model, adapter } = await created(["activity"]);
    await typeAll(model, {
      "activity.referrals_received_adult": "100",
      "activity.referrals_rejected_adult": "140",
      "activity.consultations_adult": "1000",
      "activity.consultations_phone_adult": "900",
      "activity.consultations_video_adult": "200",
    });
    const { report } = await pass(adapter);
    const errors = report.issues.filter((issue) => issue.code === "part_exceeds_whole");
    // Both cells are typed; the core reports at the whole, whose parts it names (part-within-whole).
    const cellOf = (id: string) => `${at(id).sheet}!${at(id).cell}`;
    expect(errors.map((issue) => issue.cell)).toEqual([
      cellOf("activity.referrals_received_adult"),
      cellOf("activity.consultations_adult"),
    ]);
    for (const issue of errors) {
      const [sheet = "", cell = ""] = (issue.cell ?? "").split("!");
      expect(model.cell(sheet, cell).note ?? model.cell(sheet, cell).comment).toMatch(/^HSØ/);
    }
  });

  it("fills last year's figures into the prev. cells, so a large change asks for its explanation", async () => {
    const { model, adapter } = await created(["activity"]);
    const lastYear = buildPackage({
      unit: { org: TELEMARK, name: "Sykehuset Telemark HF" },
      year: 2024,
      templates: { activity: TEMPLATES.activity.version },
      values: { "activity.referrals_received_adult": 2000, "activity.wait_days_adult": 41.5 },
    });
    const filled = await adapter.fillFromPackage(lastYear, async () => false);
    expect(filled).toMatchObject({ refused: [], skipped: [] });
    const received = at("activity.referrals_received_adult");
    expect(model.cell(received.sheet, received.previous ?? "").value).toBe(2000);
    await typeAll(model, { "activity.referrals_received_adult": "2600" });
    const { report } = await pass(adapter);
    expect(issuesAt(report)).toContain(`change_unexplained:warning@${received.sheet}!${received.cell}`);
    expect(judge(await adapter.read(), "export").issues).toContainEqual(
      expect.objectContaining({ code: "change_unexplained", severity: "error" }),
    );
  });
});

const MEASURES = TEMPLATES.plan_status.fields.filter((field) => field.kind === "status");
const FIRST = "plan_status.children_24_7";
const LAST_YEAR_STATUS = buildPackage({
  unit: { org: TELEMARK, name: "Sykehuset Telemark HF" },
  year: 2024,
  templates: { plan_status: TEMPLATES.plan_status.version },
  values: {
    "plan_status.unit_org": TELEMARK,
    "plan_status.year": 2024,
    ...Object.fromEntries(MEASURES.map((field) => [field.id, "in_progress"])),
    [FIRST]: "in_place",
  },
  notes: Object.fromEntries(MEASURES.map((field) => [field.id, "Arbeidet pågår"])),
});

describe("plan status in the add-in", () => {
  it("a status cell has Excel's list rule with the three statuses in the sheet's words", async () => {
    const { model } = await created(["plan_status"]);
    const { sheet, cell } = at(FIRST);
    const rule = model.host.state.sheets.find((s) => s.name === sheet)?.cells.get(cell)?.validation;
    expect(rule).toMatchObject({
      type: "list",
      source: "ikke startet,under arbeid,på plass",
      inCellDropDown: true,
    });
    expect(model.cell(sheet, cell).prompt).toContain("Status for tiltaket");
    expect(await model.typeAsUser(sheet, cell, "ferdig")).toMatchObject({ ok: false, reason: "validation" });
    expect(await model.typeAsUser(sheet, cell, "under arbeid")).toEqual({ ok: true });
  });

  it("while editing: a blank status and a missing comment are warnings, marked at the status cell", async () => {
    const { model, adapter } = await created(["plan_status"]);
    await typeAll(model, { [FIRST]: "under arbeid" });
    const { report } = await pass(adapter);
    const { sheet, cell, note } = at(FIRST);
    expect(issuesAt(report)).toContain(`status_comment_missing:warning@${sheet}!${cell}`);
    expect(issuesAt(report)).toContain(
      `status_missing:warning@${sheet}!${at("plan_status.joint_intake").cell}`,
    );
    expect(report.stats.errors).toBe(0);
    expect(model.cell(sheet, cell).note).toMatch(/^HSØ.*kommentar/s);
    expect(await model.typeAsUser(sheet, note ?? "", "Døgnbemanning på plass i 2026")).toEqual({ ok: true });
    const after = await pass(adapter);
    expect(issuesAt(after.report)).not.toContain(`status_comment_missing:warning@${sheet}!${cell}`);
    expect(model.cell(sheet, cell).note).toBeUndefined();
  });

  it("fills last year's statuses into the prev. cells in the sheet's words; one going back asks why", async () => {
    const { model, adapter } = await created(["plan_status"]);
    const filled = await adapter.fillFromPackage(LAST_YEAR_STATUS, async () => false);
    expect(filled.refused).toEqual([]);
    const { sheet, cell, previous, note } = at(FIRST);
    expect(model.cell(sheet, previous ?? "").value).toBe("på plass");
    expect(model.cell(sheet, at("plan_status.joint_intake").previous ?? "").value).toBe("under arbeid");
    // Last year's comment is last year's: this year's comment cell is left for this year's words.
    expect(model.cell(sheet, note ?? "").value).toBeNull();
    await typeAll(model, { [FIRST]: "under arbeid" });
    const { report } = await pass(adapter);
    expect(issuesAt(report)).toContain(`status_went_back:warning@${sheet}!${cell}`);
  });

  describe("export", () => {
    beforeAll(requireBuiltCli);

    it("refuses a blank status at export, naming its cell", async () => {
      const { model, adapter } = await created(["plan_status"]);
      await typeAll(model, Object.fromEntries(MEASURES.slice(1).map((field) => [field.id, "på plass"])));
      const { report } = await pass(adapter, "export");
      const { sheet, cell } = at(FIRST);
      expect(issuesAt(report)).toEqual([`status_missing:error@${sheet}!${cell}`]);
    });

    it("exports a package the CLI's validate accepts, statuses as codes and comments as notes", async () => {
      const { model, adapter } = await created(["plan_status"]);
      await adapter.fillFromPackage(LAST_YEAR_STATUS, async () => false);
      await typeAll(model, {
        ...Object.fromEntries(MEASURES.map((field) => [field.id, "på plass"])),
        "plan_status.joint_intake": "under arbeid",
      });
      await adapter.writeNotes({ "plan_status.joint_intake": "Pilot med Skien kommune fra høsten" });
      const { snapshot, report } = await pass(adapter, "export");
      expect(report.stats.errors).toBe(0);
      const pkg = packageFromPass(snapshot, report, new Date("2025-11-20T10:00:00Z"));
      expect(pkg.values).toMatchObject({ [FIRST]: "in_place", "plan_status.joint_intake": "in_progress" });
      expect(pkg.notes).toEqual({ "plan_status.joint_intake": "Pilot med Skien kommune fra høsten" });
      await cliAccepts(pkg);
    });
  });
});

describe("activity export", () => {
  beforeAll(requireBuiltCli);

  it("exports a package the CLI's validate accepts, shares computed by the core", async () => {
    const { model, adapter } = await created(["activity"]);
    await typeAll(model, {
      "activity.wait_days_adult": "45,2",
      "activity.referrals_received_adult": "2000",
      "activity.referrals_rejected_adult": "300",
      "activity.consultations_adult": "10000",
      "activity.consultations_phone_adult": "1200",
      "activity.consultations_video_adult": "200",
    });
    const { snapshot, report } = await pass(adapter, "export");
    expect(report.stats.errors).toBe(0);
    const pkg = packageFromPass(snapshot, report, new Date("2025-11-20T10:00:00Z"));
    expect(pkg.values).toMatchObject({
      "activity.wait_days_adult": 45.2,
      "activity.rejection_rate_adult": 15,
    });
    await cliAccepts(pkg);
  });
});

describe("capacity plan in the add-in", () => {
  beforeAll(requireBuiltCli);
  const plan = (area: string, from: number, values: number[]) =>
    Object.fromEntries(
      values.map((value, index) => [
        `capacity_plan.${area}_${from + index}`,
        String(value).replace(".", ","),
      ]),
    );

  it("takes half beds, asks a reason for a planned change of 5 or more at that year's cell, and exports", async () => {
    const { model, adapter } = await created(["capacity_plan"]);
    await typeAll(model, plan("phv_adult", 2026, [110, 110.5, 111, 117, 117, 117, 117]));
    const jump = at("capacity_plan.phv_adult_2029");
    const { report } = await pass(adapter);
    expect(issuesAt(report)).toEqual([`plan_change_unexplained:warning@${jump.sheet}!${jump.cell}`]);
    expect(model.cell(jump.sheet, jump.cell).note).toMatch(/^HSØ/);
    const exportPass = await pass(adapter, "export");
    expect(issuesAt(exportPass.report)).toEqual([`plan_change_unexplained:error@${jump.sheet}!${jump.cell}`]);
    expect(await model.typeAsUser(jump.sheet, jump.note ?? "", "Ny akuttpost åpner 2029")).toEqual({
      ok: true,
    });
    const { snapshot, report: clean } = await pass(adapter, "export");
    expect(clean.stats.errors).toBe(0);
    const pkg = packageFromPass(snapshot, clean, new Date("2025-11-20T10:00:00Z"));
    expect(pkg.values).toMatchObject({ "capacity_plan.phv_adult_2027": 110.5, "capacity_plan.year": 2025 });
    expect(pkg.notes).toEqual({ "capacity_plan.phv_adult_2029": "Ny akuttpost åpner 2029" });
    await cliAccepts(pkg);
  });

  it("guards typing with the beds rule: no negative planned beds", async () => {
    const { model } = await created(["capacity_plan"]);
    const first = at("capacity_plan.phv_adult_2026");
    expect(await model.typeAsUser(first.sheet, first.cell, "-1")).toMatchObject({ ok: false });
  });

  it("sets the plan's first year beside the beds the same workbook reports: information, never an error", async () => {
    const { model, adapter } = await created(["beds", "capacity_plan"]);
    await typeAll(model, { "beds.phv_adult_hospital": "40", "beds.phv_adult_dps": "63" });
    await typeAll(model, plan("phv_adult", 2026, [110, 110, 110, 110, 110, 110, 110]));
    const { report } = await pass(adapter, "export");
    const first = at("capacity_plan.phv_adult_2026");
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: "plan_differs_from_reported",
        severity: "info",
        cell: `${first.sheet}!${first.cell}`,
        params: expect.objectContaining({ planned: 110, reported: 103 }),
      }),
    );
    expect(
      report.issues.filter((issue) => issue.field.startsWith("capacity_plan.") && issue.severity === "error"),
    ).toEqual([]);
    // Information gets no mark (docs/addin.md, Marks; adversary A13): the cell looks as an unmarked input.
    const untouched = at("capacity_plan.phv_adult_2027");
    expect(model.cell(first.sheet, first.cell).note).toBeUndefined();
    expect(model.cell(first.sheet, first.cell).fill).toBe(model.cell(untouched.sheet, untouched.cell).fill);
    // The twin: a planned jump of 10 beds the year after is a warning, and marked where it was typed.
    await typeAll(model, { "capacity_plan.phv_adult_2027": "120" });
    await pass(adapter);
    expect(model.cell(untouched.sheet, untouched.cell).note).toMatch(/^HSØ/);
    expect(model.cell(first.sheet, first.cell).note).toBeUndefined();
  });

  it("fills only the identity from last year's plan (a plan is compared within itself), never another year", async () => {
    const { model, adapter } = await created(["capacity_plan"], 2026);
    const lastPlan = buildPackage({
      unit: { org: TELEMARK, name: "Sykehuset Telemark HF" },
      year: 2025,
      templates: { capacity_plan: TEMPLATES.capacity_plan.version },
      values: {
        "capacity_plan.unit_org": TELEMARK,
        "capacity_plan.year": 2025,
        "capacity_plan.phv_adult_2026": 110,
      },
    });
    expect(await adapter.fillFromPackage(lastPlan, async () => false)).toEqual({
      written: 0,
      skipped: [],
      refused: [],
    });
    const year = at("capacity_plan.year");
    const older = await adapter.fillFromPackage({ ...lastPlan, year: 2023 }, async () => true);
    expect(older.refused).toEqual([
      { name: "capacity_plan.year", cell: `${year.sheet}!${year.cell}`, current: 2026, incoming: 2024 },
    ]);
    expect(model.cell(year.sheet, year.cell).value).toBe(2026);
  });
});

/** The package, written to disk as the pane downloads it, passes `hso-report validate` (exit 0). */
async function cliAccepts(pkg: SubmissionPackage) {
  const file = join(folders.make(), `${pkg.unit.org}-${pkg.year}.hso.json`);
  await writeFile(file, packageText(pkg));
  const run = await runCli(["validate", file, "--json"]);
  const result = JSON.parse(run.stdout).results[0];
  expect(result.issues.filter((issue: { severity: string }) => issue.severity === "error")).toEqual([]);
  expect({ ok: result.ok, code: run.code }).toEqual({ ok: true, code: 0 });
}
