import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import type { ImportResult, PackageSummary } from "../../../extension/messages";
import { ImportApp } from "../../../extension/pages/import-app";
import { seriousViolations } from "./axe-check";
import { fakeSend, ok } from "./fake-send";
import { summary } from "./summaries";

afterEach(cleanup);

/** A worker that stores what it is sent: good files become packages, files named bad* are refused. */
function fakeWorker() {
  let packages: PackageSummary[] = [];
  return fakeSend({
    "list-packages": () => ok({ packages }),
    "import-packages": (request) => {
      const results: ImportResult[] = request.files.map((file) =>
        file.name.startsWith("bad")
          ? {
              file: file.name,
              ok: false,
              error: { nb: "Kontrollsummen stemmer ikke.", en: "The digest does not match." },
            }
          : {
              file: file.name,
              ok: true,
              replaced: file.name.startsWith("new") ? ["old.hso.json"] : [],
              package: summary({ name: file.text, fileName: file.name }),
            },
      );
      packages = results.flatMap((result) => (result.ok ? [result.package] : []));
      return ok({ results });
    },
    "remove-package": () => {
      packages = [];
      return ok({ removed: true });
    },
    "set-keep": (request) => ok({ keep: request.keep, lang: "nb" }),
  });
}

const files = (...named: [string, string][]) =>
  named.map(([name, text]) => new File([text], name, { type: "application/json" }));

