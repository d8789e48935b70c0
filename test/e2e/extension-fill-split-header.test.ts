// A table split in two as grid plugins draw it (adversary round 8, F5): DataTables with `scrollY`
// puts the header row (Tjeneste | 2024 | 2025) in a table of its own in `.dataTables_scrollHead`
// and the body rows in another table in `.dataTables_scrollBody`, with no header row. Nothing in
// the HTML table model joins them, so the body's columns had no year: PHBU's 12 and TSB's 20,5
// went into the 2024 column, the only box of their rows, reported filled. The pages are j01's
// rendered DOM; every box is marked with the figure it must get, or `x:` for one to keep empty.
import { describe, it } from "vitest";
import { BEDS_FIGURES, browserForFile, expectOnlyMarked, fillHtml, telemarkPage } from "./forms/fill-page";

const browser = browserForFile();

const ROWS = [
  ["PHV voksne, sykehusnivå", "beds.phv_adult_hospital"],
  ["PHV voksne, DPS", "beds.phv_adult_dps"],
  ["PHBU, i alt", "beds.phbu_total"],
  ["TSB, i alt", "beds.tsb_total"],
] as const;

/**
 * The split table: `years` heads the header table's columns after "Tjeneste"; each body row has
 * a box in every column `boxes` says (the field's mark where its header is 2025, `x:` else).
 * `bodyHead` is a header row of the body's own (what DataTables leaves for sizing), or none.
 */
function splitTable(
  years: string[],
  boxes: (field: string, column: number) => boolean,
  bodyHead = "",
): string {
  const header = `<div class="dataTables_scrollHead"><div class="dataTables_scrollHeadInner"><table class="dataTable"><thead><tr><th>Tjeneste</th>${years
    .map((year) => `<th>${year}</th>`)
    .join("")}</tr></thead></table></div></div>`;
  const rows = ROWS.map(
    ([name, field]) =>
      `<tr><td>${name}</td>${years
        .map((year, column) =>
          boxes(field, column)
            ? `<td><input size="6" data-k="${year === "2025" ? field : `x:${year}-${field}`}"></td>`
            : "<td>eget skjema</td>",
        )
        .join("")}</tr>`,
  ).join("");
  return telemarkPage(
    `<div class="dataTables_wrapper">${header}<div class="dataTables_scrollBody" style="max-height:200px;overflow:auto"><table class="dataTable">${bodyHead}<tbody>${rows}</tbody></table></div></div>`,
  );
}

const adultsOnlyIn2025 = (field: string, column: number) => column === 0 || field.startsWith("beds.phv");

describe("a header row drawn in a table of its own above the body's (DataTables scrollY, F5)", () => {
  it("reads the header table's years for the body's columns: nothing goes under 2024", async () => {
    const { held } = await fillHtml(browser(), splitTable(["2024", "2025"], adultsOnlyIn2025), BEDS_FIGURES);
    // PHBU and TSB have a box only under 2024: they stay empty; the adults' go under 2025.
    expectOnlyMarked(held, { "beds.phv_adult_hospital": "46", "beds.phv_adult_dps": "64" });
  });

  it("twin: with 2025 first and every row's box under it, all four figures go under 2025", async () => {
    const { held } = await fillHtml(
      browser(),
      splitTable(["2025", "2024"], (_field, column) => column === 0 || _field.startsWith("beds.phv")),
      BEDS_FIGURES,
    );
    expectOnlyMarked(held, {
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "beds.phbu_total": "12",
      "beds.tsb_total": "20,5",
    });
  });

  it("a body with a header row of its own keeps it (DataTables' sizing row): the same years", async () => {
    // As DataTables draws with `scrollY`; filled right before F5 too, kept as the twin of the split.
    const sizing = `<thead><tr style="height:0">${["Tjeneste", "2024", "2025"]
      .map((text) => `<th><div style="height:0;overflow:hidden">${text}</div></th>`)
      .join("")}</tr></thead>`;
    const { held } = await fillHtml(
      browser(),
      splitTable(["2024", "2025"], adultsOnlyIn2025, sizing),
      BEDS_FIGURES,
    );
    expectOnlyMarked(held, { "beds.phv_adult_hospital": "46", "beds.phv_adult_dps": "64" });
  });

  it("a header table of another width heads nothing: the body is read as a table of its own", async () => {
    // One column more above ("Merknad") than below: it is not this body's header. The body's
    // columns then have no year, and a row with two boxes is not filled (ambiguous).
    const html = splitTable(["2024", "2025"], () => true).replace(
      "<th>2025</th>",
      "<th>2025</th><th>Merknad</th>",
    );
    const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
    expectOnlyMarked(held, {});
  });
});

