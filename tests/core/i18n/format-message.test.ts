import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/i18n/format-message';
import { messagesEn } from '../../../core/i18n/catalog-en';

describe('formatMessage', () => {
  it('fills placeholders', () => {
    expect(formatMessage('footer.version', { version: '1.2.3' })).toBe('Version 1.2.3');
  });

  it('leaves a missing value visible instead of dropping it', () => {
    expect(formatMessage('footer.version')).toBe('Version {version}');
  });

  it('writes numbers as the catalog’s language does, through Intl', () => {
    expect(formatMessage('reminders.leadCustomProblem', { max: 12500 })).toContain('12,500');
    const german = { ...messagesEn, 'app.lang': 'de' };
    expect(formatMessage('reminders.leadCustomProblem', { max: 12500.5 }, german)).toContain(
      '12.500,5',
    );
    // A year stays a year; and each catalog keeps its own language's formats.
    expect(formatMessage('reminders.leadCustomProblem', { max: 2026 })).toContain('2026');
    expect(formatMessage('reminders.leadCustomProblem', { max: 12500.5 })).toContain('12,500.5');
  });

  it('reads from another catalog for translation', () => {
    const catalog = { ...messagesEn, 'nav.tonight': 'Ce soir' };
    expect(formatMessage('nav.tonight', {}, catalog)).toBe('Ce soir');
  });

  it('has no empty message', () => {
    for (const [key, text] of Object.entries(messagesEn)) expect(text.trim(), key).not.toBe('');
  });
});

describe('formatPlural', () => {
  it('picks the singular and plural forms', async () => {
    const { formatPlural } = await import('../../../core/i18n/format-message');
    expect(formatPlural('count.steps', 1)).toBe('1 step');
    expect(formatPlural('count.steps', 2)).toBe('2 steps');
    expect(formatPlural('count.stepsOf', 1, { done: 0 })).toBe('0 of 1 step');
    expect(formatPlural('count.stepsOf', 4, { done: 3 })).toBe('3 of 4 steps');
  });
});
