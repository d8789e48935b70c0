import type { ProfileField } from "../profile/form-profile";
import { type Assignment, assignFields } from "./assign-fields";
import { collectControls } from "./collect-controls";
import type { ContentRequest, FigureToFill } from "./content-api";
import { type ControlFacts, describeControls } from "./control-facts";
import { unusableReason } from "./control-state";
import { fieldWords } from "./field-words";
import { locateFirst } from "./locate-locators";
import { readingPass } from "./reading-pass";

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
 * Finds every figure's control: through the profile's locators when a profile is given (a profile
 * is the administrator's word, so label matching is not mixed in; a figure the profile does not
 * name is not found), otherwise by matching names and context against the catalogue.
 */
export function locateFigures(doc: Document, request: ContentRequest): Located {
  // Locating writes nothing and runs no page code: styles, labels and ids are read once for all controls.
  return readingPass(() => locateNow(doc, request));
}

function locateNow(doc: Document, request: ContentRequest): Located {
  const controls = describeControls(doc, collectControls(doc), request.year);
  const assignments = new Map<string, Assignment>();
  if (request.profile !== undefined) {
    for (const figure of request.figures)
      assignments.set(figure.id, byProfile(doc, request, figure, controls));
    return { controls, assignments };
  }
  const usable = (facts: ControlFacts) => unusableReason(facts.control) === undefined;
  for (const assignment of assignFields(fieldWords(request.figures, request.catalogue), controls, usable)) {
    assignments.set(assignment.id, assignment);
  }
  return { controls, assignments };
}

function byProfile(
  doc: Document,
  request: ContentRequest,
  figure: FigureToFill,
  controls: readonly ControlFacts[],
): Assignment {
  const field = profileField(request, figure.id);
  if (field === undefined) return { id: figure.id, status: "not_found" };
  const { facts, several } = locateFirst(doc, field.locators, controls);
  if (facts !== undefined) return { id: figure.id, status: "found", facts, score: 1 };
  if (several) return { id: figure.id, status: "ambiguous", candidates: [], rivals: [] };
  return { id: figure.id, status: "not_found" };
}
