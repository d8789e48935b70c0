import type { CellNotice, CellProblem } from "../report/cell-finding";
import { NOTE_PREFIX, PREVIOUS_PREFIX } from "../templates/names";
import type { Finding, Rule } from "./rule";

/**
 * A named cell the workbook's reader could not read (merged, a formula saved without its result, a
 * name over several cells, a constant or a whole column, only a copied sheet's name) is an error at
 * that cell, never an empty or a guessed figure; odd but readable names (letter case, a copied
 * sheet's own copy) are warnings.
 */
export const cellReadable: Rule = {
  id: "cell-readable",
  meta: {
    description: "Every named cell can be read as one cell's own value; odd names are pointed out.",
    severity: "error",
  },
  check(context) {
    const findings: Finding[] = [];
    for (const [name, problem] of Object.entries(context.problems)) {
      findings.push(findingOf(name, problem));
    }
    for (const [name, notices] of Object.entries(context.notices)) {
      for (const notice of notices) findings.push({ ...findingOf(name, notice), severity: "warning" });
    }
    return findings;
  },
};

function findingOf(name: string, found: CellProblem | CellNotice): Finding {
  // Spread whole, so each code keeps its own params' type; a notice about a copied sheet is said at
  // the copy's cell, so the reader is not sent to check the original's (docs/cli.md).
  const cell = "at" in found ? found.at : undefined;
  return { ...found, field: fieldOfName(name), name, ...(cell ? { cell } : {}) };
}

/** `prev.beds.x` and `note.beds.x` belong to the field `beds.x`. */
function fieldOfName(name: string): string {
  for (const prefix of [PREVIOUS_PREFIX, NOTE_PREFIX]) {
    if (name.startsWith(prefix)) return name.slice(prefix.length);
  }
  return name;
}
