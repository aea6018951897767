import { fireEvent, render, screen } from "@testing-library/react";
import { Provider } from "urql";
import { expect, test, vi } from "vitest";
import { mockClient } from "../test/mockClient";
import { LoginForm } from "./LoginForm";

function fill(username: string, password: string) {
  fireEvent.change(screen.getByLabelText("Nama pengguna"), { target: { value: username } });
  fireEvent.change(screen.getByLabelText("Kata sandi"), { target: { value: password } });
  fireEvent.click(screen.getByRole("button", { name: "Masuk" }));
}

test("a successful log-in hands over the token", async () => {
  const { client, requests } = mockClient(() => ({
    body: { data: { login: { token: "tok", expiresAt: "2026-11-23T21:00:00Z" } } },
  }));
  const onSignedIn = vi.fn();
  render(
    <Provider value={client}>
      <LoginForm onSignedIn={onSignedIn} />
    </Provider>,
  );
  fill(" pimpinan ", "jenjang123");
  await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith("tok"));
  expect(requests[0].variables).toEqual({ input: { username: "pimpinan", password: "jenjang123" } });
});

test("a wrong password and a throttled username get their own messages", async () => {
  let retryAfter = 0;
  const { client } = mockClient(() => ({
    body: {
      data: null,
      errors: [
        {
          message: "wrong username or password",
          path: ["login"],
          extensions: { code: "UNAUTHENTICATED", retryAfter },
        },
      ],
    },
  }));
  render(
    <Provider value={client}>
      <LoginForm onSignedIn={() => {}} />
    </Provider>,
  );
  fill("pimpinan", "salah");
  expect((await screen.findByRole("alert")).textContent).toBe("Nama pengguna atau kata sandi salah.");
  retryAfter = 8;
  fill("pimpinan", "salah lagi");
  expect(
    await screen.findByText("Terlalu banyak percobaan yang gagal. Coba lagi dalam 8 detik."),
  ).toBeTruthy();
});

test("an input error shows next to its field", async () => {
  const { client } = mockClient(() => ({
    body: {
      data: null,
      errors: [
        {
          message: "username: too long",
          path: ["login"],
          extensions: { code: "BAD_USER_INPUT", field: "username" },
        },
      ],
    },
  }));
  render(
    <Provider value={client}>
      <LoginForm onSignedIn={() => {}} />
    </Provider>,
  );
  fill("x".repeat(300), "jenjang123");
  const message = await screen.findByText("Isian tidak valid: username: too long");
  expect(screen.getByLabelText("Nama pengguna").getAttribute("aria-describedby")).toBe(message.id);
  expect(screen.queryByRole("alert")).toBeNull();
});
