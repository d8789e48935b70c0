import { describe, expect, it } from "vitest";
import { wholeWords } from "../../../extension/background/whole-words";

describe("wholeWords", () => {
  it("a whole the catalogue declares may be called «… totalt»; a part or a lone field may not", () => {
    expect(wholeWords("activity.consultations_adult")).toEqual(["total"]);
    expect(wholeWords("beds.phv_adult_total")).toEqual(["total"]);
    expect(wholeWords("activity.consultations_phone_adult")).toEqual([]);
    expect(wholeWords("staffing.nurses_mh_master_headcount")).toEqual([]);
    expect(wholeWords("note.activity.consultations_adult")).toEqual([]);
  });
});
