import type { RefusalReason } from "../../shared/aggregate/screen-packages";
import type { Lang } from "../../shared/messages/lang";

/** The regional panel's words; a refused package's reason by its code. */
export const REGIONAL_WORDS = {
  nb: {
    intro:
      "Velg de innsendte pakkene (.hso.json). Hver pakke kontrolleres på nytt; tabellen, diagrammet og innsendingene skrives på et nytt ark.",
    pick: "Pakker",
    building: "Bygger …",
    written: (sheet: string, used: number) => `Arket «${sheet}» er laget av ${used} pakker.`,
    exists: (sheet: string) => `Arbeidsboken har allerede et ark som heter «${sheet}»; det er ikke endret.`,
    none: "Ingen av pakkene har døgnplasser for voksne; ingenting er skrevet.",
    refusedHeading: "Ikke brukt",
    reason: (reason: RefusalReason): string =>
      ({
        unreadable: `kan ikke leses: ${"detail" in reason ? reason.detail : ""}`,
        validation_errors: "har feil ved ny kontroll",
        unknown_unit: "ukjent enhet",
        contradiction: "motsier seg selv",
        conflicting_duplicate: "en annen pakke for samme enhet og år har andre tall",
      })[reason.code],
  },
  en: {
    intro:
      "Pick the packages sent in (.hso.json). Each is validated again; the table, the chart and the returns go on a new sheet.",
    pick: "Packages",
    building: "Building …",
    written: (sheet: string, used: number) => `The sheet "${sheet}" is built from ${used} packages.`,
    exists: (sheet: string) => `The workbook already has a sheet named "${sheet}"; it is left as it was.`,
    none: "None of the packages holds adult mental-health beds; nothing was written.",
    refusedHeading: "Not used",
    reason: (reason: RefusalReason): string =>
      ({
        unreadable: `cannot be read: ${"detail" in reason ? reason.detail : ""}`,
        validation_errors: "has errors when validated again",
        unknown_unit: "unknown unit",
        contradiction: "contradicts itself",
        conflicting_duplicate: "another package for the same unit and year has other figures",
      })[reason.code],
  },
} satisfies Record<Lang, unknown>;
