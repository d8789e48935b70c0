import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fillFields } from "../../../extension/fill-fields";
import { describeProfileIssue } from "../../../extension/i18n/profile-issue-words";
import { profilesJson } from "../../../extension/pages/options/profiles-json";
import { type ProfilesFileRead, parseProfilesFile } from "../../../extension/profile/parse-profiles-file";
import { PROFILE_LIMITS } from "../../../extension/profile/profile-limits";

const FORMS = new URL("../../e2e/forms/adversary-4/profiles/", import.meta.url);
const adversary = (name: string) => readFileSync(new URL(name, FORMS), "utf8");

const locator = (n: number) => ({ kind: "css", path: `#f${n}`, label: "PHV voksne, i alt", section: "2025" });
const profile = (name: string, fields: Record<string, unknown>) => ({
  name,
  urlPattern: "https://intranett.example.no/skjema/*",
  fields,
});
const file = (profiles: unknown[]) => JSON.stringify({ profiles });

/** Every refusal of a read, in both languages, nb first. */
function said(read: ProfilesFileRead): { nb: string[]; en: string[] } {
  if (read.ok) throw new Error("expected a refusal");
  return {
    nb: read.issues.map((issue) => describeProfileIssue(issue, "nb")),
    en: read.issues.map((issue) => describeProfileIssue(issue, "en")),
  };
}

describe("parseProfilesFile: the bounds of a file and a profile (adversary-4 B21)", () => {
  it("refuses p08-deep.json (50 000 levels) by its depth, measured without recursion, with its figure", () => {
    const read = parseProfilesFile(adversary("p08-deep.json"));
    const words = said(read);
    // The file's object and its 50 000 arrays; the ninth level opens at column 20.
    expect(words.nb[0]).toMatch(/^Filen er nestet 50\s001 nivåer dypt .*høyst 8\. .*linje 1, kolonne 20\.$/);
    expect(words.en[0]).toMatch(/^The file nests 50001 levels deep .*at most 8\. .*line 1, column 20\.$/);
    expect(words.en.join(" ")).not.toMatch(/call stack/i);
  });

  it("reads a file as deep as the format is (profile, field, locator: 7 levels)", () => {
    const read = parseProfilesFile(file([profile("Dyp", { "beds.tsb_total": { locators: [locator(1)] } })]));
    expect(read.ok).toBe(true);
  });

  it("refuses a profile of 60 000 fields by counting them, before any field is read", () => {
    const fields: Record<string, unknown> = {};
    for (let n = 0; n < 60_000; n++) fields[`beds.x${n}`] = { locators: [{ kind: "id", id: `x${n}` }] };
    fields["beds.tsb_total"] = { locators: [{ kind: "id", id: "s" }] };
    const words = said(parseProfilesFile(file([profile("stor", fields)])));
    expect(words.nb).toEqual([
      expect.stringMatching(
        /^Profil nr\. 1 «stor»: Profilen har 60\s001 felt; en profil kan ha høyst 500\.$/,
      ),
    ]);
    expect(words.en).toEqual([
      'Profile no. 1 "stor": The profile has 60001 fields; a profile may have at most 500.',
    ]);
  });

  it("refuses run-profiles.sh's p09-huge.json (the same with CSS paths, 5 MB) by its size", () => {
    const fields: Record<string, unknown> = {};
    for (let n = 0; n < 60_000; n++)
      fields[`beds.x${n}`] = { locators: [{ kind: "css", path: `input:nth-of-type(${n})` }] };
    fields["beds.tsb_total"] = { locators: [{ kind: "id", id: "s" }] };
    const text = file([profile("stor", fields)]);
    expect(said(parseProfilesFile(text)).en).toEqual([
      `The file is ${Buffer.byteLength(text)} bytes; a profiles file may be at most 4000000 bytes.`,
    ]);
  });

  it("reads a profile with every field the extension fills, each with the most locators a field may have", () => {
    const fields = Object.fromEntries(
      fillFields().map((field, n) => [
        field.id,
        { locators: Array.from({ length: PROFILE_LIMITS.locators }, (_, k) => locator(n * 10 + k)) },
      ]),
    );
    const read = parseProfilesFile(file([profile("Alle felt", fields)]));
    expect(read.ok && Object.keys(read.profiles[0]?.fields ?? {}).length).toBe(fillFields().length);
  });

  it("refuses a field with more locators than the limit, saying how many", () => {
    const many = Array.from({ length: PROFILE_LIMITS.locators + 1 }, (_, k) => locator(k));
    const words = said(parseProfilesFile(file([profile("A", { "beds.tsb_total": { locators: many } })])));
    expect(words.nb).toEqual([
      "Profil nr. 1 «A», felt beds.tsb_total («TSB, i alt»): Feltet har 9 søkemåter; et felt kan ha høyst 8.",
    ]);
  });

  it("refuses more profiles than the limit and reads as many as the limit", () => {
    const some = (n: number) => Array.from({ length: n }, (_, k) => profile(`P${k}`, {}));
    expect(said(parseProfilesFile(file(some(PROFILE_LIMITS.profiles + 1)))).nb).toEqual([
      "Filen har 201 profiler; en profilfil kan ha høyst 200.",
    ]);
    const read = parseProfilesFile(file(some(PROFILE_LIMITS.profiles)));
    expect(read.ok && read.profiles.length).toBe(PROFILE_LIMITS.profiles);
  });

  it("refuses a file over the byte limit with its size, and reads one just under it", () => {
    const padded = (bytes: number) => {
      const base = file([profile("P", {})]);
      return `${base.slice(0, -1)}${" ".repeat(bytes - Buffer.byteLength(base))}}`;
    };
    const under = padded(PROFILE_LIMITS.bytes);
    expect(Buffer.byteLength(under)).toBe(PROFILE_LIMITS.bytes);
    expect(parseProfilesFile(under).ok).toBe(true);
    // Counted in UTF-8 bytes: "ø" is two.
    const over = `${under.slice(0, -2)}ø}`;
    expect(said(parseProfilesFile(over)).en).toEqual([
      "The file is 4000001 bytes; a profiles file may be at most 4000000 bytes.",
    ]);
  });
});

