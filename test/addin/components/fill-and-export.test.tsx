import { cleanup, fireEvent, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { parsePackage } from "../../../shared/package/parse-package";
import { packageFile, renderPane, workbookNames } from "./pane-fixtures";

afterEach(cleanup);

const chooseFile = (label: string | RegExp, files: File[]) =>
  fireEvent.change(screen.getByLabelText(label), { target: { files } });

describe("task pane: fill from last year's package", () => {
  it("asks before overwriting, listing each cell, and fills only when told to", async () => {
    const { names } = renderPane(workbookNames(["beds"], { "prev.beds.phv_adult_total": 99 }));
    await screen.findByText("Klar til eksport");
    chooseFile(/Velg fjorårets pakke/, [
      packageFile(2023, { "beds.phv_adult_total": 108, "beds.phbu_total": 12 }),
    ]);
    const dialog = await screen.findByRole("alertdialog", { name: "Overskrive celler som ikke er tomme?" });
    expect(dialog.textContent).toContain("Døgnplasser!D9");
    expect(dialog.textContent).toContain("99");
    expect(dialog.textContent).toContain("108");
    fireEvent.click(screen.getByRole("button", { name: "Overskriv" }));
    expect(await screen.findByText(/celler fylt ut, 0 hoppet over/)).toBeTruthy();
    expect(names.get("prev.beds.phv_adult_total")).toBe(108);
  });

  it("keeps what is there when the user says so, and undoes its own fill", async () => {
    const { names, calls } = renderPane(workbookNames(["beds"], { "prev.beds.phv_adult_total": 99 }));
    await screen.findByText("Klar til eksport");
    chooseFile(/Velg fjorårets pakke/, [
      packageFile(2023, { "beds.phv_adult_total": 108, "beds.phbu_total": 11 }),
    ]);
    fireEvent.click(await screen.findByRole("button", { name: "Behold det som står" }));
    // The package's year beside the reporting year is one of the cells filled (A4).
    expect(await screen.findByText("2 celler fylt ut, 1 hoppet over.")).toBeTruthy();
    expect(names.get("prev.beds.phv_adult_total")).toBe(99);
    expect(names.get("prev.beds.phbu_total")).toBe(11);
    expect(names.get("prev.beds.year")).toBe(2023);
    fireEvent.click(screen.getByRole("button", { name: "Angre utfylling" }));
    await waitFor(() => expect(calls.undos).toBe(1));
    expect(names.get("prev.beds.phbu_total")).toBeNull();
  });

  it("refuses a tampered package with the core's words and imports nothing", async () => {
    const { names } = renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    const good = await packageFile(2023, { "beds.phv_adult_total": 108 }).text();
    const bad = new File(
      [good.replace('"beds.phv_adult_total": 108', '"beds.phv_adult_total": 1080')],
      "tuklet.hso.json",
    );
    chooseFile(/Velg fjorårets pakke/, [bad]);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/^tuklet\.hso\.json: /);
    expect(names.get("prev.beds.phv_adult_total")).toBeNull();
  });
});

describe("task pane: export", () => {
  it("is refused while errors remain, and nothing is downloaded", async () => {
    const { downloads } = renderPane(workbookNames(["beds"], { "beds.phv_adult_hospital": 41 }));
    await screen.findByText(/^1 feil/);
    fireEvent.click(screen.getByRole("button", { name: "Lag pakke" }));
    expect(await screen.findByText("Eksport er stengt så lenge det finnes feil (1).")).toBeTruthy();
    expect(downloads).toEqual([]);
  });

  it("asks for an unexplained change in place, writes the note, then builds a valid package", async () => {
    const { downloads, copies, calls } = renderPane(
      workbookNames(["beds"], {
        "prev.beds.phv_adult_total": 108,
        "prev.beds.phv_adult_dps": 63,
        "prev.beds.phv_adult_hospital": 40,
      }),
    );
    expect(await screen.findByText("0 feil, 1 advarsel")).toBeTruthy();
    expect(screen.getByText(/forklar de store endringene/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Lag pakke" }));
    const box = await screen.findByLabelText("Forklaring for PHV voksne, i alt");
    expect(downloads).toEqual([]);
    fireEvent.input(box, { target: { value: "Ombygging høsten 2024." } });
    fireEvent.click(screen.getByRole("button", { name: "Lagre forklaring" }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(calls.notes).toEqual([{ "beds.phv_adult_total": "Ombygging høsten 2024." }]);
    const [download] = downloads;
    expect(download?.file).toBe("983975267-2024-beds.hso.json");
    const parsed = parsePackage(download?.text ?? "");
    expect(parsed.ok && parsed.package.notes).toEqual({ "beds.phv_adult_total": "Ombygging høsten 2024." });
    expect(parsed.ok && parsed.package.values["beds.phv_adult_total"]).toBe(103);
    expect(copies).toEqual([download?.text]);
    expect(calls.meta[0]?.lastDigest).toBe(parsed.ok ? parsed.package.digest : "none");
    expect(await screen.findByText("Pakken er kopiert til utklippstavlen.")).toBeTruthy();
  });

  it("offers the text to copy by hand when the clipboard refuses", async () => {
    renderPane(workbookNames(["beds"]), { copyOk: false });
    await screen.findByText("Klar til eksport");
    fireEvent.click(screen.getByRole("button", { name: "Lag pakke" }));
    const text = (await screen.findByLabelText(
      "Pakken som tekst (983975267-2024-beds.hso.json)",
    )) as HTMLTextAreaElement;
    expect(text.value).toContain('"format": "hso-package@1"');
  });
});

describe("task pane: validate and save", () => {
  it("saves a clean workbook at once and asks first when it has errors", async () => {
    const { calls } = renderPane(workbookNames(["beds"], { "beds.phv_adult_hospital": 41 }));
    await screen.findByText(/^1 feil/);
    fireEvent.click(screen.getByRole("button", { name: "Valider og lagre" }));
    fireEvent.click(await screen.findByRole("button", { name: "Avbryt" }));
    expect(await screen.findByText("Ikke lagret.")).toBeTruthy();
    expect(calls.saves).toBe(0);
    fireEvent.click(screen.getByRole("button", { name: "Valider og lagre" }));
    fireEvent.click(await screen.findByRole("button", { name: "Lagre likevel" }));
    expect(await screen.findByText("Arbeidsboken er validert og lagret.")).toBeTruthy();
    expect(calls.saves).toBe(1);
  });
});

describe("task pane: keyboard", () => {
  it("Escape answers the overwrite question with keep, and focus starts on the safe choice", async () => {
    const { names } = renderPane(workbookNames(["beds"], { "prev.beds.phv_adult_total": 99 }));
    await screen.findByText("Klar til eksport");
    chooseFile(/Velg fjorårets pakke/, [packageFile(2023, { "beds.phv_adult_total": 108 })]);
    const dialog = await screen.findByRole("alertdialog");
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Behold det som står"));
    fireEvent.keyDown(dialog, { key: "Escape" });
    expect(await screen.findByText(/hoppet over/)).toBeTruthy();
    expect(names.get("prev.beds.phv_adult_total")).toBe(99);
  });
});
