import { z } from 'zod';
import { isHeatStep } from './heat-kind';

/** What a step asks the body to do. */
export const StepKindSchema = z.enum([
  'stretch',
  'massage',
  'warmth',
  'hydrate',
  'breathe',
  'rest',
]);
export type StepKind = z.infer<typeof StepKindSchema>;

/** Which legs a step works, and in what order. */
export const SidesSchema = z.enum(['none', 'left-then-right', 'right-then-left']);
export type Sides = z.infer<typeof SidesSchema>;

/** For a step not done side by side: both legs, the leg with the cramp, or no leg at all. */
export const WhichLegSchema = z.enum(['both', 'cramping', 'not-applicable']);
export type WhichLeg = z.infer<typeof WhichLegSchema>;

/** A leg, for a step done one side at a time. */
export const SideSchema = z.enum(['left', 'right']);
export type Side = z.infer<typeof SideSchema>;

/** The drawings in `assets/illustrations/`, one per pose. */
export const IllustrationIdSchema = z.enum([
  'calf-wall-stretch',
  'hamstring-stretch',
  'seated-stretch',
  'toes-toward-shin',
  'stand-heel-down',
  'calf-massage',
  'thigh-massage',
  'warm-compress',
  'glass-of-water',
  'breathe',
  'rest',
]);
export type IllustrationId = z.infer<typeof IllustrationIdSchema>;

const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

const SecondsSchema = z.number().int().min(1).max(1800);
const RepetitionsSchema = z.number().int().min(1).max(20);
const RestSecondsSchema = z.number().int().min(0).max(600);

/**
 * Extra time for one leg ("extra time on my left leg"): that side's holds are longer by
 * `extraHoldSeconds` and it gets `extraRepetitions` more repetitions; the other side is unchanged.
 * Both may be 0: the side is still remembered, there was just no room within the step's bounds.
 */
export const FavourSchema = z.object({
  side: SideSchema,
  extraHoldSeconds: z.number().int().min(0).max(1799),
  extraRepetitions: z.number().int().min(0).max(19),
});
export type Favour = z.infer<typeof FavourSchema>;

/** One step of a routine. Texts are shown and spoken as written. */
export const StepSchema = z
  .object({
    id: IdSchema,
    kind: StepKindSchema,
    title: z.string().trim().min(1).max(80),
    /** What to do, in calm second-person words. */
    instruction: z.string().trim().min(1).max(500),
    /** What it should feel like ("a gentle pull, never pain"). */
    feel: z.string().trim().min(1).max(200),
    holdSeconds: SecondsSchema,
    /** The shortest and longest hold when the routine is fitted to a length. */
    minHoldSeconds: SecondsSchema,
    maxHoldSeconds: SecondsSchema,
    sides: SidesSchema,
    /** For a step with `sides: 'none'`: which leg it is for (shown and spoken). */
    whichLeg: WhichLegSchema.default('both'),
    repetitions: RepetitionsSchema,
    /**
     * The fewest and most repetitions when the routine is fitted to a length. Absent, they are
     * `repetitions`: the step is repeatable only when `maxRepetitions` is above its base count
     * (`minRepetitions`, else `repetitions`).
     */
    minRepetitions: RepetitionsSchema.optional(),
    maxRepetitions: RepetitionsSchema.optional(),
    /** Rest between repetitions on the same side. */
    restSeconds: RestSecondsSchema,
    /** The shortest and longest rest when fitted to a length. Absent, they are `restSeconds`. */
    minRestSeconds: RestSecondsSchema.optional(),
    maxRestSeconds: RestSecondsSchema.optional(),
    /** A step worked one side at a time can give one leg extra time (see `FavourSchema`). */
    favour: FavourSchema.optional(),
    isOptional: z.boolean().default(false),
    illustration: IllustrationIdSchema,
    /**
     * A heat step: shown behind the burn warning and left out for people with reduced feeling.
     * Derived from `kind` once parsed (see `isHeatStep`): a file may leave it out or say `false`,
     * and a warmth step is a heat step all the same.
     */
    isHeat: z.boolean().default(false),
  })
  .refine(
    (step) => step.minHoldSeconds <= step.holdSeconds && step.holdSeconds <= step.maxHoldSeconds,
    {
      message: 'holdSeconds must lie between minHoldSeconds and maxHoldSeconds',
      path: ['holdSeconds'],
    },
  )
  .refine((step) => !step.isHeat || step.kind === 'warmth', {
    message: 'only a warmth step can be a heat step',
    path: ['isHeat'],
  })
  .refine(
    (step) =>
      (step.minRestSeconds ?? step.restSeconds) <= step.restSeconds &&
      step.restSeconds <= (step.maxRestSeconds ?? step.restSeconds),
    {
      message: 'restSeconds must lie between minRestSeconds and maxRestSeconds',
      path: ['restSeconds'],
    },
  )
  .refine(
    (step) =>
      (step.minRepetitions ?? step.repetitions) <= step.repetitions &&
      step.repetitions <= (step.maxRepetitions ?? step.repetitions),
    {
      message: 'repetitions must lie between minRepetitions and maxRepetitions',
      path: ['repetitions'],
    },
  )
  .refine((step) => !step.favour || step.sides !== 'none', {
    message: 'only a step worked one side at a time can favour a side',
    path: ['favour'],
  })
  .refine(
    (step) =>
      !step.favour ||
      (step.holdSeconds + step.favour.extraHoldSeconds <= step.maxHoldSeconds &&
        step.repetitions + step.favour.extraRepetitions <= (step.maxRepetitions ?? 20)),
    {
      message: 'the favoured side must stay within maxHoldSeconds and maxRepetitions',
      path: ['favour'],
    },
  )
  .transform((step) => ({ ...step, isHeat: isHeatStep(step) }));
export type Step = z.infer<typeof StepSchema>;

/** A routine: an ordered list of steps. */
export const RoutineSchema = z
  .object({
    id: IdSchema,
    name: z.string().trim().min(1).max(80),
    description: z.string().trim().min(1).max(400),
    steps: z.array(StepSchema).min(1).max(40),
  })
  .refine(
    (routine) => new Set(routine.steps.map((step) => step.id)).size === routine.steps.length,
    {
      message: 'step ids must be unique within a routine',
      path: ['steps'],
    },
  );
export type Routine = z.infer<typeof RoutineSchema>;
