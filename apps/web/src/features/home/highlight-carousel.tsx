import type { Highlight } from '@promata/contracts';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { langIfDifferent, pickText } from '../catalogue/localized-text';
import { responsiveSrcSet } from '../catalogue/responsive-image';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { usePrefersReducedMotion } from './use-prefers-reduced-motion';
import '../../styles/highlights.css';

/** Time each slide stays before the next when rotating: long enough to read a title and a line. */
export const slideIntervalMs = 8000;

/**
 * The home page carousel, after the WAI-ARIA carousel pattern: previous/next buttons, one slide at
 * a time announced as "2 of 5". It advances by itself only for visitors who have not asked for
 * reduced motion, stops while the pointer or the keyboard focus is inside it, and can be paused;
 * while rotating, its live region is silent so a screen reader is not interrupted every few seconds.
 */
export function HighlightCarousel({ slides }: { slides: readonly Highlight[] }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const reducedMotion = usePrefersReducedMotion();
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const count = slides.length;
  const canRotate = count > 1 && !reducedMotion;
  const rotating = canRotate && !paused && !hovered && !focused;
  const current = Math.min(index, count - 1);

  useEffect(() => {
    if (!rotating) return;
    const timer = setInterval(() => setIndex((value) => (value + 1) % count), slideIntervalMs);
    return () => clearInterval(timer);
  }, [rotating, count]);

  const slide = slides[current];
  if (!slide) return null;
  const title = pickText(slide.title, language);
  const description = pickText(slide.description, language);
  const experienceName = slide.experience ? pickText(slide.experience.name, language) : undefined;
  const go = (step: number) => setIndex((current + step + count) % count);

  return (
    <section
      className="carousel"
      aria-roledescription={t('catalogue.home.carousel.roleDescription')}
      aria-labelledby="carousel-heading"
      data-testid="highlight-carousel"
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      <h2 id="carousel-heading" className="visually-hidden">
        {t('catalogue.home.carousel.heading')}
      </h2>
      {count > 1 && (
        <div className="carousel__controls">
          {canRotate && (
            <button
              type="button"
              className="carousel__button"
              onClick={() => setPaused((value) => !value)}
              data-testid="carousel-pause"
            >
              {paused ? t('catalogue.home.carousel.play') : t('catalogue.home.carousel.pause')}
            </button>
          )}
          <button type="button" className="carousel__button" onClick={() => go(-1)} data-testid="carousel-previous">
            <span aria-hidden="true">‹ </span>
            {t('catalogue.home.carousel.previous')}
          </button>
          <button type="button" className="carousel__button" onClick={() => go(1)} data-testid="carousel-next">
            {t('catalogue.home.carousel.next')}
            <span aria-hidden="true"> ›</span>
          </button>
          {/* Seen, not read: each slide's own name says "2 of 5". */}
          <span className="carousel__position" aria-hidden="true">
            {current + 1} / {count}
          </span>
        </div>
      )}
      <div className="carousel__viewport" aria-live={rotating ? 'off' : 'polite'}>
        <div
          key={slide.id}
          className={slide.image ? 'carousel__slide' : 'carousel__slide carousel__slide--plain'}
          role="group"
          aria-roledescription={t('catalogue.home.carousel.slideRoleDescription')}
          aria-label={t('catalogue.home.carousel.slide', { index: current + 1, total: count })}
          data-testid="carousel-slide"
        >
          {slide.image && (
            // Decorative: the title and text beside it say what the picture is about.
            <img
              className="carousel__image"
              src={slide.image.variants.w960.url}
              srcSet={responsiveSrcSet(slide.image.variants)}
              sizes="(min-width: 72rem) 72rem, 100vw"
              width={slide.image.width}
              height={slide.image.height}
              alt=""
            />
          )}
          <div className="carousel__caption">
            <h3 className="carousel__title" lang={langIfDifferent(title, language)}>
              {title?.text}
            </h3>
            {description && <p lang={langIfDifferent(description, language)}>{description.text}</p>}
            {slide.experience && experienceName && (
              <Link
                to="/experiences/$experienceId"
                params={{ experienceId: slide.experience.id }}
                className="button carousel__link"
              >
                {t('catalogue.home.carousel.link', { name: experienceName.text })}
              </Link>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
