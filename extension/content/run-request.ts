import type { Assignment } from "./assign-fields";
import { compareControl, isEmpty } from "./compare-control";
import type { ContentRequest, FigureReport, FigureToFill, FrameReports } from "./content-api";
import type { ControlFacts } from "./control-facts";
import { unusableReason } from "./control-state";
import { highlight } from "./highlight";
import { locateFigures } from "./locate-figures";
import { watchForMoves } from "./moved-fields";
import { isTyped } from "./page-control";
import { pageRefusal } from "./page-refusal";
import { fieldReport, type PlannedField, planField } from "./plan-field";
import { type AnswerRows, FILL_ROWS, profileTools } from "./plan-locators";
import { readBack } from "./read-back";
import { readingPass } from "./reading-pass";
import { settle } from "./settle";
import { keepSnapshots, type Snapshot, snapshotOf } from "./undo-store";
import { waitForFields } from "./wait-for-fields";
import { setFormWords } from "./words";
import { writeField } from "./write-field";

/** No request may hold a frame longer than this, whatever it asks for. */
const MAX_WAIT_MS = 10_000;

/**
 * Does one request in one document: finds the fields (waiting, bounded, while the page is still
 * changing), then plans (writes nothing), checks (compares), or fills (only empty fields unless
 * `overwrite`; snapshots first, reads back after) and marks each field. Every figure gets an
 * outcome; the service worker derives its lists (background/frame-lists.ts) and merges the
 * answers of all frames.
 */
export async function runRequest(doc: Document, request: ContentRequest): Promise<FrameReports> {
  setFormWords(request.words);
  await waitForLateFields(doc, request);
  const reports: FigureReport[] = [];
  const confirmed = request.mode === "fill" ? request.confirmed : undefined;
  // Each figure's choices are the worker's to add (background/request-fields.ts).
  const listed = request.figures;
  // A profile's order is profile-tools.js's (fill-order.ts), as is a plan's rows (plan-rows.ts).
  const figures =
    request.profile === undefined ? listed : profileTools("fillOrder").fillOrder(listed, request.profile);
  const preview = request.mode === "plan" ? profileTools("planRows").planRows() : undefined;
  const rows = preview ?? FILL_ROWS;
  /** Every figure's field on the page as it is now, or its report why there is none. */
  const planAll = (into: FigureReport[]) => {
    const located = locateFigures(doc, request);
    const fields: PlannedField[] = [];
    for (const figure of figures) {
      // A confirmed row's control is found again by its locators (profile-assignments.ts).
      const row = confirmed?.find((item) => item.id === figure.id);
      if (confirmed !== undefined && row === undefined) continue;
      const assignment = row
        ? profileTools("reconfirm").reconfirm(doc, row, located.controls)
        : (located.assignments.get(figure.id) ?? { id: figure.id, status: "not_found" });
      const planned = plan(figure, assignment, into, rows);
      if (planned !== undefined) fields.push(planned);
    }
    refuseShared(fields, into, rows);
    return fields;
  };
  // Locating and planning write nothing and run no page code: one reading pass for both reads
  // styles, labels and ids once for all controls (a plan or check also compares in it).
  const { unique, twins } = readingPass(() => {
    const split = splitTwins(planAll(reports));
    if (preview) reports.push(...preview.report(split.unique, highlight));
    else if (request.mode !== "fill") for (const field of split.unique) reports.push(checkRow(field));
    rows.locate();
    return split;
  });
  if (request.mode !== "fill") return withTwins(doc, { figures: reports }, twins);
  return withTwins(
    doc,
    await fill(doc, request, unique, reports, () => readingPass(() => planAll([]))),
    twins,
  );
}

/** How often one fill finds its fields again on a page that drew its form anew under it. */
const MAX_REDRAWS = 10;

/**
 * Figures planned into a control an earlier figure already has, with the same text (the unit's
 * org. no. in two templates): one field, written once; `withTwins` reports them like the first.
 */
function splitTwins(fields: readonly PlannedField[]): {
  unique: PlannedField[];
  twins: Array<[string, string]>;
} {
  const first = new Map<ControlFacts, string>();
  const unique: PlannedField[] = [];
  const twins: Array<[string, string]> = [];
  for (const field of fields) {
    const earlier = first.get(field.facts);
    if (earlier === undefined) {
      first.set(field.facts, field.figure.id);
      unique.push(field);
    } else twins.push([field.figure.id, earlier]);
  }
  return { unique, twins };
}

