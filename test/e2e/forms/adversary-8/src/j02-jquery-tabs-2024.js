// An old jQuery tab plugin: links without roles, panels toggled with .show()/.hide(); 2024's open.
import $ from "jquery";

const rows = [
  ["PHV voksne, sykehusnivå", "hosp", "beds.phv_adult_hospital"],
  ["PHV voksne, DPS", "dps", "beds.phv_adult_dps"],
  ["PHBU, i alt", "phbu", "beds.phbu_total"],
  ["TSB, i alt", "tsb", "beds.tsb_total"],
];
$(() => {
  const root = $("#root");
  const tabs = $('<ul class="tabs"></ul>').appendTo(root);
  for (const y of ["2024", "2025"]) {
    tabs.append($("<li>").append($(`<a href="#p${y}">${y}</a>`).toggleClass("active", y === "2024")));
    const t = $("<table><thead><tr><th>Tjeneste</th><th>Plasser</th></tr></thead><tbody></tbody></table>");
    for (const [name, s, id] of rows)
      t.find("tbody").append(
        $("<tr>").append(
          $("<th>").text(name),
          $("<td>").append($('<input size="6">').attr("data-k", y === "2025" ? id : `x:ly-${s}`)),
        ),
      );
    $(`<div class="panel" id="p${y}"></div>`)
      .append(t)
      .appendTo(root)
      .toggle(y === "2024");
  }
  tabs.on("click", "a", function (e) {
    e.preventDefault();
    tabs.find("a").removeClass("active");
    $(this).addClass("active");
    $(".panel").hide();
    $($(this).attr("href")).show();
  });
  window.hsoStateReady?.();
});
