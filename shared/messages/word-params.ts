import { formatNumber } from "../numbers/format-number";
import type { ParamKind, ParamValues } from "../report/param-kinds";
import { findField } from "../templates/catalogue";
import { choiceWords, STATUS_CHOICES } from "../templates/choices";
import { printableText } from "../text/printable-text";
import { formatOrgNumber } from "../units/org-number";
import type { Lang } from "./lang";
import type { MessageCatalogue, Worded } from "./message-catalogue";
import { nounFor } from "./plural";

/** What wording needs besides the values: the language, its words, and the field the message is about. */
export interface WordingContext {
  lang: Lang;
  catalogue: MessageCatalogue;
  /** The issue's own field: its unit names amounts, and labels of other templates' fields say their sheet. */
  field?: string;
}

/** Outside text longer than this is cut, so a hostile package cannot flood a message. */
const MAX_TEXT = 80;

/** Turns typed parameters into words by their kinds (`report/param-kinds.ts`); the words never see a raw value. */
export function wordParams<Shape extends Readonly<Record<string, ParamKind>>>(
  shape: Shape,
  params: { readonly [K in keyof Shape]: ParamValues[Shape[K]] },
  context: WordingContext,
): Worded<Shape> {
  const words: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    const kind = shape[key] as ParamKind;
    const value = params[key as keyof Shape];
    // Issues travel as JSON (stored, sent between contexts): a param gone missing is said as nothing.
    const present = value !== undefined && value !== null && (!isListKind(kind) || Array.isArray(value));
    words[key] = present ? word(kind, value, context) : "";
    if (kind === "count") words[`${key}N`] = typeof value === "number" ? value : 0;
  }
  return words as Worded<Shape>;
}

function isListKind(kind: ParamKind): boolean {
  return kind === "fields" || kind === "years";
}

function word(kind: ParamKind, value: unknown, context: WordingContext): string {
  const { lang, catalogue } = context;
  switch (kind) {
    case "figure":
    case "percent":
    case "count":
      return number(value as number, lang);
    case "change":
      return signed(value as number, lang);
    case "amount":
      return amount(value as number, context);
    case "optionalAmount":
      return value === null || value === undefined ? "" : amount(value as number, context);
    case "year":
    case "position":
      return String(value);
    case "optionalYear":
      return value === null || value === undefined ? "" : String(value);
    case "years":
      return list((value as readonly number[]).map(String), lang);
    case "field":
      return fieldWords(value as string, context);
    case "label":
      return fieldWords(value as string, { lang });
    case "fields":
      return list(
        (value as readonly string[]).map((id) => fieldWords(id, context)),
        lang,
      );
    case "date":
      return lang === "nb" ? norwegianDate(value as string) : outside(value);
    case "org":
      return formatOrgNumber(outside(value));
    case "reason":
      return value === "not_a_number" ? "" : (catalogue.numberReasons[value as string] ?? outside(value));
    case "jsonType":
      return catalogue.jsonTypes[value as string] ?? outside(value);
    case "status":
      return choiceWords(STATUS_CHOICES, outside(value), lang);
    case "nameTarget":
      return catalogue.nameTargets[value as string] ?? catalogue.nameTargets.other ?? outside(value);
    default:
      return outside(value);
  }
}

/** Text from outside, printable and cut to a readable length. */
function outside(value: unknown): string {
  const text = printableText(String(value ?? ""));
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

function number(value: number, lang: Lang): string {
  return formatNumber(value, { style: lang === "nb" ? "nb" : "point" });
}

/** A change reads as a change only with its sign: "+7", as the paper writes "+19,5 plasser". */
function signed(value: number, lang: Lang): string {
  return value > 0 ? `+${number(value, lang)}` : number(value, lang);
}

function amount(value: number, context: WordingContext): string {
  const kind = context.field === undefined ? undefined : findField(context.field)?.kind;
  const forms = kind === undefined ? undefined : context.catalogue.unitNouns[kind];
  const text = number(value, context.lang);
  return forms ? `${text} ${nounFor(context.lang, value, forms)}` : text;
}

const QUOTES: Record<Lang, [string, string]> = { nb: ["«", "»"], en: ["“", "”"] };
const ON_SHEET: Record<Lang, string> = { nb: "på arket", en: "on sheet" };

/** A field as the words name it: its label in quotes, and its sheet when it is another template's. */
export function fieldWords(id: string, context: Pick<WordingContext, "lang" | "field">): string {
  const field = findField(id);
  const [open, close] = QUOTES[context.lang];
  if (!field) return `${open}${outside(id)}${close}`;
  const own = context.field === undefined ? undefined : findField(context.field)?.template;
  const sheet =
    own !== undefined && own !== field.template ? ` ${ON_SHEET[context.lang]} ${field.cell.sheet}` : "";
  return `${open}${field.label[context.lang]}${close}${sheet}`;
}

const LISTS = new Map<Lang, Intl.ListFormat>();

/** Items joined as the language joins a list ("a, b og c"); items are never split again. */
function list(items: readonly string[], lang: Lang): string {
  let format = LISTS.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: "conjunction" });
    LISTS.set(lang, format);
  }
  return format.format(items);
}

/** ISO `2024-11-19` as Norwegians write it, `19.11.2024`; other text is left as it is. */
function norwegianDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : outside(iso);
}
