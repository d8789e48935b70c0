import type { FormProfile } from "../profile/form-profile";
import type { FigureToFill } from "./content-api";

/**
 * The figures in the order they are written: the profile's `order` ascending (a form may compute
 * one field from another), fields without an order after those that have one, otherwise the order
 * the request lists them (catalogue order). The sort is stable.
 */
export function fillOrder(figures: readonly FigureToFill[], profile?: FormProfile): FigureToFill[] {
  if (profile === undefined) return [...figures];
  const orderOf = (figure: FigureToFill) => {
    const locator = Object.hasOwn(profile.fields, figure.id) ? profile.fields[figure.id] : undefined;
    return locator?.order ?? Number.POSITIVE_INFINITY;
  };
  return [...figures].sort((a, b) => {
    const difference = orderOf(a) - orderOf(b);
    return Number.isNaN(difference) ? 0 : difference;
  });
}
