import { isClotCautionStep } from '../../../core/health/clot-caution';
import { isHeatStep } from '../../../core/routines/heat-kind';
import type { Step } from '../../../core/routines/routine-schema';
import { outcomeOf, type SessionOutcome } from '../../../core/session/session-outcome';
import type { ActiveSnapshot, SegmentView } from '../../../core/session/session-state';
import { t, tPlural } from '../../i18n';

export { formatClock } from '../../../core/session/clock-text';

/**
 * How far the ring's two half-shades are turned, `segmentElapsedMs` into a segment: the right one
 * over the first half of the time, then the left one, so the ring fills clockwise.
 */
export function ringTurns(
  segmentElapsedMs: number,
  durationMs: number,
): { rightDeg: number; leftDeg: number } {
  const progress = Math.min(1, Math.max(0, segmentElapsedMs / durationMs));
  return {
    rightDeg: Math.min(progress, 0.5) * 360,
    leftDeg: Math.max(progress - 0.5, 0) * 360,
  };
}

/** Which leg, in words, for a segment of a step. */
export function legLabel(step: Step, segment: SegmentView): string {
  if (segment.side === 'left') return t('player.side.left');
  if (segment.side === 'right') return t('player.side.right');
  if (step.whichLeg === 'cramping') return t('player.leg.cramping');
  if (step.whichLeg === 'both') return t('player.leg.both');
  return '';
}

/**
 * What "Next step" leaves out beyond this leg, in words: the other leg of a step done side by
 * side, while its first leg is under way; otherwise `null`.
 */
export function nextStepLeavesOut(step: Step, segment: SegmentView): string | null {
  if (step.sides === 'none' || segment.side === null) return null;
  const first = step.sides === 'left-then-right' ? 'left' : 'right';
  // A switch of legs names the leg that comes next: the first leg is behind by then.
  if (segment.side !== first || segment.kind === 'switch-sides') return null;
  return t(first === 'left' ? 'player.leavesOut.right' : 'player.leavesOut.left');
}

/**
 * The words a segment shows: a rest its own (let go and breathe), a switch of legs its own, and
 * the lead-in and the hold the step's instruction.
 */
export function segmentWords(step: Step, segment: SegmentView): string {
  if (segment.kind === 'rest') return t('player.rest.words');
  if (segment.kind === 'switch-sides')
    return t(segment.side === 'left' ? 'player.switch.words.left' : 'player.switch.words.right');
  return step.instruction;
}

/** The step the snapshot is on. */
export function currentStep(snapshot: ActiveSnapshot): Step {
  return snapshot.routine.steps[snapshot.segment.stepIndex]!;
}

/**
 * The cautions a step carries, said as it begins for those following with their eyes closed:
 * the clot caution before any massage or warmth, the burn warning before any warmth.
 */
export function stepCautions(step: Step): string[] {
  const cautions: string[] = [];
  if (isClotCautionStep(step)) cautions.push(t('player.clotCaution'));
  if (isHeatStep(step)) cautions.push(t('player.heatWarning'));
  return cautions;
}

/** Words said as a step begins, followed by the step's cautions. */
const withCautions = (step: Step, words: string) => [words, ...stepCautions(step)].join(' ');

/** What a screen reader announces when a new segment begins. */
export function segmentAnnouncement(snapshot: ActiveSnapshot): string {
  const step = currentStep(snapshot);
  const { segment } = snapshot;
  const leg = legLabel(step, segment);
  const seconds = Math.round(segment.durationMs / 1000);
  switch (segment.kind) {
    case 'get-ready':
      return withCautions(
        step,
        leg
          ? t('announce.getReady', { step: step.title, leg })
          : t('announce.getReady.noLeg', { step: step.title }),
      );
    case 'next':
      return withCautions(
        step,
        leg
          ? t('announce.next', { step: step.title, leg })
          : t('announce.next.noLeg', { step: step.title }),
      );
    case 'hold':
      return leg ? t('announce.hold', { leg, seconds }) : t('announce.hold.noLeg', { seconds });
    case 'rest':
      return t('announce.rest', { seconds });
    case 'switch-sides':
      return segment.side === 'left' ? t('announce.switch.left') : t('announce.switch.right');
  }
}

/** What the voice says when a new segment begins, or `null` to let the sound speak for itself. */
export function segmentSpeech(snapshot: ActiveSnapshot): string | null {
  const step = currentStep(snapshot);
  const { segment } = snapshot;
  const leg = legLabel(step, segment);
  switch (segment.kind) {
    case 'get-ready':
      return withCautions(
        step,
        leg
          ? t('speech.getReady', { step: step.title, leg })
          : t('speech.getReady.noLeg', { step: step.title }),
      );
    case 'next':
      return withCautions(
        step,
        leg
          ? t('speech.next', { step: step.title, leg })
          : t('speech.next.noLeg', { step: step.title }),
      );
    case 'rest':
      return t('speech.rest');
    case 'switch-sides':
      return segment.side === 'left' ? t('speech.switch.left') : t('speech.switch.right');
    case 'hold':
      return null;
  }
}

/** The title of the step after this one, or `null` on the last step. */
export function nextStepTitle(snapshot: ActiveSnapshot): string | null {
  return snapshot.routine.steps[snapshot.segment.stepIndex + 1]?.title ?? null;
}

/** Rough length of a routine in whole minutes, for lists. */
export function minutesOf(totalMs: number): number {
  return Math.max(1, Math.round(totalMs / 60_000));
}

/** How the session went so far, by main's own counts of holds done. */
export function outcomeOfSnapshot(snapshot: ActiveSnapshot): SessionOutcome {
  const { holdsDone, holdCount } = snapshot;
  return outcomeOf({ holdsDone, holdCount, reachedEnd: snapshot.status === 'completed' });
}

/**
 * The words said and announced at the end of a routine: praise only when it was really done
 * ("Well done"), a plain "the routine has ended" when holds were skipped.
 */
export function endingWords(snapshot: ActiveSnapshot): { spoken: string; announced: string } {
  return outcomeOfSnapshot(snapshot) === 'completed'
    ? { spoken: t('speech.complete'), announced: t('announce.complete') }
    : { spoken: t('speech.ended'), announced: t('announce.ended') };
}

/**
 * What Sleep well says about the session, from main's own counts: the time actually spent and
 * the holds actually done, and a calm word (never "finished") when no hold was done at all.
 */
export function sleepWellSummary(snapshot: ActiveSnapshot): string {
  const { holdsDone, holdCount, activeMs } = snapshot;
  const outcome = outcomeOfSnapshot(snapshot);
  if (outcome === 'stopped') return t('sleepWell.skipped');
  const params = {
    routine: snapshot.routine.name,
    minutes: minutesOf(activeMs),
    holds: tPlural('count.holdsOf', holdCount, { done: holdsDone }),
  };
  const isShort = activeMs < 60_000;
  if (outcome === 'completed') {
    return isShort ? t('sleepWell.summaryShort', params) : t('sleepWell.summary', params);
  }
  return isShort ? t('sleepWell.partlyShort', params) : t('sleepWell.partly', params);
}
