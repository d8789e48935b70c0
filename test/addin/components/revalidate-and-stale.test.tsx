import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderPane, workbookNames } from "./pane-fixtures";

afterEach(cleanup);

/** Telemark 2024 with last year's beds: the total fell 108 → 103, a change to explain. */
const UNEXPLAINED = {
  "prev.beds.phv_adult_total": 108,
  "prev.beds.phv_adult_dps": 63,
  "prev.beds.phv_adult_hospital": 40,
};

const exportSection = () => screen.getByRole("region", { name: "Eksport" });

describe("task pane: every write of ours is judged again", () => {
  it("after the export the explanation's warning and its mark are gone and it says ready", async () => {
    const { calls, downloads } = renderPane(workbookNames(["beds"], UNEXPLAINED));
    expect(await screen.findByText("0 feil, 1 advarsel")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Lag pakke" }));
    // The export's answer first: the package writer is loaded at the first export (docs/addin.md).
    expect(await screen.findByText("Forklar 1 endring under «Forklar endringer» først.")).toBeTruthy();
    fireEvent.input(await screen.findByLabelText("Forklaring for PHV voksne, i alt"), {
      target: { value: "Ombygging høsten 2024." },
    });
    fireEvent.click(screen.getByRole("button", { name: "Lagre forklaring" }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(await screen.findByText("0 feil, 0 advarsler")).toBeTruthy();
    expect(screen.getByText("Klar til eksport")).toBeTruthy();
    expect(screen.queryByText(/forklar de store endringene/)).toBeNull();
    await waitFor(() => expect(calls.marks.at(-1)).toEqual([]));
    expect(calls.log.slice(calls.log.indexOf("writeMeta"))).toContain("read");
    expect(calls.log.slice(calls.log.lastIndexOf("writeNotes"))[1]).toBe("read");
  });

  it("after Valider og lagre it reads and judges the workbook again", async () => {
    const { calls } = renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    fireEvent.click(screen.getByRole("button", { name: "Valider og lagre" }));
    expect(await screen.findByText("Arbeidsboken er validert og lagret.")).toBeTruthy();
    await waitFor(() => expect(calls.log.slice(calls.log.indexOf("save"))).toContain("read"));
  });

  it("after a fill and after its undo it judges again (no old findings about the cells it wrote)", async () => {
    const { calls } = renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    const { packageFile } = await import("./pane-fixtures");
    fireEvent.change(screen.getByLabelText(/Velg fjorårets pakke/), {
      target: { files: [packageFile(2023, { "beds.phv_adult_total": 108 })] },
    });
    expect(await screen.findByText("0 feil, 1 advarsel")).toBeTruthy();
    fireEvent.click(await screen.findByRole("button", { name: "Angre utfylling" }));
    expect(await screen.findByText("0 feil, 0 advarsler")).toBeTruthy();
    expect(calls.log.slice(calls.log.lastIndexOf("undoFill"))[1]).toBe("read");
  });
});

describe("task pane: a package is stale the moment a figure changes", () => {
  it("hides the old package and its download at the edit, before the pass, and says why", async () => {
    const { type, downloads } = renderPane(workbookNames(["beds"]), { debounceMs: 60_000 });
    await screen.findByText("Klar til eksport");
    fireEvent.click(screen.getByRole("button", { name: "Lag pakke" }));
    await screen.findByText("Pakken 983975267-2024-beds.hso.json er klar.");
    expect(within(exportSection()).getByRole("button", { name: "Last ned" })).toBeTruthy();
    type("beds.phbu_total", 13);
    expect(
      await within(exportSection()).findByText(
        /Tallene er endret etter at pakken 983975267-2024-beds\.hso\.json ble laget/,
      ),
    ).toBeTruthy();
    expect(within(exportSection()).queryByRole("button", { name: "Last ned" })).toBeNull();
    expect(within(exportSection()).queryByRole("textbox")).toBeNull();
    expect(screen.queryByText("Klar til eksport")).toBeNull();
    expect(screen.getByText("Kontrollerer endringen …")).toBeTruthy();
    expect(downloads).toHaveLength(1);
  });

  it("says it in the status bar too: its 'package made' line goes at the edit (adversary A7)", async () => {
    const { type } = renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    fireEvent.click(screen.getByRole("button", { name: "Lag pakke" }));
    const status = await screen.findByRole("status");
    await waitFor(() => expect(status.textContent).toBe("Pakken 983975267-2024-beds.hso.json er laget."));
    type("beds.hospital_at_home_places", 5);
    await waitFor(() =>
      expect(status.textContent).toBe(
        "Tallene er endret etter at pakken 983975267-2024-beds.hso.json ble laget. Lag den på nytt.",
      ),
    );
  });

  it("stays stale after the pass with the new figure, and a new export carries the new figure", async () => {
    const { type, downloads } = renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    fireEvent.click(screen.getByRole("button", { name: "Lag pakke" }));
    await screen.findByText("Pakken 983975267-2024-beds.hso.json er klar.");
    type("beds.hospital_at_home_places", 5);
    await within(exportSection()).findByText(/Tallene er endret/);
    await screen.findByText("Klar til eksport");
    expect(within(exportSection()).getByText(/Tallene er endret/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Lag pakke" }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(JSON.parse(downloads[1]?.text ?? "{}").values["beds.hospital_at_home_places"]).toBe(5);
    expect(await screen.findByText("Pakken 983975267-2024-beds.hso.json er klar.")).toBeTruthy();
  });

  it("drops a refusal about old figures once they are fixed", async () => {
    const { type } = renderPane(workbookNames(["beds"], { "beds.phv_adult_hospital": 41 }));
    await screen.findByText(/^1 feil/);
    fireEvent.click(screen.getByRole("button", { name: "Lag pakke" }));
    await within(exportSection()).findByText("Eksport er stengt så lenge det finnes feil (1).");
    type("beds.phv_adult_hospital", 40);
    await screen.findByText("Klar til eksport");
    expect(within(exportSection()).queryByText(/Eksport er stengt/)).toBeNull();
  });
});

describe("task pane: the package is always offered as text", () => {
  it("shows the text to copy and a copy button even when the clipboard took it", async () => {
    const { copies } = renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    fireEvent.click(screen.getByRole("button", { name: "Lag pakke" }));
    const text = (await screen.findByLabelText(
      "Pakken som tekst (983975267-2024-beds.hso.json)",
    )) as HTMLTextAreaElement;
    expect(text.value).toContain('"format": "hso-package@1"');
    expect(screen.getByText(/Excel på Mac kan ikke laste ned/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Kopier teksten" }));
    await waitFor(() => expect(copies).toHaveLength(2));
    expect(copies[1]).toBe(text.value);
  });
});
