import type { Lang } from "../../../shared/messages/lang";
import { pageWord, type WordKey } from "../../i18n/page-words";
import type { Locator } from "../../profile/form-profile";
import { type LocatorDraft, locatorDraft } from "./profile-draft";

const KIND_WORDS: Record<Locator["kind"], WordKey> = {
  label: "byLabel",
  name: "byName",
  id: "byElementId",
  role: "byRole",
  css: "byCss",
};

/** Props of a field's locator list. */
export interface LocatorRowsProps {
  lang: Lang;
  /** The field row's key, so ids are unique on the page. */
  fieldKey: number;
  locators: readonly LocatorDraft[];
  onChange: (locators: LocatorDraft[]) => void;
}

/** The ways a field is found, tried in the order listed: each editable, removable, and one more to add. */
export function LocatorRows({ lang, fieldKey, locators, onChange }: LocatorRowsProps) {
  const set = (index: number, change: Partial<LocatorDraft>) =>
    onChange(locators.map((old, i) => (i === index ? { ...old, ...change } : old)));
  return (
    <div>
      <p class="muted">{pageWord(lang, "locatorsHelp")}</p>
      <ol>
        {locators.map((row, index) => {
          const id = (part: string) => `loc-${fieldKey}-${row.key}-${part}`;
          const n = index + 1;
          return (
            <li key={row.key}>
              <label for={id("kind")}>{pageWord(lang, "findBy", { n })}</label>
              <select
                id={id("kind")}
                value={row.kind}
                onChange={(event) => set(index, { kind: event.currentTarget.value as Locator["kind"] })}
              >
                {(Object.keys(KIND_WORDS) as Locator["kind"][]).map((kind) => (
                  <option key={kind} value={kind}>
                    {pageWord(lang, KIND_WORDS[kind])}
                  </option>
                ))}
              </select>
              <label for={id("value")}>{pageWord(lang, "locator", { n })}</label>
              <input
                id={id("value")}
                value={row.value}
                onInput={(event) => set(index, { value: event.currentTarget.value })}
              />
              {(row.kind === "label" || row.kind === "role") && (
                <>
                  <label for={id("extra")}>
                    {pageWord(lang, row.kind === "label" ? "section" : "role", { n })}
                  </label>
                  <input
                    id={id("extra")}
                    value={row.extra}
                    onInput={(event) => set(index, { extra: event.currentTarget.value })}
                  />
                </>
              )}
              <button
                type="button"
                class="secondary"
                onClick={() => onChange(locators.filter((_, i) => i !== index))}
              >
                {pageWord(lang, "removeLocator", { n })}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" class="secondary" onClick={() => onChange([...locators, locatorDraft()])}>
        {pageWord(lang, "addLocator")}
      </button>
    </div>
  );
}
