import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import type { RegionalSheetResult } from "../../../addin/adapter/write-regional-sheet";
import { RegionalPanel } from "../../../addin/components/regional-panel";
import type { RegionalSheetPlan } from "../../../shared/aggregate/regional-sheet-plan";
import { renderPane, workbookNames } from "./pane-fixtures";

const PACKAGES = resolve(import.meta.dirname, "../../../examples/packages");

afterEach(cleanup);

/** The example packages of 2023–2024 as the files a user picks, plus a tampered one. */
function pickedFiles(): File[] {
  const files = readdirSync(PACKAGES)
    .filter((name) => /-(2023|2024)\.hso\.json$/.test(name))
    .map(
      (name) => new File([readFileSync(resolve(PACKAGES, name), "utf8")], name, { type: "application/json" }),
    );
  const tampered = readFileSync(resolve(PACKAGES, "telemark-2023.hso.json"), "utf8").replace("108", "109");
  return [...files, new File([tampered], "telemark-2023-endret.hso.json")];
}

function pick(files: File[], label = "Pakker") {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, "files", { value: files, configurable: true });
  fireEvent.change(input);
}

describe("RegionalPanel", () => {
  it("reads many packages strictly, validates them again, builds the sheet and lists what it left out", async () => {
    const plans: RegionalSheetPlan[] = [];
    const onBuild = async (plan: RegionalSheetPlan): Promise<RegionalSheetResult> => {
      plans.push(plan);
      return { written: plan.sheet };
    };
    render(<RegionalPanel lang="nb" onBuild={onBuild} />);
    pick(pickedFiles());
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toMatch(
        /^Arket «Regional tabell» er laget av \d+ pakker\.$/,
      ),
    );
    expect(plans).toHaveLength(1);
    const cells = new Map(plans[0]?.cells.map((cell) => [cell.address, cell]));
    expect(cells.get("C14")).toMatchObject({ formula: "=SUM(C4:C13)", bold: true });
    expect(cells.get("C15")).toMatchObject({ value: 258.5 });
    expect(cells.get("C16")).toMatchObject({ formula: "=C14+C15" });
    expect(screen.getByRole("listitem").textContent).toMatch(
      /^telemark-2023-endret\.hso\.json: kan ikke leses: Kontrollsummen stemmer ikke/,
    );
  });

  it("says so when the workbook already has the sheet, and nothing is overwritten", async () => {
    render(<RegionalPanel lang="en" onBuild={async (plan) => ({ exists: plan.sheet })} />);
    pick(pickedFiles().slice(0, 3), "Packages");
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toContain('already has a sheet named "Regional table"'),
    );
  });

  it("has no serious accessibility issue", async () => {
    const { container } = render(
      <RegionalPanel lang="nb" onBuild={async (plan) => ({ written: plan.sheet })} />,
    );
    const results = await axe.run(container);
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });
});

describe("the regional tool in the pane (TOOL_PANELS)", () => {
  it("opens on request on a workbook without templates and writes through the adapter, judged again after", async () => {
    const { calls } = renderPane({});
    await screen.findByText(/ingen maler/);
    const open = screen.getByRole("button", { name: "Bygg den regionale arbeidsboken av innsendte pakker" });
    expect(open.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByLabelText("Pakker")).toBeNull();
    fireEvent.click(open);
    await screen.findByLabelText("Pakker");
    expect(open.getAttribute("aria-expanded")).toBe("true");
    pick(pickedFiles());
    await screen.findByText(/^Arket «Regional tabell» er laget av \d+ pakker\.$/);
    expect(calls.regional).toEqual(["Regional tabell"]);
    await waitFor(() => expect(calls.log.slice(calls.log.indexOf("writeRegionalSheet"))).toContain("read"));
    // Closed, it is hidden, not thrown away: opened again, what it built is still said.
    fireEvent.click(open);
    expect(open.getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByLabelText("Pakker").closest("[hidden]")).not.toBeNull();
    fireEvent.click(open);
    expect(screen.getByLabelText("Pakker").closest("[hidden]")).toBeNull();
    expect(screen.getByText(/^Arket «Regional tabell» er laget av \d+ pakker\.$/)).toBeTruthy();
  });

  it("is not offered on a unit's return", async () => {
    renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    expect(screen.queryByRole("heading", { name: "Regional arbeidsbok (RHF)" })).toBeNull();
  });
});
