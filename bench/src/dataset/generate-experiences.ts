import { addDays } from './calendar.js';
import type { ExperienceCategory, ExperienceRow } from './dataset-types.js';
import type { Random } from './random.js';

const places = [
  'Araucárias',
  'Cachoeira',
  'Taquara',
  'Serra Geral',
  'Banhado',
  'Mirante',
  'Pinhal',
  'Xaxim',
  'Rio Tainhas',
  'Campo Nativo',
  'Gralha-Azul',
  'Bugio',
  'Samambaias',
  'Nascente',
  'Capão',
  'Vale das Antas',
] as const;

const naming: Record<ExperienceCategory, { pt: string; en: string; describe: string }> = {
  TRAIL: { pt: 'Trilha', en: 'Trail', describe: 'Caminhada guiada pela mata com araucárias, riachos e mirantes.' },
  HOSTING: { pt: 'Alojamento', en: 'Lodge', describe: 'Quartos coletivos com banheiro, roupa de cama e cozinha.' },
  LABORATORY: {
    pt: 'Laboratório',
    en: 'Laboratory',
    describe: 'Bancadas, microscópios e apoio técnico para pesquisa.',
  },
  EVENT: { pt: 'Oficina', en: 'Workshop', describe: 'Atividade com data marcada e vagas limitadas para o grupo.' },
};

const counts: Record<ExperienceCategory, number> = { TRAIL: 20, HOSTING: 12, LABORATORY: 12, EVENT: 12 };
const capacities: Record<ExperienceCategory, [number, number]> = {
  TRAIL: [20, 40],
  HOSTING: [8, 24],
  LABORATORY: [8, 16],
  EVENT: [40, 120],
};

/**
 * 56 experiences over the four categories. All week days, a 400-day advance window (so the bench's
 * bookings far ahead are valid) and no offering window; three are inactive, as a real catalogue has.
 */
export function generateExperiences(random: Random, today: string): ExperienceRow[] {
  const rows: ExperienceRow[] = [];
  for (const category of Object.keys(counts) as ExperienceCategory[]) {
    for (let i = 0; i < counts[category]; i += 1) {
      const place = places[(i * 7 + rows.length) % places.length]!;
      const label = naming[category];
      const [low, high] = capacities[category];
      const eventStart = category === 'EVENT' ? addDays(today, random.int(-150, 110)) : null;
      const eventDays = random.int(1, 3);
      rows.push({
        id: random.uuid(),
        category,
        name_pt: `${label.pt} ${place} ${i + 1}`,
        name_en: `${label.en} ${place} ${i + 1}`,
        description_pt: `${label.describe} Saída da sede do Pró-Mata, em São Francisco de Paula. ${place}.`,
        description_en: `A ${label.en.toLowerCase()} at the Pró-Mata reserve, near ${place}.`,
        capacity: random.int(low, high),
        price_cents: random.int(0, 12) * 500,
        professor_price_rule: random.chance(0.3) ? 'EXEMPT' : 'PAYS',
        active: !(i === counts[category] - 1 && category !== 'TRAIL'),
        max_advance_days: 400,
        trail_duration_minutes: category === 'TRAIL' ? random.int(2, 16) * 15 : null,
        trail_difficulty: category === 'TRAIL' ? random.pick(['LIGHT', 'MODERATE', 'HEAVY', 'EXTREME'] as const) : null,
        trail_length_km: category === 'TRAIL' ? random.int(10, 250) / 10 : null,
        requires_verified_professor: category === 'LABORATORY' && i % 3 === 0,
        event_starts_at: eventStart ? `${eventStart}T09:00:00-03:00` : null,
        event_ends_at: eventStart ? `${addDays(eventStart, eventDays - 1)}T17:00:00-03:00` : null,
      });
    }
  }
  return rows;
}
