import { describe, expect, it } from "vitest";
import { isUnitName } from "../../../shared/units/unit-name";

describe("isUnitName (a name a page gives its unit's org. no. where only the server reads it)", () => {
  it.each([
    "orgnr",
    "Enhet_OrgNr",
    "ORGNR",
    "organisasjonsnummer",
    "organizationNumber",
    "enhet",
    "Rapporterende_enhet",
    "enhetsnr",
    "unitId",
    "hso-unit",
    "helseforetak",
    "foretaksnr",
    "ctl00$Main$hfOrgNr",
  ])("%s names the unit", (name) => {
    expect(isUnitName(name)).toBe(true);
  });

  it.each([
    "__VIEWSTATEGENERATOR",
    "__VIEWSTATE",
    "saksnr",
    "rowId",
    "id",
    "forgotten",
    "rapporteringsaar",
    "",
  ])("%j does not", (name) => {
    expect(isUnitName(name)).toBe(false);
  });
});
