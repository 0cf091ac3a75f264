/**
 * What a trial's answer needs, apart from the analysis (which re-exports these): plain numbers,
 * so the window can say them without bundling the schema library the analysis validates with.
 */

/**
 * Known (non-wash-out, non-null) nights needed in EACH arm before any estimate is given. A week per
 * arm: with the default schedule (7-night blocks, 2 wash-out) that needs two blocks of each arm,
 * so one unusually good or bad week cannot decide alone, and the spread between blocks, which the
 * range allows for, can be measured.
 */
export const MIN_NIGHTS_PER_ARM = 7;
/**
 * Below this many cramps in all (both arms together), the words give the counts and no comparison:
 * a split of four cramps or fewer is what chance does, and its percentages would only mislead
 * (3 against 0 used to read "about 1,284% more"). The analysis still works out the numbers.
 */
export const MIN_CRAMPS_TO_COMPARE = 5;
