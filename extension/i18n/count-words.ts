import type { Lang } from "../../shared/messages/lang";

/** A count's word forms per plural category (`Intl.PluralRules`: nb and en know `one` and `other`). */
interface Forms {
  one: string;
  other: string;
}

const NB: Record<CountKey, Forms> = {
  figures: { one: "{n} tall", other: "{n} tall" },
  fields: { one: "{n} felt", other: "{n} felt" },
  packages: { one: "{n} pakke", other: "{n} pakker" },
  profiles: { one: "{n} profil", other: "{n} profiler" },
  frames: { one: "{n} ramme", other: "{n} rammer" },
  errors: { one: "{n} feil", other: "{n} feil" },
  warnings: { one: "{n} advarsel", other: "{n} advarsler" },
};

const EN: Record<CountKey, Forms> = {
  figures: { one: "{n} figure", other: "{n} figures" },
  fields: { one: "{n} field", other: "{n} fields" },
  packages: { one: "{n} package", other: "{n} packages" },
  profiles: { one: "{n} profile", other: "{n} profiles" },
  frames: { one: "{n} frame", other: "{n} frames" },
  errors: { one: "{n} error", other: "{n} errors" },
  warnings: { one: "{n} warning", other: "{n} warnings" },
};

/** The things the pages count. */
export type CountKey = "figures" | "fields" | "packages" | "profiles" | "frames" | "errors" | "warnings";

const rules = { nb: new Intl.PluralRules("nb"), en: new Intl.PluralRules("en") };

/** "1 pakke", "2 pakker", "1 package": the form `Intl.PluralRules` chooses for the count. */
export function countWord(lang: Lang, key: CountKey, n: number): string {
  const forms = (lang === "nb" ? NB : EN)[key];
  const category = rules[lang].select(n);
  return (category === "one" ? forms.one : forms.other).replace(
    "{n}",
    n.toLocaleString(lang === "nb" ? "nb-NO" : "en-GB"),
  );
}
