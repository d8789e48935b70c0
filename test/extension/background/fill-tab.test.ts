import { beforeEach, describe, expect, it, vi } from "vitest";
import { fillTab } from "../../../extension/background/fill-tab";
import { importPackages } from "../../../extension/background/import-packages";
import { planTab } from "../../../extension/background/plan-tab";
import { undoTab } from "../../../extension/background/undo-tab";
import { waitForReload } from "../../../extension/background/wait-for-reload";
import type {
  ContentRequest,
  FieldInfo,
  FigureReport,
  FrameReports,
  FrameResult,
  Outcome,
} from "../../../extension/content/content-api";
import { saveUserProfiles } from "../../../extension/storage/profile-store";
import { loadTabResult } from "../../../extension/storage/tab-results";
import { forgetTabState, loadPlan, loadUndo } from "../../../extension/storage/tab-state";
import { createFakeBrowser, type FakeBrowser, fakeHolder } from "./fake-browser";
import { bedsPackageText } from "./test-packages";

vi.mock("webextension-polyfill", async () => ({ default: (await import("./fake-browser")).browserProxy }));

vi.mock("../../../extension/background/wait-for-reload", async (original) => ({
  ...(await original<typeof import("../../../extension/background/wait-for-reload")>()),
  waitForReload: vi.fn(async () => "loaded" as const),
}));

const ORG = "983975267";
let fake: FakeBrowser;

const TOP = "https://intranett.example.no/skjema/1";
const ORIGIN = "https://intranett.example.no";

/** A frame as the probe sees it (probe-frames.ts): where it is and what it embeds. */
interface ProbedFrame {
  frameId: number;
  url: string;
  children?: string[];
}

/**
 * Makes the fake browser answer like a tab: the probe with `probed` (one top frame by default),
 * every run with the frames `answer` gives (one per targeted frame id); records the requests and
 * the frame ids each run targeted.
 */
function frames(
  answer: (request: ContentRequest) => FrameReports[],
  probed: ProbedFrame[] = [{ frameId: 0, url: TOP }],
): ContentRequest[] & { targets: number[][] } {
  const requests = Object.assign([] as ContentRequest[], { targets: [] as number[][] });
  fake.scripting.executeScript.mockImplementation(async (details: object) => {
    const { args, files, target } = details as {
      args?: [ContentRequest];
      files?: string[];
      target: { frameIds?: number[] };
    };
    if (files) return [];
    if (typeof args?.[0] === "string")
      return (target.frameIds ?? [0]).map((frameId) => ({
        frameId,
        result: calls(args as unknown as [string, unknown]),
      }));
    if (!args)
      return probed.map((frame) => ({
        frameId: frame.frameId,
        result: { url: frame.url, origin: new URL(frame.url).origin, children: frame.children ?? [] },
      }));
    requests.push(args[0]);
    requests.targets.push(target.frameIds ?? []);
    return answer(args[0]).map((result, index) => ({ frameId: target.frameIds?.[index] ?? 0, result }));
  });
  return requests;
}

/** What the engine's other functions answer (identity, undo): none installed, unless a test says. */
let calls: (args: [string, unknown]) => unknown = () => ({ error: "engine_missing" });

const fill = (mode: "fill" | "check", part: { year?: number; url?: string; origin?: string } = {}) =>
  fillTab({
    type: "fill-tab",
    tabId: 7,
    org: ORG,
    year: part.year ?? 2024,
    mode,
    expect: { url: part.url ?? TOP, origin: part.origin ?? ORIGIN },
  });

/**
 * A frame's answer as the engine gives it (content-api.ts `FrameReports`), from the reports given,
 * else one report per id of the lists given: the worker derives the lists from the reports
 * (frame-lists.ts), so what a test says a frame filled is what the worker reads.
 */
const frame = (part: Partial<FrameResult>): FrameReports => {
  const { frameUrl = TOP, filled = [], matched = [], pending = [], mismatched = [], missing = [] } = part;
  const reports = (ids: string[], outcome: Outcome) => ids.map((id): FigureReport => ({ id, outcome }));
  const figures = part.figures ?? [
    ...reports(filled, "filled"),
    ...reports(matched, "matched"),
    ...reports(pending, "pending"),
    ...mismatched.map((item): FigureReport => ({ ...item, outcome: "mismatched" })),
    ...missing.map((id): FigureReport => ({ id, outcome: part.reasons?.[id] ?? "not_found" })),
  ];
  const { reloading, undoId, error } = part;
  return { frameUrl, figures, reloading, undoId, error };
};

