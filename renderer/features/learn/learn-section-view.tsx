import type { ReactNode } from 'react';
import { t } from '../../i18n';
import type { LearnAction, LearnPart, LearnSection } from './learn-sections';

/** The id of a section's heading, the target of its link in the contents. */
export const learnHeadingId = (id: string) => `learn-${id}`;

/** What a section's actions show, worked out by the screen. */
export type LearnActions = Readonly<Partial<Record<LearnAction, ReactNode>>>;

/** One section of Learn: its h2, then each part (sub-points under h3s). */
export function LearnSectionView({
  section,
  actions,
}: {
  section: LearnSection;
  actions: LearnActions;
}) {
  return (
    <section className="learn-section">
      <h2 id={learnHeadingId(section.id)} tabIndex={-1} className="screen__subheading">
        {t(section.heading)}
      </h2>
      {section.parts.map((part, index) =>
        part.action ? (
          <div key={index}>{actions[part.action]}</div>
        ) : (
          <PartView key={index} part={part} id={`${learnHeadingId(section.id)}-${index}`} />
        ),
      )}
    </section>
  );
}

function PartView({ part, id }: { part: LearnPart; id: string }) {
  const List = part.isOrdered ? 'ol' : 'ul';
  const body = (
    <>
      {part.heading && (
        <h3
          id={id}
          className={part.isUrgent ? 'notice__title learn-part__heading' : 'learn-part__heading'}
        >
          {t(part.heading)}
        </h3>
      )}
      {part.paragraphs?.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
      {part.list && part.list.length > 0 && (
        <List className="learn-list">
          {part.list.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </List>
      )}
    </>
  );
  // The urgent signs stand apart: a bordered box with its own heading, calm and still.
  return part.isUrgent ? (
    <div className="notice notice--urgent learn-urgent" role="note" aria-labelledby={id}>
      {body}
    </div>
  ) : (
    body
  );
}
