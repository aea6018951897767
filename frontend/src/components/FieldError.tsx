import type { GraphQLError } from "graphql";
import { useTranslation } from "react-i18next";
import { message } from "./ErrorMessage";

/** The error of one form field, under it; the field points here with aria-describedby={id}. */
export function FieldError({ id, error }: { id: string; error: GraphQLError | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="field-error" id={id}>
      {message(error, t)}
    </p>
  );
}
