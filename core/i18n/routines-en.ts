import type { BuiltInRoutineId, BuiltInStepId } from '../routines/built-in-steps';

/** The words of one step: shown and spoken as written. */
export interface StepText {
  readonly title: string;
  /** What to do, in calm second-person words. */
  readonly instruction: string;
  /** What it should feel like ("a gentle pull, never pain"). */
  readonly feel: string;
}

/** The words of one routine. */
export interface RoutineText {
  readonly name: string;
  readonly description: string;
}

/**
 * The built-in routines' words in English: part of the message catalog, and only words (the
 * timings, sides and pictures are in `core/routines/built-in-steps.ts`), so a translator only ever
 * sees text. Written for this app from the content brief: calm, second person, what to do and what
 * it should feel like; the timeline adds how long and which leg. Guidance for comfort, never a
 * diagnosis.
 */
export const routineTextsEn: {
  readonly steps: Readonly<Record<BuiltInStepId, StepText>>;
  readonly routines: Readonly<Record<BuiltInRoutineId, RoutineText>>;
} = {
  steps: {
    'calf-wall-stretch': {
      title: 'Calf stretch at the wall',
      instruction:
        'Stand facing a wall, arms straight, palms on the wall at chest height; keep them there for balance. Step one foot back. Keep the back knee straight and its heel down, flat on the floor. Lean gently toward the wall until the calf of the back leg feels a firm stretch, then a little more. Keep breathing slowly.',
      feel: 'A moderate pull in the back of the lower leg. Never pain.',
    },
    'hamstring-stretch': {
      title: 'Hamstring stretch',
      instruction:
        'Stand tall beside a chair back or a wall and hold it with one hand for balance. Place one heel on the floor a little in front of you, toes pointing up, knee straight. Rest your other hand on your thigh and lean forward from the hips with a long back, until the back of that thigh feels a firm stretch. Keep breathing slowly.',
      feel: 'A moderate pull behind the thigh and knee. Never pain.',
    },
    'seated-stretch': {
      title: 'Seated calf and hamstring stretch',
      instruction:
        'Sit on the edge of the bed or a firm chair. Stretch one leg out with the heel on the floor. Loop a towel around the ball of the foot and pull the toes gently toward you, leaning forward from the hips with a straight back.',
      feel: 'A moderate pull along the calf and the back of the thigh. Never pain.',
    },
    'calf-massage': {
      title: 'Calf massage',
      instruction:
        'Sit with the leg relaxed. With both hands, knead the calf muscle slowly from the ankle up toward the knee, as if kneading soft dough.',
      feel: 'Firm, soothing pressure. Ease off if anything hurts.',
    },
    'thigh-massage': {
      title: 'Thigh massage',
      instruction:
        'Still seated, knead the front and the back of the thigh with both hands, working slowly from the knee toward the hip.',
      feel: 'Firm, soothing pressure. Ease off if anything hurts.',
    },
    'warm-compress': {
      title: 'Warm compress on the calf',
      instruction:
        'Fill a hot-water bottle with hot tap water, never boiling, and wrap it in a cloth; or use a warm towel. Rest it on the calf. Warm, never hot. Lift it after a minute and look at your skin: light pink is fine; red, blotchy or sore means stop. When the time is up, take it away.',
      feel: 'A comfortable, gentle warmth. Never hot or stinging.',
    },
    'drink-water': {
      title: 'A small glass of water',
      instruction:
        'Sip a small glass of water, not so much that it wakes you later. Skip this if your doctor has asked you to limit fluids.',
      feel: 'Calm and unhurried.',
    },
    'settle-into-bed': {
      title: 'Settle into bed',
      instruction:
        'If you used a hot-water bottle or a compress, put it away, out of the bed: never sleep with it against your skin. Lie back and loosen the covers at the foot of the bed so they do not push your toes down. Let your feet rest with the toes relaxed, not pointed. Breathe slowly in and out.',
      feel: 'Heavy, calm and loose.',
    },
    'toes-toward-shin': {
      title: 'Pull your toes toward you',
      instruction:
        'Straighten the leg with the cramp. Pull your toes up toward your shin, with your hand or a towel around the foot. Breathe out slowly as the muscle lets go.',
      feel: 'The knot slowly easing. Firm, but stop if the pain grows.',
    },
    'stand-heel-down': {
      title: 'Stand and press the heel down',
      instruction:
        'If you can stand safely, hold on to a chair or the bed. Put your weight on the leg with the cramp and press the heel flat to the floor. If standing is hard, skip this step.',
      feel: 'A strong stretch in the calf that eases the cramp.',
    },
    'massage-the-cramp': {
      title: 'Massage the muscle',
      instruction:
        'Sit down and knead the tight muscle gently with both hands, from the bottom up.',
      feel: 'Soothing pressure as the muscle softens.',
    },
    'warmth-on-the-cramp': {
      title: 'Warmth on the muscle',
      instruction:
        'Rest a warm towel, or a wrapped hot-water bottle filled with hot tap water, never boiling, on the sore muscle; or let a warm shower run over it. Warm, never hot; check your skin after a minute. Take the bottle away before you go back to sleep.',
      feel: 'A comfortable, gentle warmth. Never hot or stinging.',
    },
  },
  routines: {
    'before-sleep-stretches': {
      name: 'Before sleep: calf and hamstring stretches',
      description:
        'Two standing stretches for each leg, just before sleep, holding a wall or a chair: hold 10 seconds, relax 10 seconds, three times. A trial found nightly stretching like this helped; not every study agrees, and your journal can help you see whether it helps you.',
    },
    'seated-stretches': {
      name: 'Before sleep: seated stretch',
      description:
        'The same nightly stretch done sitting down, for when standing is hard: hold 10 seconds, relax 10 seconds, three times on each leg.',
    },
    'calf-thigh-massage': {
      name: 'Calf and thigh massage',
      description: 'Loosen the calves and thighs by hand, one leg at a time.',
    },
    'warm-compress': {
      name: 'Warm compress',
      description:
        'Gentle warmth on each calf before bed, from a hot-water bottle with hot tap water (never boiling) or a warm towel. Warm, never hot, a few minutes at a time, checking your skin; take it away before you sleep.',
    },
    'full-wind-down': {
      name: 'Full wind-down',
      description:
        'Water, stretches, massage and warmth, then settling into bed once the warmth is put away.',
    },
    'cramp-now': {
      name: 'Cramp now',
      description:
        'Relief while a cramp is happening: stretch against it, press the heel down, massage, then warmth. It usually passes within minutes.',
    },
  },
};
