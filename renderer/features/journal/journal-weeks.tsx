import type { JournalSummary } from '../../../core/journal/journal-summary';
import { t } from '../../i18n';
import { NightCalendar } from './night-calendar';
import { WeeklyChart } from './weekly-chart';

/**
 * The last 12 weeks: what the diary shows in a few figures, with the honest caveat, the doctor's
 * note when the diary calls for it, the calendar and the chart.
 */
export function JournalWeeks({ summary }: { summary: JournalSummary }) {
  const { nights, weeks, seeDoctor } = summary;
  const figures = [
    ['journal.figure.cramps', weeks.reduce((sum, week) => sum + week.cramps, 0)],
    ['journal.figure.routine', nights.filter((night) => night.routine).length],
    ['journal.figure.unknown', nights.filter((night) => night.cramps === 'unknown').length],
  ] as const;
  return (
    <section aria-labelledby="journal-weeks">
      <h2 id="journal-weeks" className="screen__subheading">
        {t('journal.weeksHeading')}
      </h2>
      {seeDoctor !== 'no' && (
        <p className="notice" role="note">
          {t(seeDoctor === 'frequent' ? 'journal.seeDoctor.frequent' : 'journal.seeDoctor.rising')}
        </p>
      )}
      <dl className="journal-figures">
        {figures.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="screen__text screen__text--quiet">{t('journal.caveat')}</p>
      <WeeklyChart weeks={weeks} />
      <p className="screen__text screen__text--quiet">{t('journal.legend')}</p>
      <NightCalendar nights={nights} />
    </section>
  );
}
