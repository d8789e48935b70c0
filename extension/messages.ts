import type { Lang } from "../shared/messages/lang";
import type { Severity } from "../shared/report/issue";
import type { Words } from "../shared/templates/field";
import type {
  FieldInfo,
  LocatorProblem,
  Mismatch,
  Outcome,
  PageConstraint,
  PickAnswer,
  ProfileTest,
} from "./content/content-api";
import { type FormProfile, formProfileSchema } from "./profile/form-profile";
import { z } from "./zod";

const org = z.string().regex(/^\d{9}$/);
const year = z.number().int().min(2000).max(2100);
const tabId = z.number().int().nonnegative();
const packageFile = z.strictObject({ name: z.string().max(1000), text: z.string().max(20_000_000) });
const fieldId = z.string().regex(/^(note\.)?[a-z_]+\.[a-z0-9_]+$/);
/** The address and origin the popup showed: nothing is planned or filled where the tab no longer is. */
const expectedPage = z.strictObject({ url: z.string().min(1).max(8000), origin: z.string().min(1).max(400) });

/**
 * Every request any page (or a test, or `npm run try-form`) may send the service worker: one
 * discriminated union, parsed on receipt. `tabId` left out means the active tab.
 */
export const requestSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("import-packages"),
    files: z.array(packageFile).min(1).max(500),
    /** Imported packages the user chose these files over (a clash's `stored`): removed, not compared. */
    replacing: z
      .array(z.strictObject({ org, year, templates: z.array(z.string().regex(/^[a-z_]+$/)).max(20) }))
      .max(50)
      .optional(),
  }),
  z.strictObject({ type: z.literal("list-packages") }),
  z.strictObject({
    type: z.literal("remove-package"),
    org,
    year,
    /** The package's templates (a unit's beds and staffing of one year are two); without, all of that unit and year. */
    templates: z
      .array(z.string().regex(/^[a-z_]+$/))
      .max(20)
      .optional(),
  }),
  z.strictObject({ type: z.literal("get-settings") }),
  z.strictObject({ type: z.literal("set-keep"), keep: z.boolean() }),
  z.strictObject({ type: z.literal("set-lang"), lang: z.enum(["nb", "en"]) }),
  z.strictObject({ type: z.literal("tab-info"), tabId: tabId.optional() }),
  z.strictObject({
    type: z.literal("fill-tab"),
    tabId: tabId.optional(),
    org,
    year,
    mode: z.enum(["fill", "check"]),
    expect: expectedPage,
    /** The preview's rows the user left ticked; without them, fill plans and writes in one go. */
    ids: z.array(fieldId).max(1000).optional(),
    /** Write over fields that already hold another value (default: only empty fields). */
    overwrite: z.boolean().optional(),
    /** The user chose to fill although the page names another unit or year. */
    override: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal("plan-tab"), tabId: tabId.optional(), org, year, expect: expectedPage }),
  z.strictObject({ type: z.literal("undo-tab"), tabId: tabId.optional() }),
  /** After a fill is shown: which filled fields the page changed since (verify-fill.ts). */
  z.strictObject({ type: z.literal("verify-fill"), tabId: tabId.optional() }),
  z.strictObject({ type: z.literal("get-profiles") }),
  z.strictObject({
    type: z.literal("save-profile"),
    profile: formProfileSchema,
    /** The name the profile had before it was edited (renaming replaces it). */
    replaces: z.string().min(1).optional(),
  }),
  z.strictObject({ type: z.literal("delete-profile"), name: z.string().min(1) }),
  /**
   * A profiles file as its text (`npm run try-form --profile`): read by the one profile-file reader
   * (profile/parse-profiles-file.ts), which bounds its size itself, then saved all or nothing.
   */
  z.strictObject({ type: z.literal("import-profiles"), text: z.string() }),
  z.strictObject({
    type: z.literal("start-pick"),
    tabId: tabId.optional(),
    urlPattern: z.string().min(1).optional(),
    /** Several fields in one pass (Escape ends). */
    multiple: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal("test-profile"), tabId: tabId.optional(), profile: formProfileSchema }),
]);

/** A request, as the type checker sees it. */
export type Request = z.input<typeof requestSchema>;
/** The request types: the keys of the worker's handler map. */
export type RequestType = Request["type"];
/** The request of one type. */
export type RequestOf<T extends RequestType> = Extract<z.output<typeof requestSchema>, { type: T }>;

/** An issue of a package, described by the core in both languages so pages need no catalogue. */
export interface DescribedIssue {
  severity: Severity;
  field: string;
  label: Words;
  text: Words;
}

