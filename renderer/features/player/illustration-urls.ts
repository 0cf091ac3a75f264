import type { IllustrationId } from '../../../core/routines/routine-schema';
import breathe from '../../../assets/illustrations/breathe.svg';
import calfMassage from '../../../assets/illustrations/calf-massage.svg';
import calfWallStretch from '../../../assets/illustrations/calf-wall-stretch.svg';
import glassOfWater from '../../../assets/illustrations/glass-of-water.svg';
import hamstringStretch from '../../../assets/illustrations/hamstring-stretch.svg';
import rest from '../../../assets/illustrations/rest.svg';
import seatedStretch from '../../../assets/illustrations/seated-stretch.svg';
import standHeelDown from '../../../assets/illustrations/stand-heel-down.svg';
import thighMassage from '../../../assets/illustrations/thigh-massage.svg';
import toesTowardShin from '../../../assets/illustrations/toes-toward-shin.svg';
import warmCompress from '../../../assets/illustrations/warm-compress.svg';

/** Where each step drawing is served from. */
export const ILLUSTRATION_URLS: Readonly<Record<IllustrationId, string>> = {
  'calf-wall-stretch': calfWallStretch,
  'hamstring-stretch': hamstringStretch,
  'seated-stretch': seatedStretch,
  'toes-toward-shin': toesTowardShin,
  'stand-heel-down': standHeelDown,
  'calf-massage': calfMassage,
  'thigh-massage': thighMassage,
  'warm-compress': warmCompress,
  'glass-of-water': glassOfWater,
  breathe,
  rest,
};

/** Kept for the life of the page, so the decoded drawings stay in the browser's memory cache. */
const preloaded: HTMLImageElement[] = [];

/**
 * Fetches and decodes every step drawing once, while the page is idle after it opens: a drawing
 * decoded in the middle of a routine costs a long main-thread task just as a new step begins.
 */
export function preloadIllustrations(): void {
  for (const url of Object.values(ILLUSTRATION_URLS)) {
    const image = new Image();
    image.src = url;
    void image.decode().catch(() => undefined);
    preloaded.push(image);
  }
}
