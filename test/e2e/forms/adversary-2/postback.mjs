// An ASP.NET-WebForms-like page: one <form id="aspnetForm"> posting to itself with __VIEWSTATE,
// __EVENTTARGET and __doPostBack, control names "ctl00$Main$…" and ids "ctl00_Main_…". Choosing the
// unit (or the year) posts back and the server answers the page again with that unit's saved
// draft in the figure fields: whatever was typed before the change is gone, as on the real pages.
// The last postback's fields are kept in memory and appended to /state/f04 (serve.mjs) as "posted".
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const UNITS = { "": "– Velg enhet –", 974631407: "Sykehuset Innlandet HF", 983975267: "Sykehuset Telemark HF", 983975259: "Sykehuset i Vestfold HF" };
// The saved drafts: Telemark has begun its 2025 return (hospital level typed, 46).
const DRAFTS = { "983975267|2025": { txtHospital: "46" }, "974631407|2025": { txtHospital: "190", txtDps: "12" } };
const FIELDS = [
  ["txtHospital", "PHV voksne, sykehusnivå", "beds.phv_adult_hospital"],
  ["txtDps", "PHV voksne, DPS", "beds.phv_adult_dps"],
  ["txtTotal", "PHV voksne, i alt", "beds.phv_adult_total"],
  ["txtPhbu", "PHBU, i alt", "beds.phbu_total"],
  ["txtTsb", "TSB, i alt", "beds.tsb_total"],
];
const posts = [];

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function page(unit, year, values, note) {
  const opts = Object.entries(UNITS).map(([v, t]) => `<option value="${v}"${v === unit ? " selected" : ""}>${esc(t)}</option>`).join("");
  const years = ["", "2024", "2025"].map((y) => `<option value="${y}"${y === year ? " selected" : ""}>${y || "– år –"}</option>`).join("");
  const rows = FIELDS.map(([id, label, key]) => `<tr><td class="ms-formlabel"><nobr>${esc(label)}</nobr></td><td class="ms-formbody"><input name="ctl00$Main$${id}" type="text" id="ctl00_Main_${id}" value="${esc(values[id] ?? "")}" data-k="${key}"></td></tr>`).join("\n");
  const vs = Buffer.from(JSON.stringify({ unit, year, t: Date.now() })).toString("base64");
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser – registrering</title>
<script src="/state.js" data-form="f04"></script></head><body>
<form method="post" action="./postback.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${vs}">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334">
</div>
<script type="text/javascript">
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {
  if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
    theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
  }
}
</script>
<h1>Registrering av døgnplasser</h1>
${note ? `<p id="msg" style="color:#a00">${esc(note)}</p>` : ""}
<table class="ms-formtable">
<tr><td class="ms-formlabel"><nobr>Rapporterende enhet</nobr></td><td class="ms-formbody">
<select name="ctl00$Main$ddlUnit" id="ctl00_Main_ddlUnit" onchange="javascript:setTimeout('__doPostBack(\\'ctl00$Main$ddlUnit\\',\\'\\')', 0)" data-k="beds.unit_org">${opts}</select></td></tr>
<tr><td class="ms-formlabel"><nobr>Rapporteringsår</nobr></td><td class="ms-formbody">
<select name="ctl00$Main$ddlYear" id="ctl00_Main_ddlYear" onchange="javascript:setTimeout('__doPostBack(\\'ctl00$Main$ddlYear\\',\\'\\')', 0)" data-k="beds.year">${years}</select></td></tr>
${rows}
</table>
<input type="submit" name="ctl00$Main$btnSave" value="Lagre utkast" id="ctl00_Main_btnSave">
</form></body></html>`;
}

function field(form, id) {
  return form.get(`ctl00$Main$${id}`) ?? "";
}

export function renderPostback(req, res, raw, url) {
  const form = new URLSearchParams(raw);
  const posted = req.method === "POST";
  let unit = posted ? field(form, "ddlUnit") : (url.searchParams.get("unit") ?? "");
  let year = posted ? field(form, "ddlYear") : (url.searchParams.get("year") ?? "2025");
  let values = {};
  let note = "";
  if (posted) {
    posts.push({ at: new Date().toISOString(), target: form.get("__EVENTTARGET"), fields: Object.fromEntries(form) });
    writeFileSync(join(process.env.STATE_DIR ?? join(tmpdir(), "hso-adversary-2-state"), "f04-posts.json"), JSON.stringify(posts, null, 1));
    const target = form.get("__EVENTTARGET") ?? "";
    if (target.endsWith("ddlUnit") || target.endsWith("ddlYear")) {
      values = { ...(DRAFTS[`${unit}|${year}`] ?? {}) };
      note = `Utkastet for ${UNITS[unit] ?? "?"} ${year} er lastet.`;
    } else {
      for (const [id] of FIELDS) values[id] = field(form, id);
      note = "Utkastet er lagret.";
    }
  }
  unit = unit in UNITS ? unit : "";
  year = ["2024", "2025"].includes(year) ? year : "";
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(page(unit, year, values, note));
}
