import { formatNumber } from "../../shared/numbers/format-number";
import type { FigureToFill } from "../content/content-api";

/**
 * A number figure with the texts a web form is typed with (`FigureToFill.texts`): plain ASCII
 * digits without grouping in each decimal style ("1769,5", "1769.5"; docs/domain.md). Written
 * here, at sending, so the content script does not bundle number formatting (its size budget:
 * docs/extension.md); the frame picks the one its control's decimal style asks for.
 */
export function withTexts(figure: FigureToFill): FigureToFill {
  const { value } = figure;
  if (typeof value !== "number") return figure;
  const texts = {
    comma: formatNumber(value, { style: "comma" }),
    point: formatNumber(value, { style: "point" }),
  };
  return { ...figure, texts };
}
