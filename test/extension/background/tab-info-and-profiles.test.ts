import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  deleteProfile,
  importProfiles,
  listProfiles,
  saveProfile,
} from "../../../extension/background/profiles";
import { startPick } from "../../../extension/background/start-pick";
import { tabInfo } from "../../../extension/background/tab-info";
import { formProfileSchema } from "../../../extension/profile/form-profile";
import { createFakeBrowser, type FakeBrowser, fakeHolder, OWN_PAGE } from "./fake-browser";

vi.mock("webextension-polyfill", async () => ({ default: (await import("./fake-browser")).browserProxy }));

let fake: FakeBrowser;
const managedProfile = {
  name: "Døgnplasser",
  urlPattern: "https://intranett.example.no/skjema/*",
  decimal: "comma",
  fields: { "beds.tsb_total": { elementId: "tsb" } },
};

beforeEach(() => {
  fake = createFakeBrowser();
  fakeHolder.current = fake;
});

describe("tab-info", () => {
  it("names the managed profile for the tab and the origin still to grant", async () => {
    fake.storage.managed.data.profiles = [managedProfile];
    const info = await tabInfo({ type: "tab-info" });
    expect(info).toMatchObject({
      tabId: 7,
      profile: { name: "Døgnplasser", managed: true },
      needsOrigin: "https://intranett.example.no/*",
    });
    fake.permissions.contains.mockResolvedValue(true);
    expect((await tabInfo({ type: "tab-info", tabId: 7 })).needsOrigin).toBeUndefined();
  });

  it("answers no_tab when there is no tab", async () => {
    fake.tabs.query.mockResolvedValue([]);
    await expect(tabInfo({ type: "tab-info" })).rejects.toMatchObject({ code: "no_tab" });
  });
});

describe("profiles", () => {
  it("lists managed profiles read-only and reports the invalid ones with their path", async () => {
    fake.storage.managed.data.profiles = [
      managedProfile,
      { name: "", urlPattern: "x", fields: { "beds.x": { order: 1.5 } } },
    ];
    const list = await listProfiles();
    expect(list.managed.map((profile) => profile.name)).toEqual(["Døgnplasser"]);
    // Where and what in both languages, never zod's English.
    expect(list.managedErrors).toContainEqual({
      nb: "Profil nr. 2, name: Kan ikke være tom.",
      en: "Profile no. 2, name: Must not be empty.",
    });
    expect(list.managedErrors.map((error) => error.nb)).toContain(
      "Profil nr. 2, felt beds.x, order: Feil type: forventet et heltall.",
    );
    await expect(
      saveProfile({
        type: "save-profile",
        profile: formProfileSchema.parse({ ...managedProfile, decimal: "point" }),
      }),
    ).rejects.toMatchObject({ code: "profile_read_only" });
    await expect(deleteProfile({ type: "delete-profile", name: "Døgnplasser" })).rejects.toMatchObject({
      code: "profile_read_only",
    });
  });

  it("saves, renames and deletes the user's profiles", async () => {
    const own = { name: "Mitt", urlPattern: "https://a.no/*", decimal: "point" as const, fields: {} };
    await saveProfile({ type: "save-profile", profile: own });
    const renamed = await saveProfile({
      type: "save-profile",
      profile: { ...own, name: "Nytt" },
      replaces: "Mitt",
    });
    expect(renamed.profiles.map((profile) => profile.name)).toEqual(["Nytt"]);
    expect((await deleteProfile({ type: "delete-profile", name: "Nytt" })).profiles).toEqual([]);
  });

  it("imports a profiles file's text all or nothing, each refusal in both languages (try-form --profile)", async () => {
    const own = {
      name: "Mitt",
      urlPattern: "https://a.no/*",
      fields: { "beds.tsb_total": { locators: [{ kind: "id", id: "s" }] } },
    };
    const bad = JSON.stringify({
      profiles: [own, { ...own, name: "Annet", fields: { "beds.does_not_exist": { locators: [] } } }],
    });
    expect(await importProfiles({ type: "import-profiles", text: bad })).toEqual({
      saved: [],
      errors: [
        {
          nb: "Profil nr. 2 «Annet», felt beds.does_not_exist: Felt-id-en «beds.does_not_exist» finnes ikke i feltkatalogen (npx hso-report fields <mal> viser dem).",
          en: 'Profile no. 2 "Annet", field beds.does_not_exist: The field id "beds.does_not_exist" is not in the field catalogue (npx hso-report fields <template> lists them).',
        },
      ],
    });
    expect((await listProfiles()).profiles).toEqual([]);
    const good = JSON.stringify({ profiles: [own] });
    expect(await importProfiles({ type: "import-profiles", text: good })).toEqual({
      saved: ["Mitt"],
      errors: [],
    });
    expect((await listProfiles()).profiles.map((profile) => profile.name)).toEqual(["Mitt"]);
    fake.storage.managed.data.profiles = [managedProfile];
    const clash = JSON.stringify([{ ...own, name: "Døgnplasser" }]);
    expect((await importProfiles({ type: "import-profiles", text: clash })).errors[0]?.nb).toMatch(
      /administratorens/,
    );
  });

  it("refuses to save a profile naming a field the catalogue does not know (adversary-4 B23)", async () => {
    const fields = { "beds.does_not_exist": { locators: [{ kind: "id" as const, id: "b" }] } };
    const profile = { name: "Mitt", urlPattern: "https://a.no/*", decimal: "comma" as const, fields };
    await expect(saveProfile({ type: "save-profile", profile })).rejects.toMatchObject({
      code: "profile_unknown_field",
      message: "beds.does_not_exist",
    });
    expect((await listProfiles()).profiles).toEqual([]);
  });

  it("treats unreadable managed storage (no policy) as no profiles", async () => {
    fake.storage.managed.get.mockRejectedValue(new Error("Managed storage manifest not found"));
    expect(await listProfiles()).toEqual({ profiles: [], managed: [], managedErrors: [] });
  });
});

