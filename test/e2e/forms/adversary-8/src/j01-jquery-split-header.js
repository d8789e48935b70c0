// jQuery builds the table 500 ms after load, as DataTables with scrollY draws it: a header table
// (Tjeneste | 2024 | 2025) in .dataTables_scrollHead, the body table in .dataTables_scrollBody
// without a visible header. PHBU and TSB: a box only under 2024.
import $ from "jquery";

const rows = [
  ["PHV voksne, sykehusnivå", "x:ly-hosp", "beds.phv_adult_hospital"],
  ["PHV voksne, DPS", "x:ly-dps", "beds.phv_adult_dps"],
  ["PHBU, i alt", "x:ly-phbu", null],
  ["TSB, i alt", "x:ly-tsb", null],
];
$(() => {
  $("#root").append("<h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>");
  setTimeout(() => {
    const w = $('<div class="dataTables_wrapper"></div>').appendTo("#root");
    $(
      '<div class="dataTables_scrollHead"><table class="dataTable"><thead><tr><th style="width:220px">Tjeneste</th><th style="width:90px">2024</th><th style="width:90px">2025</th></tr></thead></table></div>',
    ).appendTo(w);
    const body = $(
      '<div class="dataTables_scrollBody" style="max-height:200px;overflow:auto"><table class="dataTable"><tbody></tbody></table></div>',
    ).appendTo(w);
    for (const [name, ly, cy] of rows) {
      const tr = $("<tr>").append($('<td style="width:220px">').text(name));
      tr.append($('<td style="width:90px">').append($('<input size="6">').attr("data-k", ly)));
      tr.append(
        $('<td style="width:90px">').append(cy ? $('<input size="6">').attr("data-k", cy) : "eget skjema"),
      );
      body.find("tbody").append(tr);
    }
    window.hsoStateReady?.();
  }, 500);
});
