import { bookingPaths, hasFullParticipants, holdsPlaces } from './booking-paths.js';
import { addDays, daysOf } from './calendar.js';
import type {
  BookingRow,
  BookingStatus,
  Dataset,
  EventRow,
  ExperienceRow,
  LineRow,
  ParticipantLineRow,
  ParticipantRow,
  UserRow,
} from './dataset-types.js';
import { generateExperiences } from './generate-experiences.js';
import { fullName, passportNumber, phoneNumber, validCpf } from './people.js';
import { createRandom, type Random } from './random.js';

export type DatasetOptions = {
  seed: number;
  /** The reserve's today (YYYY-MM-DD): bookings are placed around it. */
  today: string;
  guests?: number;
  bookings?: number;
};

/** Dataset bookings stay inside [today - 200, today + 120]; the bench's own bookings go after it. */
const pastDays = 200;
const futureDays = 120;
const contendedOffset = 140;
const freeOffset = 150;
const freeDays = 210;

const futureStatuses = {
  CREATED: 20,
  PEOPLE_REQUESTED: 7,
  PEOPLE_SENT: 7,
  PAYMENT_REQUESTED: 10,
  PAYMENT_SENT: 8,
  PAYMENT_REJECTED: 2,
  PAYMENT_APPROVED: 8,
  APPROVED: 25,
  CANCEL_REQUESTED: 3,
  REJECTED: 5,
  CANCELED: 5,
} satisfies Partial<Record<BookingStatus, number>>;
const pastStatuses = { COMPLETED: 70, CANCELED: 12, REJECTED: 9, EXPIRED: 9 } satisfies Partial<
  Record<BookingStatus, number>
>;

const iso = (date: string, minutes: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000).toISOString();

function generateUsers(random: Random, guests: number): UserRow[] {
  const user = (role: UserRow['role'], index: number): UserRow => ({
    id: random.uuid(),
    email: `${role.toLowerCase()}${String(index).padStart(4, '0')}@bench.promata.example`,
    name: fullName(random),
    role,
    locale: random.chance(0.15) ? 'en' : 'pt-BR',
    professor_status: role === 'PROFESSOR' ? 'APPROVED' : 'NONE',
    created_at: iso('2025-01-01', random.int(0, 600 * 24 * 60)),
  });
  return [
    ...Array.from({ length: guests }, (_, i) => user('GUEST', i + 1)),
    ...Array.from({ length: 30 }, (_, i) => user('PROFESSOR', i + 1)),
    ...Array.from({ length: 3 }, (_, i) => user('ADMIN', i + 1)),
  ];
}

function stayOf(random: Random, experience: ExperienceRow, today: string): { start: string; end: string } {
  if (experience.category === 'EVENT') {
    const start = experience.event_starts_at!.slice(0, 10);
    return { start, end: addDays(experience.event_ends_at!.slice(0, 10), 1) };
  }
  const start = addDays(today, random.int(-pastDays, futureDays - 4));
  const nights = experience.category === 'HOSTING' ? random.int(1, 4) : 1;
  return { start, end: addDays(start, nights) };
}

/**
 * A deterministic dataset for the load run: the same seed and today give the same rows. Occupancy
 * is tracked while bookings are placed, so no day of any experience holds more people than its
 * capacity (a booking that would not fit becomes REJECTED, which holds no places).
 */
