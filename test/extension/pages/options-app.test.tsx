import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ProfileList } from "../../../extension/messages";
import { OptionsApp } from "../../../extension/pages/options-app";
import type { FormProfile } from "../../../extension/profile/form-profile";
import { seriousViolations } from "./axe-check";
import { fakeSend, ok } from "./fake-send";

afterEach(cleanup);

const managed: FormProfile = {
  name: "Døgnplasser (intranett)",
  urlPattern: "https://intranett.example.no/skjema/*",
  decimal: "comma",
  fields: { "beds.tsb_total": { locators: [{ kind: "id", id: "tsb" }] } },
};

function renderOptions(list: Partial<ProfileList> = {}) {
  let current: ProfileList = { profiles: [], managed: [managed], managedErrors: [], ...list };
  const fake = fakeSend({
    "get-profiles": () => ok(current),
    "save-profile": (request) => {
      current = {
        ...current,
        profiles: [
          ...current.profiles.filter((p) => p.name !== request.profile.name),
          request.profile as FormProfile,
        ],
      };
      return ok(current);
    },
    "delete-profile": (request) => {
      current = { ...current, profiles: current.profiles.filter((p) => p.name !== request.name) };
      return ok(current);
    },
    "start-pick": () =>
      ok({
        picked: [
          {
            locators: [
              { kind: "label", label: "TSB, i alt" },
              { kind: "id", id: "tsb" },
              { kind: "css", path: "#skjema > input:nth-of-type(2)", label: "TSB, i alt", section: "Voksne" },
            ],
            label: "TSB, i alt",
            section: "",
            suggested: "beds.tsb_total",
          },
          { locators: [{ kind: "css", path: "#skjema > input" }], label: "Merknad", section: "" },
        ],
      }),
    "test-profile": (request) =>
      ok({
        frames: [
          {
            frameUrl: "https://intranett.example.no/skjema/1",
            fields: Object.entries(request.profile.fields).map(([id]) => ({
              id,
              outcome: "found" as const,
              probes: [
                {
                  locator: { kind: "label" as const, label: "TSB, i alt" },
                  finds: "one" as const,
                  field: { label: "TSB, i alt", section: "Voksne", score: 1, current: "", locators: [] },
                },
                { locator: { kind: "id" as const, id: "tsb" }, finds: "none" as const },
                {
                  locator: {
                    kind: "css" as const,
                    path: "#skjema > input:nth-of-type(2)",
                    label: "TSB, i alt",
                    section: "Voksne",
                  },
                  finds: "none" as const,
                },
              ],
              problem: "locators_disagree" as const,
            })),
          },
        ],
      }),
  });
  const download = vi.fn();
  const requestOrigin = vi.fn(async () => true);
  const view = render(<OptionsApp send={fake.send} requestOrigin={requestOrigin} download={download} />);
  return { ...fake, download, requestOrigin, view };
}

const jsonFile = (text: string) => new File([text], "profiler.json", { type: "application/json" });

