import type { Experience } from '@promata/contracts';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../i18n/format-money';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { pickText } from '../catalogue/localized-text';
import { cartActions } from './cart-store';
import type { CartLine } from './cart-storage';
import { stayLabel } from './stay-label';

/** One line of the cart: what, when, how many (editable), its estimated price and removal. */
export function CartLineItem({
  line,
  index,
  experience,
  estimateCents,
  issues,
}: {
  line: CartLine;
  index: number;
  experience: Experience | undefined;
  estimateCents: number | undefined;
  /** The API's refusals about this line, already in the visitor's language. */
  issues: readonly string[];
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const [people, setPeople] = useState(String(line.people));
  const name = experience ? pickText(experience.name, language) : undefined;
  const peopleId = `cart-line-${line.key}-people`;
  const headingId = `cart-line-${line.key}-heading`;

  return (
    <li className="cart-line" data-testid="cart-line" aria-labelledby={headingId}>
      <h3 id={headingId} className="cart-line__heading">
        <span className="visually-hidden">{t('bookings.cart.lineNumber', { number: index + 1 })} </span>
        <Link to="/experiences/$experienceId" params={{ experienceId: line.experienceId }} lang={name?.lang}>
          {name?.text ?? t('form.loading')}
        </Link>
      </h3>
      {experience && <p className="cart-line__category">{t(`catalogue.categories.${experience.category}`)}</p>}
      <p data-testid="cart-line-dates">
        {experience ? stayLabel(t, language, { category: experience.category, ...line }) : line.startDate}
      </p>
      {issues.length > 0 && (
        <ul className="field__error" data-testid="cart-line-issues">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      <div className="cart-line__controls">
        <div className="field">
          <label className="field__label" htmlFor={peopleId}>
            {t('bookings.add.people')}
          </label>
          <input
            id={peopleId}
            className="field__control cart-line__people"
            type="number"
            inputMode="numeric"
            min={1}
            max={500}
            value={people}
            onChange={(change) => {
              setPeople(change.target.value);
              cartActions.setPeople(line.key, Number(change.target.value));
            }}
            data-testid="cart-line-people"
          />
        </div>
        <p className="cart-line__price" data-testid="cart-line-price">
          {estimateCents === undefined ? '' : formatMoney(estimateCents, language)}
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => cartActions.remove(line.key)}
          aria-describedby={headingId}
        >
          {t('bookings.cart.remove')}
        </button>
      </div>
    </li>
  );
}
