import type { ClotCaution } from '../../../core/health/clot-caution';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { MorningAnswer } from '../../../core/journal/diary-log';
import type { NextReminder, ReminderAction } from '../../../core/reminders/reminder-schedule';
import { CRAMP_NOW_ROUTINE_ID } from '../../../core/routines/routine-ids';
import { tonightRoutineOf } from '../../../core/routines/tonight-routine';
import type { Routine } from '../../../core/routines/routine-schema';
import type { Settings } from '../../../core/settings/settings-schema';
import { t } from '../../i18n';
import { routineMinutes } from '../routines/routine-length';
import type { Problem } from '../journal/use-diary';
import { ClotCautionNote } from './clot-caution-note';
import { NextReminderNote } from './next-reminder-note';
import { RecentNightsNote } from './recent-nights-note';
import { RoutinePreviewList } from './routine-preview';
import { TonightLength } from './tonight-length';
import { TrialTonightNote } from './trial-tonight-note';

/**
 * Tonight, the home screen: tonight's routine at the length chosen (with a live preview) in one
 * press, and relief for a cramp in one more.
 */
export function TonightScreen({
  bridge = null,
  routines,
  settings,
  onStart,
  onLength = () => {},
  reminder = null,
  onReminderAction = () => {},
  lengthProblem = null,
  isCheckIn = false,
  onCheckIn = () => {},
  onLogCramp = () => {},
  clotCaution = null,
  onLegChecked = async () => null,
}: {
  bridge?: BedtimeBridge | null;
  routines: readonly Routine[];
  settings: Pick<Settings, 'tonightRoutineId' | 'tonightMinutes' | 'favourSide' | 'routineFavour'>;
  onStart(routine: Routine, minutes?: number | null): void;
  onLength?(minutes: number | null): void;
  reminder?: NextReminder | null;
  onReminderAction?(action: ReminderAction): void;
  /** Why the last change of length did not take, shown beside it. */
  lengthProblem?: string | null;
  /** Whether to ask the morning question ("Any leg cramps last night?"). */
  isCheckIn?: boolean;
  onCheckIn?(answer: MorningAnswer): void;
  /** Opens the diary form (to record a cramp; "Cramp now" is for relief). */
  onLogCramp?(): void;
  /** While massage and warmth are left out after clot signs in the diary. */
  clotCaution?: ClotCaution | null;
  onLegChecked?(): Promise<Problem>;
}) {
  // A chosen routine that no longer exists gives way to the recommended one, and Tonight says so.
  const { routine: tonight, isStandIn } = tonightRoutineOf(settings.tonightRoutineId, routines);
  const crampNow = routines.find((routine) => routine.id === CRAMP_NOW_ROUTINE_ID);
  const minutes = settings.tonightMinutes;
  return (
    <>
      <h1 className="screen__heading">{t('tonight.heading')}</h1>
      <p className="screen__text">{t('tonight.intro')}</p>
      {isCheckIn && (
        <section className="tonight-card" aria-labelledby="check-in">
          <h2 id="check-in" className="tonight-card__name">
            {t('checkIn.question')}
          </h2>
          <div className="button-row">
            {(['none', 'cramps', 'later'] as const).map((answer) => (
              <button
                key={answer}
                type="button"
                className="button button--large"
                onClick={() => onCheckIn(answer)}
              >
                {t(`checkIn.${answer}`)}
              </button>
            ))}
          </div>
        </section>
      )}
      <RecentNightsNote bridge={bridge} />
      <TrialTonightNote bridge={bridge} />
      {clotCaution && <ClotCautionNote caution={clotCaution} onChecked={onLegChecked} />}
      {tonight && (
        <div className="tonight-card">
          <p className="tonight-card__label">{t('tonight.recommended')}</p>
          <h2 className="tonight-card__name">{tonight.name}</h2>
          {isStandIn && <p className="screen__text--quiet">{t('tonight.standIn')}</p>}
          <TonightLength
            minutes={minutes}
            writtenMinutes={routineMinutes(tonight)}
            onChange={onLength}
            problem={lengthProblem}
          />
          {lengthProblem && (
            <p className="notice notice--inline" role="alert">
              {lengthProblem}
            </p>
          )}
          <RoutinePreviewList
            bridge={bridge}
            routineId={tonight.id}
            minutes={minutes}
            refreshKey={`${settings.favourSide}-${settings.routineFavour[tonight.id] ?? ''}-${clotCaution?.untilMs ?? ''}`}
          />
          <button
            type="button"
            className="button button--primary button--large"
            onClick={() => onStart(tonight, minutes)}
          >
            {t('tonight.start', { routine: tonight.name })}
          </button>
          <p className="screen__text screen__text--quiet">{t('tonight.evidence')}</p>
        </div>
      )}
      {crampNow && (
        <div className="cramp-now">
          <button type="button" className="button button--large" onClick={() => onStart(crampNow)}>
            {t('tonight.crampNow')}
          </button>
          <p className="screen__text screen__text--quiet">{t('tonight.crampNowHint')}</p>
        </div>
      )}
      <div className="cramp-now">
        <button type="button" className="button button--large" onClick={onLogCramp}>
          {t('diary.log')}
        </button>
      </div>
      <NextReminderNote reminder={reminder} onAct={onReminderAction} />
    </>
  );
}
