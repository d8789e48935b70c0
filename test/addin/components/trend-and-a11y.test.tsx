import { cleanup, fireEvent, screen, waitFor } from "@testing-library/preact";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { openTrend, packageFile, renderPane, workbookNames } from "./pane-fixtures";

afterEach(cleanup);

describe("task pane: trend", () => {
  it("charts a figure's history from earlier packages, with a table and a title for screen readers", async () => {
    renderPane(workbookNames(["beds"], { "prev.beds.phv_adult_total": 108 }));
    await screen.findByText(/0 feil/);
    fireEvent.change(await openTrend(), {
      target: {
        files: [
          packageFile(2021, { "beds.phv_adult_total": 110 }),
          packageFile(2022, { "beds.phv_adult_total": 109.5 }),
        ],
      },
    });
    // The packages are read first (the reader is loaded at the first package: docs/addin.md).
    expect(await screen.findByText("2 pakker lastet inn.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Tall"), { target: { value: "beds.phv_adult_total" } });
    const chart = await screen.findByRole("group", { name: "PHV voksne, i alt" });
    expect(chart.querySelector("desc")?.textContent).toBe(
      "2021: 110, 2022: 109,5, 2023: 108, 2024: 103 (i år)",
    );
    expect(chart.querySelectorAll("circle")).toHaveLength(4);
    const table = screen.getByRole("table", { name: "PHV voksne, i alt per år" });
    expect(table.querySelectorAll("tbody tr")).toHaveLength(4);
  });

  it("shows at once a figure the loaded packages have, this year marked, axes named, values on focus", async () => {
    renderPane(workbookNames(["beds"], { "prev.beds.phv_adult_total": 108 }));
    await screen.findByText(/0 feil/);
    fireEvent.change(await openTrend(), {
      target: {
        files: [
          packageFile(2021, { "beds.phv_adult_total": 110 }),
          packageFile(2022, { "beds.phv_adult_total": 109.5 }),
        ],
      },
    });
    await screen.findByText("2 pakker lastet inn.");
    const chart = await screen.findByRole("group", { name: "PHV voksne, i alt" });
    expect((screen.getByLabelText("Tall") as HTMLSelectElement).value).toBe("beds.phv_adult_total");
    const texts = [...chart.querySelectorAll("text")].map((text) => text.textContent);
    expect(texts).toEqual(expect.arrayContaining(["År", "plasser", "i år", "2021", "2024"]));
    const current = chart.querySelectorAll("circle.current");
    expect(current).toHaveLength(1);
    expect(current[0]?.getAttribute("aria-label")).toBe("2024: 103 (i år)");
    const points = [...chart.querySelectorAll("circle")];
    expect(points.every((point) => point.getAttribute("tabindex") === "0")).toBe(true);
    fireEvent.focus(points[1] as Element);
    expect(await screen.findByText("2022: 109,5", { selector: ".point-value" })).toBeTruthy();
    fireEvent.blur(points[1] as Element);
    await waitFor(() => expect(chart.querySelector(".point-value")).toBeNull());
    fireEvent.mouseEnter(points[0] as Element);
    expect(await screen.findByText("2021: 110", { selector: ".point-value" })).toBeTruthy();
    expect(screen.getByRole("rowheader", { name: "2024 (i år)" })).toBeTruthy();
  });

  it("never mixes units: another unit's package is left out and named", async () => {
    renderPane(workbookNames(["beds"], { "prev.beds.phv_adult_total": 108 }));
    await screen.findByText(/0 feil/);
    fireEvent.change(await openTrend(), {
      target: {
        files: [
          packageFile(2022, { "beds.phv_adult_total": 109.5 }),
          packageFile(2021, { "beds.phv_adult_total": 217 }, "ahus-2021.hso.json", "983971636"),
        ],
      },
    });
    expect(
      await screen.findByText(
        "ahus-2021.hso.json gjelder Akershus universitetssykehus HF (983 971 636), ikke Sykehuset Telemark HF (983 975 267); den er ikke tatt med.",
      ),
    ).toBeTruthy();
    const chart = screen.getByRole("group", { name: "PHV voksne, i alt" });
    expect(chart.querySelector("desc")?.textContent).toBe("2022: 109,5, 2023: 108, 2024: 103 (i år)");
  });

  it("shows no chart with fewer than two years", async () => {
    renderPane(workbookNames(["beds"]));
    await screen.findByText(/0 feil/);
    await openTrend();
    expect(screen.getByText("Last inn tidligere års pakker for å se utviklingen.")).toBeTruthy();
    expect(screen.queryByRole("group", { name: /PHV/ })).toBeNull();
  });
});

describe("task pane: accessibility", () => {
  it("has no serious or critical axe violations, with findings and the fill question open", async () => {
    const { view } = renderPane(
      workbookNames(["beds"], { "beds.phv_adult_hospital": 41, "prev.beds.phv_adult_total": 1 }),
    );
    await screen.findByText(/^1 feil/);
    fireEvent.change(screen.getByLabelText(/Velg fjorårets pakke/), {
      target: { files: [packageFile(2023, { "beds.phv_adult_total": 108 })] },
    });
    await screen.findByRole("alertdialog");
    const results = await axe.run(view.container, { rules: { "color-contrast": { enabled: false } } });
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
  });

  it("has none either with the year question, the explanations and the trend chart's focusable points", async () => {
    const { view } = renderPane(workbookNames(["beds"], { "prev.beds.phv_adult_total": 108 }));
    await screen.findByText("0 feil, 1 advarsel");
    fireEvent.change(await openTrend(), {
      target: { files: [packageFile(2022, { "beds.phv_adult_total": 109.5 })] },
    });
    await screen.findByRole("group", { name: "PHV voksne, i alt" });
    fireEvent.change(screen.getByLabelText(/Velg fjorårets pakke/), {
      target: { files: [packageFile(2021, { "beds.phv_adult_total": 110 })] },
    });
    await screen.findByRole("alertdialog", { name: /Pakken er for 2021/ });
    expect(screen.getByRole("region", { name: "Forklar endringer" })).toBeTruthy();
    const results = await axe.run(view.container, { rules: { "color-contrast": { enabled: false } } });
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
  });
});
