import { cleanup, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderPane, workbookNames } from "./pane-fixtures";

afterEach(cleanup);

const TELEMARK_2025 = { "activity.unit_org": "983975267", "activity.year": 2025 };

/** Adversary A18 in the pane: a share out of range names the cells it is computed from. */
describe("task pane: a computed share out of range", () => {
  it("names the part and the whole it is computed from, with their cells (the share's own is locked)", async () => {
    renderPane(
      workbookNames(["activity"], {
        ...TELEMARK_2025,
        "activity.referrals_received_adult": 5200,
        "activity.referrals_rejected_adult": 1040,
        "activity.rejection_rate_adult": 101.9,
      }),
    );
    const said = await screen.findAllByText(
      /Andelen 101,9 % er utenfor 0–100 %\. Den regnes ut av «Avviste henvisninger, voksne» \(Aktivitet!C12\) delt på «Mottatte henvisninger, voksne» \(Aktivitet!C11\)/,
    );
    expect(said.length).toBeGreaterThan(0);
  });

  it("passes: more rejected than received is said once, at the typed whole, and the share not again", async () => {
    renderPane(
      workbookNames(["activity"], {
        ...TELEMARK_2025,
        "activity.referrals_received_adult": 5200,
        "activity.referrals_rejected_adult": 5300,
        "activity.rejection_rate_adult": 101.9,
      }),
    );
    expect(
      (await screen.findAllByText(/er flere enn «Mottatte henvisninger, voksne»/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText(/Andelen 101,9 %/)).toBeNull();
    expect(screen.queryByText(/101,9 er større enn/)).toBeNull();
  });
});