describe("import page", () => {
  it("says which earlier file an imported one replaced", async () => {
    render(<ImportApp send={fakeWorker().send} />);
    const input = screen.getByLabelText("Velg pakkefiler") as HTMLInputElement;
    fireEvent.change(input, { target: { files: files(["new.hso.json", "Sykehuset Telemark HF"]) } });
    expect(
      await screen.findByText("new.hso.json erstattet old.hso.json (samme enhet, år og mal)"),
    ).toBeTruthy();
  });

  it("imports several files from the file input and shows refused files with the reason", async () => {
    const worker = fakeWorker();
    render(<ImportApp send={worker.send} />);
    const input = screen.getByLabelText("Velg pakkefiler") as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: files(["a.hso.json", "Sykehuset Telemark HF"], ["bad.hso.json", "x"]) },
    });
    expect(await screen.findByText("Filer lest: 2. Importert: 1. Avvist: 1.")).toBeTruthy();
    expect(screen.getByText(/Kontrollsummen stemmer ikke\./)).toBeTruthy();
    expect(worker.of("import-packages")[0]?.files).toEqual([
      { name: "a.hso.json", text: "Sykehuset Telemark HF" },
      { name: "bad.hso.json", text: "x" },
    ]);
    expect(await screen.findByText("Sykehuset Telemark HF 2024")).toBeTruthy();
  });

  it("accepts files dropped on the drop zone", async () => {
    const worker = fakeWorker();
    const view = render(<ImportApp send={worker.send} />);
    const zone = view.container.querySelector(".drop-zone") as HTMLElement;
    // happy-dom's DragEvent takes no DataTransfer from its init, so the dropped files are set on the event.
    const drop = new Event("drop", { bubbles: true, cancelable: true });
    Object.defineProperty(drop, "dataTransfer", {
      value: { files: files(["c.hso.json", "Vestre Viken HF"]) },
    });
    fireEvent(zone, drop);
    expect(await screen.findByText("Filer lest: 1. Importert: 1. Avvist: 0.")).toBeTruthy();
    expect(worker.of("import-packages")[0]?.files[0]?.name).toBe("c.hso.json");
  });

  it("shows text from a package as text, never as HTML", async () => {
    const worker = fakeWorker();
    const view = render(<ImportApp send={worker.send} />);
    const hostile = '<img src="x" onerror="alert(1)">';
    fireEvent.change(screen.getByLabelText("Velg pakkefiler"), {
      target: { files: files(["h.hso.json", hostile]) },
    });
    expect(await screen.findByText(`${hostile} 2024`)).toBeTruthy();
    expect(view.container.querySelector("img")).toBeNull();
  });

  it("lists errors and warnings per package, removes a package and stores the keep choice", async () => {
    const issue = {
      severity: "error" as const,
      field: "beds.phv_adult_total",
      label: { nb: "PHV voksne, i alt", en: "Adult MH, total" },
      text: { nb: "Summen stemmer ikke.", en: "The sum is wrong." },
    };
    const worker = fakeSend({
      "list-packages": () => ok({ packages: [summary({ fillable: false, errors: 1, issues: [issue] })] }),
      "remove-package": () => ok({ removed: true }),
      "set-keep": (request) => ok({ keep: request.keep, lang: "nb" }),
    });
    render(<ImportApp send={worker.send} />);
    expect(await screen.findByText(/PHV voksne, i alt: Summen stemmer ikke\./)).toBeTruthy();
    expect(screen.getByText(/Kan ikke brukes til utfylling/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Fjern Sykehuset Telemark HF 2024 (beds)" }));
    await waitFor(() =>
      expect(worker.of("remove-package")).toEqual([
        { type: "remove-package", org: "983975267", year: 2024, templates: ["beds"] },
      ]),
    );
    fireEvent.click(screen.getByLabelText(/Behold pakkene/));
    await waitFor(() => expect(worker.of("set-keep")).toEqual([{ type: "set-keep", keep: true }]));
  });

  it("names each package's templates by the catalogue's names in the card and its remove button", async () => {
    const templateNames = {
      beds: { nb: "Døgnplasser", en: "Beds" },
      staffing: { nb: "Bemanning", en: "Staffing" },
    };
    const worker = fakeSend({
      "list-packages": () => ok({ packages: [summary({ templates: ["beds", "staffing"], templateNames })] }),
    });
    render(<ImportApp send={worker.send} />);
    expect(await screen.findByText(/· Døgnplasser, Bemanning ·/)).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Fjern Sykehuset Telemark HF 2024 (Døgnplasser, Bemanning)" }),
    ).toBeTruthy();
    expect(screen.queryByText(/beds, staffing/)).toBeNull();
    fireEvent.change(screen.getByLabelText("Språk"), { target: { value: "en" } });
    expect(await screen.findByText(/· Beds, Staffing ·/)).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Remove Sykehuset Telemark HF 2024 (Beds, Staffing)" }),
    ).toBeTruthy();
  });

  it("has no serious accessibility violation", async () => {
    const worker = fakeWorker();
    const view = render(<ImportApp send={worker.send} />);
    fireEvent.change(screen.getByLabelText("Velg pakkefiler"), {
      target: { files: files(["a.hso.json", "A"], ["bad.json", "x"]) },
    });
    await screen.findByText("Filer lest: 2. Importert: 1. Avvist: 1.");
    expect(await seriousViolations(view.container)).toEqual([]);
  });
});

