import { useEffect, useRef } from "preact/hooks";
import type { Lang } from "../../../shared/messages/lang";
import { countWord } from "../../i18n/count-words";
import { pageWord } from "../../i18n/page-words";
import type { FormProfile } from "../../profile/form-profile";

/** Props of the import question. */
export interface ImportConfirmProps {
  lang: Lang;
  incoming: readonly FormProfile[];
  own: readonly FormProfile[];
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Before a profiles file is imported: each profile's name and the address pattern it would let
 * the extension fill (and ask access to), and whether it replaces one of the user's own; the user
 * imports or cancels.
 */
export function ImportConfirm({ lang, incoming, own, onConfirm, onCancel }: ImportConfirmProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const names = new Set(own.map((profile) => profile.name));
  return (
    <section aria-labelledby="import-confirm-title" class="card">
      <h3 id="import-confirm-title" tabIndex={-1} ref={heading}>
        {pageWord(lang, "importAsk", { count: countWord(lang, "profiles", incoming.length) })}
      </h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{pageWord(lang, "name")}</th>
            <th scope="col">{pageWord(lang, "urlPattern")}</th>
            <th scope="col">{pageWord(lang, "importEffect")}</th>
          </tr>
        </thead>
        <tbody>
          {incoming.map((profile) => (
            <tr key={profile.name}>
              <td>{profile.name}</td>
              <td>
                <code>{profile.urlPattern}</code>
              </td>
              <td class={names.has(profile.name) ? "warning" : undefined}>
                {pageWord(lang, names.has(profile.name) ? "importReplaces" : "importNew")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onConfirm}>
        {pageWord(lang, "importConfirm", { n: incoming.length })}
      </button>
      <button type="button" class="secondary" onClick={onCancel}>
        {pageWord(lang, "cancel")}
      </button>
    </section>
  );
}
