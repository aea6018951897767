import type { GraphQLError } from "graphql";
import { useTranslation } from "react-i18next";
import type { CombinedError } from "urql";
import { errorCode, requestId, visibleErrors } from "../graphql/errors";

type Props = {
  error: CombinedError | undefined;
  /** Input fields whose errors the form shows next to the field itself. */
  shownAtFields?: string[];
};

/**
 * Tells the user, in their language, what went wrong with a request, by the API's extensions.code.
 * Fields the viewer may not read are not errors to them (the screen shows "—"), so they are left out.
 */
export function ErrorMessage({ error, shownAtFields = [] }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const errors = visibleErrors(error).filter((e) => !shownAtFields.includes(String(e.extensions?.field)));
  const messages =
    error.networkError && errors.length === 0 ? [t("errors.NETWORK")] : errors.map((e) => message(e, t));
  if (messages.length === 0) return null;
  return (
    <div className="error-message" role="alert">
      {[...new Set(messages)].map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}

type T = ReturnType<typeof useTranslation>["t"];

export function message(e: GraphQLError, t: T) {
  const code = errorCode(e);
  switch (code) {
    case "INTERNAL":
      return t("errors.INTERNAL", { requestId: requestId(e) ?? "—" });
    case "BAD_USER_INPUT":
      return t("errors.BAD_USER_INPUT", { detail: e.message });
    case "UNKNOWN":
      return t("errors.UNKNOWN", { detail: e.message });
    default:
      return t(`errors.${code}`);
  }
}
