import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { TEMPLATES } from "../../../shared/templates/catalogue";
import { renderPane, workbookNames } from "./pane-fixtures";

afterEach(cleanup);

const INTAKE = "plan_status.joint_intake";
const MEASURES = TEMPLATES.plan_status.fields.filter((field) => field.kind === "status");

function workbook(overrides: Record<string, string | null> = {}) {
  return workbookNames(["plan_status"], {
    "plan_status.unit_org": "983975267",
    "plan_status.year": 2025,
    ...Object.fromEntries(MEASURES.map((field) => [field.id, "på plass"])),
    ...overrides,
  });
}

describe("task pane: plan status", () => {
  it("never says 'ready' while a status is blank: a warning now, an error at export", async () => {
    renderPane(workbook({ [INTAKE]: null }));
    expect(await screen.findByText("0 feil, 1 advarsel")).toBeTruthy();
    expect(
      screen.getByText("Ikke klar til eksport: advarslene som er feil ved eksport må rettes først"),
    ).toBeTruthy();
    expect(screen.queryByText("Klar til eksport")).toBeNull();
    // Step 3 lists it among what must be filled in, a button that selects its cell.
    const owed = screen.getByRole("list", { name: "Må fylles ut:" });
    expect(
      within(owed)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual([expect.stringContaining("Felles inntak")]);
  });

  it("offers a comment box for a measure not in place, writes it to note. and is then ready", async () => {
    const { calls } = renderPane(workbook({ [INTAKE]: "under arbeid" }));
    const step = await screen.findByRole("region", { name: "Forklar endringer" });
    const box = within(step).getByLabelText(/Forklaring for Felles inntak/);
    fireEvent.input(box, { target: { value: "Pilot med Skien kommune" } });
    fireEvent.click(within(step).getByRole("button", { name: /Lagre/ }));
    await waitFor(() => expect(calls.notes).toEqual([{ [INTAKE]: "Pilot med Skien kommune" }]));
    expect(await screen.findByText("Klar til eksport")).toBeTruthy();
  });
});
