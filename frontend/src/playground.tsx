import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";

// GraphiQL is bundled here instead of loaded from a CDN, so the playground works without internet.
const fetcher = createGraphiQLFetcher({ url: "/query" });

const defaultQuery = `# Jenjang GraphQL API. Every list is a connection: ask for first (1–100).
# Open vacancies are public. To read more, log in (demo accounts: admin, hr, pimpinan, …
# with the password jenjang123):
#   mutation { login(input: {username: "admin", password: "jenjang123"}) { token } }
# and put {"Authorization": "Bearer <token>"} in the Headers tab below.
{
  vacancies(first: 10, where: {status: OPEN}) {
    totalCount
    edges { node { title closesOn position { title unit { name } } } }
  }
}
`;

const root = document.getElementById("playground");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
    </StrictMode>,
  );
}
