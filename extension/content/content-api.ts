import type { GroupsAndMinus } from "../../shared/numbers/parse-number-with";
import type { Aliases, FieldKind, Words } from "../../shared/templates/field";
import type { FormProfile, Locator } from "../profile/form-profile";
import type { Assignment } from "./assign-fields";
import type { ControlFacts } from "./control-facts";
import type { DecimalStyle } from "./decimal-style";
import type { FieldWords } from "./field-words";
import type { PageActivity } from "./follow-page";
import type { HighlightState } from "./highlight";
import type { ControlType } from "./page-control";
import type { PlanRows } from "./plan-locators";
import type { Snapshot } from "./undo-store";

/**
 * What a figure is: a catalogue kind, or `note` (the explanation `note.<id>` that belongs to one
 * measure: it goes only into a text area or text field named for that measure), or `choice` (a
 * status such as "in_place" chosen in a list, radio group or combobox).
 */
export type FigureKind = FieldKind | "note" | "choice";

/** One figure to put into (or compare with) the page. */
export interface FigureToFill {
  id: string;
  value: number | string;
  kind: FigureKind;
  /** Catalogue labels, for matching forms without a profile (for a note: its measure's labels). */
  labels: Words;
  /** Other names the catalogue declares for the field ("LIS3 (BUP), personer"). */
  aliases?: Aliases;
  /** For a choice: the words that may show each value in a list ("Iverksatt", "In place"). */
  choices?: Record<string, Words>;
  /** Other whole texts a list may show for the value: the unit's short names and aliases ("Telemark"). */
  names?: string[];
  /**
   * The texts a form may be typed with, written by the worker (background/figure-texts.ts), so the
   * content script does not bundle number formatting and date formats (its size budget): for a
   * number one in each decimal style (`comma` "1769,5", `point` "1769.5"); for a date one in each
   * format by its spelling ("dd.mm.yyyy": "15.11.2024"). A number or date without them is refused.
   */
  texts?: Partial<Record<DecimalStyle, string>> & Record<string, string>;
  /**
   * What the request's profile says of the figure's field: its decimal style (the field's, else
   * the profile's) and that changing it reloads the page (`reloads`). Read by the worker
   * (background/profile-marks.ts), so the content script does not look it up (its size budget).
   */
  decimal?: DecimalStyle;
  reloads?: boolean;
}

/**
 * How a profile finds one field again (extension/profile/form-profile.ts owns the schema); tried
 * in order, the first that finds exactly one control wins.
 */
export type { Locator } from "../profile/form-profile";

/** A field of the page the engine chose (or considered) for a figure, as the popup shows it. */
export interface FieldInfo {
  /** The control's accessible name ("Antall døgnplasser"). */
  label: string;
  /** Its context: section heading, legend, table row and column ("Voksne – DPS"). */
  section: string;
  /** How sure the match is, 0–1 (1: the form's words are the catalogue's exactly). */
  score: number;
  /** What the control holds now, as the page shows it ("" when empty). */
  current: string;
  /**
   * How to find this control again (fill after plan, a profile made from the plan): in a plan's
   * answer and a profile test only; a fill's or a check's rows are not found again.
   */
  locators?: Locator[];
}

/**
 * A figure's outcome in one frame. `filled`: written and read back equal. `matched`: the page
 * already holds it (check mode, or a non-empty field equal to the figure). `mismatched`: the page
 * holds another value (not written: not empty and no overwrite; or the page refused the write).
 * `planned`: plan mode, would be written. `ambiguous`: two controls fit equally well, or one
 * control fits two figures: nothing written, `candidates` named; or two options of the field's
 * list stand for the figure: nothing chosen, both named in `options`. `not_found`: no control fits.
 * `hidden` / `readonly` / `disabled`: the only control that fits cannot be typed in by a user.
 * `changed`: the confirmed target is no longer the control the plan showed. `no_option`: a list
 * has no option for the value. `refused`: the page's own constraints (max, min, step, pattern,
 * maxlength) do not accept the figure's text: nothing written. `pending`: waits for a reload (postback).
 * The worker adds three: `not_chosen`, a preview row the user left unticked (nothing sent);
 * `not_kept`, a field filled and read back that the page changed afterwards (its autosave
 * reloading a draft; a late rewrite of the figure, put back: `restored`), `actual` what the page
 * holds now; `user_changed`, a field filled that the user changed afterwards (left as it is);
 * `unreadable`, a field whose number cannot be read for sure ("5,2 k", "36.500" on a point page:
 * shared/numbers/number-doubt.ts), neither called the figure nor another.
 */
