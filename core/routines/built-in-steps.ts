import type { z } from 'zod';
import type { StepSchema } from './routine-schema';

/** A step's structure: timings, sides and pictures, with no words (those are in the catalog). */
export type StepStructure = Omit<z.input<typeof StepSchema>, 'title' | 'instruction' | 'feel'>;

/**
 * A nightly stretch as the trial did it: hold 10 seconds, relax 10 seconds, three times on each
 * leg. Fitted to a length: holds up to 30 s, up to five times, resting 5 to 15 seconds between.
 */
function nightlyStretch<Id extends 'calf-wall-stretch' | 'hamstring-stretch' | 'seated-stretch'>(
  id: Id,
) {
  return {
    id,
    kind: 'stretch',
    holdSeconds: 10,
    minHoldSeconds: 10,
    maxHoldSeconds: 30,
    sides: 'left-then-right',
    repetitions: 3,
    restSeconds: 10,
    maxRepetitions: 5,
    minRestSeconds: 5,
    maxRestSeconds: 15,
    illustration: id,
  } as const;
}

/** A massage of one leg after the other: 45 seconds each, from 20 to 90 when fitted. */
function legMassage<Id extends 'calf-massage' | 'thigh-massage'>(id: Id) {
  return {
    id,
    kind: 'massage',
    holdSeconds: 45,
    minHoldSeconds: 20,
    maxHoldSeconds: 90,
    sides: 'left-then-right',
    repetitions: 1,
    restSeconds: 0,
    illustration: id,
  } as const;
}

/**
 * Every built-in step's structure, by id: the library the routines are made of, and the one the
 * editor offers steps from. The words for each step live in the message catalog
 * (`core/i18n/routines-en.ts`), so a translator only ever sees text.
 */
export const BUILT_IN_STEPS = {
  'calf-wall-stretch': nightlyStretch('calf-wall-stretch'),
  'hamstring-stretch': nightlyStretch('hamstring-stretch'),
  'seated-stretch': nightlyStretch('seated-stretch'),
  'calf-massage': legMassage('calf-massage'),
  'thigh-massage': legMassage('thigh-massage'),
  'warm-compress': {
    id: 'warm-compress',
    kind: 'warmth',
    holdSeconds: 180,
    minHoldSeconds: 60,
    maxHoldSeconds: 300,
    sides: 'left-then-right',
    repetitions: 1,
    restSeconds: 0,
    illustration: 'warm-compress',
    isHeat: true,
  },
  'drink-water': {
    id: 'drink-water',
    kind: 'hydrate',
    holdSeconds: 30,
    minHoldSeconds: 15,
    maxHoldSeconds: 60,
    sides: 'none',
    whichLeg: 'not-applicable',
    repetitions: 1,
    restSeconds: 0,
    isOptional: true,
    illustration: 'glass-of-water',
  },
  'settle-into-bed': {
    id: 'settle-into-bed',
    kind: 'rest',
    holdSeconds: 40,
    minHoldSeconds: 20,
    maxHoldSeconds: 90,
    sides: 'none',
    whichLeg: 'both',
    repetitions: 1,
    restSeconds: 0,
    illustration: 'rest',
  },
  'toes-toward-shin': {
    id: 'toes-toward-shin',
    kind: 'stretch',
    holdSeconds: 30,
    minHoldSeconds: 15,
    maxHoldSeconds: 60,
    sides: 'none',
    whichLeg: 'cramping',
    repetitions: 2,
    restSeconds: 5,
    maxRepetitions: 4,
    maxRestSeconds: 10,
    illustration: 'toes-toward-shin',
  },
  'stand-heel-down': {
    id: 'stand-heel-down',
    kind: 'stretch',
    holdSeconds: 30,
    minHoldSeconds: 15,
    maxHoldSeconds: 60,
    sides: 'none',
    whichLeg: 'cramping',
    repetitions: 1,
    restSeconds: 0,
    isOptional: true,
    illustration: 'stand-heel-down',
  },
  'massage-the-cramp': {
    id: 'massage-the-cramp',
    kind: 'massage',
    holdSeconds: 60,
    minHoldSeconds: 30,
    maxHoldSeconds: 120,
    sides: 'none',
    whichLeg: 'cramping',
    repetitions: 1,
    restSeconds: 0,
    illustration: 'calf-massage',
  },
  'warmth-on-the-cramp': {
    id: 'warmth-on-the-cramp',
    kind: 'warmth',
    holdSeconds: 120,
    minHoldSeconds: 60,
    maxHoldSeconds: 300,
    sides: 'none',
    whichLeg: 'cramping',
    repetitions: 1,
    restSeconds: 0,
    illustration: 'warm-compress',
    isHeat: true,
  },
} as const satisfies Record<string, StepStructure>;

export type BuiltInStepId = keyof typeof BUILT_IN_STEPS;

/** The built-in routines' structure: which steps, in which order. */
export const BUILT_IN_ROUTINES = [
  { id: 'before-sleep-stretches', stepIds: ['calf-wall-stretch', 'hamstring-stretch'] },
  { id: 'seated-stretches', stepIds: ['seated-stretch'] },
  { id: 'calf-thigh-massage', stepIds: ['calf-massage', 'thigh-massage'] },
  { id: 'warm-compress', stepIds: ['warm-compress'] },
  {
    id: 'full-wind-down',
    stepIds: [
      'drink-water',
      'calf-wall-stretch',
      'hamstring-stretch',
      'calf-massage',
      'warm-compress',
      'settle-into-bed',
    ],
  },
  {
    id: 'cramp-now',
    stepIds: ['toes-toward-shin', 'stand-heel-down', 'massage-the-cramp', 'warmth-on-the-cramp'],
  },
] as const satisfies readonly { id: string; stepIds: readonly BuiltInStepId[] }[];

export type BuiltInRoutineId = (typeof BUILT_IN_ROUTINES)[number]['id'];
