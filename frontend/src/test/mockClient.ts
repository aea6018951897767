import { Client, fetchExchange } from "urql";
import { authExchange } from "../graphql/authExchange";

export type SentRequest = { operationName: string; variables: Record<string, unknown>; headers: Headers };
type Answer = { status?: number; body: unknown };

/**
 * A real urql client (with the app's auth exchange) whose fetch answers from `answer` instead of the
 * network; `requests` records what the app sent.
 */
export function mockClient(answer: (req: SentRequest) => Answer) {
  const requests: SentRequest[] = [];
  const client = new Client({
    url: "/query",
    exchanges: [authExchange, fetchExchange],
    preferGetMethod: false,
    fetch: async (_url, init) => {
      const { operationName, variables } = JSON.parse(String(init?.body));
      const req = { operationName, variables, headers: new Headers(init?.headers) };
      requests.push(req);
      const { status = 200, body } = answer(req);
      return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
    },
  });
  return { client, requests };
}
