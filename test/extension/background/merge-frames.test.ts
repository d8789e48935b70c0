import { describe, expect, it } from "vitest";
import { mergeFrames } from "../../../extension/background/merge-frames";
import type { FrameResult } from "../../../extension/content/content-api";

const frame = (part: Partial<FrameResult>): FrameResult => ({
  frameUrl: "https://a.no/",
  filled: [],
  missing: [],
  mismatched: [],
  matched: [],
  ...part,
});

describe("mergeFrames", () => {
  it("counts a field as missing only when no frame found it", () => {
    const merged = mergeFrames([
      frame({ filled: ["a"], missing: ["b", "c", "d"] }),
      frame({ filled: ["b"], missing: ["a", "c", "d"], pending: ["d"] }),
    ]);
    expect(merged).toEqual({
      filled: ["a", "b"],
      missing: ["c"],
      mismatched: [],
      matched: [],
      pending: ["d"],
      frames: 2,
      reloading: false,
      errors: [],
    });
  });

  it("keeps a mismatch unless another frame filled the field", () => {
    const merged = mergeFrames([
      frame({
        mismatched: [
          { id: "a", expected: "1", actual: "2" },
          { id: "b", expected: "1", actual: "" },
        ],
      }),
      frame({ filled: ["b"] }),
    ]);
    expect(merged.mismatched).toEqual([{ id: "a", expected: "1", actual: "2" }]);
    expect(merged.missing).toEqual([]);
  });

  it("says the tab is reloading when any frame set off a postback", () => {
    expect(mergeFrames([frame({}), frame({ filled: ["a"], reloading: true })]).reloading).toBe(true);
  });

  it("answers an empty result for no frames", () => {
    expect(mergeFrames([])).toMatchObject({ filled: [], missing: [], frames: 0 });
  });
});
