import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FieldInfo } from "../../../extension/content/content-api";
import type { Preview } from "../../../extension/messages";
import { PopupApp } from "../../../extension/pages/popup-app";
import { seriousViolations } from "./axe-check";
import { fakeSend, ok } from "./fake-send";
import { fillResult, summary } from "./summaries";

afterEach(cleanup);

const tab = {
  tabId: 7,
  url: "https://intranett.example.no/skjema/1",
  origin: "https://intranett.example.no",
};
const expectPage = { url: tab.url, origin: tab.origin };
const field = (label: string, section: string, current = ""): FieldInfo => ({
  label,
  section,
  score: 0.92,
  current,
  locators: [{ kind: "label", label, section }],
});
const LABELS = fillResult().labels;

function preview(part: Partial<Preview> = {}): Preview {
  return {
    package: { org: "983975267", year: 2024 },
    url: tab.url,
    origin: tab.origin,
    labels: LABELS,
    rows: [
      {
        ids: ["beds.phv_adult_total"],
        outcome: "planned",
        frameUrl: tab.url,
        expected: "103",
        field: field("Antall døgnplasser", "Voksne – DPS"),
      },
      {
        ids: ["beds.phbu_total"],
        outcome: "mismatched",
        frameUrl: tab.url,
        expected: "12",
        field: field("Antall døgnplasser", "Barn og unge", "13"),
      },
      {
        ids: ["beds.tsb_total"],
        outcome: "ambiguous",
        frameUrl: tab.url,
        candidates: [field("TSB", "Voksne"), field("TSB", "Barn og unge")],
      },
    ],
    skippedFrames: [],
    frameErrors: [],
    identity: { unit: "same", year: "unknown", clues: [] },
    ...part,
  };
}

function renderPopup(answers: Parameters<typeof fakeSend>[0] = {}) {
  const fake = fakeSend({
    "tab-info": () => ok(tab),
    "list-packages": () => ok({ packages: [summary()] }),
    "plan-tab": () => ok(preview()),
    ...answers,
  });
  const requestOrigin = vi.fn(async () => true);
  const openImport = vi.fn();
  const view = render(
    <PopupApp send={fake.send} requestOrigin={requestOrigin} openImport={openImport} openOptions={vi.fn()} />,
  );
  return { ...fake, requestOrigin, openImport, view };
}

const button = (name: string | RegExp) => screen.getByRole("button", { name }) as HTMLButtonElement;

