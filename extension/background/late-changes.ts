import { type DecimalSign, numberDoubt, signOf } from "../../shared/numbers/number-doubt";
import type { FigureRow, FillResult } from "../messages";

/** A field of the fill that the late read-back found changed (content `kept`). */
export interface ChangedField {
  id: string;
  /** What it shows now. */
  actual: string;
  /** What it showed before the fill wrote it. */
  before: string;
  /** The user typed into it since the fill (a trusted `input`). */
  typed?: boolean | undefined;
  /** A field the fill left alone, holding a value of its own before the fill (the user's). */
  left?: true | undefined;
}

/**
 * What a change after the fill is. `user`: the user typed into the field, or it holds a value
 * that is neither the figure nor something a page makes of it: theirs, left alone. `page`: the
 * page put back what the field held before (an autosave reloading its draft): nothing of ours is
 * left, and nothing to put back. `same`: the page only reformatted the figure ("1769" shown as
 * "1 769"): still the figure. `rewrite`: the page made another figure of ours (86,1 truncated to
 * 86 on focusout, 20,5 read as 205, 3 made 30, cleared): it must not stay, it is put back.
 * `unreadable`: the page shows a number that cannot be read for sure ("5,2 k"; "36.500" where we
 * wrote 36.5, shared/numbers/number-doubt.ts): neither the figure nor another, left as it is.
 * `overwritten`: a field the fill left alone because it held a value of its own that the page
 * changed since, not the user (a watcher summing the parts the fill wrote into the user's total; a
 * draft drawn anew): the value is gone, and the report says which it was. It is never put back:
 * the value may be the page's own (a starting 0, a stale sum), and the page's watcher may undo a
 * put back in its model while the box shows it (the review of F8); the controller decides.
 */
export type LateKind = "user" | "page" | "same" | "rewrite" | "unreadable" | "overwritten";

/** Which kind of change `change` is, for a field the fill wrote `expected` into (or left alone). */
export function lateKind(expected: string | undefined, change: ChangedField): LateKind {
  if (change.typed === true) return "user";
  if (change.left === true) return "overwritten";
  if (change.actual === change.before || expected === undefined) return "page";
  if (figureOf(expected) !== undefined && numberDoubt(change.actual, signOf(expected)) !== undefined)
    return "unreadable";
  if (sameFigure(expected, change.actual)) return "same";
  return rewriteOf(expected, change.actual) ? "rewrite" : "user";
}

