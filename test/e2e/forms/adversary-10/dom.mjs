#!/usr/bin/env node
// Prints a form's rendered DOM (roles, aria-*, text) after load, without the extension:
//   [WAIT=ms] node test/e2e/forms/adversary-10/dom.mjs <url> [css]
import { chromium } from "playwright-core";

const [url, css = "body"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage();
await page.goto(url);
await page.waitForTimeout(Number(process.env.WAIT ?? 1000));
console.log(
  await page.evaluate((css) => {
    const keep = /^(role|aria-|id|for|data-k|type|value|class|hidden|disabled|readonly)/;
    const walk = (el, d) => {
      let s = "";
      for (const n of el.childNodes) {
        if (n.nodeType === 3) {
          const t = n.textContent.trim();
          if (t) s += `${"  ".repeat(d)}"${t}"\n`;
          continue;
        }
        if (n.nodeType !== 1 || ["SCRIPT", "STYLE"].includes(n.tagName)) continue;
        const at = [...n.attributes]
          .filter((a) => keep.test(a.name))
          .map((a) =>
            a.name === "class"
              ? `.${a.value
                  .split(" ")
                  .filter((c) => !/^(css|ms-|root)-?\d*$/.test(c) && !/-\d+$/.test(c))
                  .slice(0, 2)
                  .join(".")}`
              : `${a.name}="${a.value.slice(0, 40)}"`,
          )
          .join(" ");
        s += `${"  ".repeat(d)}<${n.localName} ${at}>\n${walk(n, d + 1)}`;
      }
      return s;
    };
    return walk(document.querySelector(css), 0);
  }, css),
);
await browser.close();
