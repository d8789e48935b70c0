/**
 * The kinds of value an issue or refusal may carry, and the JSON type of each. `shared/messages`
 * turns each kind into words (docs/package.md lists them): a message never prints a raw value.
 */
export interface ParamValues {
  /** A figure: written the language's way ("1 769,5"). */
  figure: number;
  /** A figure in the unit of the field, written with its noun ("5 plasser", "1 bed"). */
  amount: number;
  /** As `amount`, or null where there is none (a template with only a percentage threshold): "" in words. */
  optionalAmount: number | null;
  /** A count the words put a noun after, chosen by `Intl.PluralRules`. */
  count: number;
  /** A change, always with its sign ("+7"). */
  change: number;
  /** A percentage, without the sign (the words add " %"). */
  percent: number;
  /** A year, never grouped ("2024", not "2 024"). */
  year: number;
  /** As `year`, or null where it is not known: "" in words. */
  optionalYear: number | null;
  /** Several years, joined as the language joins a list. */
  years: readonly number[];
  /** Text from outside (a cell, a package): shown printable, control and bidi characters replaced. */
  text: string;
  /** A name from outside shown as it is spelled (a defined name, an Excel error value), made printable. */
  name: string;
  /** A field id: shown as the field's label. */
  field: string;
  /** A field id: shown as the field's label alone, never with a sheet (the figure came from a file). */
  label: string;
  /** Field ids: shown as a list of labels. */
  fields: readonly string[];
  /** An ISO date: in Norwegian `dd.mm.yyyy`. */
  date: string;
  /** An org. no.: in groups of three ("983 975 267"). */
  org: string;
  /** Why text is not a number (a reason of `parseNumber`): shown in words. */
  reason: string;
  /** A JSON path inside a package (`values.beds.x`): from outside, so made printable. */
  path: string;
  /** The JSON type a package member had to be (`number`, `integer`, `string`, `object`, …): in words. */
  jsonType: string;
  /** What a defined name refers to when not one cell (`constant`, `column`, `row`, `other`): in words. */
  nameTarget: string;
  /** A status code (`in_progress`): shown as the language's words for it ("under arbeid"). */
  status: string;
  /** A position in a file, counted from 1 (line, column, byte). */
  position: number;
}

/** A kind of parameter. */
export type ParamKind = keyof ParamValues;

/** The parameters of a shape of kinds: each key with the JSON type of its kind. */
export type ParamsOf<Shape extends Readonly<Record<string, ParamKind>>> = {
  readonly [K in keyof Shape]: ParamValues[Shape[K]];
};