export type Outcome =
  | "filled"
  | "matched"
  | "mismatched"
  | "planned"
  | "ambiguous"
  | "not_found"
  | "hidden"
  | "readonly"
  | "disabled"
  | "changed"
  | "no_option"
  | "refused"
  | "pending"
  | "not_chosen"
  | "not_kept"
  | "user_changed"
  | "unreadable";

/** The constraint of a page's input that refuses a figure's text (`refused`). */
export type PageConstraint = "maxlength" | "type" | "max" | "min" | "step" | "pattern" | "validity";

/** One figure's answer, with where it went (or could have gone) and what the page holds. */
export interface FigureReport {
  id: string;
  outcome: Outcome;
  /** The chosen control (absent for not_found and ambiguous). */
  field?: FieldInfo;
  /** For ambiguous: every control that fitted as well as the best. */
  candidates?: FieldInfo[];
  /** For ambiguous: the other catalogue fields that claim the same control as well as this one. */
  rivals?: string[];
  /** Why a profile's locators led to no field (the candidates they saw are named). */
  locatorProblem?: LocatorProblem;
  /** The figure as the form should hold it ("1769,5"). */
  expected?: string;
  /** What the control holds after the write (fill) or now (check, plan). */
  actual?: string;
  /**
   * For no_option: the choices the list, radio group or combobox offers, none of which is the
   * figure; for ambiguous in a list: the two (or more) options that both stand for it.
   */
  options?: string[];
  /** For refused: the page's constraint that rejects the figure (a bare `type=number` has step 1). */
  constraint?: PageConstraint;
  /**
   * For mismatched after a write: the page's own code changed the written figure (to `actual`),
   * so what the control held before was put back, firing the page's events (true), or the
   * control would not take it back (false; the page then shows what its code made).
   */
  restored?: boolean;
  /**
   * This figure is the same field of the page as that one (the unit's org. no. in two
   * templates, same value): written once, reported alike, counted once — the worker leaves it out
   * of the filled / matched / mismatched / missing lists (background/frame-lists.ts).
   */
  sameAs?: string;
}

/**
 * Why a profile field's locators are not followed: two of them find different controls
 * (`locators_disagree`); its CSS path reaches a control that no longer reads as it did when the
 * field was picked (`position_changed`); or a path that recorded nothing reaches a control the
 * form's words do not confirm as the figure's (`position_unverified`); or the control found sits
 * in a section, column or card for another year that no locator's text names
 * (`section_other_year`), or for another unit (`section_other_unit`).
 */
export type LocatorProblem =
  | "locators_disagree"
  | "position_changed"
  | "position_unverified"
  | "section_other_year"
  | "section_other_unit";

/** A row the user confirmed in the preview: the figure and the control the plan showed for it. */
export interface ConfirmedRow {
  id: string;
  locators: Locator[];
  /** The plan's label and section of the control: a target that now reads otherwise is `changed`. */
  label: string;
  section: string;
}

/** A catalogue field's names, so the engine knows which words name which field. */
export interface FieldNames {
  id: string;
  kind: FigureKind;
  labels: Words;
  aliases?: Aliases;
  /**
   * The names with the catalogue's abbreviations spelled out or abbreviated ("Psykisk helsevern
   * for barn og unge, i alt" for "PHBU, i alt"): the field's own names, but their new words weigh
   * as little as any other word further out (field-words.ts).
   */
  spelled?: Aliases;
  /** For a status: each code's words ("in_place": "på plass" / "in place"), to choose it in a list. */
  choices?: Record<string, Words>;
  /** A plan's figure (the capacity plan's planned beds), not a reported one. */
  planned?: boolean;
  /**
   * Words a label may add to the field's own without naming anything else: its kind's unit
   * ("Antall døgnplasser" for a bed field, "Personer" for a headcount; background/unit-words.ts).
   * A figure takes those of its catalogue entry (or of its kind's, where it has none).
   */
  unitWords?: string[];
}

