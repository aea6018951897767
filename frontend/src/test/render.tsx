import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { MemoryRouter, useLocation } from "react-router";
import { type Client, Provider } from "urql";
import { ViewerContext, withPermissions } from "../auth/viewer";
import type { Role } from "../gql/graphql";

/** The current URL, printed where a test can read it. */
function Location() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{pathname + search}</output>;
}

/** Renders a screen as a signed-in user of the role, at a URL, over a client. */
export function renderAs(role: Role, ui: ReactNode, { client, url = "/" }: { client: Client; url?: string }) {
  const viewer = withPermissions({
    id: "ACC1",
    username: role.toLowerCase(),
    role,
    employee: role === "ANALYST" ? null : { id: "EMP1", name: "Siti Rahma" },
    scopeUnit: role === "LEADER" ? { id: "ORG0", name: "Provinsi Jambi", path: "/ORG0/" } : null,
  });
  return render(
    <Provider value={client}>
      <ViewerContext.Provider value={viewer}>
        <MemoryRouter initialEntries={[url]}>
          {ui}
          <Location />
        </MemoryRouter>
      </ViewerContext.Provider>
    </Provider>,
  );
}
