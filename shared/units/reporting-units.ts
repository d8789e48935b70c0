/**
 * What kind of unit reports: a trust (HF), a private non-profit hospital with an agreement, or the
 * RHF itself, whose agreement management reports the private contracted providers' beds.
 */
export type UnitKind = "hf" | "private_nonprofit" | "rhf";

/** A trust, hospital or the RHF's agreement management, each reporting figures to the RHF (docs/domain.md's table). */
export interface ReportingUnit {
  /** Nine digits, no spaces; passes mod-11. */
  org: string;
  /** The registered name. */
  name: string;
  /** The name used in tables and lists. */
  shortName: string;
  kind: UnitKind;
  /** Whether the unit has mental-health beds at all (Sunnaas is rehabilitation only). */
  mentalHealthBeds: boolean;
  /** Other names the unit goes by in documents, such as the board paper's "Diakonhjemmet sykehus". */
  aliases: readonly string[];
}

function unit(
  org: string,
  name: string,
  shortName: string,
  aliases: readonly string[],
  extra: Partial<Pick<ReportingUnit, "kind" | "mentalHealthBeds">> = {},
): ReportingUnit {
  return { org, name, shortName, kind: "hf", mentalHealthBeds: true, aliases, ...extra };
}

/**
 * The eleven trusts and hospitals in the order of the board paper's tables, then Helse Sør-Øst RHF
 * (agreement management), whose private providers' row comes after the trusts' total. Org. numbers
 * pass mod-11; re-verify them against Enhetsregisteret before a release (Lovisenberg's is of medium
 * confidence). What each unit is asked to report is `unit-returns.ts`'s business.
 */
export const REPORTING_UNITS: readonly ReportingUnit[] = [
  unit("983971636", "Akershus universitetssykehus HF", "Akershus", ["Ahus", "Akershus universitetssykehus"]),
  unit("983971709", "Sykehuset Innlandet HF", "Innlandet", ["Sykehuset Innlandet"]),
  unit("983975259", "Sykehuset i Vestfold HF", "Vestfold", ["Sykehuset i Vestfold", "SiV"]),
  unit("983971768", "Sykehuset Østfold HF", "Østfold", ["Sykehuset Østfold"]),
  unit("983975240", "Sørlandet sykehus HF", "Sørlandet", ["Sørlandet sykehus", "SSHF"]),
  unit("983975267", "Sykehuset Telemark HF", "Telemark", ["Sykehuset Telemark", "STHF"]),
  unit("894166762", "Vestre Viken HF", "Vestre Viken", []),
  unit("993467049", "Oslo universitetssykehus HF", "OUS", ["Oslo universitetssykehus"]),
  unit("965985166", "Lovisenberg Diakonale Sykehus AS", "Lovisenberg", ["Lovisenberg Diakonale sykehus"], {
    kind: "private_nonprofit",
  }),
  unit("982791952", "Diakonhjemmet Sykehus AS", "Diakonhjemmet", ["Diakonhjemmet sykehus"], {
    kind: "private_nonprofit",
  }),
  unit("883971752", "Sunnaas sykehus HF", "Sunnaas", ["Sunnaas sykehus"], { mentalHealthBeds: false }),
  unit(
    "991324968",
    "Helse Sør-Øst RHF",
    "Helse Sør-Øst",
    ["HSØ RHF", "Helse Sør-Øst regionalt helseforetak"],
    {
      kind: "rhf",
      mentalHealthBeds: false,
    },
  ),
];

/** The units that are trusts or hospitals: every unit but the RHF. */
export function isTrust(unit: ReportingUnit): boolean {
  return unit.kind !== "rhf";
}

/**
 * The names a page may call a unit by, besides the registered one: its short name and aliases as
 * the list above declares them ("Telemark", "SiV", "Sykehuset Telemark"). Not the RHF's short name
 * "Helse Sør-Øst": that is the region's name, on every page of its intranet, not a claim that a
 * page is the agreement management's return. Nothing else: no guessed spelling that could be
 * another unit's (test/shared/units/unit-names.test.ts checks that no unit's name is in another's).
 */
export function unitNames(unit: ReportingUnit): string[] {
  const short = unit.kind === "rhf" ? [] : [unit.shortName];
  return [...short, ...unit.aliases];
}

/** The reporting unit with this org. no. (spaces allowed), or undefined. */
export function findUnit(org: string): ReportingUnit | undefined {
  const digits = org.replace(/[\s\u00a0\u2009\u202f]/g, "");
  return REPORTING_UNITS.find((candidate) => candidate.org === digits);
}

/** The reporting unit a name, short name or alias denotes, ignoring case and spacing; undefined if none. */
export function findUnitByName(name: string): ReportingUnit | undefined {
  const wanted = nameKey(name);
  if (wanted === "") return undefined;
  return REPORTING_UNITS.find((candidate) =>
    [candidate.name, candidate.shortName, ...candidate.aliases].some((known) => nameKey(known) === wanted),
  );
}

function nameKey(name: string): string {
  return name
    .replace(/[\s\u00a0\u2009\u202f]+/g, " ")
    .trim()
    .toLocaleLowerCase("nb");
}