/** The figure as written (the engine writes no grouping: "86,1", "1769.5", "20"). */
function figureOf(expected: string): number | undefined {
  const text = expected.replace(/\s/g, "").replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/**
 * The numbers a page's text can mean: a comma or a point as the decimal sign, spaces as grouping;
 * on a page that writes decimal commas (what we wrote says so), points group thousands only (B17).
 */
function readings(text: string, sign: DecimalSign | undefined): number[] {
  const bare = text.replace(/[\s\u00a0\u202f']/g, "").replace("−", "-");
  if (!/^-?[\d.,]+$/.test(bare)) return [];
  const decimals = sign === "comma" && /^-?\d{1,3}(\.\d{3})+$/.test(bare) ? [","] : [",", "."];
  return decimals.flatMap((decimal) => {
    const grouping = decimal === "," ? "." : ",";
    const value = Number(bare.split(grouping).join("").replace(decimal, "."));
    return Number.isFinite(value) ? [value] : [];
  });
}

const words = (text: string) => text.replace(/\s+/g, " ").trim().toLocaleLowerCase("nb");

function sameFigure(expected: string, actual: string): boolean {
  const figure = figureOf(expected);
  if (figure === undefined) return words(expected) === words(actual);
  return readings(actual, signOf(expected)).includes(figure);
}

/** The significant digits of a number's text ("20,5" and "205" → "205"; "3" and "30" → "3"). */
const digits = (text: string) => text.replace(/\D/g, "").replace(/^0+/, "").replace(/0+$/, "");

/**
 * What a page's code makes of a written figure: emptied, truncated or rounded (less than 1 from
 * it), its digits kept with the decimal sign dropped or moved (205 for 20,5; 30 for 3); a text
 * cut short or added to. A user's own value has a trusted `input`; this only covers what no
 * event says (a value set from script).
 */
function rewriteOf(expected: string, actual: string): boolean {
  if (actual.trim() === "") return true;
  const figure = figureOf(expected);
  if (figure === undefined) {
    const [ours, theirs] = [words(expected), words(actual)];
    return ours.includes(theirs) || theirs.includes(ours);
  }
  const near = readings(actual, signOf(expected)).some((value) => Math.abs(value - figure) < 1);
  return near || (digits(actual) !== "" && digits(actual) === digits(expected));
}

const OUTCOMES = {
  user: "user_changed",
  page: "not_kept",
  rewrite: "not_kept",
  unreadable: "unreadable",
  overwritten: "not_kept",
} as const;

/** What the late read-back found of one field, and what became of it. */
export interface LateChange {
  kind: Exclude<LateKind, "same">;
  actual: string;
  /** For a rewrite: whether the field holds what it held before the fill again. */
  restored?: boolean;
  /** For `overwritten`: the value the field held before the fill (the user's). */
  before?: string;
}

/**
 * The result after the late read-back: a field the page changed is `not_kept` with what it
 * holds (a rewrite put back says whether it took its old value: `restored`), one the user changed
 * is `user_changed`; a value the fill left alone that the page made the package's figure of (its
 * sum of the parts the fill wrote) is `matched`, the row saying what it replaced. The lists follow
 * the changed rows: each of their fields leaves the list it was in and joins `matched` or
 * `mismatched` (the page does not hold the package's figure there), as the row says now. Only
 * fields in a list before join one: a field shared by two figures stays counted once (frame-lists.ts).
 */
export function lateResult(result: FillResult, late: ReadonlyMap<string, LateChange>): FillResult {
  const changed: FigureRow[] = [];
  const rows = result.rows.map((row): FigureRow => {
    const change = changeOf(row, late);
    if (change === undefined) return row;
    const figure = change.kind === "overwritten" && sameFigure(row.expected ?? "", change.actual);
    const outcome = figure ? "matched" : OUTCOMES[change.kind];
    const overwritten = change.before === undefined ? {} : { overwritten: change.before };
    const now: FigureRow = { ...row, outcome, actual: change.actual, ...restoredOf(change), ...overwritten };
    changed.push(now);
    return now;
  });
  const listed = new Set([...result.filled, ...result.matched, ...result.mismatched.map((item) => item.id)]);
  const moved = new Set(changed.flatMap((row) => row.ids.filter((id) => listed.has(id))));
  const idsOf = (matched: boolean) =>
    changed
      .filter((row) => (row.outcome === "matched") === matched)
      .flatMap((row) => row.ids.filter((id) => moved.has(id)));
  const expectedOf = (id: string) => changed.find((row) => row.ids.includes(id));
  return {
    ...result,
    rows,
    filled: result.filled.filter((id) => !moved.has(id)),
    matched: [...result.matched.filter((id) => !moved.has(id)), ...idsOf(true)],
    mismatched: [
      ...result.mismatched.filter((item) => !moved.has(item.id)),
      ...idsOf(false).map((id) => {
        const row = expectedOf(id);
        return { id, expected: row?.expected ?? "", actual: row?.actual ?? "" };
      }),
    ],
  };
}

/**
 * A row's change after the fill: any of a filled row's; of a row the fill left alone (holding
 * another value, or the figure already), only the page overwriting what it held.
 */
function changeOf(row: FigureRow, late: ReadonlyMap<string, LateChange>): LateChange | undefined {
  const change = row.ids.map((id) => late.get(id)).find((item) => item !== undefined);
  if (row.outcome === "filled") return change;
  return change?.kind === "overwritten" ? change : undefined;
}

function restoredOf(change: LateChange): { restored?: boolean } {
  return change.restored === undefined ? {} : { restored: change.restored };
}

/** How many rows the page (not the user) changed after the fill: filled, or the user's value overwritten. */
export function pageChangedCount(result: FillResult, late: ReadonlyMap<string, LateChange>): number {
  return result.rows.filter((row) => {
    const change = changeOf(row, late);
    return change !== undefined && change.kind !== "user";
  }).length;
}
