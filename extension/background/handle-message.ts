import { type RequestType, type Result, requestSchema } from "../messages";
import { z } from "../zod";
import { type Handlers, type MessageSender, workerHandlers } from "./handlers";
import { WorkerError } from "./worker-error";

/**
 * Only the extension's own pages may ask the worker anything: a message from a content script
 * (or anything else claiming to be us) carries a web page's URL and is refused.
 */
export function isOwnPage(sender: MessageSender, extensionId: string, extensionUrl: string): boolean {
  return sender.id === extensionId && typeof sender.url === "string" && sender.url.startsWith(extensionUrl);
}

/**
 * Parses one message with the request schema and runs its handler. Never throws: a message that
 * does not parse is logged and answered `invalid_message`; an unexpected failure is logged once
 * and answered `internal`.
 */
export async function handleMessage(
  message: unknown,
  sender: MessageSender,
  handlers: Handlers = workerHandlers,
) {
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) {
    console.warn("hso: dropped a message that does not parse", z.prettifyError(parsed.error));
    return failure("invalid_message", z.prettifyError(parsed.error));
  }
  const request = parsed.data;
  try {
    const handler = handlers[request.type] as (request: unknown, sender: MessageSender) => Promise<unknown>;
    return { ok: true, response: await handler(request, sender) } satisfies Result<unknown>;
  } catch (error) {
    if (error instanceof WorkerError) return failure(error.code, error.message);
    console.error(`hso: ${request.type satisfies RequestType} failed`, error);
    return failure("internal", error instanceof Error ? error.message : String(error));
  }
}

function failure(code: WorkerError["code"], detail: string): Result<never> {
  return { ok: false, error: { code, detail } };
}
