/**
 * Whether a name the page gives a value only its server reads (a hidden input, a `<meta>`, a query
 * parameter of its address) says the value is the reporting unit: "orgnr", "Enhet_OrgNr",
 * "organisasjonsnummer", "unitId", "helseforetak". Word by word (camelCase and `_` split), so
 * "forgotten" and "__VIEWSTATEGENERATOR" are not; "saksnr" and "rowId" say nothing.
 */
export function isUnitName(name: string): boolean {
  return name
    .split(/[^\p{L}]+|(?<=\p{Ll})(?=\p{Lu})/u)
    .some((word) => /^(org|enhet|unit)|foretak/i.test(word));
}