/** What the pages show of an imported package. */
export interface PackageSummary {
  org: string;
  name: string;
  year: number;
  templates: string[];
  fileName: string;
  importedAt: string;
  errors: number;
  warnings: number;
  /** Errors block filling; warnings do not. */
  fillable: boolean;
  /** Figures the package can fill. */
  figures: number;
  issues: DescribedIssue[];
  /** Kept in local storage (survives the browser closing) rather than session storage. */
  kept: boolean;
  /**
   * Each template's name as the catalogue gives it ("Døgnplasser" / "Beds"), by id: the pages show
   * names, not ids, without bundling the catalogue (the worker adds them when it lists packages).
   */
  templateNames?: Record<string, Words>;
}

/**
 * One file's outcome: refused with the core's reason (or because another file of the same unit,
 * year and template holds other figures), or stored, with the files of earlier imports it replaced.
 */
export type ImportResult =
  | { file: string; ok: false; error: Words; clash?: PackageClash }
  | { file: string; ok: true; package: PackageSummary; replaced: string[] };

/**
 * Files for the same unit, year and template with different figures: refused until the user
 * chooses one on the import page (import-app.tsx), which shows where they differ.
 */
export interface PackageClash {
  /** The files that disagree, the refused one first. */
  files: string[];
  /** Up to five fields they differ on: the field's label, and each file's value ("" where it has none). */
  fields: { id: string; label: Words; values: string[] }[];
  /** How many fields they differ on in all. */
  count: number;
  /** The other file is imported already: choosing this one replaces that package. */
  stored?: { org: string; year: number; templates: string[] };
}

/** The user's choices. */
export interface Settings {
  keep: boolean;
  lang: Lang;
}

/** A frame that got no figures, and why: no access, another origin, or outside the profile's pattern. */
export interface SkippedFrame {
  url: string;
  reason: "unreachable" | "other_origin" | "outside_profile" | "other_unit" | "other_year";
  /**
   * For a frame with no address of its own (an `<iframe srcdoc>` is about:srcdoc): what the page
   * calls it (its title, label, caption or the heading over it), so the report says which it is.
   */
  title?: string;
}

/**
 * One figure's row in a preview or a report: where it goes (or went, or could have gone), how
 * sure the match is, what the field holds, and in which frame. `ids` has more than one id when
 * one field serves several templates (the unit's org. no. of beds and staffing): counted once.
 */
export interface FigureRow {
  ids: string[];
  outcome: Outcome;
  frameUrl: string;
  /** The figure as the form should hold it ("63,5"). */
  expected?: string;
  /** What the field holds (now, in a preview; after the write, in a report). */
  actual?: string;
  /** For refused: the field's own limit that rejects the figure. */
  constraint?: PageConstraint;
  /** For mismatched after a write: the page changed the figure; whether the old value was put back. */
  restored?: boolean;
  /**
   * For not_kept: the value of its own the field held before the fill, which the fill left alone
   * and the page overwrote after it (`actual`: what the page made of it); never put back.
   */
  overwritten?: string;
  field?: FieldInfo;
  /** For ambiguous: the fields that fitted as well as the best, and the other figures claiming it. */
  candidates?: FieldInfo[];
  rivals?: string[];
  /** For ambiguous: why a profile's locators were not followed. */
  locatorProblem?: LocatorProblem;
  /** Not filled with a profile: its field's CSS locators that do not parse (background/invalid-css.ts). */
  invalidCss?: { locator: number; path: string }[];
  /**
   * For no_option: what the list, radio group or combobox offers instead ("Ja", "Nei", "Delvis");
   * for ambiguous in a list: the options that each stand for the figure.
   */
  options?: string[];
  /** For ambiguous in a unit list: the other units the option's name is also the name of. */
  sharedWith?: string[];
}

/** What the page names as its unit and year, against the package's (content identity()). */
export interface IdentityCheck {
  unit: "same" | "other" | "unknown";
  year: "same" | "other" | "unknown";
  /** What the page shows that names another unit or year, and where (for the popup's reason). */
  clues: { kind: "unit" | "year"; value: string; where: string }[];
}

/** Before anything is written: per figure, the field it will go to. */
export interface Preview {
  package: { org: string; year: number };
  url: string;
  origin: string;
  rows: FigureRow[];
  labels: Record<string, Words>;
  profile?: { name: string; managed: boolean };
  skippedFrames: SkippedFrame[];
  frameErrors: string[];
  identity: IdentityCheck;
}

/** What undo restored, by figure, and what would not take its old value back. */
export interface UndoSummary {
  restored: string[];
  failed: string[];
  /** Fields the user changed after the fill, which undo left as they are. */
  kept: string[];
  /** Of `failed`, fields that held nothing and cannot be emptied on the page (they keep the fill's choice). */
  cannotEmpty?: string[];
  /**
   * Frames undo could not reach or that answered an error, each "address: error": their fields
   * are as the fill left them, and their snapshots are kept so undo can be asked again.
   */
  frameErrors?: string[];
  /** Nothing to undo: no fill kept a snapshot, or the page has loaded again since. */
  nothing: boolean;
}

