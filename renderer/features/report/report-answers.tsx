import type { DoctorReport } from '../../../core/report/doctor-report';
import { t, tPlural, type MessageKey } from '../../i18n';
import { answersText, listText, reportClock, reportDay, reportNight } from './report-text';
import {
  adherenceText,
  countedSoFarText,
  hasTrialEnded,
  trialAnswerSentences,
} from '../trial/trial-answer-text';
import { ReportWeeks } from './report-weeks';

/** One question's answer: its lines (a line left out is `false` or empty). */
type Lines = readonly (string | false | null)[];

/**
 * The answers, in words, to the questions a doctor asks (the seed article's four, then how
 * often, the routine, medicines and what helped), each in a line or two from the report.
 */
function answerLines(report: DoctorReport): readonly (readonly [MessageKey, Lines])[] {
  const total = report.cramps.logged;
  const { timeOfNight: time, strength, routines, medicines, nights } = report;
  return [
    [
      'report.q.started',
      [
        report.firstCramp
          ? t('report.firstCramp', reportNight(report.firstCramp, true))
          : t('report.noCramps'),
        time &&
          (time.from === time.to
            ? t('report.timeOfNightAt', { time: reportClock(time.from) })
            : t('report.timeOfNight', { from: reportClock(time.from), to: reportClock(time.to) })),
      ],
    ],
    [
      'report.q.where',
      [answersText(report.muscles, 'muscle', total), answersText(report.legs, 'leg', total)],
    ],
    [
      'report.q.feel',
      [
        answersText(report.feel, 'feel', total),
        strength &&
          `${
            strength.lowest === strength.highest
              ? t('report.strengthOne', { value: strength.lowest })
              : t('report.strength', { ...strength })
          } ${tPlural('report.answered', total, { answered: strength.answered })}`,
      ],
    ],
    ['report.q.duration', [answersText(report.duration, 'durationMinutes', total)]],
    [
      'report.q.symptoms',
      [
        total > 0 && report.symptoms.answered === 0
          ? t('report.noSymptoms')
          : answersText(report.symptoms, 'symptoms', total, 'noted'),
      ],
    ],
    ['report.q.often', []],
    [
      'report.q.routine',
      [
        t('report.routineNights', { routine: nights.routine, total: nights.total }),
        routines.length > 0 &&
          `${listText(routines.map(({ name, nights: count }) => tPlural('report.routineName', count, { name })))}.`,
      ],
    ],
    // Whether the routine helps follows the routine itself, so it stays on the first page.
    ...(report.trial ? [['report.q.trial', trialLines(report.trial)] as const] : []),
    [
      'report.q.medicines',
      medicines.length === 0
        ? [t('report.noMedicines')]
        : [
            ...medicines.map(({ night, text }) =>
              t('report.medicine', { ...reportNight(night, true), text }),
            ),
            t('report.medicinesAsWritten'),
          ],
    ],
    ['report.q.helped', [answersText(report.helped, 'helped', total)]],
    ...(report.healthNotes ? [['report.q.notes', notesLines(report.healthNotes)] as const] : []),
  ];
}

/** What the user ticked in their health notes, with the dates they gave, and their own note. */
function notesLines(notes: NonNullable<DoctorReport['healthNotes']>): Lines {
  return [
    notes.conditions.length > 0 &&
      t('report.notesConditions', {
        list: listText(notes.conditions.map((condition) => t(`health.condition.${condition}`))),
      }),
    // The medicine's name as it reads inside a sentence, not as a box's label.
    ...notes.medicines.map(({ medicine, changedOn }) =>
      changedOn
        ? t('report.notesMedicineSince', {
            medicine: t(`report.medicineName.${medicine}`),
            date: reportDay(changedOn),
          })
        : t('report.notesMedicine', { medicine: t(`report.medicineName.${medicine}`) }),
    ),
    notes.other.trim() !== '' && t('report.notesOther', { text: notes.other.trim() }),
  ];
}

/**
 * The personal trial in the report: when it ran; while it runs, how far it has come and the nights
 * counted so far (no comparison, as in the Journal); once ended, what it found (marked when it was
 * stopped early) and how that was worked out. Always how closely the plan was kept.
 */
function trialLines(trial: NonNullable<DoctorReport['trial']>): Lines {
  const period = t('report.trialPeriod', {
    from: reportDay(trial.startDate),
    to: reportDay(trial.endDate),
  });
  if (!hasTrialEnded(trial.status)) {
    return [
      period,
      t('report.trialUnderWay', { night: trial.night, total: trial.totalNights }),
      countedSoFarText(trial.analysis),
      adherenceText(trial.adherence),
    ];
  }
  return [
    period,
    trial.status === 'stopped' && t('trial.stoppedEarly'),
    ...trialAnswerSentences(trial.analysis, trial.minNightsPerArm, true),
    adherenceText(trial.adherence),
    t('report.trialMethod', { washout: trial.washoutNights }),
  ];
}

/** The report's first page: the questions a doctor asks, each answered from the diary. */
export function ReportAnswers({ report }: { report: DoctorReport }) {
  return (
    <section aria-labelledby="report-questions">
      <h2 id="report-questions" className="screen__subheading">
        {t('report.questionsHeading')}
      </h2>
      <dl className="report__answers">
        {answerLines(report).map(([question, lines]) => (
          <div key={question} className="report__answer">
            <dt>{t(question)}</dt>
            <dd>
              {lines.map((line, index) => line && <p key={index}>{line}</p>)}
              {question === 'report.q.often' && <ReportWeeks report={report} />}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
