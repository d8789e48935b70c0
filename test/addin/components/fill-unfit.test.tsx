import { cleanup, fireEvent, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { packageFile, renderPane, workbookNames } from "./pane-fixtures";

afterEach(cleanup);

// Adversary finding A16 (test/fixtures/adversary-addin/FINDINGS.md): last year's 5050,5 referrals
// were filled into a whole-number cell shown as 5051, while the messages compared with 5 050,5.
describe("task pane: last year's figure that breaks its own field's rule", () => {
  it("is named with the core's words and not filled; the package's other figures are", async () => {
    const { names } = renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    fireEvent.change(screen.getByLabelText(/Velg fjorårets pakke/), {
      target: { files: [packageFile(2023, { "beds.phv_adult_total": 108, "beds.phbu_total": 11.3 })] },
    });
    const said = await screen.findByText(/^Ikke fylt ut fra pakken: PHBU, i alt: /);
    expect(said.textContent).toMatch(/11,3/);
    expect(names.get("prev.beds.phbu_total")).toBeNull();
    expect(names.get("prev.beds.phv_adult_total")).toBe(108);
  });

  it("says nothing more when every figure keeps its rule", async () => {
    const { names } = renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    fireEvent.change(screen.getByLabelText(/Velg fjorårets pakke/), {
      target: { files: [packageFile(2023, { "beds.phbu_total": 11.5 })] },
    });
    await screen.findByText(/fylt ut, 0 hoppet over/);
    expect(screen.queryByText(/Ikke fylt ut fra pakken/)).toBeNull();
    expect(names.get("prev.beds.phbu_total")).toBe(11.5);
  });
});
