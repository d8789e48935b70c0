import { vi } from "vitest";
import type { Request, RequestType, ResponseMap, ResultOf } from "../../../extension/messages";
import type { Send } from "../../../extension/pages/shared/send-request";

type Answers = {
  [T in RequestType]?: (request: Extract<Request, { type: T }>) => ResultOf<T> | Promise<ResultOf<T>>;
};

const DEFAULTS: { [T in RequestType]?: ResponseMap[T] } = {
  "get-settings": { keep: false, lang: "nb" },
  "list-packages": { packages: [] },
  "get-profiles": { profiles: [], managed: [], managedErrors: [] },
};

/** A `Send` answering from `answers` (or harmless defaults), recording every request in `calls`. */
export function fakeSend(answers: Answers = {}) {
  const calls: Request[] = [];
  const send = vi.fn(async (request: Request) => {
    calls.push(request);
    const answer = answers[request.type] as ((request: Request) => unknown) | undefined;
    if (answer) return answer(request);
    const response = DEFAULTS[request.type];
    return response
      ? { ok: true, response }
      : { ok: false, error: { code: "internal", detail: "not faked" } };
  }) as unknown as Send;
  return {
    send,
    calls,
    of: <T extends RequestType>(type: T) =>
      calls.filter((call) => call.type === type) as Extract<Request, { type: T }>[],
  };
}

/** An answer of the worker. */
export function ok<T>(response: T): { ok: true; response: T } {
  return { ok: true, response };
}
