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
