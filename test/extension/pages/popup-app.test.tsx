import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
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

function renderPopup(answers: Parameters<typeof fakeSend>[0] = {}) {
  const fake = fakeSend({ "tab-info": () => ok(tab), ...answers });
  const requestOrigin = vi.fn(async () => true);
  const openImport = vi.fn();
  const view = render(
    <PopupApp send={fake.send} requestOrigin={requestOrigin} openImport={openImport} openOptions={vi.fn()} />,
  );
  return { ...fake, requestOrigin, openImport, view };
}

describe("popup", () => {
  it("without packages says so and links to the import page", async () => {
    const { openImport } = renderPopup();
    expect(await screen.findByText("Ingen pakker er importert ennå.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Fyll ut denne siden" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Importer pakker …" }));
    expect(openImport).toHaveBeenCalledOnce();
  });

  it("starts with the newest year, blocks a year with errors, fills the tab and lists the result", async () => {
    const packages = [summary({ year: 2023, fillable: false, errors: 2 }), summary()];
    const { of } = renderPopup({
      "list-packages": () => ok({ packages }),
      "fill-tab": () => ok(fillResult()),
    });
    const year = (await screen.findByLabelText("År")) as HTMLSelectElement;
    await waitFor(() => expect(year.value).toBe("2024"));
    expect([...year.options].map((option) => option.text)).toEqual(["2024", "2023 (har feil)"]);
    fireEvent.change(year, { target: { value: "2023" } });
    expect((screen.getByRole("button", { name: "Fyll ut denne siden" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.getByText(/Pakken har feil/)).toBeTruthy();
    fireEvent.change(year, { target: { value: "2024" } });
    fireEvent.click(screen.getByRole("button", { name: "Fyll ut denne siden" }));
    await screen.findByText("Fylt ut: 1 · ikke funnet: 1 · avviker: 1");
    expect(of("fill-tab")).toEqual([
      { type: "fill-tab", org: "983975267", year: 2024, mode: "fill", tabId: 7, expect: expectPage },
    ]);
    expect(screen.getAllByText("https://intranett.example.no").length).toBeGreaterThan(0);
    expect(screen.getByText("TSB, i alt")).toBeTruthy();
    expect(screen.getByText("PHBU, i alt: pakken: 12, siden: 13")).toBeTruthy();
  });

  it("asks for the profile's origin inside the click before filling", async () => {
    const order: string[] = [];
    const { requestOrigin } = renderPopup({
      "tab-info": () =>
        ok({
          ...tab,
          profile: { name: "Skjema", managed: true },
          needsOrigin: "https://intranett.example.no/*",
        }),
      "list-packages": () => ok({ packages: [summary()] }),
      "fill-tab": () => {
        order.push("fill");
        return ok(fillResult({ mode: "check", matched: ["beds.tsb_total"] }));
      },
    });
    requestOrigin.mockImplementation(async () => {
      order.push("origin");
      return true;
    });
    expect(await screen.findByText("Profil: Skjema (fra administrator)")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Kontroller denne siden" }));
    await screen.findByText("Stemmer: 1 · ikke funnet: 1 · avviker: 1");
    expect(requestOrigin).toHaveBeenCalledWith("https://intranett.example.no/*");
    expect(order).toEqual(["origin", "fill"]);
  });

  it("shows the worker's refusal in words, and the last result of the tab", async () => {
    renderPopup({
      "tab-info": () => ok({ ...tab, lastResult: fillResult({ pending: ["beds.tsb_total"] }) }),
      "list-packages": () => ok({ packages: [summary()] }),
      "fill-tab": () => ({ ok: false, error: { code: "no_access", detail: "x" } }),
    });
    expect(await screen.findByText("Forrige resultat på denne siden")).toBeTruthy();
    expect(screen.getByText(/venter på at siden lastes på nytt: 1/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Fyll ut denne siden" }));
    expect(await screen.findByText("Utvidelsen har ikke tilgang til denne siden.")).toBeTruthy();
  });

  it("speaks English when chosen, sets <html lang> and remembers it", async () => {
    const { of } = renderPopup({ "list-packages": () => ok({ packages: [summary()] }) });
    fireEvent.change(await screen.findByLabelText("Språk"), { target: { value: "en" } });
    expect(await screen.findByRole("button", { name: "Fill this page" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    expect(of("set-lang")).toEqual([{ type: "set-lang", lang: "en" }]);
  });

  it("has no serious accessibility violation", async () => {
    const { view } = renderPopup({
      "tab-info": () => ok({ ...tab, lastResult: fillResult() }),
      "list-packages": () => ok({ packages: [summary()] }),
    });
    await screen.findByText("Fylt ut: 1 · ikke funnet: 1 · avviker: 1");
    expect(await seriousViolations(view.container)).toEqual([]);
  });

  it("with several units chooses none until the user does, then the unit's newest year", async () => {
    const packages = [
      summary({ org: "993467049", name: "Oslo universitetssykehus HF", year: 2022 }),
      summary({ org: "993467049", name: "Oslo universitetssykehus HF", year: 2024 }),
      summary({ year: 2020 }),
      summary({ year: 2023 }),
    ];
    const { of } = renderPopup({ "list-packages": () => ok({ packages }) });
    const unit = (await screen.findByLabelText("Enhet")) as HTMLSelectElement;
    expect(unit.value).toBe("");
    expect([...unit.options].map((option) => option.text)).toEqual([
      "Velg enhet …",
      "Oslo universitetssykehus HF",
      "Sykehuset Telemark HF",
    ]);
    const fill = screen.getByRole("button", { name: "Fyll ut denne siden" }) as HTMLButtonElement;
    expect(fill.disabled).toBe(true);
    fireEvent.change(unit, { target: { value: "983975267" } });
    expect((screen.getByLabelText("År") as HTMLSelectElement).value).toBe("2023");
    fireEvent.change(unit, { target: { value: "993467049" } });
    expect((screen.getByLabelText("År") as HTMLSelectElement).value).toBe("2024");
    expect(fill.disabled).toBe(false);
    expect(of("fill-tab")).toEqual([]);
  });

  it("offers nothing to fill on a page without a web origin", async () => {
    renderPopup({
      "tab-info": () => ok({ tabId: 7, url: "chrome://extensions", origin: "" }),
      "list-packages": () => ok({ packages: [summary()] }),
    });
    expect(await screen.findByText(/Denne siden kan ikke fylles ut/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Fyll ut denne siden" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it("names the frames that got no figures and says when the fill stopped because the tab moved", async () => {
    renderPopup({
      "list-packages": () => ok({ packages: [summary()] }),
      "fill-tab": () =>
        ok(
          fillResult({
            stopped: "page_changed",
            skippedFrames: [
              { url: "http://localhost:9/evil", reason: "other_origin" },
              { url: "https://annet.example/x", reason: "unreachable" },
            ],
          }),
        ),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Fyll ut denne siden" }));
    expect(await screen.findByText(/Fanen forlot siden du valgte/)).toBeTruthy();
    expect(
      screen.getByText("http://localhost:9/evil – annen opprinnelse enn siden: fylles aldri ut"),
    ).toBeTruthy();
    expect(
      screen.getByText("https://annet.example/x – utvidelsen har ikke tilgang (annen opprinnelse)"),
    ).toBeTruthy();
  });
});
