import type { NightMark } from '../../../core/journal/journal-summary';
import { t, tPlural } from '../../i18n';
import { dayText } from './diary-text';

/** A night in words, for a screen reader and the cell's tooltip. */
function nightInWords(night: NightMark): string {
  const cramps =
    night.cramps === 'unknown'
      ? t('journal.night.unknown')
      : night.cramps === 'none'
        ? t('journal.night.none')
        : night.crampCount === 0
          ? t('journal.night.notLogged')
          : tPlural('journal.night.cramps', night.crampCount);
  const routine = t(night.routine ? 'journal.night.routine' : 'journal.night.noRoutine');
  return `${dayText(night.date)}: ${routine}, ${cramps}`;
}

/** What a night's cell shows: the number of cramps, 0 when none were said, ? when not known. */
const mark = (night: NightMark) =>
  night.cramps === 'unknown' ? '?' : String(night.cramps === 'none' ? 0 : night.crampCount || '!');

/**
 * The last 12 weeks, a week a row, ending with last night: a shaded cell is a night with the
 * routine; its figure the cramps logged (0 only when the user said none, ? when not known).
 */
export function NightCalendar({ nights }: { nights: readonly NightMark[] }) {
  const weeks = Array.from({ length: Math.ceil(nights.length / 7) }, (_, week) =>
    nights.slice(week * 7, week * 7 + 7),
  );
  return (
    <table className="night-calendar">
      <caption>{t('journal.calendar')}</caption>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]?.date}>
            <th scope="row">{week[0] && dayText(week[0].date)}</th>
            {week.map((night) => {
              const words = nightInWords(night);
              return (
                <td
                  key={night.date}
                  className={`night-calendar__night${night.routine ? ' night-calendar__night--routine' : ''}`}
                  title={words}
                >
                  <span aria-hidden="true">{mark(night)}</span>
                  <span className="visually-hidden">{words}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
