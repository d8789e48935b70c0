import { describe, expect, it } from "vitest";
import { textAfter } from "../../../extension/content/nearby-text";
import { setFormWords } from "../../../extension/content/words";
import { formWords } from "../../../extension/i18n/form-words";

setFormWords(formWords());

/** The text after the first input of `html` on its line. */
function textAfterBox(html: string): string {
  document.body.innerHTML = html;
  return textAfter(document.querySelector("input") as HTMLInputElement);
}

describe("the text after a box on its line: a unit of measure written there (adversary round 7, E18)", () => {
  it("reads the words right after the box, outside its label", () => {
    expect(
      textAfterBox('<p><label for="a">PHBU, i alt</label> <input id="a"> <span>liggedøgn</span></p>'),
    ).toBe("liggedøgn");
    // Each node's text apart: "<span>%</span><span>av</span>" is two words.
    expect(textAfterBox("<p>Psykologer i alt <input><span>%</span><span>av</span> stillingene</p>")).toMatch(
      /^% av +stillingene$/,
    );
  });

  it("stops at a line break, the next control or a label: the next box's label is not this one's", () => {
    expect(
      textAfterBox('<p><input> <label for="x">Avvisningsrate, voksne (%)</label><input id="x"></p>'),
    ).toBe("");
    expect(textAfterBox("<p><input> <br>PHV voksne, DPS</p>")).toBe("");
    expect(textAfterBox('<p><input> <input id="b"> dager</p>')).toBe("");
    expect(textAfterBox("<p><label>PHBU <input></label> dager</p>")).toBe("");
  });
});
