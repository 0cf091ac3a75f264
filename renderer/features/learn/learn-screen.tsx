import { useState, type MouseEvent, type ReactNode } from 'react';
import type { HealthNotes } from '../../../core/health/health-notes';
import { t, tPlural } from '../../i18n';
import { hasTicked, LEARN_NOTES_ID, LearnNotes } from './learn-notes';
import { searchLearn } from './learn-search';
import { learnHeadingId, LearnSectionView } from './learn-section-view';
import { LEARN_SECTIONS } from './learn-sections';
import './learn.css';

/**
 * Learn: night leg cramps in plain words, from what they are to when to see a doctor, with the
 * sources. Searchable as you type (the count said aloud), with a contents list of in-page links;
 * every section under an h2, so a screen reader can move from heading to heading. The user's own
 * health notes are pointed out where they belong.
 */
export function LearnScreen({
  notes,
  onCrampNow,
  onOpenJournal,
}: {
  notes: HealthNotes;
  /** Starts Cramp now; absent when there is no such routine. */
  onCrampNow?: () => void;
  onOpenJournal(): void;
}) {
  const [query, setQuery] = useState('');
  const sections = searchLearn(LEARN_SECTIONS, (key) => t(key), query);
  const isSearching = query.trim() !== '';
  const count = isSearching
    ? sections.length > 0
      ? tPlural('learn.search.count', sections.length)
      : t('learn.search.none', { query: query.trim() })
    : '';
  const isLinkedShown = sections.some((section) => section.id === 'linked');
  return (
    <>
      <h1 className="screen__heading">{t('learn.heading')}</h1>
      <p className="screen__text">{t('learn.intro')}</p>
      {hasTicked(notes) && isLinkedShown && (
        <p className="screen__text">
          {t('learn.notes.pointer')}{' '}
          <InPageLink target={LEARN_NOTES_ID}>{t('learn.notes.pointerLink')}</InPageLink>
        </p>
      )}
      <div className="learn-search" role="search">
        <label htmlFor="learn-search">{t('learn.search.label')}</label>
        <div className="learn-search__row">
          <input
            id="learn-search"
            type="search"
            value={query}
            aria-describedby="learn-search-hint"
            onChange={(event) => setQuery(event.target.value)}
          />
          {isSearching && (
            <button type="button" className="button" onClick={() => setQuery('')}>
              {t('learn.search.clear')}
            </button>
          )}
        </div>
        <p id="learn-search-hint" className="screen__text--quiet">
          {t('learn.search.hint')}
        </p>
      </div>
      {/* Always in the page, so each change is read out. */}
      <p className="learn-count" role="status">
        {count}
      </p>
      {sections.length > 0 && (
        <nav className="learn-contents" aria-labelledby="learn-contents">
          <p id="learn-contents" className="learn-contents__label">
            {t('learn.contents')}
          </p>
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <InPageLink target={learnHeadingId(section.id)}>{t(section.heading)}</InPageLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {sections.map((section) => (
        <LearnSectionView
          key={section.id}
          section={section}
          actions={{
            'health-notes': <LearnNotes notes={notes} />,
            'cramp-now': onCrampNow && (
              <button
                type="button"
                className="button button--primary button--large"
                onClick={onCrampNow}
              >
                {t('learn.during.crampNow')}
              </button>
            ),
            // With a pregnancy noted, pain relief starts with whom to ask first.
            pregnancy: notes.conditions.includes('pregnancy') && (
              <p className="notice notice--calm" role="note">
                {t('learn.notes.pregnancy')}
              </p>
            ),
            journal: (
              <button type="button" className="button" onClick={onOpenJournal}>
                {t('learn.doctorAsks.open')}
              </button>
            ),
          }}
        />
      ))}
    </>
  );
}

/** A link to a heading on this page: it scrolls there and gives the heading the keyboard. */
function InPageLink({ target, children }: { target: string; children: ReactNode }) {
  const go = (event: MouseEvent) => {
    event.preventDefault();
    const heading = document.getElementById(target);
    heading?.scrollIntoView?.({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <a className="learn-link" href={`#${target}`} onClick={go}>
      {children}
    </a>
  );
}