beforeEach(async () => {
  calls = () => ({ error: "engine_missing" });
  vi.mocked(waitForReload).mockResolvedValue("loaded");
  fake = createFakeBrowser();
  fakeHolder.current = fake;
  await importPackages({ type: "import-packages", files: [{ name: "t.hso.json", text: bedsPackageText() }] });
});

describe("fill-tab", () => {
  it("injects the content script into the page's frames and merges their answers", async () => {
    const requests = frames(
      () => [
        frame({ filled: ["beds.phv_adult_total"], missing: ["beds.tsb_total", "beds.phbu_total"] }),
        frame({ filled: ["beds.tsb_total"], missing: ["beds.phv_adult_total", "beds.phbu_total"] }),
        { error: "not a frame result" } as unknown as FrameReports,
      ],
      [
        { frameId: 0, url: TOP },
        { frameId: 3, url: `${ORIGIN}/skjema/ramme` },
        { frameId: 4, url: `${ORIGIN}/skjema/tom` },
      ],
    );
    const result = await fill("fill");
    expect(fake.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [0, 3, 4] },
      files: ["content.js"],
    });
    expect(requests[0]).toMatchObject({ mode: "fill", waitMs: expect.any(Number) });
    expect(requests[0]?.figures.find((figure) => figure.id === "beds.tsb_total")).toMatchObject({
      value: 20.5,
      kind: "beds",
    });
    expect(result).toMatchObject({
      filled: ["beds.phv_adult_total", "beds.tsb_total"],
      frames: 3,
      frameErrors: [`${ORIGIN}/skjema/tom: no_answer`],
      origin: ORIGIN,
      url: TOP,
      package: { org: ORG, year: 2024 },
    });
    // The frame that did not answer found nothing: what no frame found is missing.
    expect(result.missing).toContain("beds.phbu_total");
    expect(result.missing).not.toContain("beds.tsb_total");
    expect(result.labels["beds.tsb_total"]?.nb).toBeTruthy();
    expect(await loadTabResult(7)).toEqual(result);
  });

  it("fills the pending figures again after the page reloaded, and re-reads the earlier ones", async () => {
    const requests = frames((request) => {
      if (request.mode === "check") return [frame({ matched: request.figures.map((figure) => figure.id) })];
      if (requests.length === 1)
        return [frame({ filled: ["beds.phv_adult_dps"], pending: ["beds.tsb_total"] })];
      return [frame({ filled: request.figures.map((figure) => figure.id) })];
    });
    const result = await fill("fill");
    // After the reload the field filled before is read back first (a reload may wipe it).
    expect(requests.map((request) => [request.mode, request.figures.map((figure) => figure.id)])).toEqual([
      ["fill", expect.arrayContaining(["beds.tsb_total", "beds.phv_adult_dps"])],
      ["check", ["beds.phv_adult_dps"]],
      ["fill", ["beds.tsb_total"]],
      ["check", ["beds.phv_adult_dps", "beds.tsb_total"]],
    ]);
    expect(result).toMatchObject({ filled: ["beds.phv_adult_dps", "beds.tsb_total"], pending: [] });
  });

  it("waits for a reload the last write set off before reading back, even with nothing pending", async () => {
    const events: string[] = [];
    vi.mocked(waitForReload).mockImplementation(async () => {
      events.push("reloaded");
      return "loaded";
    });
    frames((request) => {
      events.push(request.mode);
      return request.mode === "check"
        ? [frame({ matched: request.figures.map((figure) => figure.id) })]
        : [frame({ filled: ["beds.tsb_total"], reloading: true })];
    });
    const result = await fill("fill");
    expect(events).toEqual(["fill", "reloaded", "check"]);
    expect(result.filled).toEqual(["beds.tsb_total"]);
  });

  it("reports a field lost in the reload as differing, not filled", async () => {
    const requests = frames((request) => {
      if (request.mode === "check") {
        return [frame({ mismatched: [{ id: "beds.phv_adult_dps", expected: "63", actual: "" }] })];
      }
      if (requests.length === 1)
        return [frame({ filled: ["beds.phv_adult_dps"], pending: ["beds.tsb_total"] })];
      return [frame({ filled: ["beds.tsb_total"] })];
    });
    const result = await fill("fill");
    expect(result.filled).toEqual(["beds.tsb_total"]);
    expect(result.mismatched.map((item) => item.id)).toEqual(["beds.phv_adult_dps"]);
  });

  it("fills again, boundedly, a field the reload wiped (a unit list that loads the unit's draft)", async () => {
    const requests = frames((request) => {
      const ids = request.figures.map((figure) => figure.id);
      if (request.mode === "check") {
        const wiped = ids.filter((id) => id === "beds.phv_adult_dps");
        return [
          frame({
            mismatched: wiped.map((id) => ({ id, expected: "63", actual: "" })),
            matched: ids.filter((id) => id !== "beds.phv_adult_dps"),
          }),
        ];
      }
      if (requests.length === 1)
        return [
          frame({
            filled: ["beds.phv_adult_dps", "beds.unit_org"],
            pending: ["beds.tsb_total"],
            reloading: true,
          }),
        ];
      return [frame({ filled: ids, reloading: true })];
    });
    const result = await fill("fill");
    const fills = requests
      .filter((request) => request.mode === "fill")
      .map((request) => request.figures.map((figure) => figure.id).sort());
    // The first fill, then the pending field with the wiped one, then the wiped one once more: bounded.
    expect(fills.slice(1)).toEqual([["beds.phv_adult_dps", "beds.tsb_total"], ["beds.phv_adult_dps"]]);
    expect(result.mismatched.map((item) => item.id)).toContain("beds.phv_adult_dps");
    expect(result.filled).not.toContain("beds.phv_adult_dps");
  });

  it("B22: a marked reload that does not come leaves the same page: the rest is filled without the marks, nothing overwritten", async () => {
    const marked = { reloads: true, locators: [{ kind: "id" as const, id: "x" }] };
    await saveUserProfiles([
      {
        name: "Skjema",
        urlPattern: `${ORIGIN}/skjema/*`,
        decimal: "comma",
        fields: {
          "beds.phv_adult_hospital": { ...marked, order: 1 },
          "beds.phv_adult_dps": { ...marked, order: 2 },
          "beds.tsb_total": { ...marked, order: 3 },
        },
      },
    ]);
    vi.mocked(waitForReload).mockResolvedValue("none");
    // As the engine fills: in order, stopping after a field the request's profile says reloads.
    const requests = frames((request) => {
      if (request.mode === "check") return [frame({ matched: request.figures.map((figure) => figure.id) })];
      const ids = request.figures
        .map((figure) => figure.id)
        .filter((id) => id in (request.profile?.fields ?? {}));
      const stop = ids.findIndex((id) => request.profile?.fields[id]?.reloads === true);
      const written = stop < 0 ? ids : ids.slice(0, stop + 1);
      const pending = ids.slice(written.length);
      return [
        frame({ filled: written, pending, undoId: `u${requests.length}`, reloading: pending.length > 0 }),
      ];
    });
    const result = await fill("fill");
    const fills = requests.filter((request) => request.mode === "fill");
    expect(fills.map((request) => request.figures.map((figure) => figure.id))).toEqual([
      expect.arrayContaining(["beds.phv_adult_hospital", "beds.phv_adult_dps", "beds.tsb_total"]),
      ["beds.phv_adult_dps", "beds.tsb_total"],
    ]);
    expect(fills[1]?.profile?.fields["beds.phv_adult_dps"]?.reloads).toBeUndefined();
    expect(fills[1]?.overwrite).toBeUndefined();
    expect(result.filled).toEqual(["beds.phv_adult_hospital", "beds.phv_adult_dps", "beds.tsb_total"]);
    // The wait the worker used, for the popup's and try-form's words (not a 3 written there again).
    expect(result).toMatchObject({ pending: [], reloadMissed: { waitedMs: 3_000 }, undoAvailable: true });
  });

  it("a postback that starts and does not finish: nothing more is written, the fields are read back, no 'did not reload' note", async () => {
    vi.mocked(waitForReload).mockResolvedValue("timed_out");
    const requests = frames((request) =>
      request.mode === "check"
        ? [frame({ mismatched: [{ id: "beds.unit_org", expected: "983975267", actual: "" }] })]
        : [frame({ filled: ["beds.unit_org"], pending: ["beds.tsb_total"], reloading: true })],
    );
    const result = await fill("fill");
    expect(requests.map((request) => request.mode)).toEqual(["fill", "check"]);
    expect(result.filled).not.toContain("beds.unit_org");
    expect(result.mismatched.map((item) => item.id)).toContain("beds.unit_org");
    expect(result.reloadMissed).toBeUndefined();
  });

  it("twin of B22: a marked reload that comes: the rest waits for it, marks heeded, no note", async () => {
    const marked = { reloads: true, locators: [{ kind: "id" as const, id: "x" }] };
    await saveUserProfiles([
      {
        name: "Skjema",
        urlPattern: `${ORIGIN}/skjema/*`,
        decimal: "comma",
        fields: { "beds.unit_org": { ...marked, order: 1 } },
      },
    ]);
    const requests = frames((request) => {
      if (request.mode === "check") return [frame({ matched: request.figures.map((figure) => figure.id) })];
      return requests.length === 1
        ? [frame({ filled: ["beds.unit_org"], pending: ["beds.tsb_total"], reloading: true })]
        : [frame({ filled: request.figures.map((figure) => figure.id) })];
    });
    const result = await fill("fill");
    const fills = requests.filter((request) => request.mode === "fill");
    expect(fills[1]?.profile?.fields["beds.unit_org"]?.reloads).toBe(true);
    expect(fills[1]?.overwrite).toBe(true);
    expect(result.filled).toEqual(["beds.unit_org", "beds.tsb_total"]);
    expect(result.reloadMissed).toBeUndefined();
  });

  it("check mode writes nothing and never waits for reloads", async () => {
    const requests = frames(() => [frame({ matched: ["beds.tsb_total"], pending: ["beds.phbu_total"] })]);
    const result = await fill("check");
    expect(requests.map((request) => request.mode)).toEqual(["check"]);
    expect(result).toMatchObject({ mode: "check", matched: ["beds.tsb_total"] });
  });

  it("uses the user's profile whose pattern matches the tab", async () => {
    const profile = {
      name: "Skjema",
      urlPattern: "https://intranett.example.no/skjema/*",
      decimal: "point" as const,
      fields: {},
    };
    await saveUserProfiles([profile]);
    const requests = frames(() => [frame({})]);
    const result = await fill("fill");
    expect(requests[0]?.profile).toEqual(profile);
    expect(result.profile).toEqual({ name: "Skjema", managed: false });
  });

  it("a fill whose naming of invalid CSS fails (the frames cannot be probed again) keeps its result, saved and shown", async () => {
    await saveUserProfiles([
      {
        name: "Skjema",
        urlPattern: `${ORIGIN}/skjema/*`,
        decimal: "comma",
        fields: { "beds.tsb_total": { locators: [{ kind: "css", path: "input[" }] } },
      },
    ]);
    let written = false;
    frames(() => {
      written = true;
      return [
        frame({
          filled: ["beds.phbu_total"],
          missing: ["beds.tsb_total"],
          undoId: "u1",
          figures: [
            { id: "beds.phbu_total", outcome: "filled" },
            { id: "beds.tsb_total", outcome: "not_found" },
          ],
        }),
      ];
    });
    const answer = fake.scripting.executeScript.getMockImplementation();
    fake.scripting.executeScript.mockImplementation(async (details: object) => {
      const { args, files } = details as { args?: unknown[]; files?: string[] };
      if (written && !args && !files) throw new Error("Frame with ID 0 was removed.");
      return answer ? answer(details) : [];
    });
    const result = await fill("fill");
    expect(result).toMatchObject({ filled: ["beds.phbu_total"], undoAvailable: true });
    expect(result.rows.find((row) => row.ids.includes("beds.tsb_total"))?.invalidCss).toBeUndefined();
    expect(await loadTabResult(7)).toEqual(result);
    expect(await loadUndo(7)).toEqual([{ frameId: 0, undoId: "u1" }]);
  });

  it("refuses a package that is not imported, or whose errors block filling", async () => {
    await expect(fill("fill", { year: 2023 })).rejects.toMatchObject({
      code: "package_missing",
    });
    const broken = bedsPackageText(2022, { "beds.phv_adult_total": 110 });
    await importPackages({ type: "import-packages", files: [{ name: "b.hso.json", text: broken }] });
    await expect(fill("fill", { year: 2022 })).rejects.toMatchObject({
      code: "package_not_fillable",
    });
  });

  it("answers no_access when the browser refuses to inject", async () => {
    fake.scripting.executeScript.mockRejectedValue(new Error("Cannot access contents of the page"));
    await expect(fill("fill")).rejects.toMatchObject({
      code: "no_access",
    });
  });

  it("fills each template's unit and year from the envelope when the values leave them out", async () => {
    const requests = frames(() => [frame({})]);
    await fill("fill");
    const values = Object.fromEntries(requests[0]?.figures.map((figure) => [figure.id, figure.value]) ?? []);
    expect(values).toMatchObject({ "beds.unit_org": ORG, "beds.year": 2024 });
    expect(requests[0]?.figures.slice(0, 2).map((figure) => figure.id)).toEqual([
      "beds.unit_org",
      "beds.year",
    ]);
  });
});

