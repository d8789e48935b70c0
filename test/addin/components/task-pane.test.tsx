import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { TEMPLATE_IDS, TEMPLATES } from "../../../shared/templates/catalogue";
import { memoryStore, renderPane, workbookNames } from "./pane-fixtures";

afterEach(cleanup);

describe("task pane: status and findings", () => {
  it("validates on open and says the workbook is ready when it is clean", async () => {
    const { calls } = renderPane(workbookNames(["beds"]));
    expect(await screen.findByText("0 feil, 0 advarsler")).toBeTruthy();
    expect(screen.getByText("Klar til eksport")).toBeTruthy();
    expect(calls.marks.at(-1)).toEqual([]);
  });

  it("counts errors, refuses readiness and writes marks for the core's issues", async () => {
    renderPane(workbookNames(["beds"], { "beds.phv_adult_hospital": 41 }));
    expect(await screen.findByText(/^1 feil/)).toBeTruthy();
    expect(screen.getByText("Ikke klar til eksport: rett feilene først")).toBeTruthy();
  });

  it("says so when the workbook has no templates", async () => {
    renderPane({});
    expect(await screen.findByText(/Arbeidsboken har ingen maler ennå/)).toBeTruthy();
  });

  it("groups issues by sheet and selects an issue's cell", async () => {
    const { calls } = renderPane(
      workbookNames(["beds", "staffing"], {
        "beds.phv_adult_total": 110,
        "staffing.lis3_phbu_headcount": 2.5,
      }),
    );
    const beds = await screen.findByRole("region", { name: "Døgnplasser" });
    const staffing = screen.getByRole("region", { name: "Bemanning" });
    const bedIssue = within(beds).getByRole("button", { name: /PHV voksne, i alt/ });
    expect(within(staffing).queryByText(/PHV voksne/)).toBeNull();
    fireEvent.click(bedIssue);
    await waitFor(() => expect(calls.selected).toEqual(["Døgnplasser!C9"]));
  });

  it("revalidates after a user edit (debounced) and shows the fixed state", async () => {
    const { type } = renderPane(workbookNames(["beds"], { "beds.phv_adult_hospital": 41 }));
    await screen.findByText(/^1 feil/);
    type("beds.phv_adult_hospital", 40);
    expect(await screen.findByText("0 feil, 0 advarsler")).toBeTruthy();
  });

  it("removes marks on demand", async () => {
    const { calls } = renderPane(workbookNames(["beds"]));
    fireEvent.click(await screen.findByRole("button", { name: "Fjern markeringer" }));
    await waitFor(() => expect(calls.clearMarks).toBe(1));
    expect(await screen.findByText("Markeringene er fjernet til neste endring.")).toBeTruthy();
  });
});

