import { profileField } from "../profile/profile-field";
import type { Assignment } from "./assign-fields";
import type { ConfirmedRow, ContentRequest } from "./content-api";
import type { ControlFacts } from "./control-facts";
import { type FieldFind, locateField } from "./locate-locators";
import { normalizeLabel } from "./normalize-label";
import { readingPass } from "./reading-pass";

// Where locators decide which control a figure goes to: a profile's fields and a preview's
// confirmed rows. Only requests with a profile or confirmed rows need it, so it lives in
// profile-tools.js, which the worker injects before the content script for them
// (background/request-scripts.ts), and the content script asks for it (plan-locators.ts).

/**
 * Every figure's control by its profile field (a profile is the administrator's word, so label
 * matching is not mixed in; a figure the profile does not name is not found). `byLabels` is the
 * content script's matching by labels, asked once and only where a path needs checking.
 */
export function profileAssignments(
  doc: Document,
  request: ContentRequest,
  controls: readonly ControlFacts[],
  byLabels: () => Map<string, Assignment>,
): Map<string, Assignment> {
  return readingPass(() => {
    const assignments = new Map<string, Assignment>();
    let labels: Map<string, Assignment> | undefined;
    const matched = () => (labels ??= byLabels());
    for (const figure of request.figures) {
      const field = profileField(request.profile, figure.id);
      const found = field ? locateField(doc, field.locators, controls) : { candidates: [] };
      assignments.set(figure.id, byProfile(figure.id, found, matched));
    }
    return assignments;
  });
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

/** A confirmed row's control found again by its locators; `changed` when it no longer reads as planned. */
export function reconfirm(doc: Document, row: ConfirmedRow, controls: readonly ControlFacts[]): Assignment {
  const { facts } = readingPass(() => locateField(doc, row.locators, controls));
  if (facts === undefined) return { id: row.id, status: "not_found" };
  const same =
    normalizeLabel(facts.name) === normalizeLabel(row.label) &&
    normalizeLabel(facts.section) === normalizeLabel(row.section);
  return same
    ? { id: row.id, status: "found", facts, score: 1 }
    : { id: row.id, status: "not_found", changed: true };
}