function withTwins(
  doc: Document,
  answer: Omit<FrameReports, "frameUrl">,
  twins: ReadonlyArray<[string, string]>,
): FrameReports {
  const reports = answer.figures;
  for (const [id, sameAs] of twins) {
    const first = reports.find((report) => report.id === sameAs);
    if (first !== undefined) reports.push({ ...first, id, sameAs });
  }
  return { ...answer, frameUrl: doc.URL };
}

/**
 * Waits (bounded) while the page is still rendering fields, until every figure has a control.
 * Without a wait the figures are located once, in the reading pass that plans them.
 */
async function waitForLateFields(doc: Document, request: ContentRequest): Promise<void> {
  const waitMs = Number.isFinite(request.waitMs) ? Math.min(MAX_WAIT_MS, Math.max(0, request.waitMs)) : 0;
  if (waitMs <= 0) return;
  const wanted = request.figures.length;
  const allFound = () => {
    const { assignments } = locateFigures(doc, request);
    return [...assignments.values()].filter((item) => item.status === "found").length >= wanted;
  };
  await waitForFields(doc, waitMs, allFound);
}

/** One figure's assignment turned into a plan, or a report of why there is none. */
function plan(
  figure: FigureToFill,
  assignment: Assignment,
  reports: FigureReport[],
  rows: AnswerRows,
): PlannedField | undefined {
  if (assignment.status === "not_found") {
    reports.push({ id: figure.id, outcome: assignment.changed ? "changed" : "not_found" });
    return undefined;
  }
  if (assignment.status === "ambiguous") {
    const candidates = assignment.candidates.map((candidate) => rows.of(candidate));
    for (const candidate of assignment.candidates) highlight(candidate.facts.control.element, "ambiguous");
    const problem = assignment.problem ? { locatorProblem: assignment.problem } : {};
    reports.push({ id: figure.id, outcome: "ambiguous", candidates, rivals: assignment.rivals, ...problem });
    return undefined;
  }
  // What the profile says of the figure's field, as the worker read it (background/profile-marks.ts).
  const planned = planField(figure, assignment.facts, assignment.score);
  const reason = unusableReason(assignment.facts.control);
  if (reason === undefined) return planned;
  reports.push({
    id: figure.id,
    outcome: reason,
    field: rows.of(planned),
    expected: planned.expected,
  });
  return undefined;
}

/** One control for two figures with different values: neither is written (the org. no. twice is fine). */
function refuseShared(fields: PlannedField[], reports: FigureReport[], rows: AnswerRows): void {
  const byControl = new Map<ControlFacts, PlannedField[]>();
  for (const field of fields) byControl.set(field.facts, [...(byControl.get(field.facts) ?? []), field]);
  for (const sharing of byControl.values()) {
    if (sharing.length < 2 || new Set(sharing.map((field) => field.expected)).size === 1) continue;
    for (const field of sharing) {
      fields.splice(fields.indexOf(field), 1);
      const rivals = sharing.filter((other) => other !== field).map((other) => other.figure.id);
      reports.push({
        id: field.figure.id,
        outcome: "ambiguous",
        candidates: [rows.of(field)],
        rivals,
      });
    }
  }
}

function checkRow(field: PlannedField): FigureReport {
  const { same, actual } = compareControl(field.figure, field.facts.control, field.style, field.expected);
  highlight(field.facts.control.element, same ? "filled" : "mismatched");
  return fieldReport(field, same ? "matched" : "mismatched", actual);
}

/**
 * Writes every field that is empty (or all, with `overwrite`), lets the page's code react, then
 * reads each one back. Fields that reload the page go last: the first is written and read at once
 * (the page is about to go), the others are reported pending for the worker to fill after the
 * reload. A field already holding the figure is not written (no needless postback). Nothing is
 * submitted.
 */
