import type { ProfileField } from "../profile/form-profile";
import { type Assignment, assignFields } from "./assign-fields";
import { collectControls } from "./collect-controls";
import type { ContentRequest } from "./content-api";
import { type ControlFacts, describeControls } from "./control-facts";
import { unusableReason } from "./control-state";
import { requestFieldWords } from "./field-words";
import { profileTools } from "./plan-locators";
import { readingPass } from "./reading-pass";
import { sectionExplanations } from "./section-explanations";

/** Every control of the page with its facts, and where each figure of a request goes. */
export interface Located {
  controls: ControlFacts[];
  assignments: Map<string, Assignment>;
}

/** The profile field of a figure, when the request's profile names one. */
export function profileField(request: ContentRequest, id: string): ProfileField | undefined {
  const fields = request.profile?.fields;
  return fields !== undefined && Object.hasOwn(fields, id) ? fields[id] : undefined;
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
  const assignments =
    request.profile === undefined ? labels() : profileTools("assign").assign(doc, request, controls, labels);
  return { controls, assignments };
}

function byLabels(request: ContentRequest, controls: readonly ControlFacts[]): Map<string, Assignment> {
  const usable = (facts: ControlFacts) => unusableReason(facts.control) === undefined;
  const assignments = new Map<string, Assignment>();
  for (const assignment of assignFields(requestFieldWords(request), controls, usable)) {
    assignments.set(assignment.id, assignment);
  }
  sectionExplanations(request.figures, assignments, controls, request.catalogue);
  return assignments;
}
