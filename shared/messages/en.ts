import { STATUS_CHOICES } from "../templates/choices";
import type { MessageCatalogue } from "./message-catalogue";
import { counted, nounFor } from "./plural";

const DECIMALS = { one: "decimal", other: "decimals" };

/** How to get a figure out of text: in a Text-formatted cell, retyping alone keeps it text. */
const retype = (textFormat: string) =>
  textFormat
    ? `The cell is formatted as Text (${textFormat}), so whatever is typed in it stays text: set the cell's format to Number, and type the figure again.`
    : "Enter it as a number.";
const LEVELS = { one: "level", other: "levels" };

/** English: the product's second language. */
export const EN: MessageCatalogue = {
  issues: {
    name_missing: (p) =>
      `The defined name "${p.name}" is missing from the workbook; the field cannot be found. ` +
      `The template has it at ${p.sheet}!${p.cell}: give that cell the name again (Formulas > Name Manager), or create the template again.`,
    required_missing: () => "Required.",
    total_part_missing: (p) => `Required; the total ${p.total} is computed from it.`,
    value_missing: () => "Not given.",
    cell_error: (p) => `The cell holds the error value ${p.error}; enter a number.`,
    not_a_number: (p) =>
      `"${p.text}" is not a number${p.reason ? ` (${p.reason})` : ""}.${p.textFormat ? ` ${retype(p.textFormat)}` : ""}`,
    number_as_text: (p) =>
      `The number is stored as text ("${p.text}"); read as ${p.value}. ${retype(p.textFormat)}`,
    number_as_text_not_summed: (p) =>
      `The number is stored as text ("${p.text}"), so the total ${p.total} leaves it out. ${retype(p.textFormat)}`,
    number_as_text_not_in_share: (p) =>
      `The number is stored as text ("${p.text}"), so the sheet does not compute ${p.share} (the cell stays blank) and it cannot be exported. ${retype(p.textFormat)}`,
    below_min: (p) => `${p.value} is below the lowest allowed value ${p.min}.`,
    above_max: (p) => `${p.value} is above the highest allowed value ${p.max}.`,
    share_out_of_range: (p) =>
      `The share ${p.value} % is outside ${p.min}–${p.max} %. It is computed from ${p.part}${p.partCell ? ` (${p.partCell})` : ""} ` +
      `divided by ${p.whole}${p.wholeCell ? ` (${p.wholeCell})` : ""}: correct whichever of them is wrong.`,
    not_half_step: (p) => `${p.value} is not a whole or half number of beds.`,
    not_integer: (p) => `${p.value} is not a whole number of persons.`,
    too_many_decimals: (p) => `${p.value} has more than ${counted("en", p.decimals, p.decimalsN, DECIMALS)}.`,
    total_mismatch: (p) => `The total ${p.total} does not equal the sum of ${p.parts} (${p.sum}).`,
    part_exceeds_whole: (p) =>
      `${p.parts} (${p.sum}) ${nounFor("en", p.partCountN, { one: "is", other: "are" })} more than ${p.wholeField} (${p.whole}).`,
    fte_exceeds_headcount: (p) => `FTE (${p.fte}) exceeds headcount (${p.headcount}); explain why.`,
    org_invalid: (p) => `"${p.text}" is not a valid organisation number (the check digit is wrong).`,
    org_unknown: (p) => `Organisation number ${p.org} is not a known reporting unit of Helse Sør-Øst.`,
    unit_mismatch: (p) => `The unit ${p.org} is not the same as ${p.other} in ${p.otherField}.`,
    field_not_asked: (p) =>
      `The unit ${p.org} does not report this figure: private contracted providers are reported only by Helse Sør-Øst RHF, the trusts' own beds only by the trusts, and a unit without mental-health beds (Sunnaas) reports no beds.`,
    year_invalid: (p) => `"${p.text}" is not a valid year.`,
    year_mismatch: (p) => `The year is ${p.actual}, but the return is for ${p.expected}.`,
    years_disagree: (p) =>
      `The year ${p.year} is not the same as ${p.others} in ${p.otherFields}; correct the one that is wrong.`,
    count_date_missing: () => "The count date is missing.",
    count_date_invalid: (p) => `"${p.text}" is not a date (use dd.mm.yyyy).`,
    count_date_outside_year: (p) => `The count date ${p.date} is outside the reporting year ${p.year}.`,
    change_unexplained: (p) =>
      `The change from ${p.previous} ${p.previousYear ? `in ${p.previousYear}` : "last year"} to ${p.current} (${p.change}, ${p.percent} %) needs an explanation: ` +
      `the threshold is ${p.thresholdAbsolute ? `${p.thresholdAbsolute} or ` : ""}${p.thresholdPercent} %.`,
    status_unknown: (p) =>
      `"${p.text}" is not a valid status; choose ${STATUS_CHOICES.map((choice) => choice.words.en).join(", ")}.`,
    status_missing: () =>
      `The status is missing: choose ${STATUS_CHOICES.map((choice) => choice.words.en).join(", ")}. Without a status the measure is not reported.`,
    template_empty: () =>
      "No figure is filled in on this sheet: an empty sheet is no return. Fill in the figures, or make the workbook without the sheet.",
    status_comment_missing: (p) => `The measure is "${p.status}"; write a comment on where the work stands.`,
    status_went_back: (p) =>
      `The status went back from "${p.previous}" ${p.previousYear ? `in ${p.previousYear}` : "last year"} to "${p.current}"; write a comment on why.`,
    note_too_long: (p) =>
      `The text has ${p.length} characters; a cell takes at most ${p.max}, and the tables and the board paper show no more. Shorten it.`,
    note_unprintable: () =>
      "The text holds characters that cannot be printed (control or direction marks, often from copying); the reports show them as “�”. Type the text again without them.",
    plan_change_unexplained: (p) =>
      `The planned change from ${p.previous} in ${p.earlier} to ${p.current} (${p.change}) needs a reason: the threshold is ${p.threshold}.`,
    plan_differs_from_reported: (p) =>
      `The plan starts at ${p.planned}; ${p.reportedField} ${p.sheet ? `on sheet ${p.sheet}` : `in ${p.file}`} ` +
      `was ${p.reported}${p.year ? ` for ${p.year}` : ""} (${p.change}).`,
    cell_merged: (p) =>
      `The cell is part of the merged cells ${p.merge} and is not read; unmerge them and enter the figure in this cell.`,
    formula_without_result: (p) =>
      `Formula without a saved result (=${p.formula}): open and save the file in Excel (or LibreOffice) and the figure is read.`,
    cell_date_format: (p) =>
      `The cell is formatted as a date (${p.format}), so Excel turned what was typed into a date (1.5 becomes 1 May); type the figure again into a cell with a number format.`,
    cell_percent_format: (p) =>
      `The cell is formatted as a percentage (${p.format}), so Excel stored what was typed as ${p.stored} (shown as ${p.shown} %); the field is no percentage, and the figure is not read. Set the cell's format to Number and type the figure again.`,
    name_not_a_cell: (p) =>
      `The defined name "${p.name}" refers to ${p.kind} (${p.refersTo}), not to one cell; the field cannot be read.`,
    name_several_cells: (p) =>
      `The defined name "${p.name}" covers several cells (${p.range}); it must refer to one cell.`,
    name_sheet_only: (p) =>
      `The name "${p.name}" exists only at sheet level on the sheet "${p.sheet}" (a copied sheet?); fields must be workbook-level names.`,
    name_sheet_copy: (p) =>
      `The sheet "${p.sheet}" has its own copies of ${p.count} of the fields' names (sheet-level, as when a sheet is copied); they are not read – only the workbook's names count.`,
    name_case: (p) =>
      `The defined name is written "${p.written}"; Excel ignores letter case in names, so it is read as "${p.name}".`,
  },
  packageErrors: {
    package_empty: () => "The file is empty.",
    package_not_utf8: (p) =>
      `The file is not UTF-8 text (invalid byte at position ${p.byte}); it was probably saved in another encoding, such as Latin-1. Save it as UTF-8.`,
    package_not_json: (p) =>
      `The file is not valid JSON: ${p.found ? `unexpected "${p.found}"` : "the file ends too early"} at line ${p.line}, column ${p.column}.`,
    package_duplicate_key: (p) =>
      `The key "${p.key}" appears twice ${p.path ? `in ${p.path}` : "at the top level"}: which of the values holds cannot be known.`,
    package_lone_surrogate: (p) =>
      `The text at ${p.path} holds a lone surrogate (\\uD800–\\uDFFF without its partner) and is not valid Unicode.`,
    package_too_deep: (p) =>
      `The package is nested deeper than the format allows (at most ${counted("en", p.depth, p.depthN, LEVELS)}) at ${p.path}.`,
    package_format: (p) => `Unknown format "${p.format}"; expected hso-package@1.`,
    package_not_object: () => "The package is not a JSON object.",
    package_missing_member: (p) => `The package lacks ${p.path}.`,
    package_no_templates: () => "The package holds no templates.",
    package_digest_form: () => "The digest must be sha256: and 64 hex digits.",
    package_type: (p) => `Wrong type at ${p.path}: expected ${p.expected}.`,
    package_choice: (p) =>
      `“${p.value}” at ${p.path} is not a valid choice; the valid codes are ${p.choices}.`,
    package_unknown_field: (p) =>
      `Unknown field "${p.field}"${p.path && p.path !== p.field ? ` (at ${p.path})` : ""}.`,
    package_prototype_key: (p) => `Forbidden key "${p.key}" at ${p.path}.`,
    package_digest: () => "The digest does not match: the package was changed after it was made.",
    package_digest_replaced: () =>
      "The digest does not match, and the text holds replacement characters (U+FFFD): the file was probably saved or read in another encoding than UTF-8. Save it as UTF-8.",
    package_unit: (p) => `Invalid organisation number in the package: "${p.org}".`,
    package_year: (p) => `Invalid year in the package: ${p.year} (must be between 2000 and 2100).`,
    package_template_version: (p) =>
      `Template ${p.template} is at version ${p.version}, but this version of the tool knows ${p.expected}.`,
    package_unit_contradiction: (p) =>
      `The package contradicts itself: ${p.path} is ${p.value}, but unit.org is ${p.envelope}.`,
    package_year_contradiction: (p) =>
      `The package contradicts itself: ${p.path} is ${p.value}, but year is ${p.envelope}.`,
  },
  numberReasons: {
    empty: "empty",
    ambiguous_separator: 'ambiguous separator: "1.234" could be a thousand or a decimal',
    mixed_separators: "both comma and point",
    bad_grouping: "digits wrongly grouped",
    not_a_number: "not a number",
    not_finite: "not a finite number",
    boolean: "a true/false value",
  },
  packageAlso: (paths) => ` Also wrong: ${paths}.`,
  jsonTypes: {
    number: "a number",
    integer: "an integer",
    string: "text",
    object: "an object",
    number_or_text: "a number or text",
    valid: "a valid value",
    array: "a list",
    boolean: "true or false",
  },
  nameTargets: {
    constant: "a constant",
    column: "a whole column",
    row: "a whole row",
    other: "something other than a cell",
  },
  unitNouns: {
    beds: { one: "bed", other: "beds" },
    places: { one: "place", other: "places" },
    headcount: { one: "person", other: "persons" },
    fte: { one: "FTE", other: "FTE" },
  },
};
