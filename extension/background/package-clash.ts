import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { Words } from "../../shared/templates/field";
import { findFillField } from "../fill-fields";
import type { PackageClash } from "../messages";
import { packageFigures } from "./package-figures";

/** A package with the file it came from, as the import and the fill compare them. */
export interface NamedPackage {
  fileName: string;
  pkg: SubmissionPackage;
}

/** The template a figure id belongs to: `beds.tsb_total` → beds, `note.plan_status.x` → plan_status. */
function templateOf(id: string): string {
  const bare = id.startsWith("note.") ? id.slice(5) : id;
  return bare.slice(0, bare.indexOf("."));
}

function figureMap(pkg: SubmissionPackage): Map<string, string> {
  return new Map(packageFigures(pkg).map((figure) => [figure.id, String(figure.value)]));
}

/**
 * The figures two packages of the same unit and year disagree on, within the templates both
 * hold: a figure with two values, or one package's figure the other leaves out. Empty when they
 * do not share a template, or hold the same figures in the ones they share.
 */
export function disagreement(a: SubmissionPackage, b: SubmissionPackage): string[] {
  if (a.unit.org !== b.unit.org || a.year !== b.year) return [];
  const shared = new Set(Object.keys(a.templates).filter((template) => Object.hasOwn(b.templates, template)));
  if (shared.size === 0) return [];
  const left = figureMap(a);
  const right = figureMap(b);
  const ids = new Set([...left.keys(), ...right.keys()].filter((id) => shared.has(templateOf(id))));
  return [...ids].filter((id) => left.get(id) !== right.get(id)).sort();
}

/** Why a file is refused: it and another file hold different figures for the same unit, year and template. */
export function clashWords(
  file: string,
  others: readonly string[],
  ids: readonly string[],
  stored: boolean,
): Words {
  const list = others.join(", ");
  const shown = ids.slice(0, 3).join(", ") + (ids.length > 3 ? " …" : "");
  return stored
    ? {
        nb: `${file} har andre tall enn ${list}, som alt er importert for samme enhet, år og mal (${shown}). Ingen av dem er valgt for deg: fjern ${list} først hvis ${file} er den riktige.`,
        en: `${file} holds other figures than ${list}, already imported for the same unit, year and template (${shown}). Neither is chosen for you: remove ${list} first if ${file} is the right one.`,
      }
    : {
        nb: `${file} og ${list} gjelder samme enhet, år og mal, men har ulike tall (${shown}). Ingen av dem er importert: velg den riktige og importer den alene.`,
        en: `${file} and ${list} are for the same unit, year and template but hold different figures (${shown}). Neither was imported: choose the right one and import it alone.`,
      };
}

/** How many differing fields the import page shows of a clash (the count says how many in all). */
const SHOWN_FIELDS = 5;

/**
 * What the import page shows of files that disagree, for the user to choose one: each file's name,
 * the fields they differ on, figures before notes, with the catalogue's label and each file's
 * value (a long text cut).
 */
export function clashDetail(
  files: readonly NamedPackage[],
  ids: readonly string[],
  stored?: PackageClash["stored"],
): PackageClash {
  const maps = files.map((file) => figureMap(file.pkg));
  // Figures before notes: a figure that differs is what the user must judge first.
  const isNote = (id: string) => Number(id.startsWith("note."));
  const shown = [...ids].sort((a, b) => isNote(a) - isNote(b)).slice(0, SHOWN_FIELDS);
  const fields = shown.map((id) => ({
    id,
    label: findFillField(id)?.shown ?? { nb: id, en: id },
    values: maps.map((map) => cut(map.get(id) ?? "")),
  }));
  return {
    files: files.map((file) => file.fileName),
    fields,
    count: ids.length,
    ...(stored ? { stored } : {}),
  };
}

function cut(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