describe("popup: choosing unit and year", () => {
  it("without packages says so and links to the import page", async () => {
    const { openImport } = renderPopup({ "list-packages": () => ok({ packages: [] }) });
    expect(await screen.findByText("Ingen pakker er importert ennå.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Forhåndsvis utfylling" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Importer pakker …" }));
    expect(openImport).toHaveBeenCalledOnce();
  });

  it("starts with the newest year, blocks a year with errors, and shows the page's origin", async () => {
    renderPopup({
      "list-packages": () =>
        ok({ packages: [summary({ year: 2023, fillable: false, errors: 2 }), summary()] }),
    });
    const year = (await screen.findByLabelText("År")) as HTMLSelectElement;
    await waitFor(() => expect(year.value).toBe("2024"));
    expect([...year.options].map((option) => option.text)).toEqual(["2024", "2023 (har feil)"]);
    expect(screen.getByText("https://intranett.example.no")).toBeTruthy();
    fireEvent.change(year, { target: { value: "2023" } });
    expect(button("Forhåndsvis utfylling").disabled).toBe(true);
    expect(screen.getByText(/Pakken har feil/)).toBeTruthy();
  });

  it("a unit's beds and staffing of one year: the year once, both files named, the one with errors left out", async () => {
    const { of } = renderPopup({
      "list-packages": () =>
        ok({
          packages: [
            summary({ fileName: "telemark-2024.hso.json" }),
            summary({ templates: ["staffing"], fileName: "telemark-bemanning-2024.hso.json" }),
            summary({ year: 2023, templates: ["staffing"], fileName: "b-2023.hso.json", fillable: false }),
            summary({ year: 2023, fileName: "a-2023.hso.json" }),
          ],
        }),
    });
    const year = (await screen.findByLabelText("År")) as HTMLSelectElement;
    await waitFor(() => expect(year.value).toBe("2024"));
    expect([...year.options].map((option) => option.text)).toEqual(["2024", "2023"]);
    expect(screen.getByText("beds: telemark-2024.hso.json")).toBeTruthy();
    expect(screen.getByText("staffing: telemark-bemanning-2024.hso.json")).toBeTruthy();
    fireEvent.change(year, { target: { value: "2023" } });
    expect(screen.getByText("staffing: b-2023.hso.json (har feil, fylles ikke ut)")).toBeTruthy();
    fireEvent.click(button("Forhåndsvis utfylling"));
    await waitFor(() => expect(of("plan-tab")).toHaveLength(1));
    expect(of("plan-tab")[0]).toMatchObject({ org: "983975267", year: 2023 });
  });

  it("names the templates as the catalogue does, nb first and en in English; an id only without a name", async () => {
    const names = { beds: { nb: "Døgnplasser", en: "Beds" }, staffing: { nb: "Bemanning", en: "Staffing" } };
    renderPopup({
      "list-packages": () =>
        ok({
          packages: [
            summary({ templateNames: names }),
            summary({ templates: ["staffing"], templateNames: names, fileName: "bemanning.hso.json" }),
            summary({ templates: ["activity"], fileName: "aktivitet.hso.json" }),
          ],
        }),
    });
    expect(await screen.findByText("Døgnplasser: telemark-2024.hso.json")).toBeTruthy();
    expect(screen.getByText("Bemanning: bemanning.hso.json")).toBeTruthy();
    // A summary without names (a worker before they were sent) still says which template it is.
    expect(screen.getByText("activity: aktivitet.hso.json")).toBeTruthy();
    expect(screen.queryByText(/^beds:|^staffing:/)).toBeNull();
    fireEvent.change(screen.getByLabelText("Språk"), { target: { value: "en" } });
    expect(await screen.findByText("Beds: telemark-2024.hso.json")).toBeTruthy();
    expect(screen.getByText("Staffing: bemanning.hso.json")).toBeTruthy();
  });

  it("with several units chooses none until the user does, then the unit's newest year", async () => {
    const packages = [
      summary({ org: "993467049", name: "Oslo universitetssykehus HF", year: 2022 }),
      summary({ org: "993467049", name: "Oslo universitetssykehus HF", year: 2024 }),
      summary({ year: 2020 }),
      summary({ year: 2023 }),
    ];
    renderPopup({ "list-packages": () => ok({ packages }) });
    const unit = (await screen.findByLabelText("Enhet")) as HTMLSelectElement;
    expect(unit.value).toBe("");
    expect([...unit.options].map((option) => option.text)).toEqual([
      "Velg enhet …",
      "Oslo universitetssykehus HF",
      "Sykehuset Telemark HF",
    ]);
    expect(button("Forhåndsvis utfylling").disabled).toBe(true);
    fireEvent.change(unit, { target: { value: "983975267" } });
    expect((screen.getByLabelText("År") as HTMLSelectElement).value).toBe("2023");
    fireEvent.change(unit, { target: { value: "993467049" } });
    expect((screen.getByLabelText("År") as HTMLSelectElement).value).toBe("2024");
    expect(button("Forhåndsvis utfylling").disabled).toBe(false);
  });

  it("starts with the unit and year the page names, when such a package is imported", async () => {
    const packages = [
      summary({ org: "993467049", name: "Oslo universitetssykehus HF", year: 2024 }),
      summary({ year: 2023 }),
      summary({ year: 2024 }),
    ];
    renderPopup({
      "list-packages": () => ok({ packages }),
      "tab-info": () => ok({ ...tab, pageClaim: { org: "983975267", year: 2023 } }),
    });
    await waitFor(() =>
      expect((screen.getByLabelText("Enhet") as HTMLSelectElement).value).toBe("983975267"),
    );
    expect((screen.getByLabelText("År") as HTMLSelectElement).value).toBe("2023");
  });

  it("offers nothing to fill on a page without a web origin", async () => {
    renderPopup({ "tab-info": () => ok({ tabId: 7, url: "chrome://extensions", origin: "" }) });
    expect(await screen.findByText(/Denne siden kan ikke fylles ut/)).toBeTruthy();
    expect(button("Forhåndsvis utfylling").disabled).toBe(true);
  });
});

describe("popup: preview, fill, undo", () => {
  it("lists per figure the field, confidence and what it holds; fills only the ticked rows; undoes", async () => {
    const { of } = renderPopup({
      "fill-tab": () =>
        ok(
          fillResult({
            undoAvailable: true,
            rows: [
              {
                ids: ["beds.phv_adult_total"],
                outcome: "filled",
                frameUrl: tab.url,
                field: field("Antall døgnplasser", "Voksne – DPS"),
              },
            ],
          }),
        ),
      "undo-tab": () => ok({ restored: ["beds.phv_adult_total"], failed: [], kept: [], nothing: false }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Forhåndsvis utfylling" }));
    expect(await screen.findByRole("table", { name: "Dette fylles ut" })).toBeTruthy();
    expect(of("plan-tab")).toEqual([
      { type: "plan-tab", org: "983975267", year: 2024, tabId: 7, expect: expectPage },
    ]);
    expect(screen.getByText("Antall døgnplasser – Voksne – DPS")).toBeTruthy();
    expect(screen.getAllByText("92 %")).toHaveLength(2);
    expect(screen.getByText("13")).toBeTruthy();
    expect(screen.getByText(/Kandidater: TSB – Voksne; TSB – Barn og unge/)).toBeTruthy();
    const total = screen.getByRole("checkbox", { name: "Fyll ut PHV voksne, i alt" }) as HTMLInputElement;
    expect(total.checked).toBe(true);
    expect(screen.queryByRole("checkbox", { name: "Fyll ut PHBU, i alt" })).toBeNull();
    fireEvent.click(total);
    expect(button("Fyll ut valgte (0)").disabled).toBe(true);
    fireEvent.click(total);
    fireEvent.click(button("Fyll ut valgte (1)"));
    await screen.findByText(/Fylt ut: 1 felt/);
    expect(of("fill-tab")).toEqual([
      {
        type: "fill-tab",
        org: "983975267",
        year: 2024,
        mode: "fill",
        tabId: 7,
        expect: expectPage,
        ids: ["beds.phv_adult_total"],
        overwrite: false,
        override: false,
      },
    ]);
    fireEvent.click(button("Angre utfyllingen"));
    expect(await screen.findByText("Angret. Felt satt tilbake til det de hadde: 1.")).toBeTruthy();
    expect(of("undo-tab")).toEqual([{ type: "undo-tab", tabId: 7 }]);
  });

  it("undo names the fields that held nothing and cannot be emptied on the page apart from those that failed", async () => {
    renderPopup({
      "fill-tab": () =>
        ok(
          fillResult({
            undoAvailable: true,
            rows: [
              {
                ids: ["beds.phv_adult_total"],
                outcome: "filled",
                frameUrl: tab.url,
                field: field("Antall døgnplasser", "Voksne – DPS"),
              },
            ],
          }),
        ),
      "undo-tab": () =>
        ok({
          restored: [],
          failed: ["beds.phv_adult_total", "beds.tsb_total"],
          cannotEmpty: ["beds.phv_adult_total"],
          kept: [],
          nothing: false,
        }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Forhåndsvis utfylling" }));
    fireEvent.click(await screen.findByRole("button", { name: "Fyll ut valgte (1)" }));
    fireEvent.click(await screen.findByRole("button", { name: "Angre utfyllingen" }));
    const phv = LABELS["beds.phv_adult_total"]?.nb;
    const tsb = LABELS["beds.tsb_total"]?.nb;
    expect(
      await screen.findByText(
        `Kan ikke tømmes på siden og har fortsatt utfyllingens valg (de var tomme før): velg på nytt eller last siden på nytt: ${phv}`,
      ),
    ).toBeTruthy();
    expect(screen.getByText(`Disse feltene ville ikke ta tilbake sin gamle verdi: ${tsb}`)).toBeTruthy();
  });

  it("undo names a frame it could not reach and offers to try again, which asks once more", async () => {
    const frameUrl = "https://intranett.example.no/skjema/ramme";
    const answers = [
      {
        restored: ["beds.phv_adult_total"],
        failed: [],
        kept: [],
        nothing: false,
        frameErrors: [`${frameUrl}: engine_missing`],
      },
      { restored: ["beds.tsb_total"], failed: [], kept: [], nothing: false },
    ];
    const { of } = renderPopup({
      "fill-tab": () =>
        ok(
          fillResult({
            undoAvailable: true,
            rows: [
              {
                ids: ["beds.phv_adult_total"],
                outcome: "filled",
                frameUrl: tab.url,
                field: field("Antall døgnplasser", "Voksne – DPS"),
              },
            ],
          }),
        ),
      "undo-tab": () => ok(answers.shift() ?? { restored: [], failed: [], kept: [], nothing: true }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Forhåndsvis utfylling" }));
    fireEvent.click(await screen.findByRole("button", { name: "Fyll ut valgte (1)" }));
    fireEvent.click(await screen.findByRole("button", { name: "Angre utfyllingen" }));
    expect(
      await screen.findByText(
        `Angre nådde ikke disse rammene, som har feltene slik utfyllingen satte dem; prøv igjen: ${frameUrl}: engine_missing`,
      ),
    ).toBeTruthy();
    fireEvent.click(await screen.findByRole("button", { name: "Angre utfyllingen" }));
    expect(await screen.findByText("Angret. Felt satt tilbake til det de hadde: 1.")).toBeTruthy();
    expect(screen.queryByText(/Angre nådde ikke/)).toBeNull();
    expect(screen.queryByRole("button", { name: "Angre utfyllingen" })).toBeNull();
    expect(of("undo-tab")).toHaveLength(2);
  });

  it("S2: after the report is shown, reads again late and shows fields the page changed back as not kept", async () => {
    const filled = fillResult({
      undoAvailable: true,
      filled: ["beds.phv_adult_total"],
      rows: [
        {
          ids: ["beds.phv_adult_total"],
          outcome: "filled",
          frameUrl: tab.url,
          expected: "103",
          field: field("PHV", ""),
        },
      ],
    });
    const late = {
      ...filled,
      filled: [],
      rows: [{ ...filled.rows[0], outcome: "not_kept" as const, actual: "" }] as typeof filled.rows,
    };
    const { of } = renderPopup({
      "fill-tab": () => ok(filled),
      "verify-fill": () => ok({ result: late }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Forhåndsvis utfylling" }));
    fireEvent.click(await screen.findByRole("button", { name: /Fyll ut valgte/ }));
    expect(await screen.findByText(/Ikke beholdt av siden: 1 felt/)).toBeTruthy();
    expect(screen.getByText(/pakken: 103, siden: tomt/)).toBeTruthy();
    expect(of("verify-fill")).toEqual([{ type: "verify-fill", tabId: 7 }]);
  });

  it("S5: a row holding another value says so where its tick box would be, and is not counted", async () => {
    renderPopup();
    fireEvent.click(await screen.findByRole("button", { name: "Forhåndsvis utfylling" }));
    expect(await screen.findByText("Har en annen verdi")).toBeTruthy();
    expect(button("Fyll ut valgte (1)")).toBeTruthy();
  });

  it("overwrites a field that holds another value only when the user chooses so", async () => {
    const { of } = renderPopup({ "fill-tab": () => ok(fillResult()) });
    fireEvent.click(await screen.findByRole("button", { name: "Forhåndsvis utfylling" }));
    fireEvent.click(await screen.findByLabelText("Skriv over felt som har en annen verdi"));
    const phbu = screen.getByRole("checkbox", { name: "Fyll ut PHBU, i alt" }) as HTMLInputElement;
    expect(phbu.checked).toBe(false);
    fireEvent.click(phbu);
    fireEvent.click(button("Fyll ut valgte (2)"));
    await waitFor(() => expect(of("fill-tab")).toHaveLength(1));
    expect(of("fill-tab")[0]).toMatchObject({
      ids: ["beds.phv_adult_total", "beds.phbu_total"],
      overwrite: true,
    });
  });

  it("refuses a page that names another unit, with the reason, until the user overrides", async () => {
    const { of } = renderPopup({
      "plan-tab": () =>
        ok(
          preview({
            identity: {
              unit: "other",
              year: "same",
              clues: [{ kind: "unit", value: "993467049", where: "Enhet" }],
            },
          }),
        ),
      "fill-tab": () => ok(fillResult()),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Forhåndsvis utfylling" }));
    expect(
      await screen.findByText(
        /gjelde en annen enhet enn pakken \(Sykehuset Telemark HF\): «993467049» \(Enhet\)/,
      ),
    ).toBeTruthy();
    expect(button("Fyll ut valgte (1)").disabled).toBe(true);
    fireEvent.click(
      screen.getByLabelText(/Fyll ut likevel: jeg har sjekket at siden gjelder Sykehuset Telemark HF 2024/),
    );
    fireEvent.click(button("Fyll ut valgte (1)"));
    await waitFor(() => expect(of("fill-tab")[0]).toMatchObject({ override: true }));
  });

  it("a unit list the fill would find two options in: 'Uklart' with both options, no tick box", async () => {
    const unclear = preview({
      rows: [
        {
          ids: ["beds.unit_org"],
          outcome: "ambiguous",
          frameUrl: tab.url,
          expected: "983975267",
          field: field("Rapporterende enhet", ""),
          options: ["Telemark", "Sykehuset Telemark HF (983 975 267)"],
        },
      ],
      labels: { ...LABELS, "beds.unit_org": { nb: "Rapporterende enhet (org.nr.)", en: "Reporting unit" } },
    });
    renderPopup({ "plan-tab": () => ok(unclear) });
    fireEvent.click(await screen.findByRole("button", { name: "Forhåndsvis utfylling" }));
    const table = await screen.findByRole("table", { name: "Dette fylles ut" });
    expect(table.textContent).toContain("Uklart");
    expect(table.textContent).toContain("Valgene: Telemark, Sykehuset Telemark HF (983 975 267)");
    expect(screen.queryByRole("checkbox", { name: /Fyll ut Rapporterende enhet/ })).toBeNull();
  });

  it("asks for the profile's origin inside the click, before the preview", async () => {
    const order: string[] = [];
    const { requestOrigin } = renderPopup({
      "tab-info": () =>
        ok({
          ...tab,
          profile: { name: "Skjema", managed: true },
          needsOrigin: "https://intranett.example.no/*",
        }),
      "plan-tab": () => {
        order.push("plan");
        return ok(preview());
      },
    });
    requestOrigin.mockImplementation(async () => {
      order.push("origin");
      return true;
    });
    expect(await screen.findByText("Profil: Skjema (fra administrator)")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Forhåndsvis utfylling" }));
    await screen.findByRole("table");
    expect(order).toEqual(["origin", "plan"]);
  });

  it("shows the worker's refusal in words, and the last result of the tab", async () => {
    renderPopup({
      "tab-info": () =>
        ok({
          ...tab,
          lastResult: fillResult({
            rows: [{ ids: ["beds.tsb_total"], outcome: "pending", frameUrl: tab.url }],
          }),
        }),
      "plan-tab": () => ({ ok: false, error: { code: "page_changed", detail: "x" } }),
    });
    expect(await screen.findByText("Forrige resultat på denne siden")).toBeTruthy();
    expect(screen.getByText(/Venter: 1 felt/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Forhåndsvis utfylling" }));
    expect(await screen.findByText(/Fanen er ikke lenger på siden som ble vist/)).toBeTruthy();
  });
});

describe("popup: the report", () => {
  const report = fillResult({
    stopped: "page_changed",
    skippedFrames: [
      { url: "http://localhost:9/evil", reason: "other_origin" },
      { url: "https://annet.example/x", reason: "unreachable" },
    ],
    rows: [
      {
        ids: ["beds.unit_org", "staffing.unit_org"],
        outcome: "filled",
        frameUrl: tab.url,
        field: field("Org.nr.", ""),
      },
      {
        ids: ["beds.tsb_total"],
        outcome: "ambiguous",
        frameUrl: tab.url,
        candidates: [field("TSB", "Voksne"), field("TSB", "Barn")],
      },
      { ids: ["beds.phbu_total"], outcome: "hidden", frameUrl: tab.url },
      { ids: ["beds.phv_adult_total"], outcome: "readonly", frameUrl: tab.url },
      {
        ids: ["plan_status.joint_intake"],
        outcome: "no_option",
        frameUrl: tab.url,
        field: field("Status", "Felles inntak"),
        options: ["Ja", "Nei", "Delvis"],
      },
    ],
    labels: {
      ...LABELS,
      "beds.unit_org": { nb: "Rapporterende enhet (org.nr.)", en: "Reporting unit (org. no.)" },
      "staffing.unit_org": { nb: "Rapporterende enhet (org.nr.)", en: "Reporting unit (org. no.)" },
    },
  });

  it("names each outcome with its reason, counts a shared field once, names the frames left out", async () => {
    renderPopup({ "tab-info": () => ok({ ...tab, lastResult: report }) });
    expect(await screen.findByText(/Uklart: 1 felt · Ikke funnet|Uklart: 1 felt/)).toBeTruthy();
    expect(screen.getByText(/Fylt ut: 1 felt/)).toBeTruthy();
    expect(screen.getByText("Rapporterende enhet (org.nr.) → Org.nr.")).toBeTruthy();
    expect(screen.getByText(/Kandidater: TSB – Voksne; TSB – Barn/)).toBeTruthy();
    expect(screen.getByText(/feltet som passer, er skjult/)).toBeTruthy();
    expect(screen.getByText(/feltet som passer, kan ikke endres/)).toBeTruthy();
    // A radio group or list without the status: what it offers instead is named.
    expect(screen.getByText(/Valgene: Ja, Nei, Delvis/)).toBeTruthy();
    expect(screen.getByText(/Fanen forlot siden du valgte/)).toBeTruthy();
    expect(
      screen.getByText("http://localhost:9/evil – annen opprinnelse enn siden: fylles aldri ut"),
    ).toBeTruthy();
    expect(
      screen.getByText("https://annet.example/x – utvidelsen har ikke tilgang (annen opprinnelse)"),
    ).toBeTruthy();
  });

  it("words counts with the language's plural rules", async () => {
    renderPopup({ "tab-info": () => ok({ ...tab, lastResult: report }) });
    fireEvent.change(await screen.findByLabelText("Språk"), { target: { value: "en" } });
    expect(await screen.findByText(/Filled: 1 field(?!s)/)).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
  });

  it("has no serious accessibility violation, with the preview and with the report", async () => {
    const { view } = renderPopup({ "tab-info": () => ok({ ...tab, lastResult: report }) });
    await screen.findByText("Forrige resultat på denne siden");
    expect(await seriousViolations(view.container)).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Forhåndsvis utfylling" }));
    await screen.findByRole("table");
    expect(await seriousViolations(view.container)).toEqual([]);
  });
});
