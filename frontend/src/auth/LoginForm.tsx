import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../components/ErrorMessage";
import { FieldError } from "../components/FieldError";
import { graphql } from "../gql";
import { errorCode, fieldErrors } from "../graphql/errors";

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
    }
  }
`);

/** The log-in form; it hands the token of a successful log-in to onSignedIn. */
export function LoginForm({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [{ fetching, error }, login] = useMutation(LoginDocument);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await login({ input: { username: username.trim(), password } });
    if (result.data) onSignedIn(result.data.login.token);
  };

  const byField = fieldErrors(error);
  // A wrong username or password is one answer for both, so it belongs to the form, not to a field.
  const refused = error?.graphQLErrors.find((e) => errorCode(e) === "UNAUTHENTICATED");
  const retryAfter = Number(refused?.extensions?.retryAfter ?? 0);

  return (
    <form className="login-form" onSubmit={submit} noValidate={false}>
      {refused ? (
        <p className="error-message" role="alert">
          {retryAfter > 0 ? t("login.throttled", { seconds: retryAfter }) : t("login.refused")}
        </p>
      ) : (
        <ErrorMessage error={error} shownAtFields={["username", "password"]} />
      )}
      <div className="field">
        <label htmlFor="username">{t("login.username")}</label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          aria-invalid={Boolean(byField.username)}
          aria-describedby={byField.username ? "username-error" : undefined}
        />
        <FieldError id="username-error" error={byField.username} />
      </div>
      <div className="field">
        <label htmlFor="password">{t("login.password")}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={Boolean(byField.password)}
          aria-describedby={byField.password ? "password-error" : undefined}
        />
        <FieldError id="password-error" error={byField.password} />
      </div>
      <button type="submit" className="button" disabled={fetching}>
        {fetching ? t("login.signingIn") : t("login.submit")}
      </button>
    </form>
  );
}
