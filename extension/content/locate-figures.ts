import type { ProfileField } from "../profile/form-profile";
import { type Assignment, assignFields } from "./assign-fields";
import { collectControls } from "./collect-controls";
import type { ContentRequest } from "./content-api";
import { type ControlFacts, describeControls } from "./control-facts";
import { unusableReason } from "./control-state";
import { requestFieldWords } from "./field-words";
import type { FieldFind } from "./locate-locators";
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
 * Finds every figure's control: through the profile's locators when a profile is given (a profile
 * is the administrator's word, so label matching is not mixed in; a figure the profile does not
 * name is not found), otherwise by matching names and context against the catalogue.
 */
export function locateFigures(doc: Document, request: ContentRequest): Located {
  // Locating writes nothing and runs no page code: styles, labels and ids are read once for all controls.
  return readingPass(() => locateNow(doc, request));
}

function locateNow(doc: Document, request: ContentRequest): Located {
  const controls = describeControls(doc, collectControls(doc), request.year, request.unit);
  if (request.profile === undefined) return { controls, assignments: byLabels(request, controls) };
  const assignments = new Map<string, Assignment>();
  let labels: Map<string, Assignment> | undefined;
  const matched = () => (labels ??= byLabels(request, controls));
  for (const figure of request.figures) {
    const field = profileField(request, figure.id);
    // profile-tools.js follows the locators (the content script does not bundle how).
    const found = field ? profileTools("locate").locate(doc, field.locators, controls) : { candidates: [] };
    assignments.set(figure.id, byProfile(figure.id, found, matched));
  }
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

/**
 * A figure's control by its profile field. A CSS path that recorded nothing of what it reached (a
 * profile made before paths did) is followed only where the form's words agree: matching by label
 * gives this figure that control (alone or among equals) and gives it to no other figure.
 */
function byProfile(id: string, found: FieldFind, matched: () => Map<string, Assignment>): Assignment {
  let { facts, candidates = [], problem } = found;
  if (facts && found.unverified) {
    const words = matched();
    const own = words.get(id);
    const mine =
      own?.status === "found"
        ? [own.facts]
        : own?.status === "ambiguous"
          ? own.candidates.map((pair) => pair.facts)
          : [];
    const taken = [...words.values()].some(
      (other) => other.id !== id && other.status === "found" && other.facts === facts,
    );
    if (!mine.includes(facts) || taken) {
      candidates = [...new Set([facts, ...mine])];
      problem = "position_unverified";
      facts = undefined;
    }
  }
  if (facts) return { id, status: "found", facts, score: 1 };
  if (candidates.length === 0) return { id, status: "not_found" };
  const pairs = candidates.map((candidate) => ({ facts: candidate, score: 0 }));
  return { id, status: "ambiguous", candidates: pairs, rivals: [], ...(problem ? { problem } : {}) };
}
