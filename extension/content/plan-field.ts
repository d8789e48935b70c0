import type { FormProfile } from "../profile/form-profile";
import { chooseOption } from "./choose-option";
import type { FigureToFill } from "./content-api";
import { type DecimalStyle, decimalStyle } from "./decimal-style";
import { figureText } from "./figure-text";
import type { FormControl } from "./form-control";
import { isReloadTrigger } from "./is-reload-trigger";

/** A located figure with everything needed to write and compare it. */
export interface PlannedField {
  figure: FigureToFill;
  control: FormControl;
  style: DecimalStyle;
  /** The figure as the form should hold it, for reports ("1769,5"). */
  expected: string;
  /** What to write: a select's option value; undefined when no option stands for the figure. */
  text: string | undefined;
  /** Changing this control reloads the page (profile `reloads` or a detected postback handler). */
  reloads: boolean;
}

/** Works out how one figure goes into its control: decimal style, text, and whether it reloads the page. */
export function planField(figure: FigureToFill, control: FormControl, profile?: FormProfile): PlannedField {
  const locator =
    profile !== undefined && Object.hasOwn(profile.fields, figure.id) ? profile.fields[figure.id] : undefined;
  const style = decimalStyle(control, locator?.decimal ?? profile?.decimal);
  const expected = figureText(figure, control, style);
  const text =
    control instanceof HTMLSelectElement ? chooseOption(control, figure, expected, style)?.value : expected;
  return {
    figure,
    control,
    style,
    expected,
    text,
    reloads: locator?.reloads === true || isReloadTrigger(control),
  };
}
