// A measure's pattern is tried first without its letter-boundary look-arounds (the worker's
// `loose`, measure-words.ts) and compiled whole only on a hit (field-words.ts, measureTest;
// docs/extension.md, fill200Ms): the answers must be the whole pattern's, for every measure the
// worker sends and any text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogueNames } from "../../../extension/background/catalogue-names";
import { measureWords } from "../../../extension/background/measure-words";
import {
  type ContentRequest,
  FURTHER_OUT,
  type MeasureWords,
  type RequestField,
} from "../../../extension/content/content-api";
import { type MeasureTest, requestFieldWords } from "../../../extension/content/field-words";
import { KIND_CONTROLS } from "../../../extension/content/kind-fits";
import { formWords } from "../../../extension/i18n/form-words";

/** Each measure as the frame tests it: a field unfit for all of them, as `requestFieldWords` reads it. */
function frameTests(measures: readonly MeasureWords[]): MeasureTest[] {
  const field: RequestField = {
    id: "x",
    kind: "beds",
    alternatives: [["x"]],
    core: 1,
    wanted: true,
    units: [],
    unfit: measures.map((_, index) => index),
  };
  const request: ContentRequest = {
    mode: "fill",
    figures: [],
    waitMs: 0,
    measures: [...measures],
    words: formWords(),
    fields: [field],
    fits: KIND_CONTROLS,
  };
  const [read] = requestFieldWords(request);
  return read?.unfit ?? [];
}

/** Where a `\p{L}` look-around starts inside a negative look-around (removing it there would add matches). */
function edgesInsideNegative(source: string): number[] {
  const found: number[] = [];
  const open: boolean[] = [];
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    const char = source[at];
    if (char === "\\") {
      at++;
      continue;
    }
    if (inClass) {
      inClass = char !== "]";
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "(") {
      if (open.includes(true) && /^\(\?<?!\\p\{L\}/.test(source.slice(at))) found.push(at);
      open.push(/^\(\?<?!/.test(source.slice(at)));
    } else if (char === ")") open.pop();
  }
  return found;
}

const measures = measureWords();
const tests = frameTests(measures);
const whole = measures.map((measure) => new RegExp(measure.says, "iu"));

/** Whether the frame's test and the whole pattern answer a text alike, for every measure. */
function sameAnswers(text: string): void {
  for (const [index, test] of tests.entries())
    expect(test.test(text), `${measures[index]?.says} on ${JSON.stringify(text)}`).toBe(
      whole[index]?.test(text),
    );
}

describe("a measure tried without its letter boundaries first answers as the whole pattern", () => {
  it("no letter boundary of a measure stands inside a negative look-around", () => {
    expect(tests).toHaveLength(measures.length);
    for (const measure of measures) expect(edgesInsideNegative(measure.says), measure.says).toEqual([]);
  });

  it.each([
    "Per 10 000 innbyggere",
    "Årsverk per 100 000 innb.",
    "Sykefravær, antall dager per årsverk",
    "Andel kvinner (%)",
    "Andelen",
    "Behandling",
    "Standel",
    "Rate",
    "Avvisningsrate",
    "Stillingsprosent (snitt)",
    "Gjennomsnittlig antall",
    "Fordelingsnøkkel (sum 1,0)",
    "Nøkkeltall",
    "Sum 1 000 plasser",
    "Bed days",
    "Patient days",
    "Days",
    "Weekdays",
    "Liggedøgn",
    "Liggedøgnene",
    "Ventetid (dager)",
    `Døgnplasser${FURTHER_OUT}Budsjett 2025`,
    `Antall\nPersoner${FURTHER_OUT}Andel (%)`,
    "Faktisk mot budsjett",
    "Sengepost 001, i alt *",
    "ANDEL\u0345",
    "\u0345andel",
  ])("«%s»", (text) => sameAnswers(text));

  it("every catalogue label, alone and under the others", () => {
    const labels = catalogueNames().flatMap((field) => [field.labels.nb, field.labels.en]);
    for (const [index, label] of labels.entries()) {
      sameAnswers(label);
      sameAnswers(`${label}\n${labels[(index + 1) % labels.length]}`);
    }
  });

  it("a request without the loose patterns (an older worker's) tests every text whole", () => {
    const older = frameTests(measures.map(({ loose: _loose, ...measure }) => measure));
    for (const text of ["Andel (%)", "Behandling", "Bed days", "Sengepost 001, i alt *"])
      for (const [index, test] of older.entries()) expect(test.test(text)).toBe(whole[index]?.test(text));
  });

  it("any text made of the measures' words, letters and marks", () => {
    const words = measures.flatMap((measure) => measure.says.match(/\p{L}{2,}/gu) ?? []);
    const token = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(" ", "\n", FURTHER_OUT, "%", "1", "0", ".", ",", "=", ":", "-", "(", ")"),
      fc.constantFrom("a", "Ø", "é", "ß", "\u0345", "K", "\u212a", "x"),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (parts) => sameAnswers(parts.join(""))),
      { numRuns: 2000 },
    );
  });
});
