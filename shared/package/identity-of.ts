import { readNumber, readOrg } from "../report/read-value";
import type { RawValue } from "../report/validation-input";
import type { TemplateId } from "../templates/catalogue";

/** The unit and year a workbook or pass says it is for; either may be missing. */
export interface Identity {
  org?: string;
  year?: number;
}

/**
 * The unit and year from the templates' identity fields: the first template that has each readable.
 * Nothing else (a sheet name, metadata, a default) counts: a package for a guessed unit or year would
 * put figures under the wrong name.
 */
export function identityOf(
  values: Readonly<Record<string, RawValue>>,
  templates: readonly TemplateId[],
): Identity {
  let org: string | undefined;
  let year: number | undefined;
  for (const template of templates) {
    org ??= readOrg(values[`${template}.unit_org`]);
    const reading = readNumber(values[`${template}.year`]);
    if (reading.state === "number" && Number.isInteger(reading.value)) year ??= reading.value;
  }
  return { ...(org === undefined ? {} : { org }), ...(year === undefined ? {} : { year }) };
}