/**
 * Words that state a unit of measure ("per 10 000 innbyggere", "%", "gjennomsnitt") or a figure
 * that is not reported ("Budsjett 2025"), as a regular expression's source (flags `iu`), and the
 * kinds of figure that never go where a control's place states it: a count of beds is no rate.
 * `says` is tested against the control's name and its context texts, one a line, nearest first;
 * each heading further out (the page's title) begins with `FURTHER_OUT`, so a measure that is
 * said only right around a control stops there. Sent by the worker (background/measure-words.ts),
 * so the content script holds no word list.
 */
export interface MeasureWords {
  says: string;
  /**
   * `says` without its letter boundaries (`(?<!\p{L})`, `(?!\p{L})`): it matches every text
   * `says` matches, and compiles in a fraction of the time, so the frame tests it first and
   * compiles `says` only for a text it matches (field-words.ts, `measureTest`). Without it every
   * text is tested with `says`.
   */
  loose?: string;
  unfit: FigureKind[];
  /** Rules out only the figures a form reports: a plan's (`FieldNames.planned`) may go there. */
  reported?: boolean;
}

/** The mark before each heading further out in the text a measure's words are tested against. */
export const FURTHER_OUT = "\u001d";

/** The request behind plan, fill and check (the service worker sends it to every frame). */
export interface ContentRequest {
  /** `plan` writes nothing and answers where each figure would go; `check` only compares. */
  mode: "fill" | "check" | "plan";
  figures: FigureToFill[];
  /** The profile whose URL pattern matches the tab; without one, fields are matched by label. */
  profile?: FormProfile;
  /**
   * The profile orders its fields (a unit list that loads the unit's draft must come first): its
   * order of writing holds. Set by the worker from `profile` (background/profile-marks.ts).
   */
  ordered?: boolean;
  /** How long to wait for fields that render late, in milliseconds (bounded; only while the page changes). */
  waitMs: number;
  /** Write over fields that already hold another value (default: only empty fields are filled). */
  overwrite?: boolean;
  /**
   * The package's unit: a list or combobox shows it by name ("Sykehuset Telemark HF"), not by org.
   * no., or by a short name or alias the units list declares (`names`, sent by the worker:
   * background/request-unit.ts), each chosen only as a whole option's text.
   */
  unit?: {
    org: string;
    name: string;
    names?: string[];
    /**
     * How a page's texts name this unit and any other unit of the list (by name, short name, alias
     * or org. no.): a regular expression's source (flags `u`; the worker's unit-pattern.ts) that
     * matches a text naming a unit, its group 1 set when the text names this one. A control whose
     * nearest text naming a unit (its name, table header, legend, region, tab, heading, card title)
     * names only others is theirs, never filled.
     */
    said?: string;
  };
  /** The package's year: a column or section headed by another year is never this year's field. */
  year?: number;
  /**
   * Every catalogue field's names (the worker sends `catalogueNames()`). Each competes for the
   * page's controls, so a control that another field fits better is never given to a figure of
   * the package ("Voksne – sykehusnivå" is not "PHV voksne, i alt"), and words that name another
   * field rule a control out. Without it only the request's own figures compete: less safe.
   * (The content script does not bundle the catalogue: its size budget is 20 KB.)
   */
  catalogue?: FieldNames[];
  /**
   * A note's unit words ("Forklaring", "endring" …: the catalogue's note entry's `unitWords`, else
   * the comment words), which alone may name an explanation's box in a figure's section
   * (section-explanations.ts): read from the catalogue by the worker (background/request-fields.ts).
   */
  noteWords?: string[];
  /** Units of measure a control's place may state, and the kinds they rule out (MeasureWords). */
  measures?: MeasureWords[];
  /**
   * The request's figures and the catalogue's fields as matching reads them: each name's words,
   * computed by the worker from `figures`, `catalogue` and `words` (background/request-fields.ts),
   * so no frame reads the catalogue's 700 names again and the content script does not bundle how
   * (its size budget). A request without them is refused.
   */
  fields: RequestField[];
  /**
   * Which controls can hold each kind of figure (content/kind-fits.ts `KIND_CONTROLS`, added by
   * the worker with `fields`): the content script does not bundle the table (its size budget),
   * and a request without it is refused.
   */
  fits?: Partial<Record<FigureKind, readonly ControlType[]>>;
  /**
   * The words forms are read with (i18n/form-words.ts: `formWords()`, which the worker sends): the
   * content script does not bundle them (its size budget), and a request without them is refused.
   */
  words: FormWords;
  /**
   * Fill only these rows of a preview, each into the control the plan showed (re-checked first).
   * Without it, fill plans and writes in one go.
   */
  confirmed?: ConfirmedRow[];
  /**
   * Of `confirmed`, the rows not to write: a preview's row holding another value that the user did
   * not choose to overwrite, found again only to be watched (run-request.ts, fill).
   */
  watch?: string[];
}