// The review of F5's first version, which joined the header table's rows to the body's grid:
// each page below put figures into last year's boxes then (and none before F5).
describe("a header table never speaks for another table (review of F5)", () => {
  const kontroll = (head = "") =>
    `<div class="table-responsive"><table><caption>Fjorårets tall (til kontroll)</caption><tbody>${head}${ROWS.map(
      ([name, field]) => `<tr><td>${name}</td><td><input size="6" data-k="x:ly-${field}"></td></tr>`,
    ).join("")}</tbody></table></div>`;
  /** DataTables as it draws: a header with a filter row, the body's 0-height sizing row, a footer. */
  const dataTable = () => {
    const sizing = ["Tjeneste", "2025"]
      .map(
        (text) => `<th style="padding:0;height:0"><div style="height:0;overflow:hidden">${text}</div></th>`,
      )
      .join("");
    const body = ROWS.map(
      ([name, field]) =>
        `<tr><td>${name}</td><td>${field.startsWith("beds.phv") ? `<input size="6" data-k="${field}">` : "eget skjema"}</td></tr>`,
    ).join("");
    return `<div class="dataTables_wrapper"><div class="dataTables_scrollHead"><table><thead><tr><th>Tjeneste</th><th>2025</th></tr><tr><th><input placeholder="Søk"></th><th></th></tr></thead></table></div>
<div class="dataTables_scrollBody"><table><thead><tr>${sizing}</tr></thead><tbody>${body}</tbody></table></div>
<div class="dataTables_scrollFoot"><table><tfoot><tr><th>Sum</th><th>110</th></tr></tfoot></table></div></div>`;
  };

  it("a DataTable of 2025, then a captioned table of last year's figures: nothing into last year's", async () => {
    for (const head of ["", "<tr><th>Tjeneste</th><th>Antall</th></tr>"]) {
      const { held } = await fillHtml(browser(), telemarkPage(dataTable() + kontroll(head)), BEDS_FIGURES);
      expectOnlyMarked(held, { "beds.phv_adult_hospital": "46", "beds.phv_adult_dps": "64" });
    }
  });

  it('a header-only title table "Døgnplasser 2025" before last year\'s captioned table: nothing written', async () => {
    const title = "<table><tr><th>Tjeneste</th><th>Døgnplasser 2025</th></tr></table>";
    const { held } = await fillHtml(browser(), telemarkPage(title + kontroll()), BEDS_FIGURES);
    expectOnlyMarked(held, {});
  });

  it("a card titled by a header table, then a card of 2024 (its footer says so): nothing into 2024's", async () => {
    const rows = (mark: (field: string) => string | undefined) =>
      ROWS.map(([name, field]) => {
        const at = mark(field);
        return at ? `<tr><td>${name}</td><td><input size="6" data-k="${at}"></td></tr>` : "";
      }).join("");
    const html =
      telemarkPage(`<div class="card"><table><tr><th colspan="2">Årets tall (2025)</th></tr></table><table>${rows(
        (field) => (field.startsWith("beds.phv") ? field : undefined),
      )}</table></div>
<div class="card"><table>${rows((field) => `x:ly-${field}`)}</table><p>Tallene over gjelder 2024 (til kontroll).</p></div>`);
    const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
    expectOnlyMarked(held, { "beds.phv_adult_hospital": "46", "beds.phv_adult_dps": "64" });
  });

  it("twin: last year's section heading table does not make the next section's table last year's", async () => {
    const rows = ROWS.map(
      ([name, field]) => `<tr><td>${name}</td><td><input size="6" data-k="${field}"></td></tr>`,
    ).join("");
    const html = telemarkPage(
      `<section><table><tr><th colspan="2">Fjorårets tall (2024) – godkjent, se vedlegg</th></tr></table></section><section><table>${rows}</table></section>`,
    );
    const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
    expectOnlyMarked(held, {
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "beds.phbu_total": "12",
      "beds.tsb_total": "20,5",
    });
  });
});
