import type { GraphQLError } from "graphql";
import type { CombinedError } from "urql";
import { visibleErrors } from "../../graphql/errors";

/**
 * The errors of an account form by the input field they name: invalid values (BAD_USER_INPUT) and
 * taken ones (CONFLICT: a username in use, an employee who already has an account).
 */
export function accountFieldErrors(error: CombinedError | undefined): Record<string, GraphQLError> {
  const out: Record<string, GraphQLError> = {};
  for (const e of visibleErrors(error)) {
    const field = e.extensions?.field;
    const code = e.extensions?.code;
    if ((code === "BAD_USER_INPUT" || code === "CONFLICT") && typeof field === "string") out[field] = e;
  }
  return out;
}