/**
 * A field as matching reads it (content/field-words.ts), with its unit words as a list and the
 * measures unfit for its kind by their places in `ContentRequest.measures` (each compiled once in
 * the frame, flags `iu`).
 */
export type RequestField = Omit<FieldWords, "units" | "unfit" | "fits"> & {
  units: string[];
  unfit: number[];
};

/** A regular expression as a request carries it. */
export interface WordPattern {
  source: string;
  flags: string;
}

/** The words forms are read with, nb and en (content/words.ts reads labels and headings with them). */
export interface FormWords {
  /** Words that glue a label together without telling fields apart ("og", "antall", "of"). */
  filler: string[];
  /** Phrases that mean one thing, each spelled one way ("i alt", "totalt", "in total": "total"). */
  phrases: Array<WordPattern & { replacement: string }>;
  /** A text about last year ("i fjor", "forrige år", "last year"). */
  lastYear: WordPattern;
  /** A heading of planned or forecast figures ("Planlagt", "prognose", "target"). */
  planned: WordPattern;
  /** Help that asks for a figure ("Oppgi …", "Fyll inn …", "Enter …"). */
  asks: WordPattern;
  /** Help that compares (a figure, "endring", "rapporterte"). */
  compares: WordPattern;
  /** Words that say a field takes a comment ("kommentar", "forklaring"). */
  comment: string[];
  /** Words of a heading of the others ("andre", "øvrige"), which names no area of its own. */
  other: string[];
  /** A row or column of the change from last year ("Endring", "Avvik"). */
  change: WordPattern;
  /** The page saying it writes decimal commas ("desimalkomma") or points ("decimal point"). */
  statesComma: WordPattern;
  statesPoint: WordPattern;
  /** A list's option that stands for no choice ("(Ingen)", "Velg …", "--"). */
  noChoice: WordPattern;
  /** Help naming a field's old name ("… ble rapportert som «…»"): it compares, asks for nothing. */
  reportedAs: WordPattern;
  /** A placeholder or pattern that asks for a date ("ÅÅÅÅ-MM-DD", "dd.mm.åååå", "jjjj"). */
  asksDate: WordPattern;
  /** When a section's figures were sent ("Innsendt mars 2025", "submitted March 2025"), with its year. */
  sentOn: WordPattern;
  /** The `lang` of a language that writes decimal commas ("nb", "de"), or a decimal point ("en"). */
  commaLanguage: WordPattern;
  pointLanguage: WordPattern;
  /** The `lang` of Norwegian ("nb", "nn", "no"): a date is then typed day.month.year. */
  norwegianLanguage: WordPattern;
  /** Letters only Norwegian (or Danish) words hold: æ, ø, å. */
  norwegianLetters: WordPattern;
  /** A figure's text that ticks a checkbox ("1", "ja", "yes", "true", "x"). */
  yes: WordPattern;
  /** A line saying whose the figures above are ("Tallene over gjelder 2024"): a card's footer. */
  figuresAbove: WordPattern;
  /** A locked box's name that says its card's year ("År") or unit ("Enhet"), named so alone. */
  lockedYear: WordPattern;
  lockedUnit: WordPattern;
  /**
   * A text naming a service area ("PHBU", "Barn og unge", "TSB", "Voksne", "DPS"): a wizard's
   * current step naming one keeps the unit's figures out of the boxes that name none (unknown-section.ts).
   */
  serviceArea: WordPattern;
  /**
   * The characters a Norwegian number is grouped and signed with (nb-NO's, which the worker reads
   * from Intl: shared/numbers/number-symbols.ts), so the content script reads a page's "1 769,5"
   * without reading them itself (its size budget).
   */
  symbols: GroupsAndMinus;
}

/** A field whose value on the page is not the package's. */
export interface Mismatch {
  id: string;
  expected: string;
  actual: string;
}

