import type { ParticipantValues } from './booking-request';

/** A line whose ticked participants are not as many as its people. */
export type LineShortfall = {
  key: string;
  /** The line's place in the booking, from 0 (its label says "Item 1"). */
  index: number;
  people: number;
  assigned: number;
};

/**
 * The lines whose participants (those ticked for it) differ from the people booked. The reserve
 * accepts a participant list at any size, but sending it (SEND_PEOPLE) is refused until every
 * line has exactly as many as its people (the API's PARTICIPANTS_COMPLETE guard): checked here
 * first, so the visitor is told which line is short before anything is sent.
 */
export function lineShortfalls(
  lines: readonly { key: string; people: number }[],
  participants: readonly Pick<ParticipantValues, 'lines'>[],
): LineShortfall[] {
  return lines.flatMap((line, index) => {
    const assigned = participants.filter((participant) => participant.lines.includes(line.key)).length;
    return assigned === line.people ? [] : [{ key: line.key, index, people: line.people, assigned }];
  });
}
