import { useCallback, useEffect, useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import { errorWord, pageWord } from "../i18n/page-words";
import type { ProfileList } from "../messages";
import type { FormProfile } from "../profile/form-profile";
import { draftFromProfile, type ProfileDraft } from "./options/profile-draft";
import { ProfileEditor } from "./options/profile-editor";
import { ProfilesFile } from "./options/profiles-file";
import { LangSwitch } from "./shared/lang-switch";
import type { Send } from "./shared/send-request";
import { useLang } from "./shared/use-lang";

/** What the options page needs from outside. */
export interface OptionsProps {
  send: Send;
  requestOrigin: (origin: string) => Promise<boolean>;
  download: (fileName: string, text: string) => void;
}

const EMPTY: ProfileDraft = { name: "", urlPattern: "https://", decimal: "comma", fields: [] };

/** The options page: the user's profiles (edit, create by pointing, JSON in and out) and the administrator's, read-only. */
export function OptionsApp({ send, requestOrigin, download }: OptionsProps) {
  const [lang, setLang] = useLang(send);
  // Undefined until the worker answers: a browser's first read of managed storage can wait
  // seconds for its policy service, and "no profiles" shown meanwhile would be untrue.
  const [list, setList] = useState<ProfileList | undefined>(undefined);
  const [editing, setEditing] = useState<{ draft: ProfileDraft; name?: string } | undefined>(undefined);
  const [status, setStatus] = useState("");

  const refresh = useCallback(
    () =>
      send({ type: "get-profiles" }).then((answer) => {
        if (answer.ok) return setList(answer.response);
        // Unread, the lists are shown empty with the reason, so the page is still of use.
        setList((shown) => shown ?? { profiles: [], managed: [], managedErrors: [] });
        setStatus(errorWord(lang, answer.error.code));
      }),
    [send, lang],
  );
  useEffect(() => void refresh(), [refresh]);

  async function remove(name: string) {
    const answer = await send({ type: "delete-profile", name });
    if (answer.ok) setList(answer.response);
    setStatus(answer.ok ? pageWord(lang, "deleted") : errorWord(lang, answer.error.code));
  }

  return (
    <main>
      <LangSwitch lang={lang} onChange={setLang} />
      <h1>{pageWord(lang, "optionsTitle")}</h1>
      <p>{pageWord(lang, "optionsIntro")}</p>
      <div role="status" aria-live="polite">
        {status && <p>{status}</p>}
      </div>
      {list === undefined ? (
        <p class="muted" aria-busy="true">
          {pageWord(lang, "loadingProfiles")}
        </p>
      ) : editing ? (
        <ProfileEditor
          lang={lang}
          send={send}
          requestOrigin={requestOrigin}
          initial={editing.draft}
          editing={editing.name}
          onSaved={(next) => {
            setList(next);
            setEditing(undefined);
            setStatus(pageWord(lang, "saved"));
          }}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <>
          <h2>{pageWord(lang, "ownProfiles")}</h2>
          <ProfileTable
            lang={lang}
            profiles={list.profiles}
            empty="noOwnProfiles"
            onEdit={(profile) => setEditing({ draft: draftFromProfile(profile), name: profile.name })}
            onDelete={remove}
          />
          <button type="button" onClick={() => setEditing({ draft: { ...EMPTY, fields: [] } })}>
            {pageWord(lang, "newProfile")}
          </button>
          <ProfilesFile
            lang={lang}
            send={send}
            profiles={list.profiles}
            download={download}
            onImported={refresh}
          />
        </>
      )}
      {list && <h2>{pageWord(lang, "managedProfiles")}</h2>}
      {list && <ProfileTable lang={lang} profiles={list.managed} empty="noManagedProfiles" />}
      {list && list.managedErrors.length > 0 && (
        <>
          <p class="error">{pageWord(lang, "managedInvalid")}</p>
          <ul class="error">
            {list.managedErrors.map((error) => (
              <li key={error.nb}>{error[lang]}</li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}

interface ProfileTableProps {
  lang: Lang;
  profiles: readonly FormProfile[];
  empty: "noOwnProfiles" | "noManagedProfiles";
  onEdit?: (profile: FormProfile) => void;
  onDelete?: (name: string) => void;
}

function ProfileTable({ lang, profiles, empty, onEdit, onDelete }: ProfileTableProps) {
  if (profiles.length === 0) return <p class="muted">{pageWord(lang, empty)}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{pageWord(lang, "name")}</th>
          <th scope="col">{pageWord(lang, "urlPattern")}</th>
          <th scope="col">{pageWord(lang, "fields")}</th>
          {onEdit && <th scope="col">{pageWord(lang, "edit")}</th>}
        </tr>
      </thead>
      <tbody>
        {profiles.map((profile) => (
          <tr key={profile.name}>
            <td>{profile.name}</td>
            <td>{profile.urlPattern}</td>
            <td>{Object.keys(profile.fields).length}</td>
            {onEdit && onDelete && (
              <td>
                <button
                  type="button"
                  class="secondary"
                  aria-label={pageWord(lang, "editLabel", { name: profile.name })}
                  onClick={() => onEdit(profile)}
                >
                  {pageWord(lang, "edit")}
                </button>
                <button
                  type="button"
                  class="secondary"
                  aria-label={pageWord(lang, "deleteLabel", { name: profile.name })}
                  onClick={() => onDelete(profile.name)}
                >
                  {pageWord(lang, "delete")}
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
