import { allFields } from "../../shared/templates/catalogue";
import { KINDS } from "../../shared/templates/kinds";
import type { FieldNames } from "../content/content-api";

/**
 * Every catalogue field's id, kind, labels and aliases, sent with each plan/fill/check request:
 * the content script scores the page's controls against the whole catalogue (content-api.ts
 * `catalogue`) without bundling it.
 */
export function catalogueNames(): FieldNames[] {
  return allFields().map((field) => {
    const choices = KINDS[field.kind].choices;
    return {
      id: field.id,
      kind: field.kind,
      labels: field.label,
      ...(field.aliases === undefined ? {} : { aliases: field.aliases }),
      ...(choices === undefined
        ? {}
        : { choices: Object.fromEntries(choices.map((choice) => [choice.code, choice.words])) }),
    };
  });
}
