import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findField } from "../../shared/templates/catalogue";
import { ROOT, requireBuiltCli, runCli, temporaryFolders } from "./cli-harness";

const folders = temporaryFolders("hso-report-activity");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

const ACTIVITY = join(ROOT, "examples/board/activity");
// The activity template and its example returns arrive with the templates' own work; until then the
// report has no activity section to show and this test has nothing to read.
const ready = findField("activity.wait_days_adult") !== undefined && existsSync(ACTIVITY);

describe.runIf(ready)("hso-report report: the activity section", { timeout: 60_000 }, () => {
  it("shows waiting times, referrals, the rejection rate and the telephone and video shares per trust", async () => {
    const folder = folders.make();
    for (const name of readdirSync(ACTIVITY).filter((file) => file.endsWith(".hso.json")))
      cpSync(join(ACTIVITY, name), join(folder, `aktivitet-${name}`));
    const out = join(folders.make(), "rapport.html");
    expect((await runCli(["report", folder, "--year", "2024", "--out", out])).code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('<h2 id="aktivitet-h">Aktivitet 2024</h2>');
    expect(html).toContain("Andel avviste henvisninger per foretak 2024");
    expect(html).toContain("Tallene i diagrammet: Telefon- og videokonsultasjoner");
    // The shares are computed from the counts in the packages, never read from them.
    const telemark = JSON.parse(readFileSync(join(ACTIVITY, "telemark-2024.hso.json"), "utf8")).values;
    const share =
      (telemark["activity.consultations_phone_adult"] / telemark["activity.consultations_adult"]) * 100;
    const expected = `${(Math.round(share * 10) / 10).toFixed(1).replace(".", ",")}\u00a0%`;
    expect(html).toContain(`<td class="num">${expected}</td>`);
  });
});
