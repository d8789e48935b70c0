import { describe, expect, it } from "vitest";
import { cardTitles, inLastYearsCard } from "../../../extension/content/card-title";
import { setFormWords } from "../../../extension/content/words";
import { formWords } from "../../../extension/i18n/form-words";

setFormWords(formWords());

/** Whether the first input of `html` sits in a card of last year's (a 2025 package). */
function lastYears(html: string): boolean {
  document.body.innerHTML = html;
  return inLastYearsCard(cardTitles(document.querySelector("input") as HTMLInputElement), 2025);
}

const card = (footer: string) =>
  `<div class="card"><label>PHBU, i alt <input></label><label>TSB, i alt <input></label>${footer}</div>`;

describe("a card's footer saying whose the figures above are (adversary round 7, E22)", () => {
  it("'Tallene over gjelder 2024 (til kontroll).' makes the card last year's", () => {
    expect(lastYears(card("<p><small>Tallene over gjelder 2024 (til kontroll).</small></p>"))).toBe(true);
    expect(lastYears(card("<p>Tallene i dette kortet er for 2024</p>"))).toBe(true);
    expect(lastYears(card("<p>The figures above are for 2024.</p>"))).toBe(true);
  });

  it("twin: a footer of this year's, or any other line after the boxes, says nothing", () => {
    expect(lastYears(card("<p><small>Tallene over gjelder 2025.</small></p>"))).toBe(false);
    expect(lastYears(card("<p>Sist lagret 2024</p>"))).toBe(false);
    expect(lastYears(card("<p>Kontroller mot tall fra 2024</p>"))).toBe(false);
    expect(lastYears(card(""))).toBe(false);
  });

  it("only the container's own last line: a card of 2024's last in the page does not make the page 2024's", () => {
    const html = `<main><div><label>PHV voksne, DPS <input></label></div>${card("<p>Tallene over gjelder 2024.</p>")}</main>`;
    expect(lastYears(html)).toBe(false);
  });
});
