import { useRef, useState } from 'react';
import { underClotCaution, type ClotCaution } from '../../../core/health/clot-caution';
import { CRAMP_NOW_ROUTINE_ID } from '../../../core/routines/routine-ids';
import { oneClickStart } from '../../../core/routines/heat-rule';
import type { Routine } from '../../../core/routines/routine-schema';
import type { Settings, WindowSettingsPatch } from '../../../core/settings/settings-schema';
import { t } from '../../i18n';
import type { SessionControls } from '../../session/use-session';

/**
 * Starts a routine, asking the heat question first when the routine has warmth and the user has
 * not answered it yet. "Cramp now" never waits on a question: it starts at once without warmth.
 */
export function useStartRoutine(
  controls: SessionControls,
  settings: Settings,
  updateSettings: (patch: WindowSettingsPatch) => Promise<boolean>,
  /** While it is in force, warmth is left out anyway: the heat question is not asked. */
  clotCaution: ClotCaution | null = null,
) {
  const [askingFor, setAskingFor] = useState<Routine | null>(null);
  // The length asked for with the routine, kept while the heat question is open.
  const askingMinutes = useRef<number | null>(null);
  const [answerError, setAnswerError] = useState<string | null>(null);
  // The control that opened the question gets focus back if it is cancelled.
  const opener = useRef<HTMLElement | null>(null);

  const start = (routine: Routine, minutes: number | null = null) => {
    const allowed = underClotCaution(routine, clotCaution) ?? routine;
    const oneClick = oneClickStart(allowed, settings.reducedFeeling, CRAMP_NOW_ROUTINE_ID);
    if (oneClick) {
      void controls.start({
        routineId: routine.id,
        skipHeat: oneClick.skipHeat,
        ...(minutes ? { minutes } : {}),
      });
    } else {
      askingMinutes.current = minutes;
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setAnswerError(null);
      setAskingFor(routine);
    }
  };

  const answer = async (hasReducedFeeling: boolean) => {
    const routine = askingFor;
    if (!routine) return;
    const isSaved = await updateSettings({ reducedFeeling: hasReducedFeeling ? 'yes' : 'no' });
    if (!isSaved) {
      // The question stays open, saying why, so the answer is never silently forgotten.
      setAnswerError(t('heat.notSaved'));
      return;
    }
    setAskingFor(null);
    setAnswerError(null);
    const minutes = askingMinutes.current;
    void controls.start({
      routineId: routine.id,
      skipHeat: hasReducedFeeling,
      ...(minutes ? { minutes } : {}),
    });
  };

  const cancel = () => {
    setAskingFor(null);
    setAnswerError(null);
    // After the question has gone and the page behind it is reachable again.
    setTimeout(() => opener.current?.focus(), 0);
  };

  return { start, askingFor, answerError, answer, cancel };
}
