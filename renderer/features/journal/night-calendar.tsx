import type { NightMark } from '../../../core/journal/journal-summary';
import { t, tPlural } from '../../i18n';
import { dateText, dayText, weekdayText } from './diary-text';

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

type Mark = 'cramps' | 'none' | 'notLogged' | 'unknown';

/** What a night's cramps are, for its cell's sign and style. */
const markOf = (night: NightMark): Mark =>
  night.cramps === 'unknown'
    ? 'unknown'
    : night.cramps === 'none'
      ? 'none'
      : night.crampCount === 0
        ? 'notLogged'
        : 'cramps';

/** The sign in a night's cell: the cramps logged, 0 when none were said, ! said but not logged. */
const SIGN: Record<Exclude<Mark, 'cramps'>, string> = { none: '0', notLogged: '!', unknown: '?' };
const signOf = (night: NightMark) => {
  const mark = markOf(night);
  return mark === 'cramps' ? String(night.crampCount) : SIGN[mark];
};

/** One night's cell: its sign, its style (a routine night filled), its words for screen readers. */
function NightCell({ night }: { night: NightMark }) {
  const words = nightInWords(night);
  const routine = night.routine ? ' night-calendar__night--routine' : '';
  return (
    <td
      className={`night-calendar__night night-calendar__night--${markOf(night)}${routine}`}
      title={words}
    >
      <span aria-hidden="true">{signOf(night)}</span>
      <span className="visually-hidden">{words}</span>
    </td>
  );
}

/** The calendar's marks in words, each beside a cell drawn as the calendar draws it. */
function MarksLegend() {
  const marks = [
    ['night-calendar__night--routine night-calendar__night--unknown', '', 'journal.mark.routine'],
    ['night-calendar__night--cramps', '2', 'journal.mark.cramps'],
    ['night-calendar__night--none', SIGN.none, 'journal.mark.none'],
    ['night-calendar__night--notLogged', SIGN.notLogged, 'journal.mark.notLogged'],
    ['night-calendar__night--unknown', SIGN.unknown, 'journal.mark.unknown'],
  ] as const;
  return (
    <ul className="night-legend" aria-label={t('journal.calendar.legend')}>
      {marks.map(([style, sign, key]) => (
        <li key={key}>
          <span className={`night-calendar__night ${style}`} aria-hidden="true">
            {sign}
          </span>
          {t(key)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The weeks night by night, a week a row under the weekdays, ending with last night: a filled
 * cell is a night with the routine; its sign the cramps logged (0 only when the user said none,
 * ! when said but not logged, ? when not known). Every sign is in the legend below.
 */
export function NightCalendar({ nights }: { nights: readonly NightMark[] }) {
  const weeks = Array.from({ length: Math.ceil(nights.length / 7) }, (_, week) =>
    nights.slice(week * 7, week * 7 + 7),
  );
  return (
    <div className="night-calendar-box">
      <table className="night-calendar">
        <caption>{t('journal.calendar')}</caption>
        <thead>
          <tr>
            <th scope="col" className="night-calendar__week-of">
              {t('journal.calendar.weekOf')}
            </th>
            {weeks[0]?.map((night) => (
              <th scope="col" key={night.date}>
                {weekdayText(night.date)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.date}>
              <th scope="row">{week[0] && dateText(week[0].date)}</th>
              {week.map((night) => (
                <NightCell key={night.date} night={night} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <MarksLegend />
    </div>
  );
}
