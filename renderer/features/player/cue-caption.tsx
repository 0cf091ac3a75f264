import { memo, useEffect, useState } from 'react';
import type { CueEvent } from '../../../core/session/session-state';
import { CAPTION_MS, captionOf } from '../../audio/use-cue-audio';
import { t } from '../../i18n';
import { useStoreValue, type ValueStore } from '../../session/value-store';

/**
 * The caption of the last sound, up for a few seconds and only while its segment lasts: a sound
 * of a segment that is over (a skip, a pause) is not captioned under the next one. It follows the
 * cue store itself, so a cue re-renders this line and nothing else.
 */
export const CueCaption = memo(function CueCaption(props: {
  readonly soundCues: ValueStore<CueEvent | null>;
  /** The segment on show: a cue of another is not captioned. */
  readonly segmentIndex: number;
}) {
  const cue = useStoreValue(props.soundCues);
  // A cue from before the player opened (an earlier routine) is not captioned again.
  const [expired, setExpired] = useState<CueEvent | null>(() => props.soundCues.get());
  useEffect(() => {
    if (!cue) return;
    const timer = setTimeout(() => setExpired(cue), CAPTION_MS);
    return () => clearTimeout(timer);
  }, [cue]);
  const caption =
    cue !== expired && cue?.segmentIndex === props.segmentIndex ? captionOf(cue) : null;
  return (
    // A labelled group, not a live region: a screen reader user hears the sound itself.
    <div className="caption" role="group" aria-label={t('caption.label')}>
      {caption ? t('caption.shown', { caption }) : '\u00a0'}
    </div>
  );
});