/**
 * One frame's answer to plan/fill/check, as the content script gives it: every figure's report
 * and what only the frame knows. The lists the worker reads (`FrameResult`: filled, missing with
 * reasons, mismatched, matched, pending) are derived from the reports by the worker as soon as
 * the frame answers (background/frame-lists.ts), so the content script does not bundle how (its
 * size budget).
 */
export interface FrameReports {
  frameUrl: string;
  /** Every figure's outcome with the field it concerns (none when the frame failed: `error`). */
  figures: FigureReport[];
  /** As `FrameResult.reloading`. */
  reloading?: boolean;
  /** Set when the frame failed unexpectedly; the worker then reports every figure missing. */
  error?: string;
  /** As `FrameResult.undoId`. */
  undoId?: string;
}

/**
 * One frame's result as the worker reads it: the frame's reports (`FrameReports`) with the lists
 * derived from them in the worker (background/frame-lists.ts `frameLists`); the service worker
 * merges the results of all frames.
 */
export interface FrameResult {
  frameUrl: string;
  filled: string[];
  missing: string[];
  mismatched: Mismatch[];
  /** Fields that match the package (check mode, or already holding the figure) — not written. */
  matched: string[];
  /**
   * Fields left for after a reload: filling a field with `reloads` (or an AutoPostBack control)
   * makes the page submit itself, so the service worker waits for the frame to load again and runs
   * the request once more with only these figures.
   */
  pending?: string[];
  /** Why each missing field is missing (absent from the page, or there but not fillable). */
  reasons?: Record<string, MissingReason>;
  /**
   * A field that reloads the page was written: the frame is about to load again, so nothing more
   * may run in this tab (not even a check) until it has, whether or not figures are `pending`.
   */
  reloading?: boolean;
  /** Set when the frame failed unexpectedly (or answered nothing usable); every figure is then reported missing. */
  error?: string;
  /** Every figure's outcome with the field it concerns (plan rows, fill report); absent when `error`. */
  figures?: FigureReport[];
  /** After a fill that wrote something: hand it to `undo` to restore what the page held before. */
  undoId?: string;
}

/** Why a field is reported missing: not on the page, unclear, or on it but not fillable. */
export type MissingReason =
  | "not_found"
  | "disabled"
  | "readonly"
  | "hidden"
  | "ambiguous"
  | "changed"
  | "no_option"
  | "refused";

/** The late read-back's fields to mark as not holding the figure, and those to put back (ids). */
export interface PutBackRequest {
  undoId: string;
  mark: string[];
  restore: string[];
}

/** Restore what a fill found on the page. */
export interface UndoRequest {
  undoId: string;
}

/** What undo restored; `failed` are controls that would not take their old value back (named by figure). */
export interface UndoResult {
  frameUrl: string;
  restored: string[];
  failed: string[];
  /** Controls the user changed after the fill: left as they are (named by figure). */
  kept?: string[];
  /**
   * Of `failed`, the controls that held nothing and cannot be emptied on the page (a radio group,
   * a dropdown one cannot type into): left holding the fill's choice, as the page's state does.
   */
  cannotEmpty?: string[];
  /** The undo id is unknown to this frame (another frame's, or the page was reloaded since). */
  unknown?: boolean;
}

/** Something the page shows that says which unit or year the form is for, and where it was found. */
export interface IdentityClue {
  value: string;
  /** "field" (a control's value or chosen option) or "heading" (a heading, title, legend). */
  source: "field" | "heading" | "title";
  /** The field's label or the heading's text, shortened. */
  where: string;
}

/** The page's own word on unit and year, for the popup's cross-check with the package. */
export interface PageIdentity {
  frameUrl: string;
  /** Nine-digit organisation numbers the page shows. */
  orgs: IdentityClue[];
  /**
   * Texts that may name the unit in words (headings, the title, chosen options, breadcrumbs, lines
   * such as "Rapporterende enhet: …"), each with where it was found. The worker matches them against
   * the units list (background/unit-clues.ts): the list's names stay out of the content script.
   */
  named: NamedText[];
  /** Years (2000–2100) the page shows in year fields and headings. */
  years: IdentityClue[];
  /**
   * The page's lines of running text that name a year ("gjelder tall per november 2024"), for
   * the worker to read which year the figures are for (background/year-lines.ts).
   */
  lines?: string[];
  /**
   * The text of a wizard's current step (`aria-current="step"`): "Steg 2: Bekreft fjorårets tall
   * (2024)" says which year the boxes shown are, whatever the page's heading says (adversary round
   * 7, E15; read in the worker, background/year-lines.ts).
   */
  steps?: string[];
}

