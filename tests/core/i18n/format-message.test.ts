import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/i18n/format-message';
import { messagesEn } from '../../../core/i18n/messages-en';

describe('formatMessage', () => {
  it('fills placeholders', () => {
    expect(formatMessage('footer.version', { version: '1.2.3' })).toBe('Version 1.2.3');
  });

  it('leaves a missing value visible instead of dropping it', () => {
    expect(formatMessage('footer.version')).toBe('Version {version}');
  });

  it('reads from another catalog for translation', () => {
    const catalog = { ...messagesEn, 'nav.tonight': 'Ce soir' };
    expect(formatMessage('nav.tonight', {}, catalog)).toBe('Ce soir');
  });

  it('has no empty message', () => {
    for (const [key, text] of Object.entries(messagesEn)) expect(text.trim(), key).not.toBe('');
  });
});
