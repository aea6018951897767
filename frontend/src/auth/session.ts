import { useSyncExternalStore } from "react";

// The session is the bearer token: in memory for the requests, and in sessionStorage so that a reload
// keeps the user signed in while closing the tab signs them out.

const storageKey = "jenjang.token";

/** Why the user was sent back to the log-in page, if not by their own choice. */
export type Notice = "expired" | null;

let token: string | null = sessionStorage.getItem(storageKey);
let notice: Notice = null;
const listeners = new Set<() => void>();

function emit() {
  for (const l of listeners) l();
}

export const session = {
  token: () => token,
  notice: () => notice,
  signIn(newToken: string) {
    token = newToken;
    notice = null;
    sessionStorage.setItem(storageKey, newToken);
    emit();
  },
  signOut() {
    token = null;
    sessionStorage.removeItem(storageKey);
    emit();
  },
  /** The server refused the token (expired, revoked or tampered): sign out and say why. */
  expire() {
    notice = "expired";
    session.signOut();
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

/** The current token; components re-render when the user signs in or out. */
export function useToken() {
  return useSyncExternalStore(session.subscribe, session.token);
}
