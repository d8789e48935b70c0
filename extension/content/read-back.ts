import { compareControl } from "./compare-control";
import type { FigureReport } from "./content-api";
import { highlight } from "./highlight";
import type { MoveWatch } from "./moved-fields";
import { isTyped } from "./page-control";
import { fieldReport, type PlannedField } from "./plan-field";
import { readControl } from "./read-control";
import { readingPass } from "./reading-pass";
import type { Snapshot } from "./undo-store";
import { nativeValueSetter } from "./write-control";
import { restoreSnapshot } from "./write-field";

/**
 * Reads every written field back and marks it: `filled` when it holds the figure. When it holds
 * something else the page's own code made of it (an onchange that turns 3 into 30), what the
 * control held before is put back, with the page's events so its state follows, and the field is
 * reported `mismatched` with both values (`expected` written, `actual` made) and whether it took
 * its old value back: a value nobody typed must not stay on the page. Its snapshot then leaves
 * `snapshots` (undo has nothing more to do there). A field that reloads the page is left as it is
 * (putting it back would post the page again). A field the page's own check marks invalid after
 * the write (`validity.valid` false: "Bruk desimalkomma" on "142.5") is put back the same way and
 * reported `refused` (constraint `validity`): a figure the page rejects is never called filled.
 */
export async function readBack(
  all: readonly PlannedField[],
  snapshots: Snapshot[],
  watch?: MoveWatch,
): Promise<FigureReport[]> {
  // A control the page gave to another field after the write is neither read nor put back (nor
  // undone later): its old value belongs to another field now. It is reported `changed`.
  const moved = all.filter((field) => watch !== undefined && !watch.stillThere(field));
  for (const field of moved) {
    const snapshot = snapshots.find((item) => item.id === field.figure.id);
    if (snapshot !== undefined) snapshots.splice(snapshots.indexOf(snapshot), 1);
  }
  const written = all.filter((field) => !moved.includes(field));
  const movedReports = moved.map((field) => fieldReport(field, "changed"));
  // Reading writes nothing: the locators' id and name counts are read once for all fields.
  const comparisons = readingPass(() =>
    written.map((field) => {
      const compared = compareControl(field.figure, field.facts.control, field.style, field.expected);
      return { ...compared, invalid: compared.same === true && rejectedByPage(field.facts.control.element) };
    }),
  );
  const restored = new Map<PlannedField, boolean>();
  for (const [index, field] of written.entries()) {
    const comparison = comparisons[index];
    if ((comparison?.same !== false && !comparison?.invalid) || field.reloads) continue;
    const snapshot = snapshots.find((item) => item.id === field.figure.id);
    if (snapshot === undefined) continue;
    const back = await rollBack(snapshot);
    restored.set(field, back);
    if (back) snapshots.splice(snapshots.indexOf(snapshot), 1);
  }
  const reports = readingPass(() =>
    written.map((field, index): FigureReport => {
      const invalid = comparisons[index]?.invalid === true;
      const same = comparisons[index]?.same === true && !invalid;
      highlight(field.facts.control.element, same ? "filled" : "mismatched");
      const back = restored.get(field);
      const outcome = same ? "filled" : invalid ? "refused" : "mismatched";
      return {
        ...fieldReport(field, outcome, comparisons[index]?.actual ?? ""),
        ...(invalid ? { constraint: "validity" as const } : {}),
        ...(back === undefined ? {} : { restored: back }),
      };
    }),
  );
  return [...reports, ...movedReports];
}

/** The page's own check (setCustomValidity, or a constraint the browser checks) rejects what the control holds. */
function rejectedByPage(element: HTMLElement): boolean {
  const validity = (element as Partial<HTMLInputElement>).validity;
  return validity !== undefined && !validity.valid;
}

/**
 * Puts a snapshot back unless the control holds it already, through the page's events as undo
 * does (so the page's own state follows); answers whether the control holds it now. When the
 * page's handler changes the old text too (×10 on change turns a user's 2 into 20), the user's
 * text is put back once more without events: what they typed is what the page shows. The late
 * read-back puts back the same way (content-script.ts: putBack).
 */
export async function rollBack(snapshot: Snapshot): Promise<boolean> {
  const { control } = snapshot;
  if (readControl(control) === snapshot.value) return true;
  if (!(await restoreSnapshot(snapshot))) return false;
  // The page's handlers settle in microtasks, as after the write.
  await Promise.resolve();
  if (readControl(control) !== snapshot.value && isTyped(control))
    setQuietly(control.element, snapshot.value);
  return readControl(control) === snapshot.value;
}

/** A text field's value set with the native setter and no events (never an expando on a div). */
function setQuietly(element: HTMLElement, text: string): void {
  nativeValueSetter(element)?.call(element, text);
}
