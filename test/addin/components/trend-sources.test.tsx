import { cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { buildPackage, packageText } from "../../../shared/package/build-package";
import { TEMPLATES } from "../../../shared/templates/catalogue";
import { openTrend, packageFile, renderPane, workbookNames } from "./pane-fixtures";

afterEach(cleanup);

const load = async (files: File[]) => fireEvent.change(await openTrend(), { target: { files } });
const desc = () =>
  screen.getByRole("group", { name: "PHV voksne, i alt" }).querySelector("desc")?.textContent;

// Adversary findings A1, A14, A15 (test/fixtures/adversary-addin/FINDINGS.md).
describe("task pane: which packages a trend may use", () => {
  it("leaves out both of two packages of one year that disagree, naming both files (A1)", async () => {
    renderPane(workbookNames(["beds"], { "prev.beds.phv_adult_total": 108 }));
    await screen.findByText(/0 feil/);
    await load([
      packageFile(2021, { "beds.phv_adult_total": 110 }),
      packageFile(2022, { "beds.phv_adult_total": 109 }, "telemark-2022.hso.json"),
      packageFile(2022, { "beds.phv_adult_total": 999 }, "telemark-2022-kopi.hso.json"),
    ]);
    expect(
      await screen.findByText(
        "telemark-2022-kopi.hso.json og telemark-2022.hso.json er begge for 2022, men tallene er ulike; 2022 er ikke tatt med. Velg bare den riktige filen.",
      ),
    ).toBeTruthy();
    expect(desc()).toBe("2021: 110, 2023: 108, 2024: 103 (i år)");
  });

  it("keeps one year's packages that agree (the same file twice under two names)", async () => {
    renderPane(workbookNames(["beds"], { "prev.beds.phv_adult_total": 108 }));
    await screen.findByText(/0 feil/);
    await load([
      packageFile(2022, { "beds.phv_adult_total": 109 }, "a.hso.json"),
      packageFile(2022, { "beds.phv_adult_total": 109 }, "b.hso.json"),
    ]);
    await screen.findByText("2 pakker lastet inn.");
    expect(desc()).toBe("2022: 109, 2023: 108, 2024: 103 (i år)");
    expect(screen.queryByText(/ikke tatt med/)).toBeNull();
  });

  it("takes 'i år' from the workbook alone: a blank total stays blank, a package of this year is named (A15)", async () => {
    renderPane(workbookNames(["beds"], { "beds.phv_adult_total": null, "prev.beds.phv_adult_total": 108 }));
    await screen.findByText(/^\d+ feil/);
    await load([
      packageFile(2022, { "beds.phv_adult_total": 109 }),
      packageFile(2024, { "beds.phv_adult_total": 120 }, "telemark-2024-120.hso.json"),
    ]);
    expect(
      await screen.findByText(
        "telemark-2024-120.hso.json er for 2024, arbeidsbokens eget år: «i år» er arbeidsbokens tall, så pakken er ikke tatt med.",
      ),
    ).toBeTruthy();
    expect(desc()).toBe("2022: 109, 2023: 108");
  });

  it("names a package of a later year than the workbook's and leaves it out (A14)", async () => {
    renderPane(workbookNames(["beds"], { "prev.beds.phv_adult_total": 108 }));
    await screen.findByText(/0 feil/);
    await load([
      packageFile(2022, { "beds.phv_adult_total": 109 }),
      packageFile(2025, { "beds.phv_adult_total": 130 }, "telemark-2025.hso.json"),
    ]);
    expect(
      await screen.findByText(
        "telemark-2025.hso.json er for 2025, etter arbeidsbokens år 2024; den er ikke tatt med.",
      ),
    ).toBeTruthy();
    expect(desc()).toBe("2022: 109, 2023: 108, 2024: 103 (i år)");
  });

  it("never fills this year's blank statuses from a package of the workbook's year (A15)", async () => {
    const measures = TEMPLATES.plan_status.fields.filter((field) => field.kind === "status");
    const [first, second] = measures;
    if (!first || !second) throw new Error("the plan status has measures");
    const names = workbookNames(["plan_status"], {
      "plan_status.unit_org": "983975267",
      "plan_status.year": 2025,
      [first.id]: "på plass",
    });
    renderPane(names);
    await screen.findByText(/^\d+ feil/);
    const pkg = buildPackage({
      unit: { org: "983975267", name: "Navnet i pakken" },
      year: 2025,
      templates: { plan_status: TEMPLATES.plan_status.version },
      values: {
        "plan_status.unit_org": "983975267",
        "plan_status.year": 2025,
        ...Object.fromEntries(measures.map((field) => [field.id, "in_progress"])),
      },
      notes: { [second.id]: "Fra filen" },
    });
    await load([new File([packageText(pkg)], "status-2025.hso.json", { type: "application/json" })]);
    expect(await screen.findByText(/status-2025\.hso\.json er for 2025, arbeidsbokens eget år/)).toBeTruthy();
    const table = screen.getByRole("table", { name: "Status for tiltakene per år" });
    const cells = (row: RegExp) =>
      within(within(table).getByRole("row", { name: row }))
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
    expect(cells(new RegExp(first.label.nb.slice(0, 12)))).toEqual(["på plass"]);
    expect(cells(new RegExp(second.label.nb.slice(0, 12)))).toEqual(["ikke oppgitt"]);
  });
});
