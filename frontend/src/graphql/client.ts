import { Client, cacheExchange, fetchExchange } from "urql";
import { authExchange } from "./authExchange";

/** A new client, with an empty cache: one per session, so that nothing read by one user shows to the next. */
export function createClient() {
  return new Client({
    url: "/query",
    exchanges: [cacheExchange, authExchange, fetchExchange],
    // Answers depend on the Authorization header: nothing for a shared cache to keep, so always POST.
    preferGetMethod: false,
  });
}
