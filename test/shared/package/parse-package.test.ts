import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { describePackageError } from "../../../shared/messages/describe";
import { packageText } from "../../../shared/package/build-package";
import { computeDigest } from "../../../shared/package/digest";
import { parsePackage } from "../../../shared/package/parse-package";
import { telemark2024 } from "./package-fixture";

/** The package as JSON with a change applied, re-signed unless told not to, so only the change is judged. */
function variant(change: (json: Record<string, unknown>) => void, resign = true): string {
  const json = JSON.parse(packageText(telemark2024()));
  change(json);
  if (resign) json.digest = computeDigest(json);
  return JSON.stringify(json);
}

function refusal(text: string) {
  const result = parsePackage(text);
  if (result.ok) throw new Error("expected a refusal");
  return {
    ...result.error,
    nb: describePackageError(result.error, "nb"),
    en: describePackageError(result.error, "en"),
  };
}

describe("parsePackage", () => {
  it("reads back what buildPackage wrote, member for member", () => {
    const result = parsePackage(packageText(telemark2024()));
    expect(result).toEqual({ ok: true, package: telemark2024() });
  });

  it("accepts a byte-order mark and any member order", () => {
    const pkg = telemark2024();
    const { digest, notes, ...rest } = pkg;
    const reordered = JSON.stringify({ digest, notes, ...rest });
    expect(parsePackage(`\uFEFF${reordered}`).ok).toBe(true);
  });

  it("refuses a tampered figure with the digest error, in both languages", () => {
    const error = refusal(
      variant((json) => ((json.values as Record<string, number>)["beds.phv_adult_total"] = 108), false),
    );
    expect(error.code).toBe("package_digest");
    expect(error.nb).toContain("Kontrollsummen stemmer ikke");
    expect(error.en).toContain("digest does not match");
  });

  it.each([
    ["empty text", "  \n", "package_empty", undefined],
    ["text that is not JSON", "{ not json", "package_not_json", undefined],
    ["a JSON array", "[]", "package_not_object", ""],
    ["another format", variant((json) => (json.format = "hso-package@2")), "package_format", undefined],
    ["an unknown top-level member", variant((json) => (json.extra = 1)), "package_unknown_field", "extra"],
    ["a missing member", variant((json) => delete json.notes), "package_missing_member", "notes"],
    ["a year as text", variant((json) => (json.year = "2024")), "package_type", "year"],
    [
      "a figure as text",
      variant((json) => ((json.values as Record<string, unknown>)["beds.phv_adult_total"] = "103")),
      "package_type",
      "values.beds.phv_adult_total",
    ],
    [
      "an unknown field",
      variant((json) => ((json.values as Record<string, unknown>)["beds.phv_adult_totl"] = 1)),
      "package_unknown_field",
      "values.beds.phv_adult_totl",
    ],
    [
      "a field of a template the package does not hold",
      variant((json) => ((json.values as Record<string, unknown>)["staffing.sick_leave_pct"] = 6)),
      "package_unknown_field",
      "values.staffing.sick_leave_pct",
    ],
    [
      "a note on an unknown field",
      variant((json) => ((json.notes as Record<string, unknown>)["beds.nope"] = "x")),
      "package_unknown_field",
      "notes.beds.nope",
    ],
    [
      "an unknown template",
      variant((json) => (json.templates = { budget: "2025.1" })),
      "package_unknown_field",
      "templates.budget",
    ],
    [
      "another template version",
      variant((json) => (json.templates = { beds: "2031.1" })),
      "package_template_version",
      "templates.beds",
    ],
    [
      "an invalid org. no.",
      variant((json) => ((json.unit as Record<string, string>).org = "983975268")),
      "package_unit",
      "unit.org",
    ],
    ["a year out of range", variant((json) => (json.year = 1999)), "package_year", "year"],
    [
      "a malformed digest",
      variant((json) => (json.digest = "md5:abc"), false),
      "package_digest_form",
      "digest",
    ],
    [
      "a figure too large for a number (1e400 reads as Infinity)",
      packageText(telemark2024()).replace(": 103", ": 1e400"),
      "package_type",
      "values.beds.phv_adult_total",
    ],
  ])("refuses %s", (_name, text, code, path) => {
    const error = refusal(text);
    expect(error.code).toBe(code);
    if (path !== undefined) expect(error.path).toBe(path);
    expect(error.nb.length).toBeGreaterThan(10);
    expect(error.en).not.toBe(error.nb);
  });

  it.each(["__proto__", "constructor", "prototype"])("refuses the prototype key %s anywhere", (key) => {
    const text = packageText(telemark2024()).replace(
      '"values": {',
      `"values": {\n    "${key}": { "polluted": true },`,
    );
    const error = refusal(text);
    expect(error.code).toBe("package_prototype_key");
    expect(error.path).toBe(`values.${key}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("names the member in its message", () => {
    const error = refusal(
      variant((json) => ((json.values as Record<string, unknown>)["beds.phv_adult_total"] = "103")),
    );
    expect(error.nb).toBe("Feil type ved values.beds.phv_adult_total: forventet et tall.");
    expect(error.en).toBe("Wrong type at values.beds.phv_adult_total: expected a number.");
  });

  it("names every wrong member, not only the first, so a hand-edited package is fixed in one go", () => {
    const error = refusal(
      variant((json) => {
        const values = json.values as Record<string, unknown>;
        values["beds.phv_adult_total"] = "103";
        values["beds.phbu_total"] = "12";
      }),
    );
    expect(error.code).toBe("package_type");
    expect(error.also).toHaveLength(1);
    expect(error.nb).toMatch(
      /^Feil type ved values\.beds\.\w+: forventet et tall\. Også feil ved: values\.beds\.\w+\.$/,
    );
    expect(error.en).toContain(" Also wrong: values.beds.");
    expect(`${error.path} ${error.also?.[0]}`).toMatch(/phv_adult_total/);
    expect(`${error.path} ${error.also?.[0]}`).toMatch(/phbu_total/);
  });

  it("says a misspelt status code and the codes allowed", () => {
    const file = resolve(import.meta.dirname, "../../../examples/board/plan-status/innlandet-2025.hso.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    json.values["plan_status.children_24_7"] = "in_plase";
    json.values["plan_status.children_pathways"] = "På plass";
    json.digest = computeDigest(json);
    const error = refusal(JSON.stringify(json));
    expect(error.nb).toBe(
      "«in_plase» ved values.plan_status.children_24_7 er ikke et gyldig valg; gyldige koder er " +
        "not_started, in_progress, in_place. Også feil ved: values.plan_status.children_pathways.",
    );
    expect(error.en).toContain("“in_plase” at values.plan_status.children_24_7 is not a valid choice");
  });
});
