import type { Capabilities } from "../adapter/workbook-adapter";
import type { UiWord } from "../i18n/ui-words";
import type { Say } from "./say";

const MISSING: readonly [keyof Capabilities, UiWord][] = [
  ["dataValidation", "missingValidation"],
  ["comments", "missingComments"],
  ["notes", "missingNotes"],
  ["changeSource", "missingChangeSource"],
];

/** What this Excel lacks that the add-in uses, said plainly; `extra` adds the runtime's own gaps. */
export function missingWords(capabilities: Capabilities, extra: readonly UiWord[] = []): UiWord[] {
  // Without comments the notes line says nothing new, so only the weaker of the two is shown.
  const missing = MISSING.filter(([key]) => !capabilities[key]).map(([, word]) => word);
  const shown = missing.includes("missingComments")
    ? missing.filter((word) => word !== "missingNotes")
    : missing;
  return [...shown, ...extra];
}

/** Capabilities with only the named ones missing (an insert reports what it had to leave out). */
export function capabilitiesOnly(missing: readonly (keyof Capabilities)[]): Capabilities {
  const has = (key: keyof Capabilities) => !missing.includes(key);
  return {
    dataValidation: has("dataValidation"),
    comments: has("comments"),
    notes: has("notes"),
    changeSource: has("changeSource"),
    save: has("save"),
  };
}

/** The list of missing features, shown only when something is missing. */
export function CapabilityNotes({ say, missing }: { say: Say; missing: readonly UiWord[] }) {
  if (missing.length === 0) return null;
  return (
    <section aria-labelledby="missing-heading" class="missing">
      <h2 id="missing-heading">{say("missingHeading")}</h2>
      <ul>
        {missing.map((word) => (
          <li key={word}>{say(word)}</li>
        ))}
      </ul>
    </section>
  );
}
