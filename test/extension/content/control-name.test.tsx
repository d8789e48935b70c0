import { describe, expect, it } from "vitest";
import { controlName } from "../../../extension/content/control-name";
import { toPageControl } from "../../../extension/content/page-control";

/** The name the engine matches a box by, for the first input of `html`. */
function nameOf(html: string): string {
  document.body.innerHTML = html;
  const control = toPageControl(document.querySelector("input") as HTMLInputElement);
  if (!control) throw new Error("no control");
  return controlName(control);
}

describe("a label as its words mean it (adversary-4 B8)", () => {
  it("an <abbr> stands for its title", () => {
    const html = '<label for="a">Antall <abbr title="døgnplasser">dpl.</abbr> PHBU</label><input id="a">';
    expect(nameOf(html)).toBe("Antall døgnplasser PHBU");
  });

  it("only where it stands as a word: the same letters inside another word stay as they are", () => {
    const html = '<label for="a">PHBU <abbr title="psykisk helsevern">PH</abbr> voksne</label><input id="a">';
    expect(nameOf(html)).toBe("PHBU psykisk helsevern voksne");
  });
});
