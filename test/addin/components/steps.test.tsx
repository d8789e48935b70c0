import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { TEMPLATE_IDS } from "../../../shared/templates/catalogue";
import { renderPane, workbookNames } from "./pane-fixtures";

afterEach(cleanup);

const headings = () => screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent);

describe("task pane: follows the work top to bottom", () => {
  it("orders its sections create → fill → type → findings → explain → export, the status first", async () => {
    renderPane(workbookNames(["beds"], { "prev.beds.phv_adult_total": 108 }));
    await screen.findByText("0 feil, 1 advarsel");
    expect(headings()).toEqual([
      "Status",
      "Lag maler",
      "Fyll ut fra fjorårets pakke",
      "Fyll inn tallene",
      "Rett funnene",
      "Markeringer",
      "Forklar endringer",
      "Eksport",
      "Valider og lagre",
      "Utvikling over år",
    ]);
  });

  it("keeps the live status and the verdict together in the one status bar (sticky in the stylesheet)", async () => {
    renderPane(workbookNames(["beds"]));
    const bar = await screen.findByRole("region", { name: "Status" });
    expect(bar.classList.contains("status-bar")).toBe(true);
    expect(within(bar).getByRole("status")).toBeTruthy();
    expect(await within(bar).findByText("Klar til eksport")).toBeTruthy();
  });

  it("shows how far the typing has come and lists the empty required fields, each selecting its cell", async () => {
    const { calls, type } = renderPane(
      workbookNames(["beds", "staffing"], { "staffing.lis3_phbu_headcount": null, "beds.tsb_total": null }),
    );
    const section = await screen.findByRole("region", { name: "Fyll inn tallene" });
    const line = within(section).getByText(/^\d+ av \d+ felt fylt ut$/);
    const [filled, total] = (line.textContent ?? "").match(/\d+/g)?.map(Number) ?? [];
    expect(total).toBeGreaterThan(filled ?? 0);
    expect((total ?? 0) - (filled ?? 0)).toBe(2);
    const empty = within(section).getByRole("list", { name: "Må fylles ut:" });
    const button = within(empty).getByRole("button", { name: /LIS3 barne- og ungdomspsykiatri, personer/ });
    // The sheet is named: several templates have a C11 (adversary A5).
    expect(button.textContent).toMatch(/^Bemanning!C11 LIS3/);
    fireEvent.click(button);
    await waitFor(() => expect(calls.selected).toEqual(["Bemanning!C11"]));
    type("staffing.lis3_phbu_headcount", 3);
    expect(await within(section).findByText("Alle felt som må fylles ut, er fylt ut.")).toBeTruthy();
  });

  it("names the change threshold beside each change to explain (the core's words)", async () => {
    renderPane(workbookNames(["beds"], { "prev.beds.phv_adult_total": 108 }));
    const section = await screen.findByRole("region", { name: "Forklar endringer" });
    expect(within(section).getByText(/må forklares: grensen er 5 plasser eller 5 %\.$/)).toBeTruthy();
  });
});

describe("task pane: Lag maler on a workbook that has templates", () => {
  it("says which templates the workbook has and offers the others for its own unit and year", async () => {
    const { calls } = renderPane(workbookNames(["beds"]));
    const section = await screen.findByRole("region", { name: "Lag maler" });
    expect(
      await within(section).findByText(
        "Arbeidsboken har allerede maler for Sykehuset Telemark HF (983 975 267), 2024: Døgnplasser.",
      ),
    ).toBeTruthy();
    expect(within(section).queryByRole("checkbox", { name: /^Døgnplasser/ })).toBeNull();
    const unit = within(section).getByLabelText("Enhet") as HTMLSelectElement;
    expect(unit.value).toBe("983975267");
    expect(unit.disabled).toBe(true);
    expect((within(section).getByLabelText("År") as HTMLInputElement).value).toBe("2024");
    fireEvent.click(within(section).getByRole("button", { name: "Legg til valgte maler" }));
    await waitFor(() =>
      expect(calls.inserted).toEqual([
        { templates: TEMPLATE_IDS.filter((id) => id !== "beds"), unit: "983975267", year: 2024 },
      ]),
    );
  });

  it("says there is nothing more to make when every template is there", async () => {
    renderPane(workbookNames(TEMPLATE_IDS));
    const section = await screen.findByRole("region", { name: "Lag maler" });
    expect(await within(section).findByText("Alle malene finnes; det er ingenting mer å lage.")).toBeTruthy();
    expect(within(section).queryByRole("button")).toBeNull();
  });

  it("in an empty workbook makes the user choose the unit instead of guessing the first", async () => {
    const { calls } = renderPane({});
    const section = await screen.findByRole("region", { name: "Lag maler" });
    await screen.findByText(/ingen maler/);
    expect((within(section).getByLabelText("Enhet") as HTMLSelectElement).value).toBe("");
    const button = within(section).getByRole("button", { name: "Lag maler" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(within(section).getByLabelText("Enhet"), { target: { value: "983975267" } });
    fireEvent.click(button);
    await waitFor(() => expect(calls.inserted).toHaveLength(1));
  });
});

describe("task pane: Office 2019 (ExcelApi 1.7)", () => {
  it("watches the sheets it created after opening: typing there is judged", async () => {
    const { type } = renderPane({}, { watchesPerSheet: true });
    await screen.findByText(/ingen maler/);
    fireEvent.change(screen.getByLabelText("Enhet"), { target: { value: "983975267" } });
    fireEvent.click(screen.getByRole("button", { name: "Lag maler" }));
    const counts = await screen.findByText(/^\d+ feil, \d+ advars/);
    const before = counts.textContent;
    // Not a part of a required total (a blank one is an error already, so text there would not add one).
    type("beds.tsb_total", "abc");
    await waitFor(() => expect(document.querySelector(".counts")?.textContent).not.toBe(before));
  });

  it("says saving is not possible before asking anything, and only validates", async () => {
    const { calls } = renderPane(workbookNames(["beds"], { "beds.phv_adult_hospital": 41 }), {
      capabilities: { save: false },
    });
    const section = await screen.findByRole("region", { name: "Valider og lagre" });
    expect(within(section).getByText(/kan ikke lagre fra tillegget \(ExcelApi 1\.11\)/)).toBeTruthy();
    fireEvent.click(within(section).getByRole("button", { name: "Valider" }));
    expect(await screen.findByText("Validert: 1 feil, 0 advarsler. Lagre selv med Ctrl+S.")).toBeTruthy();
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(calls.saves).toBe(0);
  });
});