describe("fill-tab goes only where the user chose", () => {
  it("refuses a tab that is no longer on the origin the popup showed, before injecting anything", async () => {
    frames(() => [frame({ filled: ["beds.tsb_total"] })]);
    fake.tabs.get.mockResolvedValue({ id: 7, url: "http://localhost/evil" });
    await expect(fill("fill")).rejects.toMatchObject({ code: "page_changed" });
    await expect(fill("fill", { origin: "http://localhost" })).rejects.toMatchObject({
      code: "page_changed",
    });
    expect(fake.scripting.executeScript).not.toHaveBeenCalled();
  });

  it("stops after a reload that took the tab to another origin; the waiting fields are not filled", async () => {
    const requests = frames(() => [frame({ filled: ["beds.unit_org"], pending: ["beds.tsb_total"] })]);
    vi.mocked(waitForReload).mockImplementation(async () => {
      fake.tabs.get.mockResolvedValue({ id: 7, url: "http://localhost/evil" });
      return "loaded";
    });
    const result = await fill("fill");
    expect(requests.map((request) => request.mode)).toEqual(["fill"]);
    expect(result).toMatchObject({ stopped: "page_changed", filled: ["beds.unit_org"], pending: [] });
    expect(result.missing).toContain("beds.tsb_total");
  });

  it("stops after a reload that left the profile's pattern on the same origin", async () => {
    await saveUserProfiles([
      { name: "Skjema", urlPattern: `${ORIGIN}/skjema/*`, decimal: "comma", fields: {} },
    ]);
    const requests = frames(() => [frame({ filled: ["beds.unit_org"], pending: ["beds.tsb_total"] })]);
    vi.mocked(waitForReload).mockImplementation(async () => {
      fake.tabs.get.mockResolvedValue({ id: 7, url: `${ORIGIN}/annet/skjema` });
      return "loaded";
    });
    const result = await fill("fill");
    expect(requests).toHaveLength(1);
    expect(result.stopped).toBe("page_changed");
    expect(result.missing).toContain("beds.tsb_total");
  });

  it("chooses the profile by the address the popup showed, not by where the tab is now", async () => {
    await saveUserProfiles([
      { name: "Skjema", urlPattern: `${ORIGIN}/skjema/*`, decimal: "comma", fields: {} },
    ]);
    fake.tabs.get.mockResolvedValue({ id: 7, url: `${ORIGIN}/annet` });
    frames(() => [frame({})]);
    await expect(fill("fill")).rejects.toMatchObject({ code: "page_changed" });
  });

  it("fills only frames of the top page's origin and names the others, reached or not", async () => {
    const requests = frames(
      () => [frame({ filled: ["beds.tsb_total"] })],
      [
        { frameId: 0, url: TOP, children: ["http://localhost:9/evil", "https://annet.example/x"] },
        { frameId: 5, url: "http://localhost:9/evil" },
      ],
    );
    const result = await fill("fill");
    expect(requests.targets).toEqual([[0]]);
    expect(result.skippedFrames).toEqual([
      { url: "https://annet.example/x", reason: "unreachable" },
      { url: "http://localhost:9/evil", reason: "other_origin" },
    ]);
  });

  it("with a profile, leaves out frames of the same origin outside its pattern", async () => {
    await saveUserProfiles([
      { name: "Skjema", urlPattern: `${ORIGIN}/skjema/1`, decimal: "comma", fields: {} },
    ]);
    const requests = frames(
      () => [frame({})],
      [
        { frameId: 0, url: TOP },
        { frameId: 2, url: `${ORIGIN}/reklame` },
      ],
    );
    const result = await fill("fill");
    expect(requests.targets).toEqual([[0]]);
    expect(result.skippedFrames).toEqual([{ url: `${ORIGIN}/reklame`, reason: "outside_profile" }]);
  });
});

