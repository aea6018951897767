import type { TrainingStatus } from "../gql/graphql";

type Seats = { capacity: number; seatsTaken: number };

export function seatsLeft(t: Seats) {
  return Math.max(0, t.capacity - t.seatsTaken);
}

/** What the API enrols into: an OPEN training that has not started yet, with a seat left. */
export function openForEnrolment(t: Seats & { status: TrainingStatus; startsOn: string }, today: string) {
  return t.status === "OPEN" && t.startsOn >= today && seatsLeft(t) > 0;
}
