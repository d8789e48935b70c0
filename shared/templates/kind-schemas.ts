import * as z from "zod/mini";
import { STATUS_CHOICES } from "./choices";
import type { FieldKind } from "./kinds";

const finiteNumber = () => z.number().check(z.refine(Number.isFinite, "a finite number"));

/**
 * The JSON type a value of each kind has in a package; bounds and steps are the rules' business, not
 * the schema's. A complete record over the kinds, so a new kind without its type does not compile.
 * Kept apart from `KINDS` so that code which only reads workbooks (the task pane's first load,
 * docs/addin.md) does not carry zod; only reading a package does.
 */
export const KIND_SCHEMAS: Readonly<Record<FieldKind, () => z.ZodMiniType<string | number>>> = {
  org: () => z.string().check(z.regex(/^\d{9}$/, "nine digits")),
  year: () => z.int(),
  date: () => z.iso.date(),
  beds: finiteNumber,
  places: finiteNumber,
  headcount: finiteNumber,
  fte: finiteNumber,
  percent: finiteNumber,
  count: finiteNumber,
  days: finiteNumber,
  share: finiteNumber,
  status: () => z.enum(STATUS_CHOICES.map((choice) => choice.code) as [string, ...string[]]),
};
