import { useState } from "preact/hooks";
import type { Lang } from "../../../shared/messages/lang";
import { errorWord, pageWord } from "../../i18n/page-words";
import type { FormProfile } from "../../profile/form-profile";
import type { Send } from "../shared/send-request";
import { ImportConfirm } from "./import-confirm";
import { parseProfilesJson, profilesJson } from "./profiles-json";
import { StatusAndErrors } from "./status-and-errors";

/** Props of the profiles file section. */
export interface ProfilesFileProps {
  lang: Lang;
  send: Send;
  profiles: readonly FormProfile[];
  /** Offers a text file for download (a browser download; tests capture it). */
  download: (fileName: string, text: string) => void;
  onImported: () => void;
}

/** Import and export of the user's profiles as JSON; an import is checked whole, every error with its path. */
export function ProfilesFile({ lang, send, profiles, download, onImported }: ProfilesFileProps) {
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState("");
  const [pending, setPending] = useState<FormProfile[] | undefined>(undefined);

  // A file is read whole and shown first (each profile's address pattern, and which of the user's
  // own it would replace): an import decides which sites the extension may be asked into.
  function readText(text: string) {
    const parsed = parseProfilesJson(text, lang);
    setStatus("");
    setPending(undefined);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors([]);
    setPending(parsed.profiles);
  }

  async function importProfiles(chosen: readonly FormProfile[]) {
    setPending(undefined);
    const failed: string[] = [];
    for (const profile of chosen) {
      const answer = await send({ type: "save-profile", profile });
      if (!answer.ok) failed.push(`${profile.name}: ${errorWord(lang, answer.error.code)}`);
    }
    setErrors(failed);
    setStatus(pageWord(lang, "jsonImported", { n: chosen.length - failed.length }));
    onImported();
  }

  return (
    <section aria-labelledby="json-title">
      <h2 id="json-title">JSON</h2>
      <button
        type="button"
        class="secondary"
        onClick={() => download("hso-skjemaprofiler.json", profilesJson(profiles))}
      >
        {pageWord(lang, "exportJson")}
      </button>
      <label>
        {pageWord(lang, "importJson")}{" "}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file)
              void file
                .text()
                .then(readText)
                .then(() => (input.value = ""));
          }}
        />
      </label>
      {pending && (
        <ImportConfirm
          lang={lang}
          incoming={pending}
          own={profiles}
          onConfirm={() => void importProfiles(pending)}
          onCancel={() => setPending(undefined)}
        />
      )}
      <StatusAndErrors status={status} heading={pageWord(lang, "jsonErrors")} errors={errors} />
    </section>
  );
}
