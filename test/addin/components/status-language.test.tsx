/**
 * Adversary A12 (the rest): the status line and the fill's "create the templates" question are kept
 * as words and said in the language chosen at each render, not in the language they were first said in.
 */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { packageFile, renderPane, workbookNames } from "./pane-fixtures";

afterEach(cleanup);

const chooseLanguage = (lang: "nb" | "en", label = lang === "en" ? "Språk" : "Language") =>
  fireEvent.change(screen.getByLabelText(label), { target: { value: lang } });

describe("the status line in the language chosen after it was said (adversary A12)", () => {
  it("says the export's line in English once English is chosen, and in Norwegian again after", async () => {
    renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    fireEvent.click(screen.getByRole("button", { name: "Lag pakke" }));
    const status = await screen.findByRole("status");
    await waitFor(() => expect(status.textContent).toMatch(/^Pakken \S+\.hso\.json er laget\.$/));
    chooseLanguage("en");
    await screen.findByText("Ready to export");
    expect(screen.getByRole("status").textContent).toMatch(/^The package \S+\.hso\.json was built\.$/);
    chooseLanguage("nb");
    await screen.findByText("Klar til eksport");
    expect(screen.getByRole("status").textContent).toMatch(/^Pakken \S+\.hso\.json er laget\.$/);
  });

  it("says the fill's count and 'Fjern markeringer' in the language of the moment", async () => {
    renderPane(workbookNames(["beds"]));
    await screen.findByText("Klar til eksport");
    fireEvent.click(screen.getByRole("button", { name: "Fjern markeringer" }));
    const status = screen.getByRole("status");
    await waitFor(() => expect(status.textContent).toBe("Markeringene er fjernet til neste endring."));
    chooseLanguage("en");
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe("The marks were removed until the next change."),
    );
    fireEvent.change(screen.getByLabelText(/Choose last year's package/), {
      target: { files: [packageFile(2023, { "beds.phv_adult_total": 103 })] },
    });
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/filled, 0 skipped\.$/));
    chooseLanguage("nb");
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/fylt ut, 0 hoppet over\.$/));
  });

  it("names the templates to create in the language chosen while the question stands", async () => {
    renderPane({});
    await screen.findByText(/ingen maler/);
    fireEvent.change(screen.getByLabelText(/Velg fjorårets pakke/), {
      target: { files: [packageFile(2023, { "beds.phv_adult_total": 108 })] },
    });
    const asked = await screen.findByRole("alertdialog", { name: "Lage maler fra pakken?" });
    expect(asked.textContent).toContain("Lage Døgnplasser for");
    chooseLanguage("en");
    const question = await screen.findByRole("alertdialog", { name: "Create templates from the package?" });
    expect(question.textContent).toContain("Create Beds for Sykehuset Telemark HF (983 975 267), 2024");
    expect(question.textContent).not.toContain("Døgnplasser");
    // While the question stands, the status line says the question, in the language of now too.
    expect(screen.getByRole("status").textContent).toBe("Create templates from the package?");
    fireEvent.click(within(question).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Nothing was filled."));
  });
});

describe("the capacity plan's beds section in the language chosen after it spoke (adversary A12)", () => {
  it("says its refusal and the status line in English once English is chosen", async () => {
    renderPane(
      workbookNames(["capacity_plan"], {
        "capacity_plan.unit_org": "983975267",
        "capacity_plan.year": 2025,
      }),
    );
    const chooser = await screen.findByLabelText(/Velg pakken med sist rapporterte døgnplasser/);
    fireEvent.change(chooser, {
      target: {
        files: [packageFile(2024, { "beds.phv_adult_total": 217 }, "ahus-2024.hso.json", "983971636")],
      },
    });
    const section = screen.getByRole("region", { name: "Sist rapporterte døgnplasser" });
    const alert = await within(section).findByRole("alert");
    expect(alert.textContent).toMatch(/^ahus-2024\.hso\.json gjelder Akershus/);
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Døgnplassene er ikke brukt."));
    chooseLanguage("en");
    await screen.findByRole("region", { name: "Beds last reported" });
    expect(
      within(screen.getByRole("region", { name: "Beds last reported" })).getByRole("alert").textContent,
    ).toMatch(/^ahus-2024\.hso\.json is for Akershus/);
    expect(screen.getByRole("status").textContent).toBe("The beds were not used.");
  });
});
