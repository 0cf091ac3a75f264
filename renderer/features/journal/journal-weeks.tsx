import type { JournalSummary, NightMark } from '../../../core/journal/journal-summary';
import { t, tPlural } from '../../i18n';
import { dayText } from './diary-text';
import { NightCalendar } from './night-calendar';
import { isNoted, recordedWeeks } from './recorded-weeks';
import { WeeklyCharts } from './weekly-chart';

const crampsIn = (nights: readonly NightMark[]) =>
  nights.reduce((sum, night) => sum + night.crampCount, 0);
const routineNightsIn = (nights: readonly NightMark[]) =>
  nights.filter((night) => night.routine).length;

/** The first week: what the page will show, in words, and what is noted so far. */
function FirstWeek({ nights }: { nights: readonly NightMark[] }) {
  const isAnyNoted = nights.some(isNoted);
  return (
    <>
      <p className="screen__text journal-first-week">{t('journal.firstWeek')}</p>
      {isAnyNoted && (
        <p className="screen__text screen__text--quiet">
          {t('journal.soFar', {
            routine: tPlural('journal.soFar.routine', routineNightsIn(nights)),
            cramps: tPlural('journal.soFar.cramps', crampsIn(nights)),
          })}
        </p>
      )}
    </>
  );
}

/**
 * The last 12 weeks from the first with anything noted: what the diary shows in a few figures,
 * with the honest caveat, the doctor's note when the diary calls for it, the two charts and the
 * calendar. In the first week, plain words instead.
 */
export function JournalWeeks({ summary }: { summary: JournalSummary }) {
  const { seeDoctor } = summary;
  const { nights, weeks, isFirstWeek } = recordedWeeks(summary);
  const figures = [
    ['journal.figure.cramps', weeks.reduce((sum, week) => sum + week.cramps, 0)],
    ['journal.figure.routine', routineNightsIn(nights)],
    ['journal.figure.unknown', nights.filter((night) => night.cramps === 'unknown').length],
  ] as const;
  const isTrimmed = nights.length < summary.nights.length;
  return (
    <section aria-labelledby="journal-weeks" className="journal-weeks">
      <h2 id="journal-weeks" className="screen__subheading">
        {t('journal.weeksHeading')}
      </h2>
      {seeDoctor !== 'no' && (
        <p className="notice" role="note">
          {t(seeDoctor === 'frequent' ? 'journal.seeDoctor.frequent' : 'journal.seeDoctor.rising')}
        </p>
      )}
      {isFirstWeek ? (
        <FirstWeek nights={summary.nights} />
      ) : (
        <>
          {isTrimmed && nights[0] && (
            <p className="screen__text screen__text--quiet">
              {t('journal.since', { date: dayText(nights[0].date) })}
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
          <WeeklyCharts weeks={weeks} />
          <p className="screen__text screen__text--quiet">{t('journal.caveat')}</p>
          <NightCalendar nights={nights} />
        </>
      )}
    </section>
  );
}
