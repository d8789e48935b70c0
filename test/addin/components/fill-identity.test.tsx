import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { TEMPLATES } from "../../../shared/templates/catalogue";
import { packageFile, renderPane, workbookNames } from "./pane-fixtures";

afterEach(cleanup);

const AKERSHUS = "983971636";
const choose = (file: File) =>
  fireEvent.change(screen.getByLabelText(/Velg fjorårets pakke/), { target: { files: [file] } });

describe("fill from a package of another unit or year", () => {
  it("refuses another unit, naming both from the registry, and writes nothing", async () => {
    const { names, calls } = renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    choose(packageFile(2023, { "beds.phv_adult_total": 217 }, "ahus-2023.hso.json", AKERSHUS));
    const alert = await within(
      screen.getByRole("region", { name: "Fyll ut fra fjorårets pakke" }),
    ).findByRole("alert");
    expect(alert.textContent).toBe(
      "ahus-2023.hso.json gjelder Akershus universitetssykehus HF (983 971 636), men arbeidsboken er for " +
        "Sykehuset Telemark HF (983 975 267). Ingenting er fylt ut.",
    );
    expect(alert.textContent).not.toContain("Navnet i pakken");
    expect(names.get("prev.beds.phv_adult_total")).toBeNull();
    expect(names.get("beds.unit_org")).toBe("983975267");
    expect(calls.log).not.toContain("fillFromPackage");
  });

  it("says its refusal and its question in the language chosen after them (adversary A12)", async () => {
    renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    choose(packageFile(2023, { "beds.phv_adult_total": 217 }, "ahus-2023.hso.json", AKERSHUS));
    await screen.findByText(/ahus-2023\.hso\.json gjelder Akershus/);
    fireEvent.change(screen.getByLabelText("Språk"), { target: { value: "en" } });
    expect(
      await screen.findByText(
        "ahus-2023.hso.json is for Akershus universitetssykehus HF (983 971 636), but the workbook is for " +
          "Sykehuset Telemark HF (983 975 267). Nothing was filled.",
      ),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Choose last year's package/), {
      target: { files: [packageFile(2021, { "beds.phv_adult_total": 110 }, "telemark-2021.hso.json")] },
    });
    await screen.findByRole("alertdialog", { name: "The package is for 2021, not for 2023" });
    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "nb" } });
    const question = await screen.findByRole("alertdialog", { name: "Pakken er for 2021, ikke for 2023" });
    expect(within(question).getByRole("button", { name: "Bruk tallene fra 2021" })).toBeTruthy();
  });

  it("refuses another unit even where the workbook's unit cell holds an org. no. with a typo", async () => {
    const { calls } = renderPane(workbookNames(["beds"], { "beds.unit_org": "983975268" }));
    await screen.findByText(/^\d+ feil/);
    choose(packageFile(2023, { "beds.phv_adult_total": 108 }));
    expect(
      await screen.findByText(
        /gjelder Sykehuset Telemark HF \(983 975 267\), men arbeidsboken er for 983975268/,
      ),
    ).toBeTruthy();
    expect(calls.log).not.toContain("fillFromPackage");
  });

  it("asks about another year, naming unit and years; no writes nothing, yes never changes the year", async () => {
    const { names } = renderPane(workbookNames(["beds"], { "prev.beds.phv_adult_total": 99 }));
    await screen.findByText("Klar til eksport");
    choose(packageFile(2021, { "beds.phv_adult_total": 110 }, "telemark-2021.hso.json"));
    const question = await screen.findByRole("alertdialog", { name: "Pakken er for 2021, ikke for 2023" });
    expect(question.textContent).toContain(
      "Arbeidsboken er for Sykehuset Telemark HF (983 975 267), 2024; fjorårets tall er fra 2023. " +
        "telemark-2021.hso.json er for Sykehuset Telemark HF (983 975 267), 2021.",
    );
    fireEvent.click(within(question).getByRole("button", { name: "Avbryt" }));
    expect(await screen.findByText("Ingenting er fylt ut.")).toBeTruthy();
    expect(names.get("prev.beds.phv_adult_total")).toBe(99);

    choose(packageFile(2021, { "beds.phv_adult_total": 110 }, "telemark-2021.hso.json"));
    fireEvent.click(await screen.findByRole("button", { name: "Bruk tallene fra 2021" }));
    const overwrite = await screen.findByRole("alertdialog", {
      name: "Overskrive celler som ikke er tomme?",
    });
    expect(overwrite.textContent).not.toMatch(/Rapporteringsår|beds\.year|2022/);
    expect(overwrite.textContent).toContain("I fjor: PHV voksne, i alt");
    fireEvent.click(within(overwrite).getByRole("button", { name: "Overskriv" }));
    expect(await screen.findByText(/fylt ut, 0 hoppet over/)).toBeTruthy();
    expect(names.get("prev.beds.phv_adult_total")).toBe(110);
    expect(names.get("beds.year")).toBe(2024);
    expect(names.get("beds.unit_org")).toBe("983975267");
  });

  it("says the year the figures beside are from once another year's were used: 'i 2021', not 'i fjor' (A4)", async () => {
    const { names } = renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    choose(packageFile(2021, { "beds.phv_adult_total": 110 }, "telemark-2021.hso.json"));
    fireEvent.click(await screen.findByRole("button", { name: "Bruk tallene fra 2021" }));
    const said = await screen.findAllByText(/Endring fra 110 i 2021 til 103/);
    expect(said.length).toBeGreaterThan(0);
    expect(names.get("prev.beds.year")).toBe(2021);
    expect(screen.queryByText(/Endring fra 110 i fjor/)).toBeNull();
  });

  it("passes: last year's package is compared 'i fjor'", async () => {
    renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    choose(packageFile(2023, { "beds.phv_adult_total": 110 }));
    const said = await screen.findAllByText(/Endring fra 110 i fjor til 103/);
    expect(said.length).toBeGreaterThan(0);
  });

  it("refuses where one template's year cell holds another year than the fill's, naming the cell and both years", async () => {
    // Issue 8: planFill wrote the year into a non-empty year cell; only the pane's check stood in the way.
    const { names, calls } = renderPane(workbookNames(["beds", "staffing"], { "staffing.year": 2023 }));
    await screen.findByText(/^\d+ feil/);
    choose(packageFile(2023, { "beds.phv_adult_total": 108 }));
    const alert = await within(
      screen.getByRole("region", { name: "Fyll ut fra fjorårets pakke" }),
    ).findByRole("alert");
    expect(alert.textContent).toBe(
      `${TEMPLATES.staffing.sheet}!C4 har 2023, men pakken ville skrive 2024 der. Enhet og år overskrives aldri: ingenting er fylt ut.`,
    );
    expect(calls.log).toContain("fillFromPackage");
    expect(names.get("staffing.year")).toBe(2023);
    expect(names.get("prev.beds.phv_adult_total")).toBeNull();
    expect(await screen.findByText("Ingenting er fylt ut.")).toBeTruthy();
  });

  it("asks before filling a workbook whose templates have no unit yet, naming the unit and year it becomes", async () => {
    const { names } = renderPane(workbookNames(["beds"], { "beds.unit_org": null, "beds.year": null }));
    await screen.findByText(/^\d+ feil/);
    choose(packageFile(2023, { "beds.phv_adult_total": 108 }));
    const question = await screen.findByRole("alertdialog", {
      name: "Fylle ut for Sykehuset Telemark HF (983 975 267)?",
    });
    expect(question.textContent).toContain(
      "arbeidsboken blir da for Sykehuset Telemark HF (983 975 267), 2024",
    );
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Avbryt"));
    fireEvent.click(
      within(question).getByRole("button", { name: "Fyll ut for Sykehuset Telemark HF (983 975 267)" }),
    );
    await screen.findByText(/hoppet over/);
    expect(names.get("beds.unit_org")).toBe("983975267");
    expect(names.get("beds.year")).toBe(2024);
  });

  it("offers an empty workbook the package's templates for the unit and the year after", async () => {
    const { calls, names } = renderPane({});
    await screen.findByText(/ingen maler/);
    choose(packageFile(2023, { "beds.phv_adult_total": 108 }));
    const question = await screen.findByRole("alertdialog", { name: "Lage maler fra pakken?" });
    expect(question.textContent).toContain("Lage Døgnplasser for Sykehuset Telemark HF (983 975 267), 2024");
    fireEvent.click(within(question).getByRole("button", { name: "Lag maler og fyll ut" }));
    await screen.findByText(/hoppet over/);
    expect(calls.inserted).toEqual([{ templates: ["beds"], unit: "983975267", year: 2024 }]);
    expect(names.get("prev.beds.phv_adult_total")).toBe(108);
    expect(await screen.findByText(/^Sykehuset Telemark HF \(983 975 267\) · 2024/)).toBeTruthy();
  });

  it("keyboard: focus starts on Avbryt and Escape answers no, so nothing is filled", async () => {
    const { names, calls } = renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    choose(packageFile(2021, { "beds.phv_adult_total": 110 }));
    const question = await screen.findByRole("alertdialog");
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Avbryt"));
    fireEvent.keyDown(question, { key: "Escape" });
    expect(await screen.findByText("Ingenting er fylt ut.")).toBeTruthy();
    expect(names.get("prev.beds.phv_adult_total")).toBeNull();
    expect(calls.log).not.toContain("fillFromPackage");
  });

  it("says a file that is not JSON is not JSON, without the parser's own English text", async () => {
    renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    choose(new File(["{ dette er ikke json"], "feil.hso.json"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "feil.hso.json: Filen er ikke gyldig JSON: uventet «d» på linje 1, kolonne 3.",
    );
  });
});