/** The merged answer of every frame of a tab. */
export interface FillResult {
  mode: "fill" | "check";
  /** The package the figures came from (its figures are forgotten with it). */
  package: { org: string; year: number };
  /** The address and origin filled, as the popup showed them. */
  url: string;
  origin: string;
  filled: string[];
  missing: string[];
  mismatched: Mismatch[];
  matched: string[];
  /** Field id → catalogue label, for showing the result. */
  labels: Record<string, Words>;
  /** The profile used; none means fields were matched by their labels. */
  profile?: { name: string; managed: boolean };
  frames: number;
  /** Frames that were not filled, each named with why. */
  skippedFrames: SkippedFrame[];
  /** Frames that answered nothing usable (the engine did not install, or the frame moved). */
  frameErrors: string[];
  /**
   * The tab left the origin or the profile's pattern (a redirect, a postback elsewhere): the fill
   * stopped there, and the figures still waiting were not written (they are in `missing`).
   */
  stopped?: "page_changed";
  /**
   * A field the profile says reloads the page was written and the page did not start loading again
   * within `waitedMs` (wait-for-reload.ts RELOAD_LIMITS.startMs, carried so the popup and try-form
   * say the wait the worker used): the rest of the profile's fields were filled on the same page,
   * without its `reloads` marks.
   */
  reloadMissed?: { waitedMs: number };
  /** Fields left for after the page reloads (postback); filled automatically when it has. */
  pending: string[];
  /** Every figure's outcome with its field, when the engine gave them (the honest report). */
  rows: FigureRow[];
  /** The fill kept what the page held: `undo-tab` can restore it until the page navigates. */
  undoAvailable: boolean;
  /** When the fill was read back (Date.now() ms): the late read-back looks a bounded time after it. */
  filledAt?: number;
  /**
   * The tab was loaded again during the fill's last round or after the fill was shown
   * (fill-tab.ts, tab-results.ts: markTabNavigated): the late read-back reads the figures again.
   */
  navigatedAfterFill?: boolean;
  /**
   * What the late read-back saw (verify-fill.ts): how many fields the page changed after the fill,
   * whether it was still at work ("Lagrer …") when the read-back's bound came, and how long after
   * the fill it was read; `reloaded`: the page was loaded again after the fill (reread-after-reload.ts).
   */
  afterFill?: { changed: number; busy: boolean; watchedMs: number; reloaded?: boolean };
}

/** The open tab as the popup needs it. */
export interface TabInfo {
  tabId: number;
  url: string;
  /** The tab's origin, shown in the popup and sent back with a fill. */
  origin: string;
  profile?: { name: string; managed: boolean };
  /**
   * The origin pattern the profile names, when the extension does not yet hold host access to it:
   * the popup asks for it on the user's click (`permissions.request` needs a user gesture), so
   * filling can resume after a postback reload, which `activeTab` alone does not survive.
   */
  needsOrigin?: string;
  /** The last result for this tab, including work finished after a reload. */
  lastResult?: FillResult;
  /** The unit and year the page itself names (org. no. or unit name, a year), for the popup's first choice. */
  pageClaim?: { org?: string; year?: number };
}

/** Profiles: the user's (editable) and the administrator's (managed storage, read-only). */
export interface ProfileList {
  profiles: FormProfile[];
  managed: FormProfile[];
  /** Why managed profiles failed the schema: where (profile no. and name, field, locator) and what, in both languages. */
  managedErrors: Words[];
}

/** The answer to each request type. */
export interface ResponseMap {
  "import-packages": { results: ImportResult[] };
  "list-packages": { packages: PackageSummary[] };
  "remove-package": { removed: boolean };
  "get-settings": Settings;
  "set-keep": Settings;
  "set-lang": Settings;
  "tab-info": TabInfo;
  "fill-tab": FillResult;
  "plan-tab": Preview;
  "undo-tab": UndoSummary;
  "verify-fill": { result?: FillResult };
  "get-profiles": ProfileList;
  "save-profile": ProfileList;
  "delete-profile": ProfileList;
  /** The names saved, or (nothing saved) each refusal in both languages with where it is. */
  "import-profiles": { saved: string[]; errors: Words[] };
  "start-pick": PickAnswer;
  "test-profile": { frames: ProfileTest[] };
}

/** Why the worker could not answer; the pages have words for each code. */
export type WorkerErrorCode =
  | "invalid_message"
  | "no_tab"
  | "no_access"
  | "page_changed"
  | "page_names_other_unit"
  | "page_names_other_year"
  | "no_plan"
  | "package_missing"
  | "package_not_fillable"
  | "packages_disagree"
  | "profile_read_only"
  | "profile_unknown_field"
  | "internal";

/** Every answer: `{ ok: true, response }`, or an error code with a detail for logs. */
export type Result<T> =
  | { ok: true; response: T }
  | { ok: false; error: { code: WorkerErrorCode; detail?: string } };

/** The answer to one request type. */
export type ResultOf<T extends RequestType> = Result<ResponseMap[T]>;
