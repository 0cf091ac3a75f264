import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings-defaults';
import { SettingsPatchSchema, SettingsSchema } from '../../../core/settings/settings-schema';

describe('the settings schemas', () => {
  it('fills a missing field of the settings file with its default', () => {
    expect(SettingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
    expect(SettingsSchema.parse({ volume: 0.6 })).toEqual({ ...DEFAULT_SETTINGS, volume: 0.6 });
  });

  it('parses a change into exactly the fields it names, never the defaults of the others', () => {
    expect(SettingsPatchSchema.parse({ isMuted: true })).toEqual({ isMuted: true });
    expect(SettingsPatchSchema.parse({ reducedFeeling: 'yes' })).toEqual({ reducedFeeling: 'yes' });
  });

  it('refuses a change to anything but the user-facing fields, or out of range', () => {
    expect(SettingsPatchSchema.safeParse({ version: 2 }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ volume: 1.5 }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ colour: 'red' }).success).toBe(false);
  });
});
