import { useId } from 'react';
import type { ClotCaution } from '../../../core/health/clot-caution';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { MorningAnswer } from '../../../core/journal/diary-log';
import type { NextReminder, ReminderAction } from '../../../core/reminders/reminder-schedule';
import { CRAMP_NOW_ROUTINE_ID } from '../../../core/routines/routine-ids';
import { tonightRoutineOf } from '../../../core/routines/tonight-routine';
import type { Routine } from '../../../core/routines/routine-schema';
import type { Settings } from '../../../core/settings/settings-schema';
import { t } from '../../i18n';
import type { Problem } from '../journal/use-diary';
import { ClotCautionNote } from './clot-caution-note';
import { NextReminderNote } from './next-reminder-note';
import { RecentNightsNote } from './recent-nights-note';
import { TonightRoutineCard } from './tonight-routine-card';
import { TrialTonightNote } from './trial-tonight-note';
import './tonight.css';

/**
 * Tonight, the home screen: tonight's routine in one press and relief for a cramp in one more,
 * both in view at once in any window; then the morning question, notes and the next reminder.
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
  diaryNote = null,
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
  /** How the last diary action went ("Cramp saved."), said beside Log a cramp. */
  diaryNote?: string | null;
}) {
  // A chosen routine that no longer exists gives way to the recommended one, and Tonight says so.
  const { routine: tonight, isStandIn } = tonightRoutineOf(settings.tonightRoutineId, routines);
  const crampNow = routines.find((routine) => routine.id === CRAMP_NOW_ROUTINE_ID);
  const crampHintId = useId();
  return (
    <>
      <h1 className="screen__heading">{t('tonight.heading')}</h1>
      <p className="screen__text tonight__intro">{t('tonight.intro')}</p>
      {/* What is done at night comes first, in view in any window: Start, then Cramp now. */}
      {tonight && (
        <TonightRoutineCard
          bridge={bridge}
          routine={tonight}
          isStandIn={isStandIn}
          minutes={settings.tonightMinutes}
          onLength={onLength}
          lengthProblem={lengthProblem}
          refreshKey={`${settings.favourSide}-${settings.routineFavour[tonight.id] ?? ''}-${clotCaution?.untilMs ?? ''}`}
          onStart={onStart}
        />
      )}
      <div className="tonight-cramp">
        {crampNow && (
          <button
            type="button"
            className="button button--large"
            aria-describedby={crampHintId}
            onClick={() => onStart(crampNow)}
          >
            {t('tonight.crampNow')}
          </button>
        )}
        <button type="button" className="button" onClick={onLogCramp}>
          {t('diary.log')}
        </button>
        {diaryNote && <p className="notice notice--calm tonight-cramp__note">{diaryNote}</p>}
        {crampNow && (
          <p id={crampHintId} className="tonight-cramp__hint">
            {t('tonight.crampNowHint')}
          </p>
        )}
      </div>
      {clotCaution && <ClotCautionNote caution={clotCaution} onChecked={onLegChecked} />}
      {isCheckIn && (
        <section className="tonight-card tonight-check-in" aria-labelledby="check-in">
          <h2 id="check-in" className="tonight-card__name">
            {t('checkIn.question')}
          </h2>
          <div className="button-row">
            {(['none', 'cramps', 'later'] as const).map((answer) => (
              <button
                key={answer}
                type="button"
                className="button"
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
      <NextReminderNote reminder={reminder} onAct={onReminderAction} />
      {tonight && <p className="screen__text screen__text--quiet">{t('tonight.evidence')}</p>}
    </>
  );
}
