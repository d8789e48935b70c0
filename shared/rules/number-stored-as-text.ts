import { computeShare } from "../templates/compute-share";
import type { FieldDef } from "../templates/field";
import { computedTotalOfPart } from "./computed-totals";
import type { Finding, Rule } from "./rule";
import { NUMERIC_KINDS, type RuleContext } from "./rule-context";
import { sumOf } from "./sum-of";

/**
 * A number stored as text ("258,5") is read and used, but flagged so the cell can be fixed (DOMAIN
 * rule 2). In a part of a computed total whose value shows it was left out, it is an error: Excel's
 * and LibreOffice's `SUM` skip text in a range, so the total would not be the sum of the figures
 * exported. (A total that does hold it, as a file written by a script may, leaves only the warning.)
 * So in a part or whole of a share the sheet leaves blank (its `COUNT` skips text): the package would
 * hold a share the workbook does not show (A17). In a cell formatted as Text the words say to change
 * the format first, since a figure typed again there stays text.
 */
export const numberStoredAsText: Rule = {
  id: "number-stored-as-text",
  meta: { description: "Numbers stored as text are converted and warned about.", severity: "warning" },
  check(context) {
    const findings: Finding[] = [];
    const totals = computedTotalOfPart(context.fields);
    for (const field of context.fieldsOfKind(...NUMERIC_KINDS)) {
      const reading = context.reading(field.id);
      if (reading.state !== "number" || !reading.fromText) continue;
      const params = {
        text: reading.text ?? "",
        value: reading.value,
        textFormat: context.textFormat(field.id),
      };
      const total = totals.get(field.id);
      const share = total ? undefined : blankShareOf(context, field.id);
      if (total && isLeftOut(context, total)) {
        const found = { code: "number_as_text_not_summed", field: field.id, severity: "error" } as const;
        findings.push({ ...found, params: { ...params, total: total.id } });
      } else if (share) {
        const found = { code: "number_as_text_not_in_share", field: field.id, severity: "error" } as const;
        findings.push({ ...found, params: { ...params, share: share.id } });
      } else findings.push({ code: "number_as_text", field: field.id, params });
    }
    return findings;
  },
};

/** Whether a computed total's value, as read, is not the sum of its parts with the text counted. */
function isLeftOut(context: RuleContext, total: FieldDef): boolean {
  const value = context.number(total.id);
  return value === undefined || Math.abs(value - sumOf(context, total.parts ?? []).sum) > 1e-6;
}

/** A share computed from this field whose cell is blank although its part and whole are figures. */
function blankShareOf(context: RuleContext, id: string): FieldDef | undefined {
  return context.fields.find(
    (field) =>
      field.share !== undefined &&
      (field.share.part === id || field.share.whole === id) &&
      context.reading(field.id).state === "blank" &&
      computeShare(field.share, context.number) !== undefined,
  );
}
