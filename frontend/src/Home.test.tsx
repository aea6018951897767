import { render, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { Home } from "./Home";

test("the home page names the product and links to the playground", () => {
  render(<Home />);
  expect(screen.getByRole("heading", { name: "Jenjang" })).toBeTruthy();
  expect(screen.getByText("Manajemen karier ASN yang transparan dan berbasis kinerja")).toBeTruthy();
  const link = screen.getByRole("link", { name: "Buka GraphQL Playground" });
  expect(link.getAttribute("href")).toBe("/playground");
});
