import { useMemo } from "react";
import { BrowserRouter } from "react-router";
import { Provider } from "urql";
import { useToken } from "../auth/session";
import { createClient } from "../graphql/client";
import { AppRoutes } from "./AppRoutes";

export function App() {
  const token = useToken();
  // A new client per session: signing out or in starts from an empty cache.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the token is the reason to rebuild
  const client = useMemo(() => createClient(), [token]);
  return (
    <Provider value={client}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </Provider>
  );
}
