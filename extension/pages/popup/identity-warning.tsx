import type { Lang } from "../../../shared/messages/lang";
import { pageWord } from "../../i18n/page-words";
import type { Preview } from "../../messages";

/**
 * The page names another unit or year than the package: the reason, with what the page says and
 * where, and an explicit override the user must tick before anything can be filled.
 */
export function IdentityWarning(props: {
  lang: Lang;
  preview: Preview;
  unitName: string;
  override: boolean;
  onOverride: (on: boolean) => void;
}) {
  const { lang, preview, unitName } = props;
  const said = (kind: "unit" | "year") =>
    preview.identity.clues
      .filter((clue) => clue.kind === kind)
      .map((clue) => `«${clue.value}» (${clue.where})`)
      .join(", ");
  return (
    <div role="alert" class="error">
      {preview.identity.unit === "other" && (
        <p>{pageWord(lang, "otherUnit", { unit: unitName, clues: said("unit") })}</p>
      )}
      {preview.identity.year === "other" && (
        <p>{pageWord(lang, "otherYear", { year: preview.package.year, clues: said("year") })}</p>
      )}
      <label>
        <input
          type="checkbox"
          checked={props.override}
          onChange={(event) => props.onOverride(event.currentTarget.checked)}
        />{" "}
        {pageWord(lang, "overrideIdentity", { unit: unitName, year: preview.package.year })}
      </label>
    </div>
  );
}
