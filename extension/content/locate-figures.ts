import { type Assignment, assignFields } from "./assign-fields";
import { collectControls } from "./collect-controls";
import type { ContentRequest } from "./content-api";
import { type ControlFacts, describeControls } from "./control-facts";
import { unusableReason } from "./control-state";
import { requestFieldWords } from "./field-words";
import { profileTools } from "./plan-locators";
import { readingPass } from "./reading-pass";
import { markSectionChoices } from "./section-choice";
import { sectionExplanations } from "./section-explanations";

/** Every control of the page with its facts, and where each figure of a request goes. */
export interface Located {
  controls: ControlFacts[];
  assignments: Map<string, Assignment>;
}

/**
 * Finds every figure's control: through the profile's locators when a profile is given
 * (profile-assignments.ts, in profile-tools.js), otherwise by matching names and context against
 * the catalogue.
 */
export function locateFigures(doc: Document, request: ContentRequest): Located {
  // Locating writes nothing and runs no page code: styles, labels and ids are read once for all controls.
  return readingPass(() => locateNow(doc, request));
}

function locateNow(doc: Document, request: ContentRequest): Located {
  const controls = describeControls(doc, collectControls(doc), request.year, request.unit);
  const labels = () => byLabels(request, controls);
  // profile-tools.js follows the locators (the content script does not bundle how).
  const assign = () =>
    request.profile === undefined ? labels() : profileTools("assign").assign(doc, request, controls, labels);
  const first = assign();
  // A list on its first option that no `selected` attribute marks shows that year to the user (a
  // Vue or React list sets only its value), so its card is that year's — unless the fill sets the
  // list itself: the page's own year field (the postback form's ddlYear on 2023) would make every
  // box another year's. So after the plan, every list it does not set speaks for its card's year,
  // and the plan is made again when a box became another year's (docs/extension.md; round 5, C5).
  const set = [...first.values()].map((assignment) => assignment.status === "found" && assignment.facts);
  const marked = markSectionChoices(
    controls,
    request.year,
    () => false,
    (list) => !set.includes(list),
  );
  return { controls, assignments: marked ? assign() : first };
}

function byLabels(request: ContentRequest, controls: readonly ControlFacts[]): Map<string, Assignment> {
  const usable = (facts: ControlFacts) => unusableReason(facts.control) === undefined;
  const assignments = new Map<string, Assignment>();
  for (const assignment of assignFields(requestFieldWords(request), controls, usable)) {
    assignments.set(assignment.id, assignment);
  }
  sectionExplanations(request.figures, assignments, controls, request.noteWords);
  return assignments;
}