describe("parseProfilesFile: every refusal in words, Norwegian first, with where (adversary-4 B23)", () => {
  it("says p05-proto-and-junk.json's `__proto__` is a forbidden key, and pollutes nothing", () => {
    const words = said(parseProfilesFile(adversary("p05-proto-and-junk.json")));
    expect(words.nb).toEqual([
      "Ulovlig nøkkel «__proto__» ved profiles.0.fields.__proto__: den er ikke et felt og leses aldri.",
    ]);
    expect(words.en[0]).toBe(
      'Forbidden key "__proto__" at profiles.0.fields.__proto__: it is not a field and is never read.',
    );
    expect(({} as Record<string, unknown>).locators).toBeUndefined();
  });

  it("says each fault of p05's other fields in words, never zod's English or the worker's message name", () => {
    const text = adversary("p05-proto-and-junk.json")
      .replace('"__proto__"', '"beds.phv_adult_total"')
      .replace('"constructor": { "locators": [ { "kind": "id", "id": "d" } ] },', "")
      .replace('"beds.does_not_exist": { "locators": [ { "kind": "id", "id": "b" } ] },', "");
    const words = said(parseProfilesFile(text));
    const where = "Profil nr. 1 «<img src=x onerror=alert(1)>»";
    expect(words.nb).toEqual([
      `${where}, felt beds.phv_adult_dps («PHV voksne, DPS»), søkemåte nr. 1, kind: «telepathy» er ikke et gyldig valg; gyldige er label, name, id, role, css.`,
      `${where}, felt beds.phv_adult_hospital («PHV voksne, sykehusnivå»), order: Må være et heltall fra −9\u00a0007\u00a0199\u00a0254\u00a0740\u00a0991 til 9\u00a0007\u00a0199\u00a0254\u00a0740\u00a0991.`,
      `${where}, felt beds.tsb_total («TSB, i alt»), order: Feil type: forventet et tall.`,
    ]);
    expect(words.en.join("\n")).not.toMatch(/✖|Invalid|invalid_message|discriminator|Too small/);
  });

  it("refuses a field id the catalogue does not know (beds.does_not_exist), naming it", () => {
    const words = said(
      parseProfilesFile(file([profile("A", { "beds.does_not_exist": { locators: [locator(1)] } })])),
    );
    expect(words.nb).toEqual([
      "Profil nr. 1 «A», felt beds.does_not_exist: Felt-id-en «beds.does_not_exist» finnes ikke i feltkatalogen (npx hso-report fields <mal> viser dem).",
    ]);
  });

  it("says where p01-not-json.json is not JSON: line and column", () => {
    const words = said(parseProfilesFile(adversary("p01-not-json.json")));
    expect(words.nb).toEqual(["Filen er ikke gyldig JSON: uventet «,» på linje 1, kolonne 96."]);
    expect(words.en).toEqual(['The file is not valid JSON: unexpected "," at line 1, column 96.']);
    const lines = said(parseProfilesFile('{\n  "profiles": [\n    { "name": "A", }\n  ]\n}'));
    expect(lines.en).toEqual(['The file is not valid JSON: unexpected "}" at line 3, column 20.']);
  });

  it("refuses the wildcard patterns of p02 and p03 in words", () => {
    expect(said(parseProfilesFile(adversary("p03-star-host.json"))).nb).toEqual([
      "Profil nr. 1 «Alt», urlPattern: * som vert er ikke tillatt: skriv intranettets vertsnavn.",
    ]);
    expect(said(parseProfilesFile(adversary("p02-all-urls.json"))).en).toEqual([
      'Profile no. 1 "Alt", urlPattern: Not a match pattern (such as https://intranett.example/skjema/*).',
    ]);
  });

  it("reads what the options page exports, a bare array and one profile alike", () => {
    const one = profile("Døgnplasser", { "beds.tsb_total": { locators: [locator(1)], order: 2 } });
    const exported = parseProfilesFile(file([one]));
    if (!exported.ok) throw new Error("the export must read");
    expect(parseProfilesFile(profilesJson(exported.profiles))).toEqual(exported);
    expect(parseProfilesFile(JSON.stringify([one]))).toEqual(exported);
    expect(parseProfilesFile(JSON.stringify(one))).toEqual(exported);
  });

  it("refuses two profiles of one name, an empty file and a file of no profiles", () => {
    expect(said(parseProfilesFile(file([profile("A", {}), profile("A", {})]))).nb).toEqual([
      "Profil nr. 2 «A»: En annen profil i filen har samme navn; navnet skiller profilene.",
    ]);
    expect(said(parseProfilesFile("  \n")).nb).toEqual(["Filen er tom."]);
    expect(said(parseProfilesFile('{"profiles": []}')).en).toEqual(["The file holds no profiles."]);
  });
});
