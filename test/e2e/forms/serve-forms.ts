import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { REACT_PAGE } from "./build-react-form";
import { type PostedValues, renderPostbackForm } from "./postback-form";
import { SHAREPOINT_PAGE, SHAREPOINT_STAFFING_PAGE } from "./sharepoint-form";

/** A running form server: its origin, every body posted to the classic form, and a way to stop it. */
export interface FormServer {
  origin: string;
  posts: PostedValues[];
  close(): Promise<void>;
}

/**
 * Serves the three test forms on 127.0.0.1 with a free port: `/react/` (needs the bundle from
 * `buildReactForm`), `/postback` (renders posted values back, as WebForms does) and `/sharepoint`
 * (with its iframe `/sharepoint/staffing`). Extra routes serve fixed HTML (bench pages).
 */
export async function startFormServer(
  options: { reactBundle?: string; pages?: Record<string, string>; scripts?: Record<string, string> } = {},
) {
  const posts: PostedValues[] = [];
  const pages: Record<string, string> = {
    "/react/": REACT_PAGE,
    "/sharepoint": SHAREPOINT_PAGE,
    "/sharepoint/staffing": SHAREPOINT_STAFFING_PAGE,
    ...options.pages,
  };
  const server = createServer((request, response) => {
    handle(request, response, {
      posts,
      pages,
      scripts: options.scripts ?? {},
      reactBundle: options.reactBundle,
    }).catch(() => {
      response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { origin: `http://127.0.0.1:${port}`, posts, close } satisfies FormServer;
}

interface Routes {
  posts: PostedValues[];
  pages: Record<string, string>;
  scripts: Record<string, string>;
  reactBundle?: string;
}

async function handle(request: IncomingMessage, response: ServerResponse, routes: Routes): Promise<void> {
  const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
  if (path === "/postback") {
    const values =
      request.method === "POST" ? Object.fromEntries(new URLSearchParams(await body(request))) : {};
    if (request.method === "POST") routes.posts.push(values);
    const saved = Object.hasOwn(values, "ctl00$Main$btnSave");
    return send(response, "text/html", renderPostbackForm(values, routes.posts.length, saved));
  }
  if (path === "/react/react-form.js" && routes.reactBundle !== undefined) {
    return send(response, "text/javascript", routes.reactBundle);
  }
  const script = Object.hasOwn(routes.scripts, path) ? routes.scripts[path] : undefined;
  if (script !== undefined) return send(response, "text/javascript", script);
  const page = Object.hasOwn(routes.pages, path) ? routes.pages[path] : undefined;
  if (page !== undefined) return send(response, "text/html", page);
  response.writeHead(404, { "content-type": "text/plain" }).end("Ikke funnet");
}

function send(response: ServerResponse, type: string, text: string): void {
  response
    .writeHead(200, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store" })
    .end(text);
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
