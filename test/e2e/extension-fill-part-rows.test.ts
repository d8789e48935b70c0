// Wholes and parts as forms write them (adversary round 5, C20; forms after a01 and k26): a whole
// called "… totalt" (background/whole-words.ts), parts as columns "hvorav sykehusnivå | hvorav
// DPS" in PHV voksne's row (the catalogue's aliases). Parts as rows under their total ("– av disse
// per telefon") are not filled yet: nothing yet ties such a row to the total above it, and under
// "Samtaler totalt" it must stay empty (docs/extension.md, "Parts written under their total").
import { describe, expect, it } from "vitest";
import { browserForFile, fillHtml } from "./forms/fill-page";

const browser = browserForFile();

const page = (title: string, body: string) => `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>${title} 2025 – Sykehuset Telemark HF</title></head>
<body><h1>${title} 2025 – Sykehuset Telemark HF</h1>${body}</body></html>`;

const ACTIVITY = {
  "activity.consultations_adult": 61000,
  "activity.consultations_phone_adult": 7320,
  "activity.consultations_video_adult": 1220,
  "activity.consultations_children": 38000,
  "activity.consultations_phone_children": 8360,
};

const AV_DISSE = page(
  "Poliklinisk aktivitet",
  `<fieldset><legend>Voksne (PHV)</legend>
  <label>Konsultasjoner pr. 1000 innbyggere <input data-k="x:rate"></label>
  <label>Polikliniske konsultasjoner totalt <input data-k="activity.consultations_adult"></label>
  <label>– av disse per telefon <input data-k="activity.consultations_phone_adult"></label>
  <label>– av disse på video <input data-k="activity.consultations_video_adult"></label>
</fieldset>
<fieldset><legend>Barn og unge (PHBU)</legend>
  <label>Polikliniske konsultasjoner totalt <input data-k="activity.consultations_children"></label>
  <label>– av disse per telefon <input data-k="activity.consultations_phone_children"></label>
</fieldset>
<fieldset><legend>Voksne (PHV), ambulant</legend>
  <label>Samtaler totalt <input data-k="x:talks"></label>
  <label>– av disse per telefon <input data-k="x:talks-phone"></label>
</fieldset>`,
);

const BEDS = {
  "beds.phv_adult_total": 110,
  "beds.phv_adult_hospital": 46,
  "beds.phv_adult_dps": 64,
  "beds.phbu_total": 12,
};
const HVORAV_COLUMNS = page(
  "Døgnplasser",
  `<table>
<tr><th>Fagområde</th><th>Totalt</th><th>hvorav sykehusnivå</th><th>hvorav DPS</th><th>hvorav akutt</th></tr>
<tr><th>PHV voksne</th><td><input data-k="beds.phv_adult_total"></td><td><input data-k="beds.phv_adult_hospital"></td><td><input data-k="beds.phv_adult_dps"></td><td><input data-k="x:phv-akutt"></td></tr>
<tr><th>PHBU</th><td><input data-k="beds.phbu_total"></td><td><input data-k="x:phbu-hosp"></td><td><input data-k="x:phbu-dps"></td><td><input data-k="x:phbu-akutt"></td></tr>
</table>`,
);

describe("wholes called «totalt», parts as «hvorav» columns (C20)", () => {
  it("«Polikliniske konsultasjoner totalt» is the consultations; no «– av disse» row is filled, the twin under «Samtaler totalt» least of all", async () => {
    const { held } = await fillHtml(browser(), AV_DISSE, ACTIVITY);
    expect(held).toEqual({
      "x:rate": "",
      "activity.consultations_adult": "61000",
      "activity.consultations_phone_adult": "",
      "activity.consultations_video_adult": "",
      "activity.consultations_children": "38000",
      "activity.consultations_phone_children": "",
      "x:talks": "",
      "x:talks-phone": "",
    });
  });

  it("«hvorav sykehusnivå» / «hvorav DPS» in PHV voksne's row; PHBU's and an unknown «hvorav akutt» stay empty", async () => {
    const { held } = await fillHtml(browser(), HVORAV_COLUMNS, BEDS);
    expect(held).toEqual({
      "beds.phv_adult_total": "110",
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "x:phv-akutt": "",
      "beds.phbu_total": "12",
      "x:phbu-hosp": "",
      "x:phbu-dps": "",
      "x:phbu-akutt": "",
    });
  });
});
