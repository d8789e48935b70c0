import { formatNumber } from "../../shared/numbers/format-number";
import type { FigureToFill } from "../content/content-api";

/**
 * A figure with the texts a web form is typed with (`FigureToFill.texts`), written here, at
 * sending, so the content script bundles neither number formatting nor date formats (its size
 * budget: docs/extension.md); the frame picks the one its control asks for (content/figure-text.ts).
 * A number: plain ASCII digits without grouping in each decimal style ("1769,5", "1769.5";
 * docs/domain.md). A date: each format a control may ask for, by its spelling, in the order a
 * placeholder is read for them (none for a value that is no ISO date: it is typed as it is).
 */
export function withTexts(figure: FigureToFill): FigureToFill {
  const { value } = figure;
  if (typeof value === "number") {
    const texts = {
      comma: formatNumber(value, { style: "comma" }),
      point: formatNumber(value, { style: "point" }),
    };
    return { ...figure, texts };
  }
  if (figure.kind === "date") return { ...figure, texts: dateTexts(value) };
  return figure;
}

function dateTexts(iso: string): Record<string, string> {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (parts === null) return {};
  const [, y = "", m = "", d = ""] = parts;
  return {
    "yyyy-mm-dd": `${y}-${m}-${d}`,
    "dd.mm.yyyy": `${d}.${m}.${y}`,
    "dd/mm/yyyy": `${d}/${m}/${y}`,
    "mm/dd/yyyy": `${m}/${d}/${y}`,
    "dd-mm-yyyy": `${d}-${m}-${y}`,
  };
}