describe("options page", () => {
  it("says the profiles are being read while the worker has not answered, not that there are none", async () => {
    let answer: (list: ProfileList) => void = () => undefined;
    const fake = fakeSend({
      "get-profiles": () => new Promise((resolve) => (answer = (list) => resolve(ok(list)))),
    });
    render(<OptionsApp send={fake.send} requestOrigin={vi.fn(async () => true)} download={vi.fn()} />);
    expect(await screen.findByText("Henter profiler …")).toBeTruthy();
    expect(screen.queryByText("Du har ingen egne profiler.")).toBeNull();
    expect(screen.queryByText("Administratoren har ikke satt opp noen profiler.")).toBeNull();
    answer({ profiles: [], managed: [managed], managedErrors: [] });
    expect(await screen.findByText("Du har ingen egne profiler.")).toBeTruthy();
    expect(screen.getByText("Døgnplasser (intranett)")).toBeTruthy();
    expect(screen.queryByText("Henter profiler …")).toBeNull();
  });

  it("a list the worker could not read is shown empty, with the reason", async () => {
    const fake = fakeSend({
      "get-profiles": async () => ({ ok: false, error: { code: "internal", detail: "storage" } }),
    });
    render(<OptionsApp send={fake.send} requestOrigin={vi.fn(async () => true)} download={vi.fn()} />);
    expect(await screen.findByText("Du har ingen egne profiler.")).toBeTruthy();
    expect(screen.queryByText("Henter profiler …")).toBeNull();
  });

  it("shows the administrator's profiles read-only and the invalid ones with their path", async () => {
    renderOptions({
      managedErrors: [
        {
          nb: "Profil nr. 2, urlPattern: Kan ikke være tom.",
          en: "Profile no. 2, urlPattern: Must not be empty.",
        },
      ],
    });
    expect(await screen.findByText("Døgnplasser (intranett)")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Rediger profilen Døgnplasser (intranett)" })).toBeNull();
    expect(screen.getByText("Profil nr. 2, urlPattern: Kan ikke være tom.")).toBeTruthy();
  });

  it("refuses a profiles file with errors, naming the path of each, and imports nothing", async () => {
    const { of } = renderOptions();
    const bad = JSON.stringify({
      profiles: [
        { name: "A", urlPattern: "https://a.no/*", fields: { "beds.tsb_total": { order: 1.5 } } },
        { name: "", urlPattern: "https://b.no/*", fields: { Feil: {} } },
      ],
    });
    fireEvent.change(await screen.findByLabelText("Importer profiler (JSON)"), {
      target: { files: [jsonFile(bad)] },
    });
    expect(await screen.findByText("Filen ble ikke importert. Feil:")).toBeTruthy();
    const errors = screen.getAllByRole("listitem").map((item) => item.textContent);
    // Where in the file (profile, field, member) and what, in the page's language: never zod's English.
    expect(errors).toContain(
      "Profil nr. 1 «A», felt beds.tsb_total («TSB, i alt»), order: Feil type: forventet et heltall.",
    );
    expect(errors).toContain("Profil nr. 2, name: Kan ikke være tom.");
    expect(errors).toContain("Profil nr. 2: «Feil» er ikke en felt-id (som beds.tsb_total).");
    expect(of("save-profile")).toEqual([]);
  });

  it("imports a valid profiles file and exports the user's profiles as JSON", async () => {
    const { of, download } = renderOptions();
    const good = [
      {
        name: "Mitt skjema",
        urlPattern: "https://a.no/*",
        decimal: "point",
        fields: { "beds.tsb_total": { name: "tsb" } },
      },
    ];
    fireEvent.change(await screen.findByLabelText("Importer profiler (JSON)"), {
      target: { files: [jsonFile(JSON.stringify(good))] },
    });
    // Shown first, with its pattern; nothing is saved until the user says so.
    expect(
      await screen.findByText("Filen har 1 profil. Kontroller adressemønstrene før du importerer:"),
    ).toBeTruthy();
    expect(screen.getByText("https://a.no/*")).toBeTruthy();
    expect(screen.getByRole("cell", { name: "Ny profil" })).toBeTruthy();
    expect(of("save-profile")).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Importer (1)" }));
    expect(await screen.findByText("Profiler importert: 1.")).toBeTruthy();
    expect(of("save-profile").map((call) => call.profile.name)).toEqual(["Mitt skjema"]);
    await screen.findByRole("button", { name: "Rediger profilen Mitt skjema" });
    fireEvent.click(screen.getByRole("button", { name: "Eksporter profiler (JSON)" }));
    const [fileName, text] = download.mock.calls[0] as [string, string];
    expect(fileName).toMatch(/\.json$/);
    // Read in the shape before locators, written back with them.
    expect(JSON.parse(text)).toEqual({
      profiles: [{ ...good[0], fields: { "beds.tsb_total": { locators: [{ kind: "name", name: "tsb" }] } } }],
    });
  });

  it("imports and exports a profile naming a measure's status and its comment; the comment is a figure to choose", async () => {
    const { of, download } = renderOptions();
    const plan = [
      {
        name: "Tiltak",
        urlPattern: "https://a.no/tiltak/*",
        decimal: "comma",
        fields: {
          "plan_status.joint_intake": { locators: [{ kind: "name", name: "s_joint" }] },
          "note.plan_status.joint_intake": { locators: [{ kind: "name", name: "c_joint" }] },
        },
      },
    ];
    fireEvent.change(await screen.findByLabelText("Importer profiler (JSON)"), {
      target: { files: [jsonFile(JSON.stringify({ profiles: plan }))] },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Importer (1)" }));
    expect(await screen.findByText("Profiler importert: 1.")).toBeTruthy();
    expect(of("save-profile").map((call) => Object.keys(call.profile.fields))).toEqual([
      ["plan_status.joint_intake", "note.plan_status.joint_intake"],
    ]);
    await screen.findByRole("button", { name: "Rediger profilen Tiltak" });
    fireEvent.click(screen.getByRole("button", { name: "Eksporter profiler (JSON)" }));
    const [, text] = download.mock.calls[0] as [string, string];
    expect(JSON.parse(text)).toEqual({ profiles: plan });
    fireEvent.click(screen.getByRole("button", { name: "Rediger profilen Tiltak" }));
    const figures = (await screen.findAllByLabelText("Tall", { selector: "select" })) as HTMLSelectElement[];
    expect(figures.map((select) => select.value)).toEqual([
      "plan_status.joint_intake",
      "note.plan_status.joint_intake",
    ]);
    expect(figures[1]?.selectedOptions[0]?.textContent).toMatch(/^Kommentar: Felles inntak/);
  });

  it("creates a profile by pointing at a field and picking its figure; a bad pattern is refused first", async () => {
    const { of, requestOrigin } = renderOptions();
    fireEvent.click(await screen.findByRole("button", { name: "Ny profil" }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Navn")));
    fireEvent.input(screen.getByLabelText("Navn"), { target: { value: "Døgnplasser" } });
    fireEvent.input(screen.getByLabelText("Adressemønster"), { target: { value: "intranett" } });
    fireEvent.click(screen.getByRole("button", { name: "Pek ut felt på siden" }));
    expect(await screen.findByText("Ugyldig adressemønster.")).toBeTruthy();
    fireEvent.input(screen.getByLabelText("Adressemønster"), {
      target: { value: "https://intranett.example.no/skjema/*" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Pek ut felt på siden" }));
    expect(await screen.findByText(/Felt valgt: 2\./)).toBeTruthy();
    const figures = screen.getAllByLabelText("Tall", { selector: "select" }) as HTMLSelectElement[];
    expect(figures.map((select) => select.value)).toEqual(["beds.tsb_total", ""]);
    await waitFor(() => expect(document.activeElement).toBe(figures[1]));
    expect(requestOrigin).toHaveBeenCalledWith("https://intranett.example.no/*");
    expect(of("start-pick")).toEqual([
      { type: "start-pick", urlPattern: "https://intranett.example.no/skjema/*", multiple: true },
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Lagre profil" }));
    expect(await screen.findByText("fields[1]: intet tall valgt / no figure chosen")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Fjern feltet 2" }));
    fireEvent.click(screen.getByLabelText("Laster siden på nytt"));
    fireEvent.click(screen.getByRole("button", { name: "Test profilen på denne siden" }));
    expect(
      await screen.findByText("Ledetekst (og seksjon): «TSB, i alt» – finner ett felt: TSB, i alt – Voksne"),
    ).toBeTruthy();
    expect(screen.getByText("id «tsb» – finner ingenting")).toBeTruthy();
    expect(screen.getByText(/Funnet – profilens søkemåter finner ulike felt: ikke fylt ut/)).toBeTruthy();
    expect(
      screen.getByText(
        "CSS #skjema > input:nth-of-type(2) (pekt ut som «TSB, i alt – Voksne») – finner ingenting",
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Lagre profil" }));
    await waitFor(() => expect(of("save-profile")).toHaveLength(1));
    expect(of("save-profile")[0]?.profile).toEqual({
      name: "Døgnplasser",
      urlPattern: "https://intranett.example.no/skjema/*",
      decimal: "comma",
      fields: {
        "beds.tsb_total": {
          locators: [
            { kind: "label", label: "TSB, i alt" },
            { kind: "id", id: "tsb" },
            // What pointing recorded with the path is kept, so a fill checks the path's field.
            { kind: "css", path: "#skjema > input:nth-of-type(2)", label: "TSB, i alt", section: "Voksne" },
          ],
          reloads: true,
        },
      },
    });
    expect(await screen.findByText("Profilen er lagret.")).toBeTruthy();
  });

  it("edits and deletes the user's profile", async () => {
    const own: FormProfile = {
      name: "Mitt",
      urlPattern: "https://a.no/*",
      decimal: "point",
      fields: { "beds.tsb_total": { locators: [{ kind: "css", path: "#x" }], order: 2 } },
    };
    const { of } = renderOptions({ profiles: [own] });
    fireEvent.click(await screen.findByRole("button", { name: "Rediger profilen Mitt" }));
    expect((screen.getByLabelText("Rekkefølge") as HTMLInputElement).value).toBe("2");
    fireEvent.input(screen.getByLabelText("Navn"), { target: { value: "Nytt navn" } });
    fireEvent.click(screen.getByRole("button", { name: "Lagre profil" }));
    await waitFor(() =>
      expect(of("save-profile")[0]).toMatchObject({
        replaces: "Mitt",
        profile: { name: "Nytt navn", fields: own.fields },
      }),
    );
    fireEvent.click(await screen.findByRole("button", { name: "Slett profilen Nytt navn" }));
    expect(await screen.findByText("Profilen er slettet.")).toBeTruthy();
  });

  it("has no serious accessibility violation, in the list and in the editor", async () => {
    const { view } = renderOptions({ profiles: [{ ...managed, name: "Mitt" }] });
    await screen.findByRole("button", { name: "Rediger profilen Mitt" });
    expect(await seriousViolations(view.container)).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Rediger profilen Mitt" }));
    await screen.findByLabelText("Adressemønster");
    expect(await seriousViolations(view.container)).toEqual([]);
  });

  it("refuses a file whose pattern reaches every site, and shows which own profiles an import replaces", async () => {
    const own: FormProfile = { ...managed, name: "Mitt", urlPattern: "https://a.no/*" };
    const { of } = renderOptions({ profiles: [own] });
    const wild = JSON.stringify({ profiles: [{ name: "Alt", urlPattern: "*://*/*", fields: {} }] });
    fireEvent.change(await screen.findByLabelText("Importer profiler (JSON)"), {
      target: { files: [jsonFile(wild)] },
    });
    expect(
      await screen.findByText(
        "Profil nr. 1 «Alt», urlPattern: * som skjema er ikke tillatt: skriv https://.",
      ),
    ).toBeTruthy();
    const replacing = JSON.stringify({
      profiles: [
        { name: "Mitt", urlPattern: "https://b.no/skjema/*", fields: {} },
        { name: "Nytt", urlPattern: "http://c.no/*", fields: {} },
      ],
    });
    fireEvent.change(screen.getByLabelText("Importer profiler (JSON)"), {
      target: { files: [jsonFile(replacing)] },
    });
    expect(
      await screen.findByText("Filen har 2 profiler. Kontroller adressemønstrene før du importerer:"),
    ).toBeTruthy();
    expect(screen.getByText("Erstatter din profil med samme navn")).toBeTruthy();
    expect(screen.getByText("https://b.no/skjema/*")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Avbryt" }));
    expect(of("save-profile")).toEqual([]);
  });
});
