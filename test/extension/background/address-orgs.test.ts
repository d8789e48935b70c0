import { describe, expect, it } from "vitest";
import { addressOrgs } from "../../../extension/background/address-orgs";

const values = (url: string) => addressOrgs(url).map((clue) => clue.value);

describe("addressOrgs (the unit a frame's address names)", () => {
  it("reads a query parameter named as the unit, with where it was found", () => {
    expect(addressOrgs("https://intranett.example.no/k47-url-orgnr.html?orgnr=983975240")).toEqual([
      { value: "983975240", where: "orgnr=983975240" },
    ]);
    expect(values("https://a.no/skjema?aar=2025&Enhet_OrgNr=983%20975%20240")).toEqual(["983975240"]);
    expect(values("https://a.no/skjema?unitId=983975267&enhet=983975240")).toEqual([
      "983975267",
      "983975240",
    ]);
  });

  it("reads a route's query after # and a path segment after a unit's name", () => {
    expect(values("https://a.no/app/#/skjema?orgnr=983975240")).toEqual(["983975240"]);
    expect(values("https://a.no/enhet/983975240/dognplasser")).toEqual(["983975240"]);
  });

  it("says nothing of nine digits under another name, of other lengths, or of a bad address", () => {
    expect(
      values("https://a.no/skjema?saksnr=983975240&id=983975240&__VIEWSTATEGENERATOR=983975240"),
    ).toEqual([]);
    expect(values("https://a.no/skjema/983975240?orgnr=98397524&enhet=9839752400")).toEqual([]);
    expect(values("https://a.no/skjema?orgnr=")).toEqual([]);
    expect(values("")).toEqual([]);
    expect(values("not a url")).toEqual([]);
  });
});
