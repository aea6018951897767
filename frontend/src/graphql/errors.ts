import type { GraphQLError } from "graphql";
import type { CombinedError } from "urql";

/** The extensions.code values the API gives every error. */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  | "INTERNAL";

const knownCodes: ErrorCode[] = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "INTERNAL",
];

export function errorCode(e: GraphQLError): ErrorCode | "UNKNOWN" {
  const code = e.extensions?.code;
  return knownCodes.includes(code as ErrorCode) ? (code as ErrorCode) : "UNKNOWN";
}

/**
 * A field of a record the viewer may not read: the API answers it with null and a FORBIDDEN error at
 * the field's path, and the screen shows "—" for it. A refused filter is FORBIDDEN too, but at the path
 * of the list, naming the filter.
 */
export function isHiddenField(e: GraphQLError) {
  const path = e.path ?? [];
  return errorCode(e) === "FORBIDDEN" && path.length > 1 && path[path.length - 1] === e.extensions?.field;
}

/** The errors a person should be told about: everything but hidden fields. */
export function visibleErrors(error: CombinedError | undefined): GraphQLError[] {
  return error?.graphQLErrors.filter((e) => !isHiddenField(e)) ?? [];
}

/** BAD_USER_INPUT errors by the input field they name, to show next to that field. */
export function fieldErrors(error: CombinedError | undefined): Record<string, GraphQLError> {
  const out: Record<string, GraphQLError> = {};
  for (const e of visibleErrors(error)) {
    const field = e.extensions?.field;
    if (errorCode(e) === "BAD_USER_INPUT" && typeof field === "string") out[field] = e;
  }
  return out;
}

/** The request id an INTERNAL error quotes, for the user to pass on to support. */
export function requestId(e: GraphQLError) {
  return /request id (\S+)/.exec(e.message)?.[1];
}
