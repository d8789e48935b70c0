import { fieldLabel } from "../../../shared/messages/describe";
import type { Lang } from "../../../shared/messages/lang";
import type { LocatorProbe, ProfileTest } from "../../content/content-api";
import { locatorProblemWords, recordedWords, unverifiedWords } from "../../i18n/locator-words";
import { pageWord, type WordKey } from "../../i18n/page-words";
import type { Locator } from "../../profile/form-profile";
import { fieldText } from "../popup/row-text";

const OUTCOME: Record<ProfileTest["fields"][number]["outcome"], WordKey> = {
  found: "testFound",
  not_found: "testNotFound",
  ambiguous: "testAmbiguous",
};

/** A locator as the user wrote it: `label "Antall" (Voksne)`, `id "x"`, `css #a > input`. */
function locatorText(lang: Lang, locator: Locator): string {
  switch (locator.kind) {
    case "label":
      return `${pageWord(lang, "byLabel")}: «${locator.label}»${locator.section ? ` (${locator.section})` : ""}`;
    case "name":
      return `name «${locator.name}»`;
    case "id":
      return `id «${locator.id}»`;
    case "role":
      return `${locator.role} «${locator.name}»`;
    case "css": {
      const picked = [locator.label, locator.section].filter(Boolean).join(" – ");
      return `CSS ${locator.path}${picked ? ` (${recordedWords(lang, picked)})` : ""}`;
    }
  }
}

function probeText(lang: Lang, probe: LocatorProbe): string {
  if (probe.finds === "one")
    return pageWord(lang, "findsOne", { field: probe.field ? fieldText(probe.field) : "" });
  return pageWord(
    lang,
    probe.finds === "none" ? "findsNone" : probe.finds === "several" ? "findsSeveral" : "findsInvalid",
  );
}

type TestedField = ProfileTest["fields"][number];

/** What a fill would do with the field: the field it takes, or why none. */
function outcomeText(lang: Lang, field: TestedField): string {
  const head = pageWord(lang, OUTCOME[field.outcome]);
  const where = field.field ? `: ${fieldText(field.field)}` : "";
  if (field.problem === "position_unverified") return `${head}${where} – ${unverifiedWords(lang)}`;
  return `${head}${where}${field.problem ? ` – ${locatorProblemWords(lang, field.problem)}` : ""}`;
}

/** "Test this profile on this page": per field, what each of its locators finds, and the outcome. */
export function ProfileTestView({ lang, frames }: { lang: Lang; frames: readonly ProfileTest[] }) {
  return (
    <section aria-labelledby="test-title">
      <h3 id="test-title">{pageWord(lang, "testTitle")}</h3>
      {frames.length === 0 && <p class="warning">{pageWord(lang, "testNone")}</p>}
      {frames.map((frame) => (
        <div key={frame.frameUrl}>
          <p class="muted">{frame.frameUrl}</p>
          <ul>
            {frame.fields.map((field) => (
              <li key={field.id} class={field.outcome === "found" && !field.problem ? undefined : "warning"}>
                <strong>
                  {fieldLabel(field.id, lang)}: {outcomeText(lang, field)}
                </strong>
                <ul>
                  {field.probes.map((probe) => (
                    <li key={JSON.stringify(probe.locator)}>
                      {locatorText(lang, probe.locator)} – {probeText(lang, probe)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