describe("task pane: language", () => {
  it("switches to English, rewrites marks in it and remembers the choice", async () => {
    const store = memoryStore();
    const first = renderPane(workbookNames(["beds"], { "beds.phv_adult_hospital": 41 }), { store });
    await screen.findByText(/^1 feil/);
    const reads = first.calls.reads;
    fireEvent.change(screen.getByLabelText("Språk"), { target: { value: "en" } });
    expect(await screen.findByText(/^1 error, 0 warnings/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Fix the findings" })).toBeTruthy();
    await waitFor(() => expect(first.calls.reads).toBeGreaterThan(reads));
    cleanup();
    renderPane(workbookNames(["beds"]), { store });
    expect(await screen.findByRole("heading", { name: "Fix the findings" })).toBeTruthy();
  });
});

describe("task pane: what this Excel lacks", () => {
  it("names the missing APIs and their requirement sets", async () => {
    renderPane(workbookNames(["beds"]), { capabilities: { dataValidation: false, notes: false } });
    expect(await screen.findByText(/mangler API for datavalidering \(ExcelApi 1\.8\)/)).toBeTruthy();
    expect(screen.getByText(/mangler API for notater \(ExcelApi 1\.18\)/)).toBeTruthy();
  });

  it("shows nothing about missing APIs when everything is there", async () => {
    renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    expect(screen.queryByText(/mangler API/)).toBeNull();
  });
});

describe("task pane: create templates", () => {
  it("inserts the chosen templates for the chosen unit and year", async () => {
    const { calls } = renderPane({});
    await screen.findByText(/ingen maler/);
    fireEvent.change(screen.getByLabelText("Enhet"), { target: { value: "983971709" } });
    fireEvent.input(screen.getByLabelText("År"), { target: { value: "2025" } });
    fireEvent.click(screen.getByRole("checkbox", { name: /^Bemanning/ }));
    fireEvent.click(screen.getByRole("button", { name: "Lag maler" }));
    await waitFor(() =>
      expect(calls.inserted).toEqual([
        { templates: TEMPLATE_IDS.filter((id) => id !== "staffing"), unit: "983971709", year: 2025 },
      ]),
    );
    expect(await screen.findByText("Malene er laget.")).toBeTruthy();
  });
});

describe("task pane: create templates on old Excel", () => {
  it("says what the insert had to leave out", async () => {
    const { fakeAdapter } = await import("./fake-adapter");
    const { render } = await import("@testing-library/preact");
    const { TaskPane } = await import("../../../addin/components/task-pane");
    const fake = fakeAdapter({ capabilities: { dataValidation: false }, insertMissing: ["dataValidation"] });
    render(<TaskPane adapter={fake.adapter} debounceMs={5} download={() => {}} copy={async () => true} />);
    await screen.findByText(/ingen maler/);
    fireEvent.change(screen.getByLabelText("Enhet"), { target: { value: "983975267" } });
    fireEvent.click(screen.getByRole("button", { name: "Lag maler" }));
    const status = await screen.findByText(
      /^Malene er laget\. Denne Excel-versjonen mangler API for datavalidering/,
    );
    expect(status.getAttribute("role")).toBe("status");
  });
});

describe("task pane: recognising the workbook", () => {
  it("names the unit, the year and the templates with their versions", async () => {
    renderPane(workbookNames(["beds", "staffing"]));
    const line = await screen.findByText(/^Sykehuset Telemark HF \(983 975 267\) · 2024 · /);
    expect(line.textContent).toMatch(/· Døgnplasser.* \d{4}\.\d+ · .*Bemanning.* \d{4}\.\d+$/);
    expect(screen.queryByText(/Arkene har ulike år/)).toBeNull();
  });

  it("names no year of the workbook where the sheets disagree: both, with their cells (adversary A11)", async () => {
    // The first sheet's 2023 was the bar's year, while the finding at that cell said the return is 2024.
    renderPane(workbookNames(["beds", "staffing", "activity"], { "beds.year": 2023, "activity.year": 2023 }));
    const line = await screen.findByText(/^Sykehuset Telemark HF \(983 975 267\) · /);
    expect(line.textContent).not.toMatch(/20\d\d ·/);
    const years = screen.getByText(/^Arkene har ulike år.*Pakken kan ikke lages/);
    expect(years.textContent).toBe(
      `Arkene har ulike år: 2023 (${TEMPLATES.beds.sheet}!C4, ${TEMPLATES.activity.sheet}!C4) og 2024 ` +
        `(${TEMPLATES.staffing.sheet}!C4). Pakken kan ikke lages før årene er like.`,
    );
    expect(
      within(years.closest(".status-bar") as HTMLElement).getByText(/^Ikke klar til eksport/),
    ).toBeTruthy();
  });

  it("adds no template for one sheet's year while the sheets disagree, and says why (adversary A11)", async () => {
    renderPane(workbookNames(["beds", "staffing"], { "staffing.year": 2025 }));
    const create = await screen.findByRole("region", { name: "Lag maler" });
    expect(
      await within(create).findByText(
        `Arkene har ulike år: 2024 (${TEMPLATES.beds.sheet}!C4) og 2025 (${TEMPLATES.staffing.sheet}!C4). ` +
          "Rett årene før du legger til flere maler.",
      ),
    ).toBeTruthy();
    expect(within(create).queryByRole("button", { name: "Legg til valgte maler" })).toBeNull();
    expect(within(create).getByText(/^Arbeidsboken har allerede maler for .*, –: /)).toBeTruthy();
  });

  it("says the disagreeing years in English too", async () => {
    const store = memoryStore();
    store.setItem("hso.addin.lang", "en");
    renderPane(workbookNames(["beds", "staffing"], { "staffing.year": 2025 }), { store });
    expect(
      await screen.findByText(
        `The sheets name different years: 2024 (${TEMPLATES.beds.sheet}!C4) and 2025 ` +
          `(${TEMPLATES.staffing.sheet}!C4). The package cannot be made until they agree.`,
      ),
    ).toBeTruthy();
  });
});
