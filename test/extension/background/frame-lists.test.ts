import { describe, expect, it } from "vitest";
import { frameLists, frameResultOf } from "../../../extension/background/frame-lists";
import type { FigureReport, FrameReports } from "../../../extension/content/content-api";

const URL = "https://intranett.example.no/skjema/1";
const FIGURES = ["a", "b", "c"].map((id) => ({ id }));

const answer = (figures: FigureReport[], part: Partial<FrameReports> = {}): FrameReports => ({
  frameUrl: URL,
  figures,
  ...part,
});

describe("frameLists (the lists the worker reads, from a frame's reports)", () => {
  it("puts each figure in the list of its outcome, in the reports' order, and keeps the reports", () => {
    const figures: FigureReport[] = [
      { id: "f2", outcome: "filled" },
      { id: "m", outcome: "matched" },
      { id: "f1", outcome: "filled" },
      { id: "p", outcome: "pending" },
      { id: "x", outcome: "mismatched", expected: "42", actual: "40" },
      { id: "y", outcome: "mismatched" },
      { id: "n", outcome: "not_found" },
      { id: "d", outcome: "disabled" },
      { id: "r", outcome: "refused", constraint: "max" },
      { id: "pl", outcome: "planned" },
    ];
    const result = frameLists(answer(figures, { reloading: true, undoId: "u1" }), FIGURES);
    expect(result).toEqual({
      frameUrl: URL,
      filled: ["f2", "f1"],
      matched: ["m"],
      pending: ["p"],
      mismatched: [
        { id: "x", expected: "42", actual: "40" },
        { id: "y", expected: "", actual: "" },
      ],
      missing: ["n", "d", "r"],
      reasons: { n: "not_found", d: "disabled", r: "refused" },
      reloading: true,
      undoId: "u1",
      figures,
    });
  });

  it("every reason a frame may give for a missing field is kept", () => {
    const reasons = [
      "not_found",
      "ambiguous",
      "hidden",
      "readonly",
      "disabled",
      "changed",
      "no_option",
      "refused",
    ] as const;
    const result = frameLists(answer(reasons.map((outcome) => ({ id: outcome, outcome }))), FIGURES);
    expect(result.missing).toEqual([...reasons]);
    expect(result.reasons).toEqual(Object.fromEntries(reasons.map((reason) => [reason, reason])));
  });

  it("counts a figure that is the same field as another (sameAs) once: it is in no list, its report stays", () => {
    const figures: FigureReport[] = [
      { id: "beds.unit_org", outcome: "filled" },
      { id: "staffing.unit_org", outcome: "filled", sameAs: "beds.unit_org" },
    ];
    const result = frameLists(answer(figures), FIGURES);
    expect(result.filled).toEqual(["beds.unit_org"]);
    expect(result.figures).toEqual(figures);
  });

  it("a frame that failed has every figure of the request missing, and no reports", () => {
    expect(frameLists(answer([], { error: "texts_missing" }), FIGURES)).toEqual({
      frameUrl: URL,
      filled: [],
      missing: ["a", "b", "c"],
      mismatched: [],
      matched: [],
      error: "texts_missing",
    });
  });

  it("a frame that filled nothing answers empty lists, not an error", () => {
    const result = frameLists(answer([]), FIGURES);
    expect(result).toMatchObject({ filled: [], missing: [], mismatched: [], matched: [], pending: [] });
    expect(result.error).toBeUndefined();
  });
});

describe("frameResultOf (what a frame answered, checked strictly)", () => {
  const noAnswer = {
    frameUrl: URL,
    filled: [],
    missing: ["a", "b", "c"],
    mismatched: [],
    matched: [],
    error: "no_answer",
  };

  it("reads the content script's answer", () => {
    const result = frameResultOf(answer([{ id: "a", outcome: "filled" }]), "elsewhere", FIGURES);
    expect(result).toMatchObject({ frameUrl: URL, filled: ["a"] });
    expect(result.error).toBeUndefined();
  });

  it("anything else is no answer, with every figure missing: never an empty result", () => {
    const report = { id: "a", outcome: "filled" };
    const wrong: unknown[] = [
      undefined,
      null,
      "filled",
      [],
      {},
      // An old engine's failure, and lists without reports: nothing to read the figures from.
      { frameUrl: URL, filled: [], missing: ["a"], mismatched: [], matched: [], error: "x" },
      { frameUrl: URL, filled: ["a"], missing: [], mismatched: [], matched: [] },
      { figures: [report] },
      { frameUrl: 1, figures: [report] },
      { frameUrl: URL, figures: {} },
      { frameUrl: URL, figures: [null] },
      { frameUrl: URL, figures: ["a"] },
      { frameUrl: URL, figures: [{ outcome: "filled" }] },
      { frameUrl: URL, figures: [{ id: 1, outcome: "filled" }] },
      { frameUrl: URL, figures: [{ id: "a" }] },
      { frameUrl: URL, figures: [{ id: "a", outcome: "written" }] },
      { frameUrl: URL, figures: [{ id: "a", outcome: "toString" }] },
      // The worker's own outcomes are none a frame gives.
      { frameUrl: URL, figures: [{ id: "a", outcome: "not_kept" }] },
      { frameUrl: URL, figures: [{ id: "a", outcome: "unreadable" }] },
      { frameUrl: URL, figures: [{ id: "a", outcome: "mismatched", expected: 42 }] },
      { frameUrl: URL, figures: [{ id: "a", outcome: "filled", sameAs: true }] },
      { frameUrl: URL, figures: [report], error: { message: "x" } },
      { frameUrl: URL, figures: [report], reloading: "yes" },
      { frameUrl: URL, figures: [report], undoId: 7 },
    ];
    for (const value of wrong)
      expect(frameResultOf(value, URL, FIGURES), JSON.stringify(value)).toEqual(noAnswer);
  });
});
