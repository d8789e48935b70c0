import { cleanup, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import type { FigureRow } from "../../../extension/messages";
import { FillResultView } from "../../../extension/pages/fill-result-view";
import { fillResult } from "./summaries";

afterEach(cleanup);

const row = (expected: string, actual: string): FigureRow => ({
  ids: ["beds.phbu_total"],
  outcome: "mismatched",
  frameUrl: "https://intranett.example.no/skjema/1",
  expected,
  actual,
});

// Adversary round 2, M7: a form that starts every number box at 0. The 0 is kept (it may be a
// saved figure); the report says the field holds 0 and that overwrite fills it.
describe("a field left alone because it holds 0", () => {
  it("says the field holds 0 and that «Skriv over …» fills it (nb and en)", () => {
    render(<FillResultView lang="nb" result={fillResult({ rows: [row("12", "0")] })} />);
    expect(screen.getByText(/feltet har allerede 0 og er ikke skrevet over/).textContent).toContain(
      "«Skriv over felt som har en annen verdi»",
    );
    cleanup();
    render(<FillResultView lang="en" result={fillResult({ rows: [row("12", "0,0")] })} />);
    expect(screen.getByText(/the field already holds 0/).textContent).toContain(
      "“Overwrite fields that hold another value”",
    );
  });

  it("says nothing of the kind for another value, or where the package's figure is 0 too", () => {
    render(<FillResultView lang="nb" result={fillResult({ rows: [row("12", "13"), row("0", "0,0")] })} />);
    expect(screen.queryByText(/feltet har allerede 0/)).toBeNull();
  });

  it("says nothing of the kind when the page changed a written figure to 0 (put back)", () => {
    render(
      <FillResultView lang="nb" result={fillResult({ rows: [{ ...row("12", "0"), restored: true }] })} />,
    );
    expect(screen.queryByText(/feltet har allerede 0/)).toBeNull();
  });
});

// S2: what the late read-back saw is said above the groups.
describe("after the fill, what the page did", () => {
  it("names how many fields the page changed after the fill (nb), and a page still at work at the bound (en)", () => {
    const result = (afterFill: { changed: number; busy: boolean; watchedMs: number }) =>
      fillResult({ rows: [], afterFill });
    render(<FillResultView lang="nb" result={result({ changed: 3, busy: false, watchedMs: 2900 })} />);
    expect(
      screen.getByText("Siden endret 3 felt etter utfyllingen: se «Ikke beholdt av siden»."),
    ).toBeTruthy();
    cleanup();
    render(<FillResultView lang="en" result={result({ changed: 0, busy: true, watchedMs: 5020 })} />);
    expect(screen.getByText(/The page was still at work 5 s after the fill/)).toBeTruthy();
    expect(screen.queryByText(/kept the figures/)).toBeNull();
    cleanup();
    render(<FillResultView lang="nb" result={result({ changed: 0, busy: false, watchedMs: 1600 })} />);
    expect(screen.getByText("Lest på nytt etter utfyllingen: siden beholdt tallene.")).toBeTruthy();
  });

  it("says nothing of it before the late read-back has been done", () => {
    render(<FillResultView lang="nb" result={fillResult({ rows: [] })} />);
    expect(screen.queryByText(/etter utfyllingen/)).toBeNull();
  });
});

// Adversary round 3, A12: fields found and written that the page's own code changed are said to
// be that (not a form drawn late), and one that would not take its old value back is named.
describe("fields written that the page changed", () => {
  const rewritten = (restored: boolean, outcome: FigureRow["outcome"] = "mismatched"): FigureRow => ({
    ...row("12,5", "125"),
    outcome,
    restored,
  });

  it("counts them (nb, en) and names none when every one was put back", () => {
    const result = fillResult({
      filled: [],
      rows: [rewritten(true), { ...rewritten(true, "not_kept"), ids: ["beds.tsb_total"] }],
    });
    render(<FillResultView lang="nb" result={result} />);
    expect(screen.getByText("2 felt ble skrevet, men siden endret dem: se under.")).toBeTruthy();
    expect(screen.queryByText(/Ikke satt tilbake/)).toBeNull();
    cleanup();
    render(<FillResultView lang="en" result={result} />);
    expect(screen.getByText("2 fields were written, but the page changed them: see below.")).toBeTruthy();
  });

  it("names a field that would not take its old value back, by its label", () => {
    const result = fillResult({ filled: [], rows: [rewritten(false, "not_kept")] });
    render(<FillResultView lang="nb" result={result} />);
    expect(screen.getByText("1 felt ble skrevet, men siden endret det: se under.")).toBeTruthy();
    expect(screen.getByText(/Ikke satt tilbake/).textContent).toContain(": PHBU, i alt");
  });

  it("says nothing of it for a field that only held another value, or one the user changed", () => {
    const result = fillResult({
      rows: [row("12", "13"), { ...row("12", "14"), ids: ["beds.tsb_total"], outcome: "user_changed" }],
    });
    render(<FillResultView lang="nb" result={result} />);
    expect(screen.queryByText(/ble skrevet, men siden endret/)).toBeNull();
    expect(screen.getByRole("heading", { name: /Endret av brukeren/ })).toBeTruthy();
    expect(screen.getByText(/pakken: 12, siden: 14/)).toBeTruthy();
  });
});

// Adversary-4 B23: a profile whose only way of finding TSB is the invalid CSS `input[`.
describe("a profile locator whose CSS does not parse", () => {
  const notFound = (invalidCss?: FigureRow["invalidCss"]): FigureRow => ({
    ids: ["beds.tsb_total"],
    outcome: "not_found",
    frameUrl: "https://intranett.example.no/skjema/1",
    ...(invalidCss ? { invalidCss } : {}),
  });

  it("is named after the not-found row, with its number and text (nb and en)", () => {
    const invalid = [{ locator: 2, path: "input[" }];
    render(<FillResultView lang="nb" result={fillResult({ rows: [notFound(invalid)] })} />);
    expect(
      screen.getByText(/ugyldig CSS-velger i profilen: søkemåte nr\. 2 «input\[»; rett profilen/),
    ).toBeTruthy();
    cleanup();
    render(<FillResultView lang="en" result={fillResult({ rows: [notFound(invalid)] })} />);
    expect(screen.getByText(/invalid CSS selector in the profile: locator no\. 2 “input\[”/)).toBeTruthy();
  });

  it("says nothing of the kind for a field simply not on the page", () => {
    render(<FillResultView lang="nb" result={fillResult({ rows: [notFound()] })} />);
    expect(screen.queryByText(/ugyldig CSS-velger/)).toBeNull();
  });
});

// Adversary round 4, B22: a field the profile marks as reloading the page did not reload it.
describe("a reload that did not come", () => {
  it("says so, and that the other fields were filled on the same page (nb, en)", () => {
    render(<FillResultView lang="nb" result={fillResult({ reloadMissed: { waitedMs: 3_000 } })} />);
    expect(screen.getByText(/ble ikke lastet inn på nytt innen 3 sekunder/).textContent).toContain(
      "De andre feltene ble fylt ut på samme side",
    );
    cleanup();
    render(<FillResultView lang="en" result={fillResult({ reloadMissed: { waitedMs: 3_000 } })} />);
    expect(screen.getByText(/did not load again within 3 seconds/)).toBeTruthy();
    // The wait is the worker's (wait-for-reload.ts), not a number the words hold.
    cleanup();
    render(<FillResultView lang="en" result={fillResult({ reloadMissed: { waitedMs: 5_000 } })} />);
    expect(screen.getByText(/did not load again within 5 seconds/)).toBeTruthy();
  });

  it("says nothing of it when every reload came", () => {
    render(<FillResultView lang="nb" result={fillResult({})} />);
    expect(screen.queryByText(/lastet inn på nytt/)).toBeNull();
  });
});

// Adversary round 9, G16: every `<iframe srcdoc>` is about:srcdoc; the report tells them apart by
// what the page calls each, one row per frame.
describe("frames that got no figures", () => {
  it("names a frame with no address of its own by its title, each frame on its own row", () => {
    const skippedFrames = [
      {
        url: "about:srcdoc",
        reason: "other_year" as const,
        title: "Fjorårets innsending (2024) – til kontroll",
      },
      { url: "about:srcdoc", reason: "other_origin" as const },
    ];
    render(<FillResultView lang="nb" result={fillResult({ rows: [], skippedFrames })} />);
    const items = screen.getAllByText(/^about:srcdoc/).map((item) => item.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain("about:srcdoc «Fjorårets innsending (2024) – til kontroll» – ");
    expect(items[1]).not.toContain("«");
  });
});
