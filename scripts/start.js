#!/usr/bin/env node
// `npm start`: builds if needed, then serves dist/addin on 127.0.0.1 and prints the playground's address:
// the real task pane beside a modelled workbook, for trying the add-in without Excel.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { homedir } from "node:os";
import { extname, resolve, sep } from "node:path";

const ROOT = resolve(import.meta.dirname, "../dist/addin");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

if (!existsSync(resolve(ROOT, "playground.html"))) {
  console.log("dist/addin mangler: bygger / is missing: building …");
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Answers a GET with the file under dist/addin, never outside it. */
function answer(request, response) {
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  const file = resolve(ROOT, `.${path === "/" ? "/playground.html" : path}`);
  if (!file.startsWith(ROOT + sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Ikke funnet / Not found");
    return;
  }
  response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  response.end(readFileSync(file));
}

/**
 * With `--https`, serves over https with the Office development certificate
 * (`npx office-addin-dev-certs install` puts it in ~/.office-addin-dev-certs), for sideloading.
 */
function createServer(handler) {
  if (!process.argv.includes("--https")) return createHttpServer(handler);
  const dir = resolve(homedir(), ".office-addin-dev-certs");
  if (!existsSync(resolve(dir, "localhost.crt"))) {
    console.error(
      "Fant ikke utviklersertifikatet / No development certificate: npx office-addin-dev-certs install",
    );
    process.exit(2);
  }
  const tls = {
    cert: readFileSync(resolve(dir, "localhost.crt")),
    key: readFileSync(resolve(dir, "localhost.key")),
  };
  return createHttpsServer(tls, handler);
}

/** Listens on the first free port from `first` (PORT decides when set). */
function listen(server, port, tries) {
  server.once("error", (error) => {
    if (error.code === "EADDRINUSE" && tries > 0 && !process.env.PORT) listen(server, port + 1, tries - 1);
    else throw error;
  });
  // The development manifest says https://localhost:3000, which a Mac may resolve to ::1 first.
  const host = process.argv.includes("--https") ? "localhost" : "127.0.0.1";
  server.listen(port, host, () => {
    const scheme = process.argv.includes("--https") ? "https" : "http";
    const base = `${scheme}://${host}:${server.address().port}`;
    console.log(`Lekeplassen / The playground:  ${base}/playground.html`);
    console.log(`  tom arbeidsbok / empty workbook:  ${base}/playground.html?workbook=empty`);
    console.log(`  som Office 2019 / as Office 2019:  ${base}/playground.html?excelApi=1.7`);
    console.log(`  som Excel 2021 / as Excel 2021:    ${base}/playground.html?host=office2021`);
    console.log("Ctrl+C avslutter / stops.");
  });
}

listen(createServer(answer), Number(process.env.PORT ?? 5173), 20);
