import { type CombinedError, mapExchange, type Operation } from "urql";
import { session } from "../auth/session";

// Adds the bearer token to every request and ends the session when the server no longer accepts it.
// The server answers a bad, expired or revoked token with HTTP 401 and UNAUTHENTICATED before any
// GraphQL runs; a failed log-in is UNAUTHENTICATED too, but it carries no token and is left to its form.
export const authExchange = mapExchange({
  onOperation(operation: Operation) {
    const token = session.token();
    if (!token) return operation;
    const fetchOptions =
      typeof operation.context.fetchOptions === "function"
        ? operation.context.fetchOptions()
        : (operation.context.fetchOptions ?? {});
    return {
      ...operation,
      context: {
        ...operation.context,
        fetchOptions: {
          ...fetchOptions,
          headers: { ...(fetchOptions.headers as Record<string, string>), Authorization: `Bearer ${token}` },
        },
      },
    };
  },
  onError(error: CombinedError, operation: Operation) {
    if (sentToken(operation) && isTokenRefused(error)) session.expire();
  },
});

function sentToken(operation: Operation) {
  const options = operation.context.fetchOptions;
  const headers = typeof options === "function" ? options().headers : options?.headers;
  return Boolean((headers as Record<string, string> | undefined)?.Authorization);
}

function isTokenRefused(error: CombinedError) {
  return (
    error.response?.status === 401 ||
    error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED" && !e.path)
  );
}
