import { beforeEach, describe, expect, it, vi } from "vitest";
import { fillTab } from "../../../extension/background/fill-tab";
import { importPackages } from "../../../extension/background/import-packages";
import { waitForReload } from "../../../extension/background/wait-for-reload";
import type { ContentRequest, FrameResult } from "../../../extension/content/content-api";
import { saveUserProfiles } from "../../../extension/storage/profile-store";
import { loadTabResult } from "../../../extension/storage/tab-results";
import { createFakeBrowser, type FakeBrowser, fakeHolder } from "./fake-browser";
import { bedsPackageText } from "./test-packages";

vi.mock("webextension-polyfill", async () => ({ default: (await import("./fake-browser")).browserProxy }));

vi.mock("../../../extension/background/wait-for-reload", () => ({ waitForReload: vi.fn(async () => true) }));

const ORG = "983975267";
let fake: FakeBrowser;

/** Makes every `func` injection answer with the frames `answer` gives for the request; records requests. */
function frames(answer: (request: ContentRequest) => FrameResult[]): ContentRequest[] {
  const requests: ContentRequest[] = [];
  fake.scripting.executeScript.mockImplementation(async (details: object) => {
    const { args } = details as { args?: [ContentRequest] };
    if (!args) return [];
    requests.push(args[0]);
    return answer(args[0]).map((result) => ({ result }));
  });
  return requests;
}

const frame = (part: Partial<FrameResult>): FrameResult => ({
  frameUrl: "https://intranett.example.no/skjema/1",
  filled: [],
  missing: [],
  mismatched: [],
  matched: [],
  ...part,
});

beforeEach(async () => {
  vi.mocked(waitForReload).mockResolvedValue(true);
  fake = createFakeBrowser();
  fakeHolder.current = fake;
  await importPackages({ type: "import-packages", files: [{ name: "t.hso.json", text: bedsPackageText() }] });
});

describe("fill-tab", () => {
  it("injects the content script into all frames and merges their answers", async () => {
    const requests = frames(() => [
      frame({ filled: ["beds.phv_adult_total"], missing: ["beds.tsb_total", "beds.phbu_total"] }),
      frame({ filled: ["beds.tsb_total"], missing: ["beds.phv_adult_total", "beds.phbu_total"] }),
      { error: "not a frame result" } as unknown as FrameResult,
    ]);
    const result = await fillTab({ type: "fill-tab", tabId: 7, org: ORG, year: 2024, mode: "fill" });
    expect(fake.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, allFrames: true },
      files: ["content.js"],
    });
    expect(requests[0]).toMatchObject({ mode: "fill", waitMs: expect.any(Number) });
    expect(requests[0]?.figures.find((figure) => figure.id === "beds.tsb_total")).toMatchObject({
      value: 20.5,
      kind: "beds",
    });
    expect(result).toMatchObject({
      filled: ["beds.phv_adult_total", "beds.tsb_total"],
      missing: ["beds.phbu_total"],
      frames: 2,
    });
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
    const result = await fillTab({ type: "fill-tab", tabId: 7, org: ORG, year: 2024, mode: "fill" });
    expect(requests.map((request) => [request.mode, request.figures.map((figure) => figure.id)])).toEqual([
      ["fill", expect.arrayContaining(["beds.tsb_total", "beds.phv_adult_dps"])],
      ["fill", ["beds.tsb_total"]],
      ["check", ["beds.phv_adult_dps", "beds.tsb_total"]],
    ]);
    expect(result).toMatchObject({ filled: ["beds.phv_adult_dps", "beds.tsb_total"], pending: [] });
  });

  it("waits for a reload the last write set off before reading back, even with nothing pending", async () => {
    const events: string[] = [];
    vi.mocked(waitForReload).mockImplementation(async () => {
      events.push("reloaded");
      return true;
    });
    frames((request) => {
      events.push(request.mode);
      return request.mode === "check"
        ? [frame({ matched: request.figures.map((figure) => figure.id) })]
        : [frame({ filled: ["beds.tsb_total"], reloading: true })];
    });
    const result = await fillTab({ type: "fill-tab", tabId: 7, org: ORG, year: 2024, mode: "fill" });
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
    const result = await fillTab({ type: "fill-tab", tabId: 7, org: ORG, year: 2024, mode: "fill" });
    expect(result.filled).toEqual(["beds.tsb_total"]);
    expect(result.mismatched.map((item) => item.id)).toEqual(["beds.phv_adult_dps"]);
  });

  it("check mode writes nothing and never waits for reloads", async () => {
    const requests = frames(() => [frame({ matched: ["beds.tsb_total"], pending: ["beds.phbu_total"] })]);
    const result = await fillTab({ type: "fill-tab", tabId: 7, org: ORG, year: 2024, mode: "check" });
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
    const result = await fillTab({ type: "fill-tab", tabId: 7, org: ORG, year: 2024, mode: "fill" });
    expect(requests[0]?.profile).toEqual(profile);
    expect(result.profile).toEqual({ name: "Skjema", managed: false });
  });

  it("refuses a package that is not imported, or whose errors block filling", async () => {
    await expect(
      fillTab({ type: "fill-tab", tabId: 7, org: ORG, year: 2023, mode: "fill" }),
    ).rejects.toMatchObject({
      code: "package_missing",
    });
    const broken = bedsPackageText(2022, { "beds.phv_adult_total": 110 });
    await importPackages({ type: "import-packages", files: [{ name: "b.hso.json", text: broken }] });
    await expect(
      fillTab({ type: "fill-tab", tabId: 7, org: ORG, year: 2022, mode: "fill" }),
    ).rejects.toMatchObject({
      code: "package_not_fillable",
    });
  });

  it("answers no_access when the browser refuses to inject", async () => {
    fake.scripting.executeScript.mockRejectedValue(new Error("Cannot access contents of the page"));
    await expect(
      fillTab({ type: "fill-tab", tabId: 7, org: ORG, year: 2024, mode: "fill" }),
    ).rejects.toMatchObject({
      code: "no_access",
    });
  });
});
