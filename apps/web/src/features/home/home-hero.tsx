import { useTranslation } from 'react-i18next';

export function HomeHero() {
  const { t } = useTranslation();

  return (
    <section className="hero" aria-labelledby="home-heading">
      <div className="container hero__inner">
        <p className="hero__eyebrow">{t('home.hero.eyebrow')}</p>
        <h1 id="home-heading">{t('home.hero.heading')}</h1>
        <p className="hero__text">{t('home.hero.text')}</p>
      </div>
    </section>
  );
}