/** A text the page shows that may name its unit, and where. */
export interface NamedText extends Omit<IdentityClue, "value"> {
  text: string;
}

/** What one locator of a profile field finds on this page. */
export interface LocatorProbe {
  locator: Locator;
  /** found: exactly one control; none; several (ambiguous); unsafe: a selector that fails to parse. */
  finds: "one" | "none" | "several" | "invalid";
  /** The control it finds (label and section), when exactly one. */
  field?: FieldInfo;
}

/** "Test this profile on this page": per field, what each locator finds and which one wins. */
export interface ProfileTest {
  frameUrl: string;
  fields: Array<{
    id: string;
    probes: LocatorProbe[];
    /** What a fill would do: the field it writes, none, or none because the locators are unclear. */
    outcome: "found" | "not_found" | "ambiguous";
    /** The field a fill would take. */
    field?: FieldInfo;
    /** Why the locators are not followed, or (found) that a fill takes it only where labels agree. */
    problem?: LocatorProblem;
  }>;
}

/** Let the user point at fields; each trusted click answers a picked field. */
export interface PickRequest {
  /** How long to wait for the user, in milliseconds. */
  timeoutMs: number;
  /** Pick several fields in one pass (Escape ends); otherwise the first pick answers. */
  multiple?: boolean;
  /** The catalogue entries to suggest a figure from (by the picked field's label and section). */
  figures?: Array<Pick<FigureToFill, "id" | "kind" | "labels" | "aliases">>;
}

/** One field the user pointed at: how a profile finds it again and the figure its label suggests. */
export interface PickedField {
  locators: Locator[];
  label: string;
  section: string;
  /** The catalogue field whose words fit the picked field best, when one clearly does. */
  suggested?: string;
}

/** The answer to a pick: the fields picked (none when the user pressed Escape or time ran out). */
export interface PickAnswer {
  picked: PickedField[];
}

/**
 * The content script is one classic script injected into every frame with
 * `scripting.executeScript({ files: ["content.js"], allFrames: true })`; it installs this object on
 * `globalThis[Symbol.for(CONTENT_SYMBOL)]` (a Symbol: a page element `id="hsoContent"` cannot
 * clobber it), and the service worker then calls it in every frame through
 * `scripting.executeScript({ func, args, allFrames: true })`, which answers once per frame.
 * A frame whose `globalThis[Symbol.for(CONTENT_SYMBOL)]` is not an object with these functions
 * did not install the engine: the worker treats that frame as an error, never as an empty result.
 */
export interface ContentApi {
  /**
   * Plan, fill or check (one at a time per frame: a second click waits for the first); answers
   * the figures' reports, from which the worker derives the lists (background/frame-lists.ts).
   */
  run(request: ContentRequest): Promise<FrameReports>;
  /** Restores exactly what a fill found, firing the page's events so its state follows. */
  undo(request: UndoRequest): Promise<UndoResult>;
  /**
   * After a fill, asked again while the page is still at work (verify-fill.ts): the fields of that
   * fill changed since they were read back (an autosave reloading a draft, a page rewriting the
   * figure late, the user typing), with what they show now, what they showed before the fill and
   * whether the user typed into them since (a trusted `input`), and the fields it left alone
   * holding a value of their own (`left`) that changed since; whether a live region says the
   * page is still at work (`busy`: the worker's words, follow-page.ts); how long it has been still.
   * `unknown`: this document holds no such fill — the page was loaded again since (a unit list
   * whose change handler reloads the page with a saved draft), so what the fill wrote is gone.
   */
  kept(request: { undoId: string; busy: string }): {
    changed: { id: string; actual: string; before: string; typed?: boolean; left?: true }[];
    busy: boolean;
    stillMs: number;
    unknown?: true;
  };
  /**
   * After the late read-back: marks the fields `mark` names as not holding the figure and puts
   * those `restore` names back to what they held before the fill, through the page's events;
   * answers, per field put back, whether it holds its old value now.
   */
  putBack(request: PutBackRequest): Promise<{ id: string; restored: boolean }[]>;
  /** Removes the outlines and marks drawn by plan, fill and check. */
  clearHighlights(): void;
  /** The version of this API, so a worker can tell an old installation from a current one. */
  version: number;
}

