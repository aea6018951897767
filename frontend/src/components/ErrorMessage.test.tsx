import { render, screen } from "@testing-library/react";
import { GraphQLError } from "graphql";
import { CombinedError } from "urql";
import { expect, test } from "vitest";
import { fieldErrors } from "../graphql/errors";
import { ErrorMessage } from "./ErrorMessage";

const gqlError = (message: string, extensions: Record<string, unknown>, path?: (string | number)[]) =>
  new GraphQLError(message, { extensions, path });

test("each code reads as an Indonesian message", () => {
  const error = new CombinedError({
    graphQLErrors: [
      gqlError("you may not do this", { code: "FORBIDDEN" }),
      gqlError("no such record", { code: "NOT_FOUND" }),
      gqlError("another record already has this nip", { code: "CONFLICT", field: "nip" }),
      gqlError("internal error; quote request id 7f3a when reporting it", { code: "INTERNAL" }),
    ],
  });
  render(<ErrorMessage error={error} />);
  const alert = screen.getByRole("alert");
  expect(alert.textContent).toContain("Anda tidak berwenang");
  expect(alert.textContent).toContain("Data tidak ditemukan.");
  expect(alert.textContent).toContain("Data bertabrakan");
  expect(alert.textContent).toContain("kode permintaan 7f3a");
});

test("hidden fields are no error to the user", () => {
  const error = new CombinedError({
    graphQLErrors: [
      gqlError("you may not read Employee.nip", { code: "FORBIDDEN", field: "nip" }, ["node", "nip"]),
    ],
  });
  render(<ErrorMessage error={error} />);
  expect(screen.queryByRole("alert")).toBeNull();
});

test("input errors of fields the form shows beside them are left to the form", () => {
  const error = new CombinedError({
    graphQLErrors: [
      gqlError("nip: must be 18 digits", { code: "BAD_USER_INPUT", field: "nip" }, ["createEmployee"]),
      gqlError("name: required", { code: "BAD_USER_INPUT", field: "name" }, ["createEmployee"]),
    ],
  });
  render(<ErrorMessage error={error} shownAtFields={["nip"]} />);
  expect(screen.getByRole("alert").textContent).toBe("Isian tidak valid: name: required");
  expect(Object.keys(fieldErrors(error))).toEqual(["nip", "name"]);
});

test("a network failure says so", () => {
  render(<ErrorMessage error={new CombinedError({ networkError: new Error("Failed to fetch") })} />);
  expect(screen.getByRole("alert").textContent).toContain("Server tidak dapat dihubungi");
});
