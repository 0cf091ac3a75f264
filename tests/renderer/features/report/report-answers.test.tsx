import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { replayDiary } from '../../../../core/journal/diary-log';
import { buildDoctorReport } from '../../../../core/report/build-report';
import type { DoctorReport } from '../../../../core/report/doctor-report';
import { ReportAnswers } from '../../../../renderer/features/report/report-answers';
import { analysisOf } from '../../../fixtures/trial-analyses';

type ReportTrial = NonNullable<DoctorReport['trial']>;

/** An empty diary's report with a trial of 8 weeks: 8 cramps in 20 nights with, 24 in 20 without. */
function reportWith(status: ReportTrial['status'], night: number): DoctorReport {
  const report = buildDoctorReport({
    history: [],
    diary: replayDiary([]),
    timeZone: 'UTC',
    nowMs: Date.UTC(2026, 10, 26, 21, 0),
  });
  return {
    ...report,
    trial: {
      status,
      startDate: '2026-09-28',
      endDate: '2026-11-22',
      night,
      totalNights: 56,
      analysis: analysisOf({ cramps: 8, nights: 20 }, { cramps: 24, nights: 20 }),
      adherence: { routineNights: 24, routineDone: 22, noneNights: 24, noneWithRoutine: 0 },
      washoutNights: 2,
      minNightsPerArm: 7,
    },
  };
}

/** The report's answer to "Does the routine help?". */
function trialAnswer(report: DoctorReport): HTMLElement {
  render(<ReportAnswers report={report} />);
  const question = screen.getByText('Does the routine help?', { selector: 'dt' });
  return question.nextElementSibling as HTMLElement;
}

describe('the personal trial in the report for the doctor', () => {
  it('while the trial runs, gives how far it has come and the nights counted: no range, no verdict', () => {
    const answer = trialAnswer(reportWith('running', 49));
    expect(answer).toHaveTextContent(/^A personal trial from Sep 28, 2026 to Nov 22, 2026/);
    expect(answer).toHaveTextContent(
      /Still under way: night 49 of 56\. Its answer comes when it ends/,
    );
    expect(answer).toHaveTextContent(
      'So far your diary counts 8 cramps in 20 nights with the routine, 24 in 20 without.',
    );
    expect(answer).not.toHaveTextContent(/%|fewer cramps than|very likely|Poisson/);
  });

  it('once ended, gives the answer, and a method line that names the allowance for clustering', () => {
    const answer = trialAnswer(reportWith('finished', 56));
    const lines = within(answer)
      .getAllByText(/./, { selector: 'p' })
      .map((line) => line.textContent);
    expect(lines[1]).toBe('Nights with the routine had fewer cramps than nights without.');
    expect(lines).toContain(
      'Your diary counted 8 cramps in 20 nights with the routine, 24 in 20 without: about 0.4 a night with the routine, 1.2 without.',
    );
    expect(answer).toHaveTextContent(/very likely between \d+% fewer cramps and \d+% fewer cramps/);
    expect(lines.at(-1)).toMatch(/^Worked out as a Poisson rate ratio .* allows for clustering/);
    expect(lines.at(-1)).toMatch(/over-dispersion between blocks of nights/);
  });

  it('says when the trial was stopped early', () => {
    const answer = trialAnswer(reportWith('stopped', 43));
    expect(answer).toHaveTextContent(/You stopped the trial before its planned end/);
    expect(answer).toHaveTextContent(
      'Nights with the routine had fewer cramps than nights without.',
    );
  });
});