export function generateDataset(options: DatasetOptions): Dataset {
  const random = createRandom(options.seed);
  const { today } = options;
  const experiences = generateExperiences(random, today);
  const users = generateUsers(random, options.guests ?? 1000);
  const bookers = users.filter((u) => u.role !== 'ADMIN');
  const staff = users.filter((u) => u.role === 'ADMIN');
  const bookable = experiences.filter((e) => e.active);
  const occupancy = new Map<string, number>();

  const bookings: BookingRow[] = [];
  const lines: LineRow[] = [];
  const participants: ParticipantRow[] = [];
  const participantLines: ParticipantLineRow[] = [];
  const events: EventRow[] = [];

  const fits = (picked: { experience: ExperienceRow; start: string; end: string }[], people: number) =>
    picked.every(({ experience, start, end }) =>
      daysOf(start, end).every(
        (day) => (occupancy.get(`${experience.id}|${day}`) ?? 0) + people <= experience.capacity,
      ),
    );

  for (let b = 0; b < (options.bookings ?? 6000); b += 1) {
    const owner = random.pick(bookers);
    const lineCount = random.chance(0.15) ? 2 : 1;
    const group = random.chance(0.1);
    let picked: { experience: ExperienceRow; start: string; end: string }[] = [];
    let people = 0;
    let status: BookingStatus = 'REJECTED';
    for (let attempt = 0; attempt < 8; attempt += 1) {
      picked = Array.from({ length: lineCount }, () => {
        const experience = random.pick(bookable);
        return { experience, ...stayOf(random, experience, today) };
      });
      people = Math.min(group ? random.int(10, 30) : random.int(1, 5), ...picked.map((p) => p.experience.capacity));
      const startsOn = picked.map((p) => p.start).reduce((a, c) => (a < c ? a : c));
      const endsOn = picked.map((p) => p.end).reduce((a, c) => (a > c ? a : c));
      status =
        endsOn <= today
          ? random.weighted(pastStatuses)
          : startsOn <= today
            ? random.pick(['APPROVED', 'PAYMENT_APPROVED'] as const)
            : random.weighted(futureStatuses);
      if (!holdsPlaces(status) || fits(picked, people)) break;
      status = 'REJECTED';
    }
    if (holdsPlaces(status)) {
      for (const { experience, start, end } of picked)
        for (const day of daysOf(start, end)) {
          const key = `${experience.id}|${day}`;
          occupancy.set(key, (occupancy.get(key) ?? 0) + people);
        }
    }

    const bookingId = random.uuid();
    const startsOn = picked.map((p) => p.start).reduce((a, c) => (a < c ? a : c));
    const endsOn = picked.map((p) => p.end).reduce((a, c) => (a > c ? a : c));
    // Booked some weeks before the stay, never in the future.
    const leadDays = random.int(3, 60);
    const bookedOn = addDays(startsOn, -leadDays) < today ? addDays(startsOn, -leadDays) : today;
    let clock = random.int(8 * 60, 20 * 60);
    const at = () => iso(bookedOn, clock);
    const createdAt = at();

    let total = 0;
    const lineIds = picked.map(({ experience, start, end }, position) => {
      const exempt = owner.role === 'PROFESSOR' && experience.professor_price_rule === 'EXEMPT';
      const unit = exempt ? 0 : experience.price_cents;
      const nights = experience.category === 'HOSTING' ? daysOf(start, end).length : 1;
      const lineTotal = unit * people * nights;
      total += lineTotal;
      const id = random.uuid();
      lines.push({
        id,
        booking_id: bookingId,
        experience_id: experience.id,
        start_date: start,
        end_date: end,
        people,
        unit_price_cents: unit,
        total_cents: lineTotal,
        position,
      });
      return id;
    });

    const withPeople = hasFullParticipants(status) || (status === 'CREATED' && random.chance(0.5));
    for (let position = 0; withPeople && position < people; position += 1) {
      const foreign = random.chance(0.08);
      const id = random.uuid();
      participants.push({
        id,
        booking_id: bookingId,
        position,
        name: fullName(random),
        document_type: foreign ? 'PASSPORT' : 'CPF',
        document_number: foreign ? passportNumber(random) : validCpf(random),
        birth_date: addDays('1950-01-01', random.int(0, 70 * 365)),
        gender: random.weighted({ FEMALE: 48, MALE: 47, NON_BINARY: 2, UNDISCLOSED: 3 }),
        phone: random.chance(0.6) ? phoneNumber(random) : null,
      });
      for (const lineId of lineIds) participantLines.push({ participant_id: id, line_id: lineId });
    }

    let from: BookingStatus | null = null;
    let last = createdAt;
    for (const step of bookingPaths[status]) {
      last = at();
      events.push({
        booking_id: bookingId,
        event: step.event,
        from_status: from,
        to_status: step.to,
        actor_id: step.by === 'OWNER' ? owner.id : step.by === 'STAFF' ? random.pick(staff).id : null,
        actor_role: step.by,
        message: step.by === 'STAFF' && random.chance(0.4) ? 'Mensagem da equipe da reserva.' : null,
        created_at: last,
      });
      from = step.to;
      clock += random.int(10, 600);
    }

    bookings.push({
      id: bookingId,
      user_id: owner.id,
      status,
      notes: random.chance(0.2) ? 'Grupo com uma pessoa vegetariana.' : null,
      total_cents: total,
      starts_on: startsOn,
      ends_on: endsOn,
      payment_deadline:
        status === 'PAYMENT_REQUESTED' || status === 'PAYMENT_REJECTED' ? iso(addDays(today, 7), 0) : null,
      status_before_cancel_request: status === 'CANCEL_REQUESTED' ? 'CREATED' : null,
      created_at: createdAt,
      updated_at: last,
    });
  }

  const free = experiences.filter(
    (e) => e.active && (e.category === 'TRAIL' || (e.category === 'LABORATORY' && !e.requires_verified_professor)),
  );
  const contended = free[0]!;
  const bookerIds = new Set(bookings.map((b) => b.user_id));
  return {
    seed: options.seed,
    experiences,
    users,
    bookings,
    lines,
    participants,
    participantLines,
    events,
    plan: {
      today,
      freeExperiences: free.slice(1).map((e) => ({ id: e.id, capacity: e.capacity })),
      freeFrom: addDays(today, freeOffset),
      freeDays,
      contended: { experienceId: contended.id, date: addDays(today, contendedOffset), capacity: contended.capacity },
      publicExperienceIds: experiences.filter((e) => e.active).map((e) => e.id),
      bookerEmails: users.filter((u) => u.role === 'GUEST' && bookerIds.has(u.id)).map((u) => u.email),
      guestEmails: users.filter((u) => u.role === 'GUEST').map((u) => u.email),
      staffEmails: staff.map((u) => u.email),
      searchTerms: ['trilha', 'araucarias', 'cachoeira', 'laboratorio', 'serra', 'oficina', 'mirante', 'lodge'],
    },
  };
}
