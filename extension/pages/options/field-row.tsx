import { useEffect, useRef } from "preact/hooks";
import type { Lang } from "../../../shared/messages/lang";
import { fillFields } from "../../fill-fields";
import { pageWord } from "../../i18n/page-words";
import { LocatorRows } from "./locator-rows";
import type { FieldDraft } from "./profile-draft";

/** Props of one field row. */
export interface FieldRowProps {
  lang: Lang;
  row: FieldDraft;
  index: number;
  onChange: (row: FieldDraft) => void;
  onRemove: () => void;
  /** Moves the focus to the figure choice (a row just added by pointing: the figure is what is left to choose). */
  focus?: boolean;
}

/** One field of a profile: which figure, how the element is found, and its own options. */
export function FieldRow({ lang, row, index, onChange, onRemove, focus }: FieldRowProps) {
  const figure = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (focus) figure.current?.focus();
  }, [focus]);
  const n = index + 1;
  const set = (change: Partial<FieldDraft>) => onChange({ ...row, ...change });
  const id = (part: string) => `field-${row.key}-${part}`;
  return (
    <fieldset class="card">
      <legend>
        {pageWord(lang, "figure")} {n}
      </legend>
      <label for={id("figure")}>{pageWord(lang, "figure")}</label>
      <select
        ref={figure}
        id={id("figure")}
        value={row.field}
        onChange={(event) => set({ field: event.currentTarget.value })}
      >
        <option value="">{pageWord(lang, "chooseFigure")}</option>
        {fillFields().map((field) => (
          <option key={field.id} value={field.id}>
            {field.shown[lang]} ({field.id})
          </option>
        ))}
      </select>
      <LocatorRows
        lang={lang}
        fieldKey={row.key}
        locators={row.locators}
        onChange={(locators) => set({ locators })}
      />
      <label for={id("order")}>{pageWord(lang, "order")}</label>
      <input
        id={id("order")}
        inputMode="numeric"
        value={row.order}
        onInput={(event) => set({ order: event.currentTarget.value })}
      />
      <label for={id("decimal")}>{pageWord(lang, "decimal")}</label>
      <select
        id={id("decimal")}
        value={row.decimal}
        onChange={(event) => set({ decimal: event.currentTarget.value as FieldDraft["decimal"] })}
      >
        <option value="">{pageWord(lang, "decimalInherit")}</option>
        <option value="comma">{pageWord(lang, "decimalComma")}</option>
        <option value="point">{pageWord(lang, "decimalPoint")}</option>
      </select>
      <label>
        <input
          type="checkbox"
          checked={row.reloads}
          onChange={(event) => set({ reloads: event.currentTarget.checked })}
        />{" "}
        {pageWord(lang, "reloads")}
      </label>
      <button type="button" class="secondary" onClick={onRemove}>
        {pageWord(lang, "removeField", { n })}
      </button>
    </fieldset>
  );
}
