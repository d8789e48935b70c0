import { findField, TEMPLATES } from "../../shared/templates/catalogue";
import type { Aliases } from "../../shared/templates/field";
import type { FigureToFill } from "../content/content-api";
import { areaOf, planArea } from "../fill-fields";

/**
 * A plan's figure for a year after the one the plan is made in is also named by its area, the
 * plan and the year alone ("PHV voksne, Kapasitetsplan 2027", "PHV voksne: planlagte døgnplasser
 * 2027"): a later year is a plan's year, so a plan table whose columns are the bare years ("TSB |
 * 2026 | 2027 | 2028" under "Planlagte døgnplasser", or on a page titled "Kapasitetsplan") holds
 * them (adversary round 5, C18, C26). The plan's own words (its template's name, its sheet
 * section's) stay required, so a later year's column on a page that names no plan ("Per januar
 * 2026") is no plan's; the package's own year or an earlier one is never named so (a "2025"
 * column on a plan made in 2025 is that year's beds). An earlier plan's table stays out by the
 * year rules (docs/extension.md, "Capacity plans").
 */
export function withPlanYearNames(
  figures: readonly FigureToFill[],
  year: number | undefined,
): FigureToFill[] {
  return figures.map((figure) => {
    const names = year === undefined ? undefined : planYearNames(figure.id, year);
    if (names === undefined) return figure;
    const more = (lang: "nb" | "en") => [
      ...(figure.aliases?.[lang] ?? []),
      ...(names[lang] ?? []).filter((name) => !figure.aliases?.[lang]?.includes(name)),
    ];
    return { ...figure, aliases: { nb: more("nb"), en: more("en") } };
  });
}

function planYearNames(id: string, year: number): Aliases | undefined {
  const field = findField(id);
  const planned = field?.plannedFor;
  if (field === undefined || planned === undefined || planned <= year) return undefined;
  const area = planArea(field);
  const section = areaOf(field);
  if (area === undefined || section === undefined) return undefined;
  const plan = TEMPLATES[field.template].name;
  return {
    nb: [`${area.nb}, ${plan.nb} ${planned}`, `${section.nb} ${planned}`],
    en: [`${area.en}, ${plan.en} ${planned}`, `${section.en} ${planned}`],
  };
}
