import { cleanup, fireEvent, screen } from "@testing-library/preact";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { packageFile, renderPane, workbookNames } from "./pane-fixtures";

afterEach(cleanup);

describe("task pane: trend", () => {
  it("charts a figure's history from earlier packages, with a table and a title for screen readers", async () => {
    renderPane(workbookNames(["beds"], { "prev.beds.phv_adult_total": 108 }));
    await screen.findByText(/0 feil/);
    fireEvent.change(screen.getByLabelText(/Velg tidligere års pakker/), {
      target: {
        files: [
          packageFile(2021, { "beds.phv_adult_total": 110 }),
          packageFile(2022, { "beds.phv_adult_total": 109.5 }),
        ],
      },
    });
    fireEvent.change(screen.getByLabelText("Tall"), { target: { value: "beds.phv_adult_total" } });
    const chart = await screen.findByRole("img");
    expect(chart.querySelector("title")?.textContent).toBe(
      "PHV voksne, i alt: 2021: 110, 2022: 109,5, 2023: 108, 2024: 103",
    );
    expect(chart.querySelectorAll("circle")).toHaveLength(4);
    const table = screen.getByRole("table", { name: "PHV voksne, i alt per år" });
    expect(table.querySelectorAll("tbody tr")).toHaveLength(4);
    expect(await screen.findByText("2 pakker lastet inn.")).toBeTruthy();
  });

  it("shows no chart with fewer than two years", async () => {
    renderPane(workbookNames(["beds"]));
    await screen.findByText(/0 feil/);
    expect(screen.getByText("Last inn tidligere års pakker for å se utviklingen.")).toBeTruthy();
    expect(screen.queryByRole("img")).toBeNull();
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
});
