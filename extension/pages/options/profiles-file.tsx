import { useState } from "preact/hooks";
import type { Lang } from "../../../shared/messages/lang";
import { errorWord, pageWord } from "../../i18n/page-words";
import type { FormProfile } from "../../profile/form-profile";
import type { Send } from "../shared/send-request";
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

  async function importText(text: string) {
    const parsed = parseProfilesJson(text);
    setStatus("");
    if (!parsed.ok) return setErrors(parsed.errors);
    const failed: string[] = [];
    for (const profile of parsed.profiles) {
      const answer = await send({ type: "save-profile", profile });
      if (!answer.ok) failed.push(`${profile.name}: ${errorWord(lang, answer.error.code)}`);
    }
    setErrors(failed);
    setStatus(pageWord(lang, "jsonImported", { n: parsed.profiles.length - failed.length }));
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
                .then(importText)
                .then(() => (input.value = ""));
          }}
        />
      </label>
      <StatusAndErrors status={status} heading={pageWord(lang, "jsonErrors")} errors={errors} />
    </section>
  );
}
