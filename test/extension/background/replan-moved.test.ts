import { describe, expect, it, vi } from "vitest";
import type { MergedFrames } from "../../../extension/background/merge-frames";
import { type Replan, replanMoved } from "../../../extension/background/replan-moved";
import type { ConfirmedRow, FigureToFill, FrameResult } from "../../../extension/content/content-api";

vi.mock("webextension-polyfill", async () => ({ default: (await import("./fake-browser")).browserProxy }));

const figure = (id: string): FigureToFill => ({ id, value: 1 }) as unknown as FigureToFill;
const FIGURES = ["a", "b", "c"].map(figure);
const merged = (part: Partial<MergedFrames>): MergedFrames => ({
  filled: [],
  missing: [],
  mismatched: [],
  matched: [],
  pending: [],
  frames: 1,
  reloading: false,
  errors: [],
  ...part,
});
const first: FrameResult[] = [
  {
    frameUrl: "https://a.no/",
    filled: ["c"],
    missing: ["a", "b"],
    mismatched: [],
    matched: [],
    figures: [
      { id: "a", outcome: "changed" },
      { id: "b", outcome: "changed" },
      { id: "c", outcome: "filled" },
    ],
  },
];
const before = merged({ filled: ["c"], missing: ["a", "b"] });
const row = (id: string, label: string, section: string): ConfirmedRow => ({
  id,
  label,
  section,
  locators: [{ kind: "label", label, section }],
});
const planned = (id: string, label: string, section: string) => ({
  id,
  outcome: "planned" as const,
  field: { label, section, score: 1, current: "", locators: [{ kind: "label" as const, label, section }] },
});

function replan(answer: Partial<MergedFrames>, plans: FrameResult["figures"] = []) {
  const calls = {
    plan: [] as string[][],
    fill: [] as { ids: string[]; rows?: Record<string, ConfirmedRow[]> }[],
  };
  const tools: Replan = {
    plan: async (some) => {
      calls.plan.push(some.map((item) => item.id));
      return [
        {
          frameId: 0,
          frameUrl: "https://a.no/",
          filled: [],
          missing: [],
          mismatched: [],
          matched: [],
          figures: plans,
        },
      ];
    },
    fill: async (some, rows) => {
      calls.fill.push({ ids: some.map((item) => item.id), ...(rows ? { rows } : {}) });
      return merged(answer);
    },
  };
  return { tools, calls };
}

describe("replanMoved", () => {
  it("fills again only the figures refused as moved, and takes the new round's word for them", async () => {
    const { tools, calls } = replan({ filled: ["a"], missing: ["b"] });
    const after = await replanMoved(before, first, FIGURES, undefined, tools);
    expect(calls.fill).toEqual([{ ids: ["a", "b"] }]);
    expect(calls.plan).toEqual([]);
    expect(after).toMatchObject({ filled: ["c", "a"], missing: ["b"] });
  });

  it("a box that already holds the figure leaves it as the fill left it (changed, not matched)", async () => {
    const { tools } = replan({ filled: ["b"], matched: ["a"] });
    const after = await replanMoved(before, first, FIGURES, undefined, tools);
    expect(after).toMatchObject({ filled: ["c", "b"], missing: ["a"], matched: [] });
  });

  it("nothing moved: no round at all", async () => {
    const { tools, calls } = replan({});
    const still = [{ ...(first[0] as FrameResult), figures: [{ id: "a", outcome: "not_found" as const }] }];
    expect(await replanMoved(before, still, FIGURES, undefined, tools)).toBe(before);
    expect(calls).toEqual({ plan: [], fill: [] });
  });

  it("after a preview: only rows whose new box reads by the ticked row's label and section texts", async () => {
    const confirmed = { "0": [row("a", "PHV voksne, DPS", "2025"), row("b", "TSB, i alt", "2025")] };
    const { tools, calls } = replan({ filled: ["a"] }, [
      planned("a", "", "PHV voksne, DPS › 2025"),
      planned("b", "TSB, i alt", "2024 (i fjor)"),
    ]);
    const after = await replanMoved(before, first, FIGURES, confirmed, tools);
    expect(calls.plan).toEqual([["a", "b"]]);
    expect(calls.fill).toHaveLength(1);
    expect(calls.fill[0]?.ids).toEqual(["a"]);
    expect(calls.fill[0]?.rows?.["0"]?.map((item) => [item.id, item.section])).toEqual([
      ["a", "PHV voksne, DPS › 2025"],
    ]);
    expect(after).toMatchObject({ filled: ["c", "a"], missing: ["b"] });
  });

  it("after a preview: no row of the new plan reads as ticked, nothing is filled", async () => {
    const confirmed = { "0": [row("a", "PHV voksne, DPS", "2025")] };
    const { tools, calls } = replan({}, [planned("a", "PHV voksne, DPS", "2024 (i fjor)")]);
    expect(await replanMoved(before, first, FIGURES, confirmed, tools)).toBe(before);
    expect(calls.fill).toEqual([]);
  });
});