describe("start-pick", () => {
  /** The tab answers the probe with one top frame, and the engine's pick with `picked`. */
  function pickAnswers(picked: unknown) {
    fake.scripting.executeScript.mockImplementation(async (details: object) => {
      const { args, files } = details as { args?: unknown[]; files?: string[] };
      if (files) return [];
      if (!args)
        return [{ frameId: 0, result: { url: "https://a.no/", origin: "https://a.no", children: [] } }];
      return [{ frameId: 0, result: picked }];
    });
  }

  it("returns the fields the engine picked, checked, and goes back to the asking tab", async () => {
    pickAnswers({
      picked: [
        { locators: [{ kind: "id", id: "tsb" }], label: "TSB", section: "", suggested: "beds.tsb_total" },
        { locators: [{ kind: "name", name: "x" }], label: "X", section: "", suggested: "beds.nonsense" },
      ],
    });
    const sender = { ...OWN_PAGE, tab: { id: 3 } } as never;
    expect(await startPick({ type: "start-pick", tabId: 7, multiple: true }, sender)).toEqual({
      picked: [
        { locators: [{ kind: "id", id: "tsb" }], label: "TSB", section: "", suggested: "beds.tsb_total" },
        { locators: [{ kind: "name", name: "x" }], label: "X", section: "" },
      ],
    });
    const pickCall = fake.scripting.executeScript.mock.calls
      .map(([details]) => details as { args?: unknown[] })
      .find((details) => details.args?.[0] === "pick");
    expect(pickCall?.args?.[1]).toMatchObject({ multiple: true, timeoutMs: expect.any(Number) });
    expect(fake.tabs.update).toHaveBeenNthCalledWith(1, 7, { active: true });
    expect(fake.tabs.update).toHaveBeenLastCalledWith(3, { active: true });
  });

  it("accepts nothing but the engine's own well-formed answer", async () => {
    pickAnswers({ picked: [{ locators: [{ kind: "css", path: 5 }], label: "<b>" }] });
    expect(await startPick({ type: "start-pick", tabId: 7 }, OWN_PAGE as never)).toEqual({ picked: [] });
    pickAnswers({ error: "engine_missing" });
    expect(await startPick({ type: "start-pick", tabId: 7 }, OWN_PAGE as never)).toEqual({ picked: [] });
  });
});