async function fill(
  doc: Document,
  request: ContentRequest,
  fields: readonly PlannedField[],
  reports: FigureReport[],
  again: () => PlannedField[],
): Promise<Omit<FrameReports, "frameUrl">> {
  const snapshots: Snapshot[] = [];
  // What each field holds before anything is written: one the fill leaves alone (the user's own
  // value) may be changed by the page because of the fill's writes (a watcher summing the parts
  // into the user's total: adversary round 8, F8), before or after the fill reaches it. The late
  // read-back watches them, and puts the user's value back (docs/extension.md, "Late read-back").
  const left = fields.flatMap((field) =>
    isEmpty(field.facts.control) ? [] : [snapshotOf(field.figure.id, field.facts)],
  );
  let written: PlannedField[] = [];
  let reloading = false;
  const watch = watchForMoves(doc);
  // A page that draws its form again on every change (innerHTML from its model, a list re-keyed)
  // leaves the planned controls outside the document: a figure written there reaches nobody, and
  // reading it back would call it filled (adversary round 6, D12). The fields are then planned
  // again on the page as it is, at most MAX_REDRAWS times; a figure that plan does not find for
  // sure is not written (reported `changed`).
  let fresh: PlannedField[] = [];
  let redraws = 0;
  const now = (field: PlannedField): PlannedField | undefined => {
    const drawn = (item?: PlannedField) => (item?.facts.control.element.isConnected ? item : undefined);
    const find = () => drawn(field) ?? drawn(fresh.find((item) => item.figure.id === field.figure.id));
    if (!find() && redraws++ < MAX_REDRAWS) fresh = again();
    return find();
  };
  for (const planned of writingOrder(request, fields)) {
    // A preview's row the user could not tick (it holds another value) is only watched.
    if (request.watch?.includes(planned.figure.id)) continue;
    const field = reloading ? planned : now(planned);
    if (field === undefined || (!reloading && !watch.stillThere(field))) {
      reports.push(fieldReport(planned, "changed"));
      continue;
    }
    if (reloading) {
      reports.push(fieldReport(field, "pending"));
      continue;
    }
    const before = compareControl(field.figure, field.facts.control, field.style, field.expected);
    if (before.same) {
      reports.push(fieldReport(field, "matched", before.actual));
      continue;
    }
    if (!request.overwrite && !isEmpty(field.facts.control)) {
      highlight(field.facts.control.element, "mismatched");
      reports.push(fieldReport(field, "mismatched", before.actual));
      continue;
    }
    const constraint = isTyped(field.facts.control)
      ? pageRefusal(field.facts.control.element, field.expected)
      : undefined;
    if (constraint !== undefined) {
      highlight(field.facts.control.element, "mismatched");
      reports.push({ ...fieldReport(field, "refused", before.actual), constraint });
      continue;
    }
    snapshots.push(snapshotOf(field.figure.id, field.facts));
    const wrote = await writeField(field);
    if (!wrote.written) {
      snapshots.pop();
      // Two options that both stand for the figure: neither is chosen, both are named.
      const outcome = wrote.ambiguous ? "ambiguous" : "no_option";
      reports.push({ ...fieldReport(field, outcome, before.actual), options: wrote.options });
      continue;
    }
    written.push(field);
    if (field.reloads) reloading = true;
  }
  // Frameworks settle their state in microtasks and frames (React flushes discrete events before
  // the dispatch returns, Vue re-renders on its next tick): after the page is still, a controlled
  // input that refused the value (v-model.number keeping 20 of "20,5") shows so.
  // A field that reloads the page: the page is about to go, so it is read at once.
  if (written.length > 0) await (reloading ? Promise.resolve() : settle(doc));
  // A control the page drew again after its write is read, and undone, where the page has it now,
  // only when that control shows the figure written (the page carried the write over): a box the
  // new plan names but that holds something else may be another field's or the user's, and
  // rolling back there would erase it. Any other stays detached, and the read-back reports it
  // `changed` (moved-fields.ts). A control the page left in place needs neither: comparing and
  // looking up the snapshot of every field was 200 × 200 look-ups in the fill200Ms bench.
  if (!reloading)
    written = written.map((field) => {
      const drawn = now(field) ?? field;
      if (drawn === field) return field;
      if (!compareControl(field.figure, drawn.facts.control, drawn.style, field.expected).same) return field;
      (snapshots.find((item) => item.id === field.figure.id) as Snapshot).control = drawn.facts.control;
      return drawn;
    });
  reports.push(...(await readBack(written, snapshots, watch)));
  watch.stop();
  return {
    figures: reports,
    reloading: reloading || undefined,
    undoId:
      snapshots.length > 0
        ? keepSnapshots(
            snapshots,
            left.filter((snapshot) => !written.some((field) => field.figure.id === snapshot.id)),
          )
        : undefined,
  };
}

/**
 * Fields that reload the page go last, unless the profile orders its fields: then its order holds
 * (a unit list that loads the unit's draft must come first, or it wipes what was filled before it).
 */
function writingOrder(request: ContentRequest, fields: readonly PlannedField[]): PlannedField[] {
  if (request.ordered) return [...fields];
  return [...fields.filter((field) => !field.reloads), ...fields.filter((field) => field.reloads)];
}
