import type { NewExperience } from '../../platform/db/schema.js';

/**
 * A realistic catalogue for the embedded demo: every category, pt-BR and en texts, prices in
 * centavos. Dates of events are relative to the day the demo is seeded so they stay in the future.
 */
export function demoCatalogue(today: Date): NewExperience[] {
  const inDays = (days: number, hour: number) => {
    const date = new Date(today.getTime() + days * 86_400_000);
    // 12:00 UTC is 09:00 in São Paulo; events are expressed as instants.
    date.setUTCHours(hour + 3, 0, 0, 0);
    return date;
  };
  return [
    {
      category: 'TRAIL',
      name_pt: 'Trilha das Araucárias',
      name_en: 'Araucaria Trail',
      description_pt: 'Caminhada guiada pela mata de araucárias, com paradas para observação de aves.',
      description_en: 'Guided walk through the araucaria forest, with stops for birdwatching.',
      capacity: 30,
      price_cents: 4500,
      professor_price_rule: 'EXEMPT',
      trail_duration_minutes: 180,
      trail_difficulty: 'MODERATE',
      trail_length_km: 6.5,
      what_to_bring_pt: 'Calçado fechado, água, protetor solar e capa de chuva.',
      what_to_bring_en: 'Closed shoes, water, sunscreen and a rain jacket.',
      min_notice_days: 2,
    },
    {
      category: 'TRAIL',
      name_pt: 'Trilha do Campo de Cima da Serra',
      name_en: 'Upland Grasslands Trail',
      description_pt: 'Percurso leve pelos campos nativos, ideal para famílias e grupos escolares.',
      description_en: 'An easy route through native grasslands, ideal for families and school groups.',
      capacity: 40,
      price_cents: 2500,
      trail_duration_minutes: 90,
      trail_difficulty: 'LIGHT',
      trail_length_km: 3.2,
      what_to_bring_pt: 'Água, chapéu e protetor solar.',
      what_to_bring_en: 'Water, a hat and sunscreen.',
      week_days: [0, 3, 5, 6],
    },
    {
      category: 'TRAIL',
      name_pt: 'Travessia do Cânion',
      name_en: 'Canyon Crossing',
      description_pt: 'Travessia exigente até a borda do cânion. Requer bom condicionamento físico.',
      description_en: 'A demanding crossing to the canyon rim. Good physical fitness required.',
      capacity: 12,
      price_cents: 9000,
      trail_duration_minutes: 420,
      trail_difficulty: 'HEAVY',
      trail_length_km: 14,
      what_to_bring_pt: 'Bota de trilha, 2 litros de água, lanche, lanterna e agasalho.',
      what_to_bring_en: 'Hiking boots, 2 litres of water, a packed lunch, a torch and warm clothes.',
      week_days: [6],
      min_notice_days: 7,
    },
    {
      category: 'HOSTING',
      name_pt: 'Alojamento Coletivo',
      name_en: 'Shared Lodge',
      description_pt: 'Quartos coletivos com beliches, cozinha compartilhada e banheiros. Roupa de cama incluída.',
      description_en: 'Shared rooms with bunk beds, a shared kitchen and bathrooms. Bedding included.',
      capacity: 24,
      price_cents: 8000,
      what_to_bring_pt: 'Toalha, itens de higiene pessoal e roupas para frio.',
      what_to_bring_en: 'A towel, toiletries and warm clothes.',
      professor_price_rule: 'EXEMPT',
    },
    {
      category: 'HOSTING',
      name_pt: 'Casa dos Pesquisadores',
      name_en: 'Researchers’ House',
      description_pt: 'Quartos duplos para pesquisadores em campo, com área de trabalho e internet.',
      description_en: 'Double rooms for field researchers, with a work area and internet.',
      capacity: 8,
      price_cents: 12000,
    },
    {
      category: 'LABORATORY',
      name_pt: 'Laboratório de Ecologia',
      name_en: 'Ecology Laboratory',
      description_pt: 'Bancadas, estereomicroscópios e estufas para triagem de amostras de campo.',
      description_en: 'Benches, stereo microscopes and drying ovens for sorting field samples.',
      capacity: 16,
      price_cents: 0,
      requires_verified_professor: true,
      what_to_bring_pt: 'Jaleco e amostras identificadas.',
      what_to_bring_en: 'A lab coat and labelled samples.',
      week_days: [1, 2, 3, 4, 5],
    },
    {
      category: 'LABORATORY',
      name_pt: 'Sala de Aula Multiuso',
      name_en: 'Multipurpose Classroom',
      description_pt: 'Sala com projetor para aulas práticas e apresentações de grupos escolares.',
      description_en: 'A room with a projector for practical classes and school group presentations.',
      capacity: 40,
      price_cents: 1500,
      week_days: [1, 2, 3, 4, 5],
    },
    {
      category: 'EVENT',
      name_pt: 'Curso de Observação de Aves',
      name_en: 'Birdwatching Course',
      description_pt: 'Curso de dois dias com ornitólogos da universidade. Binóculos disponíveis.',
      description_en: 'A two-day course with the university’s ornithologists. Binoculars available.',
      capacity: 25,
      price_cents: 15000,
      event_starts_at: inDays(30, 8),
      event_ends_at: inDays(31, 17),
    },
    {
      category: 'EVENT',
      name_pt: 'Seminário de Conservação da Mata Atlântica',
      name_en: 'Atlantic Forest Conservation Seminar',
      description_pt: 'Palestras e mesas-redondas sobre pesquisa e conservação na reserva.',
      description_en: 'Talks and round tables on research and conservation at the reserve.',
      capacity: 80,
      price_cents: 0,
      event_starts_at: inDays(45, 9),
      event_ends_at: inDays(45, 18),
    },
  ];
}
