import { cleanup, fireEvent, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { packageFile, renderPane, workbookNames } from "./pane-fixtures";

afterEach(cleanup);

const choose = (file: File) =>
  fireEvent.change(screen.getByLabelText(/Velg fjorårets pakke/), { target: { files: [file] } });

// Adversary finding A9 (test/fixtures/adversary-addin/FINDINGS.md): "Fyller ut fra pakken …" stood
// in the status line for as long as the pane waited for the user's answer.
describe("task pane: the status line while the fill asks", () => {
  it("says the year question, not that it is filling", async () => {
    renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    choose(packageFile(2021, { "beds.phv_adult_total": 110 }));
    const dialog = await screen.findByRole("alertdialog", { name: /Pakken er for 2021/ });
    const status = screen.getByRole("status");
    expect(status.textContent).not.toBe("Fyller ut fra pakken …");
    const title = document.getElementById(dialog.getAttribute("aria-labelledby") ?? "")?.textContent;
    expect(title).toMatch(/^Pakken er for 2021/);
    expect(status.textContent).toBe(title);
  });

  it("says the overwrite question, not that it is filling", async () => {
    renderPane(workbookNames(["beds"], { "prev.beds.phv_adult_total": 99 }));
    await screen.findByText("Klar til eksport");
    choose(packageFile(2023, { "beds.phv_adult_total": 108 }));
    await screen.findByRole("alertdialog", { name: "Overskrive celler som ikke er tomme?" });
    expect(screen.getByRole("status").textContent).toBe("Overskrive celler som ikke er tomme?");
  });
});