const field = (label: string, section = ""): FieldInfo => ({
  label,
  section,
  score: 0.9,
  current: "",
  locators: [{ kind: "label", label, ...(section ? { section } : {}) }],
});

describe("preview, confirm, undo", () => {
  const plan = () =>
    planTab({ type: "plan-tab", tabId: 7, org: ORG, year: 2024, expect: { url: TOP, origin: ORIGIN } });

  it("plans in every frame of the origin, keeps the rows per frame and lists each figure's field", async () => {
    const requests = frames(
      (request) =>
        [
          frame({
            figures: [
              { id: "beds.tsb_total", outcome: "planned", field: field("TSB, i alt"), expected: "20,5" },
              { id: "beds.phbu_total", outcome: "not_found" },
            ],
          }),
          frame({
            frameUrl: `${ORIGIN}/ramme`,
            figures: [{ id: "beds.phbu_total", outcome: "planned", field: field("PHBU"), expected: "12" }],
          }),
        ].slice(0, request.mode === "plan" ? 2 : 0),
      [
        { frameId: 0, url: TOP },
        { frameId: 2, url: `${ORIGIN}/ramme` },
      ],
    );
    const preview = await plan();
    expect(requests.map((request) => request.mode)).toEqual(["plan"]);
    // The rows' locators are built by profile-tools.js (content/plan-locators.ts): it goes in first.
    expect(fake.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [0, 2] },
      files: ["profile-tools.js", "content.js"],
    });
    expect(requests[0]?.year).toBe(2024);
    expect(
      preview.rows.filter((row) => row.outcome === "planned").map((row) => [row.ids, row.frameUrl]),
    ).toEqual([
      [["beds.phbu_total"], `${ORIGIN}/ramme`],
      [["beds.tsb_total"], TOP],
    ]);
    expect(preview.identity).toEqual({ unit: "unknown", year: "unknown", clues: [] });
    expect((await loadPlan(7))?.frames).toEqual({
      "0": [
        { id: "beds.tsb_total", locators: field("TSB, i alt").locators, label: "TSB, i alt", section: "" },
      ],
      "2": [{ id: "beds.phbu_total", locators: field("PHBU").locators, label: "PHBU", section: "" }],
    });
  });

  it("fills only the ticked rows, each in the frame that planned it, with overwrite when chosen", async () => {
    const requests = frames((request) =>
      request.mode === "plan"
        ? [
            frame({
              figures: [
                { id: "beds.tsb_total", outcome: "planned", field: field("TSB, i alt") },
                { id: "beds.phbu_total", outcome: "planned", field: field("PHBU") },
              ],
            }),
          ]
        : [frame({ filled: request.figures.map((figure) => figure.id), undoId: "u1" })],
    );
    await plan();
    const result = await fillTab({
      type: "fill-tab",
      tabId: 7,
      org: ORG,
      year: 2024,
      mode: "fill",
      expect: { url: TOP, origin: ORIGIN },
      ids: ["beds.tsb_total"],
      overwrite: true,
    });
    const fillRequest = requests[1];
    expect(fillRequest?.figures.map((figure) => figure.id)).toEqual(["beds.tsb_total"]);
    expect(fillRequest?.confirmed?.map((row) => row.id)).toEqual(["beds.tsb_total"]);
    expect(fillRequest?.overwrite).toBe(true);
    expect(result).toMatchObject({ filled: ["beds.tsb_total"], undoAvailable: true });
    expect(await loadUndo(7)).toEqual([{ frameId: 0, undoId: "u1" }]);
  });

  it("S1: after filling the ticked rows the report lists the others too: unticked as not chosen, the rest with the preview's reason", async () => {
    const sent = frames((request) =>
      request.mode === "plan"
        ? [
            frame({
              figures: [
                { id: "beds.tsb_total", outcome: "planned", field: field("TSB, i alt"), expected: "20,5" },
                { id: "beds.phbu_total", outcome: "planned", field: field("PHBU"), expected: "12" },
                {
                  id: "beds.phv_adult_dps",
                  outcome: "mismatched",
                  field: field("DPS"),
                  expected: "63",
                  actual: "0",
                },
                { id: "beds.phv_adult_hospital", outcome: "ambiguous", candidates: [field("A"), field("B")] },
                { id: "beds.all_total", outcome: "readonly", field: field("I alt") },
              ],
            }),
          ]
        : [
            // A preview's row holding another value comes along only to be watched (F8): never written.
            frame({
              filled: request.figures
                .filter((figure) => !request.watch?.includes(figure.id))
                .map((f) => f.id),
              figures: request.figures
                .filter((figure) => !request.watch?.includes(figure.id))
                .map((figure) => ({ id: figure.id, outcome: "filled" as const })),
            }),
          ],
    );
    await plan();
    const result = await fillTab({
      type: "fill-tab",
      tabId: 7,
      org: ORG,
      year: 2024,
      mode: "fill",
      expect: { url: TOP, origin: ORIGIN },
      ids: ["beds.tsb_total"],
    });
    const outcome = (id: string) => result.rows.find((row) => row.ids.includes(id))?.outcome;
    expect(outcome("beds.tsb_total")).toBe("filled");
    expect(outcome("beds.phbu_total")).toBe("not_chosen");
    expect(outcome("beds.phv_adult_dps")).toBe("mismatched");
    expect(sent.find((request) => request.mode === "fill")?.watch).toEqual(["beds.phv_adult_dps"]);
    expect(outcome("beds.phv_adult_hospital")).toBe("ambiguous");
    expect(outcome("beds.all_total")).toBe("readonly");
    expect(result.rows.find((row) => row.ids.includes("beds.phv_adult_hospital"))?.candidates).toHaveLength(
      2,
    );
    expect(result.rows.length).toBeGreaterThanOrEqual(5);
  });

  it("refuses to confirm a preview made for another page or package", async () => {
    frames(() => [frame({})]);
    const confirm = (year: number) =>
      fillTab({
        type: "fill-tab",
        tabId: 7,
        org: ORG,
        year,
        mode: "fill",
        expect: { url: TOP, origin: ORIGIN },
        ids: ["beds.tsb_total"],
      });
    await expect(confirm(2024)).rejects.toMatchObject({ code: "no_plan" });
    await plan();
    await forgetTabState(7);
    await expect(confirm(2024)).rejects.toMatchObject({ code: "no_plan" });
  });

  it("refuses a page that names another unit, with what it says; the override fills", async () => {
    const requests = frames(() => [frame({ filled: ["beds.tsb_total"] })]);
    calls = ([method]) =>
      method === "identity"
        ? {
            orgs: [{ value: "993467049", where: "Enhet" }],
            named: [],
            years: [{ value: "2024", where: "År" }],
          }
        : { error: "no" };
    await expect(fill("fill")).rejects.toMatchObject({
      code: "page_names_other_unit",
      message: "993467049 (Enhet)",
    });
    expect(requests).toHaveLength(0);
    const overridden = await fillTab({
      type: "fill-tab",
      tabId: 7,
      org: ORG,
      year: 2024,
      mode: "fill",
      expect: { url: TOP, origin: ORIGIN },
      override: true,
    });
    expect(overridden.filled).toEqual(["beds.tsb_total"]);
  });

  it("refuses a page that names another year, and counts a unit named in words by its org. no.", async () => {
    frames(() => [frame({})]);
    calls = () => ({
      orgs: [],
      named: [{ text: "Sykehuset Telemark HF", source: "heading", where: "Overskrift" }],
      years: [{ value: "2023", where: "Rapporteringsår" }],
    });
    await expect(fill("fill")).rejects.toMatchObject({ code: "page_names_other_year" });
    const preview = await plan();
    expect(preview.identity).toMatchObject({ unit: "same", year: "other" });
    expect(preview.identity.clues).toEqual([{ kind: "year", value: "2023", where: "Rapporteringsår" }]);
  });

  it("undo restores through the frames that kept a snapshot, then forgets them", async () => {
    frames(() => [frame({ filled: ["beds.tsb_total"], undoId: "u9" })]);
    const undone: unknown[] = [];
    calls = ([method, arg]) => {
      if (method !== "undo") return { error: "no" };
      undone.push(arg);
      return { frameUrl: TOP, restored: ["beds.tsb_total"], failed: [] };
    };
    await fill("fill");
    expect(await undoTab({ type: "undo-tab", tabId: 7 })).toEqual({
      restored: ["beds.tsb_total"],
      failed: [],
      kept: [],
      nothing: false,
    });
    expect(undone).toEqual([{ undoId: "u9" }]);
    expect(await undoTab({ type: "undo-tab", tabId: 7 })).toEqual({
      restored: [],
      failed: [],
      kept: [],
      nothing: true,
    });
  });

  it("undo passes on which fields held nothing and cannot be emptied on the page", async () => {
    frames(() => [frame({ filled: ["beds.tsb_total", "beds.phbu_total"], undoId: "u9" })]);
    calls = ([method]) =>
      method === "undo"
        ? {
            frameUrl: TOP,
            restored: ["beds.phbu_total"],
            failed: ["beds.tsb_total"],
            cannotEmpty: ["beds.tsb_total"],
          }
        : { error: "no" };
    await fill("fill");
    expect(await undoTab({ type: "undo-tab", tabId: 7 })).toEqual({
      restored: ["beds.phbu_total"],
      failed: ["beds.tsb_total"],
      cannotEmpty: ["beds.tsb_total"],
      kept: [],
      nothing: false,
    });
  });

  it("a check after a fill keeps the fill's snapshots: undo still undoes the fill", async () => {
    frames((request) =>
      request.mode === "check"
        ? [frame({ matched: request.figures.map((figure) => figure.id) })]
        : [frame({ filled: request.figures.map((figure) => figure.id), undoId: "u1" })],
    );
    await fill("fill");
    const checked = await fill("check");
    expect(checked.undoAvailable).toBe(true);
    expect(await loadUndo(7)).toEqual([{ frameId: 0, undoId: "u1" }]);
  });

  it("a load nothing foretold that starts during the round: the result says so, no undo, and the late read-back will read again", async () => {
    frames((request) => {
      // The unit list's own change listener set location.search while the engine read back.
      fake.tabs.onUpdated.fire(7, { status: "loading" });
      return [frame({ filled: request.figures.map((figure) => figure.id), undoId: "gone" })];
    });
    const result = await fill("fill");
    expect(result.navigatedAfterFill).toBe(true);
    expect(result.undoAvailable).toBe(false);
    expect(await loadUndo(7)).toEqual([]);
    expect((await loadTabResult(7))?.navigatedAfterFill).toBe(true);
    expect(fake.tabs.onUpdated.count()).toBe(0);
  });

  it("the top page unloaded under the fill, before the tab said it was loading: the new page is read, nothing counts as filled", async () => {
    const requests = frames((request) => {
      if (request.mode === "check")
        return [
          frame({
            mismatched: [{ id: "beds.tsb_total", expected: "20,5", actual: "18" }],
            missing: request.figures.map((figure) => figure.id).filter((id) => id !== "beds.tsb_total"),
          }),
        ];
      // The engine's answer is lost with the document; the tab's "loading" comes afterwards.
      setTimeout(() => fake.tabs.onUpdated.fire(7, { status: "loading" }), 0);
      return [undefined as unknown as FrameReports];
    });
    const result = await fill("fill");
    expect(requests.map((request) => request.mode)).toEqual(["fill", "check"]);
    expect(result.filled).toEqual([]);
    expect(result.mismatched).toEqual([{ id: "beds.tsb_total", expected: "20,5", actual: "18" }]);
    expect(result.rows.find((row) => row.ids.includes("beds.tsb_total"))?.outcome).toBe("mismatched");
    expect(result.afterFill?.reloaded).toBe(true);
    expect(result.undoAvailable).toBe(false);
    expect(result.navigatedAfterFill).toBe(true);
  });

  it("twin: a top page that does not answer and does not load again is an error, not read again", async () => {
    vi.mocked(waitForReload).mockResolvedValue("none");
    const requests = frames(() => [undefined as unknown as FrameReports]);
    const result = await fill("fill");
    expect(requests.map((request) => request.mode)).toEqual(["fill"]);
    expect(result.frameErrors).toEqual([`${TOP}: no_answer`]);
    expect(result.afterFill).toBeUndefined();
    expect(result.navigatedAfterFill).toBeUndefined();
  });

  it("twin: another tab loading, or none, leaves the fill as it was, with undo", async () => {
    frames((request) => {
      fake.tabs.onUpdated.fire(8, { status: "loading" });
      return [frame({ filled: request.figures.map((figure) => figure.id), undoId: "kept" })];
    });
    const result = await fill("fill");
    expect(result.navigatedAfterFill).toBeUndefined();
    expect(result.undoAvailable).toBe(true);
    expect(await loadUndo(7)).toEqual([{ frameId: 0, undoId: "kept" }]);
  });

  it("keeps no snapshot across a reload: the page it described is gone", async () => {
    let round = 0;
    frames((request) => {
      round += 1;
      if (request.mode === "check") return [frame({ matched: request.figures.map((figure) => figure.id) })];
      return round === 1
        ? [frame({ filled: ["beds.unit_org"], pending: ["beds.tsb_total"], undoId: "before" })]
        : [frame({ filled: ["beds.tsb_total"], undoId: "after" })];
    });
    const result = await fill("fill");
    expect(result.undoAvailable).toBe(false);
    expect(await loadUndo(7)).toEqual([]);
  });
});
