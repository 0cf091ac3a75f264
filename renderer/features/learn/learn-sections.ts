import type { WindowMessageKey } from '../../../core/i18n/messages-en';

/** A key of Learn's words (`core/i18n/messages-learn-en.ts`). */
export type LearnKey = Extract<WindowMessageKey, `learn.${string}`>;

/** What a part does besides its words. */
export type LearnAction = 'health-notes' | 'cramp-now' | 'journal' | 'pregnancy';

/**
 * A part of a section: an optional sub-heading (h3), paragraphs, then a list; or an action. The
 * urgent part is set apart in a box of its own.
 */
export interface LearnPart {
  readonly heading?: LearnKey;
  readonly paragraphs?: readonly LearnKey[];
  readonly list?: readonly LearnKey[];
  readonly isOrdered?: boolean;
  readonly isUrgent?: boolean;
  readonly action?: LearnAction;
}

/** A section of Learn, under its own h2. */
export interface LearnSection {
  readonly id: string;
  readonly heading: LearnKey;
  readonly parts: readonly LearnPart[];
}

/** Learn's sections in the order the page shows them: its shape only, the words are keys. */
export const LEARN_SECTIONS: readonly LearnSection[] = [
  {
    id: 'what',
    heading: 'learn.what.heading',
    parts: [{ paragraphs: ['learn.what.p1', 'learn.what.p2', 'learn.what.p3', 'learn.what.p4'] }],
  },
  {
    id: 'risk',
    heading: 'learn.risk.heading',
    parts: [
      {
        heading: 'learn.risk.raisesHeading',
        list: [
          'learn.risk.pointed',
          'learn.risk.overuse',
          'learn.risk.unstretched',
          'learn.risk.standing',
          'learn.risk.tendons',
        ],
      },
      {
        heading: 'learn.risk.changeHeading',
        list: [
          'learn.risk.covers',
          'learn.risk.stretch',
          'learn.risk.breaks',
          'learn.risk.massage',
          'learn.risk.warmth',
          'learn.risk.fluids',
          'learn.risk.exercise',
          'learn.risk.shoes',
        ],
      },
    ],
  },
  {
    id: 'linked',
    heading: 'learn.linked.heading',
    parts: [
      { action: 'health-notes' },
      { paragraphs: ['learn.linked.intro'] },
      {
        heading: 'learn.linked.conditionsHeading',
        list: [
          'learn.linked.pregnancy',
          'learn.linked.structural',
          'learn.linked.nerves',
          'learn.linked.joints',
          'learn.linked.diabetes',
          'learn.linked.organs',
        ],
      },
      {
        heading: 'learn.linked.medicinesHeading',
        paragraphs: ['learn.linked.medicinesIntro'],
        list: [
          'learn.linked.diuretics',
          'learn.linked.statins',
          'learn.linked.estrogens',
          'learn.linked.sleep',
          'learn.linked.inhalers',
          'learn.linked.antibiotic',
        ],
      },
      { paragraphs: ['learn.linked.medicinesDoctor'] },
    ],
  },
  {
    id: 'restless',
    heading: 'learn.restless.heading',
    parts: [
      {
        paragraphs: [
          'learn.restless.p1',
          'learn.restless.p2',
          'learn.restless.p3',
          'learn.restless.p4',
        ],
      },
    ],
  },
  {
    id: 'during',
    heading: 'learn.during.heading',
    parts: [
      { paragraphs: ['learn.during.intro'] },
      { action: 'cramp-now' },
      {
        isOrdered: true,
        list: [
          'learn.during.stretch',
          'learn.during.massage',
          'learn.during.warmth',
          'learn.during.move',
        ],
      },
    ],
  },
  {
    id: 'after',
    heading: 'learn.after.heading',
    parts: [
      { action: 'pregnancy' },
      { paragraphs: ['learn.after.p1', 'learn.after.p2', 'learn.after.pregnancy'] },
    ],
  },
  {
    id: 'evidence',
    heading: 'learn.evidence.heading',
    parts: [
      {
        heading: 'learn.evidence.helpedHeading',
        paragraphs: ['learn.evidence.helped', 'learn.evidence.how', 'learn.evidence.whoNot'],
      },
      { heading: 'learn.evidence.notHelpedHeading', paragraphs: ['learn.evidence.notHelped'] },
      {
        heading: 'learn.evidence.youHeading',
        paragraphs: ['learn.evidence.you', 'learn.evidence.medicines', 'learn.evidence.guidance'],
      },
    ],
  },
  {
    id: 'doctor-asks',
    heading: 'learn.doctorAsks.heading',
    parts: [
      {
        paragraphs: ['learn.doctorAsks.intro'],
        list: [
          'learn.doctorAsks.started',
          'learn.doctorAsks.feel',
          'learn.doctorAsks.long',
          'learn.doctorAsks.symptoms',
        ],
      },
      { paragraphs: ['learn.doctorAsks.diary'] },
      { action: 'journal' },
    ],
  },
  {
    id: 'see-doctor',
    heading: 'learn.seeDoctor.heading',
    parts: [
      {
        paragraphs: ['learn.seeDoctor.intro'],
        list: [
          'learn.seeDoctor.often',
          'learn.seeDoctor.notEased',
          'learn.seeDoctor.medicine',
          'learn.seeDoctor.symptoms',
        ],
      },
      {
        isUrgent: true,
        heading: 'learn.urgent.heading',
        paragraphs: ['learn.urgent.clot', 'learn.urgent.breath'],
      },
    ],
  },
  {
    id: 'sources',
    heading: 'learn.sources.heading',
    parts: [
      {
        paragraphs: ['learn.sources.intro'],
        list: [
          'learn.source.hallegraeff',
          'learn.source.coppin',
          'learn.source.nice',
          'learn.source.mayo',
        ],
      },
    ],
  },
];
