// A temporary password for a new or reset account: 12 characters from an alphabet without look-alikes
// (0/O, 1/l/I), read aloud or typed from a note without mistakes.
const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function temporaryPassword(length = 12) {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  // 256 is not a multiple of the alphabet's length; the slight bias is of no matter for a temporary password.
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}