/**
 * What only some requests need: `profile-tools.js`, injected only when asked, installs this on
 * `globalThis[Symbol.for(PROFILE_TOOLS_SYMBOL)]`. The popup and the options page ask it for the
 * page's unit and year (before a plan or a fill), pointing and the profile test; the content
 * script asks it, in the same frame, for what only a plan, a profile, a preview's confirmed rows,
 * an undo or the late read-back needs (the worker injects it first for those:
 * background/request-scripts.ts). None of it is needed to fill or check by labels, so the content
 * script every frame gets on every run stays small (docs/extension.md).
 */
export interface ProfileToolsApi {
  /** The unit and year the page shows (the texts that may name its unit, for the worker to read). */
  identity(): PageIdentity;
  /** What each locator of each profile field finds here, and what a fill would do. */
  testProfile(profile: FormProfile): ProfileTest;
  /** Waits for the user to point at fields (trusted clicks only). */
  pick(request: PickRequest): Promise<PickAnswer>;
  /** For each CSS path (` >>> ` steps included), whether the browser's parser refuses it. */
  invalidSelectors(paths: readonly string[]): boolean[];
  /**
   * Where each figure of a request with a profile goes among the content script's controls, by
   * its profile field's locators (content/profile-assignments.ts); `byLabels` is the content
   * script's matching by labels, which a CSS path that recorded nothing is checked against.
   */
  assign(
    doc: Document,
    request: ContentRequest,
    controls: readonly ControlFacts[],
    byLabels: () => Map<string, Assignment>,
  ): Map<string, Assignment>;
  /** A preview's confirmed row's control found again, or `changed` (content/profile-assignments.ts). */
  reconfirm(doc: Document, row: ConfirmedRow, controls: readonly ControlFacts[]): Assignment;
  /** A plan's rows, which carry their locators and say what a fill would do (content/plan-rows.ts). */
  planRows(): PlanRows;
  /** A profile's order of writing (content/fill-order.ts). */
  fillOrder(figures: readonly FigureToFill[], profile: FormProfile): FigureToFill[];
  /** Puts a fill's controls back from the content script's snapshots (content/undo-fill.ts). */
  undo(doc: Document, snapshots: readonly Snapshot[]): Promise<UndoResult>;
  /**
   * After the late read-back: marks and puts back fields of a fill, from the content script's
   * snapshots and with its marks (content/put-back.ts).
   */
  putBack(
    snapshots: readonly Snapshot[],
    request: PutBackRequest,
    mark: (element: Element, state: HighlightState) => void,
  ): Promise<{ id: string; restored: boolean }[]>;
  /** What changed since a fill, from the content script's snapshots (content/undo-fill.ts). */
  kept(
    doc: Document,
    busy: string,
    activity: PageActivity,
    snapshots: readonly Snapshot[] | undefined,
  ): ReturnType<ContentApi["kept"]>;
}

/** The key passed to `Symbol.for` under which profile-tools.js installs itself. */
export const PROFILE_TOOLS_SYMBOL = "hso.profile-tools";

/** The key passed to `Symbol.for` under which the content script installs itself. */
export const CONTENT_SYMBOL = "hso.content";

/**
 * This API's version (`ContentApi.version`); 3: identity() sends texts, the worker names units;
 * 4: identity() is profile-tools.js's (ProfileToolsApi), no longer the content script's; 5: kept()
 * says what a field held before and whether the user typed into it, putBack() puts fields back;
 * 6: the request carries the words, the fields' words and the unit's names, and undo asks
 * profile-tools.js to put back (an engine of 5 left in a tab from before an update would read
 * the new requests by its old rules: it is replaced); 7: a plan's rows, a profile's fields, a
 * preview's confirmed rows, undo and kept() are profile-tools.js's (an engine of 6 would ask
 * profile-tools.js for `locate` and `restore`, which it no longer has); 8: a field names its unfit measures by
 * their places in the request's `measures`, no longer as one pattern's source; 9: run() answers
 * the figures' reports only (`FrameReports`), the worker derives the lists (an engine of 8 would
 * answer a failure without reports, which the worker reads as no answer); 10: putBack() is
 * profile-tools.js's too (a profile-tools.js of 9 left in the frame has none).
 */
export const CONTENT_API_VERSION = 10;
