import { cleanup, fireEvent, screen, within } from "@testing-library/preact";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { buildPackage, packageText } from "../../../shared/package/build-package";
import { TEMPLATES } from "../../../shared/templates/catalogue";
import { openTrend, renderPane, workbookNames } from "./pane-fixtures";

afterEach(cleanup);

const TELEMARK = "983975267";
const FIRST = "plan_status.children_24_7";
const INTAKE = "plan_status.joint_intake";
const MEASURES = TEMPLATES.plan_status.fields.filter((field) => field.kind === "status");

/** A plan-status package file as a trust sends it: every measure's status, some with comments. */
function statusFile(
  year: number,
  statuses: Record<string, string>,
  notes: Record<string, string> = {},
  org = TELEMARK,
) {
  const pkg = buildPackage({
    unit: { org, name: "Navnet i pakken" },
    year,
    templates: { plan_status: TEMPLATES.plan_status.version },
    values: {
      "plan_status.unit_org": org,
      "plan_status.year": year,
      ...Object.fromEntries(MEASURES.map((field) => [field.id, "in_place"])),
      ...statuses,
    },
    notes,
  });
  return new File([packageText(pkg)], `status-${org}-${year}.hso.json`, { type: "application/json" });
}

function workbook() {
  return workbookNames(["plan_status"], {
    "plan_status.unit_org": TELEMARK,
    "plan_status.year": 2025,
    ...Object.fromEntries(MEASURES.map((field) => [field.id, "på plass"])),
    [INTAKE]: "under arbeid",
    [`note.${INTAKE}`]: "Pilot med Skien kommune",
    [`prev.${INTAKE}`]: "ikke startet",
  });
}

const load = async (files: File[]) => fireEvent.change(await openTrend(), { target: { files } });

describe("task pane: plan status as a status history", () => {
  it("shows each measure's status per year in words beside a colour, this year's from the workbook", async () => {
    renderPane(workbook());
    await screen.findByText(/0 feil/);
    await load([
      statusFile(2023, { [INTAKE]: "not_started", [FIRST]: "in_progress" }, { [INTAKE]: "Ikke prioritert" }),
    ]);
    // The package is read first (the reader is fetched at the first package: docs/addin.md).
    await screen.findByText("1 pakke lastet inn.");
    const table = await screen.findByRole("table", { name: "Status for tiltakene per år" });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent);
    expect(headers).toEqual(["Tiltak", "2023", "2024", "2025 (i år)"]);
    const intake = within(table).getByRole("row", { name: /Felles inntak/ });
    expect(
      within(intake)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["ikke startetIkke prioritert", "ikke startet", "under arbeidPilot med Skien kommune"]);
    const first = within(table).getByRole("row", { name: /Tilgjengelig tilbud 24\/7/ });
    // 2024 is known only from last year's cell, which this workbook left blank for the measure.
    expect(
      within(first)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["under arbeid", "ikke oppgitt", "på plass"]);
    const marks = intake.querySelectorAll(".status-mark");
    expect([...marks].map((mark) => [mark.className, mark.getAttribute("aria-hidden")])).toEqual([
      ["status-mark not_started", "true"],
      ["status-mark not_started", "true"],
      ["status-mark in_progress", "true"],
    ]);
    expect(within(table).getAllByRole("row")).toHaveLength(MEASURES.length + 1);
    // Statuses are not figures: no chart and no figure to choose for a workbook of plan status alone.
    expect(screen.queryByLabelText("Tall")).toBeNull();
  });

  it("leaves another unit's statuses out and names the file", async () => {
    renderPane(workbook());
    await screen.findByText(/0 feil/);
    await load([statusFile(2023, { [INTAKE]: "in_place" }, {}, "983971636")]);
    expect(await screen.findByText(/status-983971636-2023\.hso\.json gjelder Akershus/)).toBeTruthy();
    const table = screen.getByRole("table", { name: "Status for tiltakene per år" });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent);
    expect(headers).toEqual(["Tiltak", "2024", "2025 (i år)"]);
  });

  it("is in English when the pane is, and the scrolling region is reachable by keyboard", async () => {
    renderPane(workbook());
    await screen.findByText(/0 feil/);
    fireEvent.change(screen.getByLabelText("Språk"), { target: { value: "en" } });
    await screen.findByText(/0 errors/);
    fireEvent.click(screen.getByRole("button", { name: "Show the trend over the years" }));
    const region = await screen.findByRole("region", { name: "The measures' status per year" });
    expect(region.getAttribute("tabindex")).toBe("0");
    const intake = within(region).getByRole("row", { name: /Joint intake/ });
    expect(
      within(intake)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["not started", "in progressPilot med Skien kommune"]);
  });

  it("has no serious or critical axe violations", async () => {
    const { view } = renderPane(workbook());
    await screen.findByText(/0 feil/);
    await load([statusFile(2023, { [INTAKE]: "not_started" }, { [INTAKE]: "Ikke prioritert" })]);
    await screen.findByText("1 pakke lastet inn.");
    await screen.findByRole("table", { name: "Status for tiltakene per år" });
    const results = await axe.run(view.container, { rules: { "color-contrast": { enabled: false } } });
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
  });
});
