/** One list-form row: SharePoint writes the label as <nobr> in its own cell, the input in the next. */
function row(label: string, suffix: string, required = false): string {
  const star = required ? '<span class="ms-accentText" title="Dette er et obligatorisk felt."> *</span>' : "";
  const id = `ctl00_ctl40_g_7f3a_${suffix}_ctl00_ctl00_TextField`;
  return `<tr><td nowrap="true" valign="top" width="113px" class="ms-formlabel"><h3 class="ms-standardheader"><nobr>${label}${star}</nobr></h3></td>
<td valign="top" width="350px" class="ms-formbody"><span dir="none"><input type="text" maxlength="255" id="${id}" title="${label}" class="ms-long"></span></td></tr>`;
}

/**
 * A SharePoint-like list form for the bed return: labels are separate elements, ids are generated,
 * two rows render 800 ms after load (SharePoint's client-side rendering), and the staffing part
 * sits in an iframe with English labels.
 */
export const SHAREPOINT_PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser – Ny element</title></head>
<body><form id="aspnetForm" method="post" action="/sharepoint" onsubmit="window.__submitted = (window.__submitted || 0) + 1; return false;">
<table class="ms-formtable" id="formtable">
${row("Rapporterende enhet (org.nr.)", "ff11", true)}
${row("Rapporteringsår", "ff12", true)}
${row("Telledato", "ff13")}
${row("PHV voksne, sykehusnivå", "ff21")}
${row("PHV voksne, DPS", "ff22")}
${row("PHV voksne, i alt", "ff23", true)}
</table>
<table class="ms-formtable" id="late"></table>
<input type="button" value="Lagre" onclick="this.form.submit()">
<iframe id="staffing" src="/sharepoint/staffing" width="600" height="300"></iframe>
<script>setTimeout(function () {
  document.getElementById("late").innerHTML = ${JSON.stringify(row("TSB, i alt", "ff31") + row("Herav midlertidig stengt", "ff32"))};
}, 800);</script>
</form></body></html>`;

/** The iframe of the list form: staffing figures labelled in English. */
export const SHAREPOINT_STAFFING_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Staffing</title></head>
<body><form onsubmit="window.__submitted = (window.__submitted || 0) + 1; return false;"><table class="ms-formtable">
${row("Senior consultants, permanent, headcount", "ff41")}
${row("Senior consultants, permanent, FTE", "ff42")}
${row("Sick leave", "ff43")}
</table></form></body></html>`;
