import type { ExperienceCategory, Role } from '@promata/contracts';

type Priced = {
  category: ExperienceCategory;
  priceCents: number;
  professorPriceRule: 'PAYS' | 'EXEMPT';
};

/** What the visitor pays, as the detail page and the cards state it. */
export type PriceView =
  /** Free for everyone. */
  | { kind: 'free' }
  /** A signed-in, verified professor, for an experience professors do not pay. */
  | { kind: 'professor-exempt' }
  | {
      kind: 'paid';
      cents: number;
      /** Lodging is priced per person per night; everything else per person. */
      perNight: boolean;
      /** Tell everyone else that verified professors do not pay: a reason to get verified. */
      professorsExempt: boolean;
    };

/**
 * The price for the visitor's role. Only the PROFESSOR role is a verified professor (staff grant
 * it after checking a document), so a guest who asked for verification still sees the full price.
 * Advisory: the booking is quoted by the server.
 */
export function priceForRole(experience: Priced, role: Role | undefined): PriceView {
  if (experience.priceCents === 0) return { kind: 'free' };
  const exempt = experience.professorPriceRule === 'EXEMPT';
  if (exempt && role === 'PROFESSOR') return { kind: 'professor-exempt' };
  return {
    kind: 'paid',
    cents: experience.priceCents,
    perNight: experience.category === 'HOSTING',
    professorsExempt: exempt,
  };
}
