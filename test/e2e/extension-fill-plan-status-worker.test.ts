import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FillResult, ImportResult, Preview, UndoSummary } from "../../extension/messages";
import { parseProfilesJson, profilesJson } from "../../extension/pages/options/profiles-json";
import { type ExtensionSession, openExtensionSession } from "../../scripts/try-form/extension-session.js";
import { grantedCopy } from "../../scripts/try-form/granted-copy.js";
import { packageText } from "../../shared/package/build-package";
import { activityForm, innlandetActivity } from "./forms/activity-form";
import { EXTENSION_DIR } from "./forms/browser";
import {
  innlandetPlanStatus,
  planStatusIds,
  planStatusRadioForm,
  planStatusSelectForm,
} from "./forms/plan-status-forms";
import { type FormServer, startFormServer } from "./forms/serve-forms";
import { tryForm } from "./forms/try-form";

// Plan status and activity through the whole extension in Debian's Chromium: the built service
// worker imports the trusts' example packages, previews, fills, checks and undoes as the popup
// asks, and `npm run try-form --profile` reads a profiles file that names a status and a comment.

const PLAN = innlandetPlanStatus();
const ACTIVITY = innlandetActivity();
const RADIO = planStatusRadioForm(PLAN);
const SELECT = planStatusSelectForm(PLAN);
const ACTIVITY_FORM = activityForm(ACTIVITY);
const ORG = PLAN.unit.org;

let server: FormServer;
let session: ExtensionSession;
let copy: { dir: string; remove(): void };
let dir: string;

beforeAll(async () => {
  server = await startFormServer({
    pages: { [RADIO.path]: RADIO.html, [SELECT.path]: SELECT.html, [ACTIVITY_FORM.path]: ACTIVITY_FORM.html },
  });
  dir = mkdtempSync(join(tmpdir(), "hso-plan-status-"));
  copy = grantedCopy(EXTENSION_DIR, ["http://127.0.0.1/*"]);
  session = await openExtensionSession(copy.dir);
  const imported = await session.send<{ results: ImportResult[] }>({
    type: "import-packages",
    files: [
      { name: "innlandet-2025.hso.json", text: packageText(PLAN) },
      { name: "innlandet-aktivitet-2024.hso.json", text: packageText(ACTIVITY) },
    ],
  });
  for (const result of imported.results)
    if (!result.ok || !result.package.fillable) throw new Error(`package refused: ${JSON.stringify(result)}`);
}, 120_000);
afterAll(async () => {
  await session?.close();
  copy?.remove();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const at = (page: { url(): string }) => ({ url: page.url(), origin: new URL(page.url()).origin });
const statusIds = planStatusIds(PLAN);

describe("plan status through the service worker", () => {
  it("previews every status and comment with its field, fills the ticked rows, checks, and undoes", async () => {
    const { tabId, page } = await session.openTab(`${server.origin}${RADIO.path}`);
    const base = { tabId, org: ORG, year: PLAN.year, expect: at(page) };
    const preview = await session.send<Preview>({ type: "plan-tab", ...base });
    const planned = preview.rows.filter((row) => row.outcome === "planned");
    expect(planned.flatMap((row) => row.ids).sort()).toEqual(
      [...statusIds, ...Object.keys(PLAN.notes).map((id) => `note.${id}`)]
        .filter((id) => id !== "note.plan_status.children_pathways")
        .sort(),
    );
    expect(preview.labels["note.plan_status.joint_intake"]?.nb).toMatch(/^Kommentar: Felles inntak/);
    const comment = planned.find((row) => row.ids[0] === "note.plan_status.joint_intake");
    expect(comment?.field?.label).toBe("Kommentar");
    expect(comment?.field?.section).toContain("Felles inntak med kommunehelsetjenesten");
    // The user unticks one measure's status.
    const ids = planned.flatMap((row) => row.ids).filter((id) => id !== "plan_status.children_24_7");
    const fill = await session.send<FillResult>({ type: "fill-tab", ...base, mode: "fill", ids });
    expect(fill.filled.sort()).toEqual([...ids].sort());
    expect(
      await page.evaluate(() => document.querySelectorAll("input[name=status_children_24_7]:checked").length),
    ).toBe(0);
    expect(await page.inputValue("#c-joint_intake")).toBe("Ikke besluttet.");
    const check = await session.send<FillResult>({ type: "fill-tab", ...base, mode: "check" });
    expect(check.matched.sort()).toEqual([...ids].sort());
    expect(check.mismatched.map((row) => row.id)).toEqual(["plan_status.children_24_7"]);
    const undone = await session.send<UndoSummary>({ type: "undo-tab", tabId });
    expect(undone.failed).toEqual([]);
    expect(undone.restored.sort()).toEqual([...ids].sort());
    expect(
      await page.evaluate(() => ({
        checked: document.querySelectorAll("input[type=radio]:checked").length,
        written: [...document.querySelectorAll("textarea")].filter((box) => box.value !== "").length,
      })),
    ).toEqual({ checked: 0, written: 0 });
    await page.close();
  });

  it("activity: the computed shares no field asks for are neither filled nor listed as missing", async () => {
    const { tabId, page } = await session.openTab(`${server.origin}${ACTIVITY_FORM.path}`);
    const base = { tabId, org: ORG, year: ACTIVITY.year, expect: at(page) };
    const fill = await session.send<FillResult>({ type: "fill-tab", ...base, mode: "fill" });
    const asked = Object.entries(ACTIVITY_FORM.expected).filter(([, spec]) => spec !== null);
    expect(fill.filled.sort()).toEqual(asked.map(([id]) => id).sort());
    expect(fill.missing.sort()).toEqual(["activity.unit_org", "activity.year"]);
    expect(fill.rows.some((row) => row.ids.includes("activity.rejection_rate_adult"))).toBe(false);
    expect(await page.inputValue("#wait-adult")).toBe("45,2");
    expect(await page.inputValue("#phoneshare-children")).toBe("22,3");
    await page.close();
  });
});

describe("npm run try-form --profile", () => {
  it("reads the options page's export naming a status and its comment, and fills only those", async () => {
    const profile = {
      name: "Tiltaksstatus",
      urlPattern: `${server.origin}/plan-status-select*`,
      decimal: "comma" as const,
      fields: {
        "plan_status.cooccurring_ward_routines": {
          locators: [{ kind: "id" as const, id: "s-cooccurring_ward_routines" }],
        },
        "note.plan_status.cooccurring_ward_routines": {
          locators: [{ kind: "name" as const, name: "c_cooccurring_ward_routines" }],
        },
      },
    };
    const file = join(dir, "profiles.json");
    writeFileSync(file, profilesJson([profile]));
    expect(parseProfilesJson(readFileSync(file, "utf8")).ok).toBe(true);
    const pkg = join(dir, "innlandet-2025.hso.json");
    writeFileSync(pkg, packageText(PLAN));
    const { code, stdout, stderr } = await tryForm([
      `${server.origin}${SELECT.path}`,
      pkg,
      "--profile",
      file,
    ]);
    const printed = JSON.parse(stdout);
    expect(printed.filled.sort(), stderr).toEqual([
      "note.plan_status.cooccurring_ward_routines",
      "plan_status.cooccurring_ward_routines",
    ]);
    expect(printed.mismatched).toEqual([]);
    expect(code).toBe(0);
  });
});
