// biome-ignore-all lint: ES5 on purpose (var, function expressions, string concatenation): IE11 runs it.
/*
 * HSØ-rapportering: what the pane says when this Excel cannot run it. Volume-licensed Office 2019
 * runs add-ins in Internet Explorer 11, which ignores <script type="module"> and ES2015, and other
 * old web views fail on newer syntax: the pane would stay blank. This classic script is ES5 on
 * purpose (a test parses it so); the pane's modules set window.hsoModulesRan when they run, which
 * is before the load event, so the notice shows only where they did not.
 * https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins
 */
(function () {
  var WORDS = [
    {
      lang: "nb",
      title: "Denne Excel-versjonen er for gammel for HSØ-rapportering",
      text:
        "Tillegget trenger en nyere Excel enn denne (for eksempel Office 2019 med volumlisens). " +
        "Bruk Excel på nettet (www.office.com) eller Excel i Microsoft 365 for Windows eller Mac. " +
        "Malens egne inndataregler virker fortsatt her.",
    },
    {
      lang: "en",
      title: "This version of Excel is too old for HSØ reporting",
      text:
        "The add-in needs a newer Excel than this one (for example volume-licensed Office 2019). " +
        "Use Excel on the web (www.office.com) or Excel in Microsoft 365 for Windows or Mac. " +
        "The template's own input rules still work here.",
    },
  ];

  function paragraph(tag, text, lang) {
    var element = document.createElement(tag);
    element.setAttribute("lang", lang);
    element.appendChild(document.createTextNode(text));
    return element;
  }

  function showNotice() {
    if (window.hsoModulesRan) return;
    var root = document.getElementById("app") || document.body;
    if (!root) return;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.className = "old-excel";
    for (var i = 0; i < WORDS.length; i++) {
      box.appendChild(paragraph("h1", WORDS[i].title, WORDS[i].lang));
      box.appendChild(paragraph("p", WORDS[i].text, WORDS[i].lang));
    }
    root.appendChild(box);
  }

  if (window.addEventListener) window.addEventListener("load", showNotice, false);
  else if (window.attachEvent) window.attachEvent("onload", showNotice);
})();
