import { useEffect, useState } from 'react';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { ReminderAnswer, ShownReminder } from '../../../core/reminders/reminder-schedule';
import { reminderWording } from '../../../core/reminders/reminder-wording';
import { SnoozeChoices } from '../../components/snooze-choices';
import { appTimeZone } from '../../app-time-zone';
import { t } from '../../i18n';

/** Sounds the reminder's one soft chime at the user's night volume (nothing when muted). */
export type Chime = (volume: number) => void;

/** The bedtime as the user's clock shows it. */
function bedtimeText(bedtimeMs: number): string {
  return new Intl.DateTimeFormat(t('app.lang'), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: appTimeZone(),
  }).format(bedtimeMs);
}

/**
 * The app's own reminder window: what the reminder is, and the answers a sleepy user needs, large
 * and few: start now, remind me again in 10, 20 or 30 minutes, or not tonight. It sounds one soft
 * chime (with its caption) and never takes the keyboard: main shows the window inactive.
 */
export function ReminderCard({ bridge, chime }: { bridge: BedtimeBridge | null; chime: Chime }) {
  const [shown, setShown] = useState<ShownReminder | null>(null);
  const [hasChimed, setHasChimed] = useState(false);

  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    void Promise.all([bridge.getShownReminder(), bridge.getSettings()]).then(
      ([reminder, settings]) => {
        if (!isCurrent || !reminder.ok) return;
        setShown(reminder.value);
        if (reminder.value && settings.ok && !settings.value.isMuted) {
          chime(settings.value.volume);
          setHasChimed(true);
        }
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [bridge, chime]);

  const answer = (reply: ReminderAnswer) => void bridge?.answerReminder(reply);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') answer({ kind: 'dismiss' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!shown) return <main className="reminder-card" aria-busy="true" />;
  const wording = reminderWording(shown);
  return (
    <main className="reminder-card" aria-labelledby="reminder-title">
      <h1 id="reminder-title" className="reminder-card__title">
        {t(wording.title)}
      </h1>
      <p className="reminder-card__body">
        {wording.body.map((key) => t(key, { time: bedtimeText(shown.bedtimeMs) })).join(' ')}
      </p>
      {hasChimed && (
        <p className="caption" role="status">
          {t('reminder.chimeCaption')}
        </p>
      )}
      <button
        type="button"
        className="button button--primary button--large"
        onClick={() => answer({ kind: 'start-tonight' })}
      >
        {t('reminder.start')}
      </button>
      <SnoozeChoices
        className="reminder-card__snooze"
        onSnooze={(minutes) => answer({ kind: 'snooze', minutes })}
      />
      <button
        type="button"
        className="button button--quiet"
        onClick={() => answer({ kind: 'skip-tonight' })}
      >
        {t('reminder.skipTonight')}
      </button>
    </main>
  );
}
