import { describe, expect, it } from "vitest";
import { headerText, ownText } from "../../../extension/content/own-text";

const cell = (html: string) => {
  const element = document.createElement("th");
  element.innerHTML = html;
  return element;
};

describe("a <time datetime> reads as the date it stands for (adversary round 6, D2)", () => {
  it("a day and month shown, the year in datetime: the date with its year", () => {
    expect(ownText(cell('Telling <time datetime="2024-11-20">20.11.</time>'))).toBe("Telling  2024-11-20 ");
  });

  it("a time without a full date (a time of day, a month) reads as shown", () => {
    expect(ownText(cell('Kl. <time datetime="10:00">10</time>'))).toBe("Kl. 10");
    expect(ownText(cell('Tall <time datetime="2024-11">nov.</time>'))).toBe("Tall nov.");
    expect(ownText(cell("Tall <time>20.11.</time>"))).toBe("Tall 20.11.");
  });
});

describe("a header says a list's chosen option and its drawn words (adversary round 7, E10, E12)", () => {
  it("a <select> in the header: its chosen option, not the word before it alone nor every option", () => {
    const header = cell(
      'År <select aria-label="År, kolonne 1"><option>2023</option><option selected>2024</option></select>',
    );
    expect(headerText(header).replace(/\s+/g, " ").trim()).toBe("År 2024");
  });

  it("a combobox in the header: the choice it shows", () => {
    expect(headerText(cell('År <input role="combobox" value="2025">')).replace(/\s+/g, " ").trim()).toBe(
      "År 2025",
    );
  });

  it("plain text is read as before", () => {
    expect(headerText(cell("Innrapportert"))).toBe("Innrapportert");
  });
});
