import { describe, expect, it } from "vitest";
import { ownText } from "../../../extension/content/own-text";

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
