import type { Lang } from "../../../shared/messages/lang";
import type { PackageSummary } from "../../messages";

/**
 * A package's templates as the user knows them: the catalogue's name in the pages' language
 * ("Døgnplasser, Bemanning"; "Beds, Staffing" in English), the id only where the worker sent no name.
 */
export function templateNames(
  summary: Pick<PackageSummary, "templates" | "templateNames">,
  lang: Lang,
): string {
  const names = summary.templateNames ?? {};
  return summary.templates
    .map((id) => (Object.hasOwn(names, id) ? names[id]?.[lang] : undefined) ?? id)
    .join(", ");
}
