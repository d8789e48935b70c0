import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("webextension-polyfill", async () => ({
  default: (await import("../background/fake-browser")).browserProxy,
}));

import { BUSY_WORDS } from "../../../extension/background/verify-fill";
import { isBusy, watchActivity } from "../../../extension/content/follow-page";

// What the late read-back asks of a frame (S2): since when the page has been still, and whether
// it says it is still at work.
beforeEach(() => {
  vi.useFakeTimers();
  document.body.removeAttribute("aria-busy");
  document.body.innerHTML = `<p role="status" id="s"></p><input id="i">`;
});
afterEach(() => vi.useRealTimers());

const status = (text: string) => {
  (document.getElementById("s") as HTMLElement).textContent = text;
};

describe("the page's activity after a fill", () => {
  it("a mutation is activity; the watch stops by itself", async () => {
    const activity = watchActivity(document, 1000);
    const start = activity.last;
    await vi.advanceTimersByTimeAsync(300);
    expect(activity.last).toBe(start);
    status("Lagret");
    await vi.advanceTimersByTimeAsync(0);
    expect(activity.last).toBe(start + 300);
    await vi.advanceTimersByTimeAsync(1000);
    status("Lagret igjen");
    await vi.advanceTimersByTimeAsync(0);
    expect(activity.last).toBe(start + 300);
  });

  it("a page at work: aria-busy, or a status saying a save is to come or under way (nb, en)", () => {
    expect(isBusy(document, BUSY_WORDS)).toBe(false);
    for (const text of ["Ulagrede endringer", "Lagrer …", "Saving…", "Unsaved changes", "Ikke lagret"]) {
      status(text);
      expect([text, isBusy(document, BUSY_WORDS)]).toEqual([text, true]);
    }
    for (const text of ["Lagret 12:00:02", "Skjemaet lagres automatisk", "Saved"]) {
      status(text);
      expect([text, isBusy(document, BUSY_WORDS)]).toEqual([text, false]);
    }
    document.body.setAttribute("aria-busy", "true");
    expect(isBusy(document, BUSY_WORDS)).toBe(true);
  });

  it("text outside live regions says nothing ('Lagrer …' in a heading)", () => {
    document.body.insertAdjacentHTML("beforeend", "<h2>Lagrer du skjemaet …</h2>");
    expect(isBusy(document, BUSY_WORDS)).toBe(false);
  });
});
