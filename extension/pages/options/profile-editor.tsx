import { useEffect, useRef, useState } from "preact/hooks";
import type { Lang } from "../../../shared/messages/lang";
import type { PickedField, ProfileTest } from "../../content/content-api";
import { errorWord, pageWord } from "../../i18n/page-words";
import type { ProfileList } from "../../messages";
import { originPattern } from "../../profile/match-pattern";
import type { Send } from "../shared/send-request";
import { FieldRow } from "./field-row";
import {
  type FieldDraft,
  fieldDraft,
  locatorDraft,
  type ProfileDraft,
  profileFromDraft,
} from "./profile-draft";
import { ProfileTestView } from "./profile-test-view";
import { StatusAndErrors } from "./status-and-errors";

/** Props of the profile editor. */
export interface ProfileEditorProps {
  lang: Lang;
  send: Send;
  requestOrigin: (origin: string) => Promise<boolean>;
  initial: ProfileDraft;
  /** The name the profile had when opened (undefined for a new one). */
  editing?: string | undefined;
  onSaved: (list: ProfileList) => void;
  onCancel: () => void;
}

/** A row from a field pointed at: every way of finding it, and the figure its label suggests. */
function rowFromPick(pick: PickedField): FieldDraft {
  return fieldDraft({ field: pick.suggested ?? "", locators: pick.locators.map(locatorDraft) });
}

/** Edits one profile: name, address pattern, decimal style and the fields, added by hand or by pointing. */
export function ProfileEditor({
  lang,
  send,
  requestOrigin,
  initial,
  editing,
  onSaved,
  onCancel,
}: ProfileEditorProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState("");
  const [focusKey, setFocusKey] = useState<number | undefined>(undefined);
  const [tested, setTested] = useState<ProfileTest[] | undefined>(undefined);
  const nameInput = useRef<HTMLInputElement>(null);
  // The editor replaces the list it was opened from: the focus goes to its first field, not the page.
  useEffect(() => nameInput.current?.focus(), []);
  const set = (change: Partial<ProfileDraft>) => setDraft({ ...draft, ...change });
  const setRow = (index: number, row: FieldDraft) =>
    set({ fields: draft.fields.map((old, i) => (i === index ? row : old)) });

  async function pick() {
    const origin = originPattern(draft.urlPattern);
    if (!origin) return setErrors([pageWord(lang, "urlPatternInvalid")]);
    await requestOrigin(origin);
    setStatus(pageWord(lang, "picking"));
    const answer = await send({ type: "start-pick", urlPattern: draft.urlPattern, multiple: true });
    if (!answer.ok) return setStatus(errorWord(lang, answer.error.code));
    const rows = answer.response.picked.map(rowFromPick);
    if (rows.length === 0) return setStatus(pageWord(lang, "notPicked"));
    setDraft((current) => ({ ...current, fields: [...current.fields, ...rows] }));
    // The first row whose figure is still to be chosen (or the first) takes the focus.
    setFocusKey((rows.find((row) => row.field === "") ?? rows[0])?.key);
    setStatus(pageWord(lang, "picked", { n: rows.length }));
  }

  async function test() {
    const checked = profileFromDraft(draft);
    if (!checked.ok) return setErrors(checked.errors);
    const origin = originPattern(draft.urlPattern);
    if (origin) await requestOrigin(origin);
    const answer = await send({ type: "test-profile", profile: checked.profile });
    if (!answer.ok) return setStatus(errorWord(lang, answer.error.code));
    setErrors([]);
    setTested(answer.response.frames);
  }

  async function save(event: Event) {
    event.preventDefault();
    const checked = profileFromDraft(draft);
    if (!checked.ok) return setErrors(checked.errors);
    const answer = await send({
      type: "save-profile",
      profile: checked.profile,
      ...(editing ? { replaces: editing } : {}),
    });
    if (!answer.ok) return setErrors([errorWord(lang, answer.error.code)]);
    setErrors([]);
    onSaved(answer.response);
  }

  return (
    <form onSubmit={save} aria-labelledby="editor-title">
      <h2 id="editor-title">{editing ?? pageWord(lang, "newProfile")}</h2>
      <label>
        {pageWord(lang, "name")}{" "}
        <input
          ref={nameInput}
          value={draft.name}
          required
          onInput={(event) => set({ name: event.currentTarget.value })}
        />
      </label>
      <label>
        {pageWord(lang, "urlPattern")}{" "}
        <input
          value={draft.urlPattern}
          required
          aria-describedby="pattern-help"
          onInput={(event) => set({ urlPattern: event.currentTarget.value })}
        />
      </label>
      <p id="pattern-help" class="muted">
        {pageWord(lang, "urlPatternHelp")}
      </p>
      <label>
        {pageWord(lang, "decimal")}{" "}
        <select
          value={draft.decimal}
          onChange={(event) => set({ decimal: event.currentTarget.value === "point" ? "point" : "comma" })}
        >
          <option value="comma">{pageWord(lang, "decimalComma")}</option>
          <option value="point">{pageWord(lang, "decimalPoint")}</option>
        </select>
      </label>
      <h3>{pageWord(lang, "fields")}</h3>
      {draft.fields.map((row, index) => (
        <FieldRow
          key={row.key}
          lang={lang}
          row={row}
          index={index}
          onChange={(next) => setRow(index, next)}
          onRemove={() => set({ fields: draft.fields.filter((_, i) => i !== index) })}
          focus={row.key === focusKey}
        />
      ))}
      <button
        type="button"
        class="secondary"
        onClick={() => set({ fields: [...draft.fields, fieldDraft()] })}
      >
        {pageWord(lang, "addField")}
      </button>
      <button type="button" class="secondary" onClick={() => void pick()}>
        {pageWord(lang, "pick")}
      </button>
      <button type="button" class="secondary" onClick={() => void test()}>
        {pageWord(lang, "testProfile")}
      </button>
      {tested && <ProfileTestView lang={lang} frames={tested} />}
      <StatusAndErrors status={status} heading={pageWord(lang, "invalidProfile")} errors={errors} />
      <button type="submit">{pageWord(lang, "save")}</button>
      <button type="button" class="secondary" onClick={onCancel}>
        {pageWord(lang, "cancel")}
      </button>
    </form>
  );
}
