import type { ExperienceCategory, HighlightSlot } from '../../platform/db/schema.js';

type Seeded = {
  id: string;
  category: ExperienceCategory;
  name_pt: string;
  name_en: string | null;
  description_pt: string;
  description_en: string | null;
};

/**
 * Home-page highlights for the demo: a carousel of two and the first experience of each category.
 * The seed stores no files, so they start without pictures and the public home page does not show
 * them (ADR 0044) until staff upload one or give the linked experience a cover: the highlights
 * editor lists them with that notice, a first thing to try in the demo.
 */
export function demoHighlights(experiences: Seeded[]) {
  const first = (category: ExperienceCategory) => experiences.find((e) => e.category === category)?.id ?? null;
  const carousel = [
    {
      slot: 'CAROUSEL' as HighlightSlot,
      position: 1,
      title_pt: 'Caminhe entre araucárias',
      title_en: 'Walk among araucarias',
      description_pt: 'Trilhas guiadas pela Mata Atlântica do planalto gaúcho.',
      description_en: 'Guided trails through the Atlantic Forest of the southern highlands.',
      experience_id: first('TRAIL'),
    },
    {
      slot: 'CAROUSEL' as HighlightSlot,
      position: 2,
      title_pt: 'Curso de observação de aves',
      title_en: 'Birdwatching course',
      description_pt: 'Dois dias com ornitólogos da universidade. Vagas limitadas.',
      description_en: 'Two days with the university’s ornithologists. Limited seats.',
      experience_id: first('EVENT'),
    },
  ];
  // The first experience of each category, presented with its own texts.
  const perCategory = (['TRAIL', 'HOSTING', 'LABORATORY', 'EVENT'] as const).flatMap((category) => {
    const experience = experiences.find((e) => e.category === category);
    if (!experience) return [];
    return [
      {
        slot: category as HighlightSlot,
        position: 1,
        title_pt: experience.name_pt,
        title_en: experience.name_en,
        description_pt: experience.description_pt,
        description_en: experience.description_en,
        experience_id: experience.id,
      },
    ];
  });
  return [...carousel, ...perCategory];
}