// W0b: two files for the same unit, year and template with different figures: the page names both,
// shows where they differ, and imports only the one the user chooses; "neither" until then.
describe("choosing between two disagreeing files", () => {
  const clash = {
    files: ["full.hso.json", "bemanning.hso.json"],
    fields: [
      {
        id: "staffing.psychologists_headcount",
        label: { nb: "Psykologer, personer", en: "Psychologists, headcount" },
        values: ["92", "242"],
      },
      {
        id: "staffing.physicians_headcount",
        label: { nb: "Leger, personer", en: "Physicians, headcount" },
        values: ["121", "92"],
      },
    ],
    count: 7,
  };
  function clashWorker() {
    const sent: { files: string[]; replacing?: unknown }[] = [];
    const worker = fakeSend({
      "list-packages": () => ok({ packages: [] }),
      "import-packages": (request) => {
        sent.push({ files: request.files.map((item) => item.name), replacing: request.replacing });
        const results: ImportResult[] =
          request.files.length === 1
            ? [{ file: request.files[0]?.name ?? "", ok: true, replaced: [], package: summary({}) }]
            : request.files.map((item, index) => ({
                file: item.name,
                ok: false,
                error: { nb: "Ulike tall.", en: "Different figures." },
                clash: index === 0 ? clash : { ...clash, files: [...clash.files].reverse() },
              }));
        return ok({ results });
      },
    });
    return { ...worker, sent };
  }
  const both = () => files(["full.hso.json", "{}"], ["bemanning.hso.json", "{}"]);

  it("names both files and the fields they differ on with each file's value; 'neither' is chosen; axe finds nothing serious", async () => {
    const { send } = clashWorker();
    const { container } = render(<ImportApp send={send} />);
    fireEvent.change(screen.getByLabelText("Velg pakkefiler"), { target: { files: both() } });
    const group = await screen.findByRole("group", {
      name: "Velg hvilken fil som skal gjelde: full.hso.json / bemanning.hso.json",
    });
    expect(group).toBeTruthy();
    expect(screen.getAllByRole("group")).toHaveLength(1);
    const row = screen.getByRole("row", { name: /Psykologer, personer/ });
    expect(row.textContent).toContain("92");
    expect(row.textContent).toContain("242");
    expect(screen.getByText("Der filene er ulike (7 felt i alt)")).toBeTruthy();
    expect((screen.getByLabelText(/Ingen av dem/) as HTMLInputElement).checked).toBe(true);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it("the chosen file, confirmed, is sent alone; 'neither' confirmed sends nothing", async () => {
    const worker = clashWorker();
    render(<ImportApp send={worker.send} />);
    fireEvent.change(screen.getByLabelText("Velg pakkefiler"), { target: { files: both() } });
    fireEvent.click(await screen.findByRole("button", { name: "Bruk valget" }));
    expect(await screen.findByText("Ingen fil valgt: ingen av dem er importert.")).toBeTruthy();
    expect(worker.sent).toHaveLength(1);
    fireEvent.click(screen.getByLabelText("Importer bemanning.hso.json"));
    fireEvent.click(screen.getByRole("button", { name: "Bruk valget" }));
    await waitFor(() => expect(worker.sent).toHaveLength(2));
    expect(worker.sent[1]).toEqual({ files: ["bemanning.hso.json"], replacing: undefined });
  });

  it("against an imported file (English): choosing the new one replaces it; keeping the imported one sends nothing", async () => {
    const stored = { org: "983975267", year: 2025, templates: ["beds", "staffing"] };
    const worker = fakeSend({
      "list-packages": () => ok({ packages: [] }),
      "import-packages": (request) =>
        ok({
          results: request.replacing
            ? [{ file: "bemanning.hso.json", ok: true, replaced: ["full.hso.json"], package: summary({}) }]
            : [
                {
                  file: "bemanning.hso.json",
                  ok: false,
                  error: { nb: "Ulike tall.", en: "Different figures." },
                  clash: { ...clash, files: ["bemanning.hso.json", "full.hso.json"], stored },
                },
              ],
        }),
      "get-settings": () => ok({ keep: false, lang: "en" }),
    });
    render(<ImportApp send={worker.send} />);
    fireEvent.change(await screen.findByLabelText("Choose package files"), {
      target: { files: files(["bemanning.hso.json", "{}"]) },
    });
    fireEvent.click(await screen.findByLabelText("Keep full.hso.json (already imported)"));
    fireEvent.click(screen.getByRole("button", { name: "Use this choice" }));
    expect(await screen.findByText("No change: full.hso.json is kept.")).toBeTruthy();
    fireEvent.click(screen.getByLabelText("Import bemanning.hso.json"));
    fireEvent.click(screen.getByRole("button", { name: "Use this choice" }));
    expect(await screen.findByText(/bemanning.hso.json replaced full.hso.json/)).toBeTruthy();
  });
});
