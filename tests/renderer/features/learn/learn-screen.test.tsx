import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { learnMessagesEn } from '../../../../core/i18n/messages-learn-en';
import { ipcOk } from '../../../../core/ipc/ipc-result';
import { CRAMP_NOW_ROUTINE_ID } from '../../../../core/routines/routine-ids';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings-defaults';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

async function openLearn(fake = createFakeBridge()) {
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  await user.click(await screen.findByRole('tab', { name: 'Learn' }));
  return { user, fake };
}

const SECTIONS = [
  'What a night leg cramp is',
  'What makes cramps more likely, and what you can change',
  'Conditions and medicines linked to cramps',
  'Cramps or restless legs?',
  'What to do during a cramp',
  'Soreness afterwards',
  'What the evidence says',
  'What a doctor may ask',
  'When to see a doctor',
  'Sources',
];

const h2s = () =>
  screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
const count = () => document.querySelector('.learn-count')!.textContent;
/** The section under the h2 called `name`. */
const section = (name: string) =>
  screen.getByRole('heading', { level: 2, name }).closest('section')!;

describe('Learn', () => {
  it('shows every section under its own h2, in order, with a contents list linking to each', async () => {
    const { user } = await openLearn();
    expect(screen.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
    expect(h2s()).toEqual(SECTIONS);
    const contents = screen.getByRole('navigation', { name: 'On this page' });
    const links = within(contents).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(SECTIONS);
    // A link takes the keyboard to its heading.
    await user.click(within(contents).getByRole('link', { name: 'When to see a doctor' }));
    expect(screen.getByRole('heading', { level: 2, name: 'When to see a doctor' })).toHaveFocus();
    // Sub-points are h3s; the sources are listed last.
    expect(
      within(section('What the evidence says'))
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual([
      'A trial where stretching helped',
      'A trial where it did not',
      'Find out if it helps you',
    ]);
    expect(within(section('Sources')).getAllByRole('listitem')).toHaveLength(4);
    expect(section('Sources')).toHaveTextContent(/Hallegraeff/);
    expect(section('Sources')).toHaveTextContent(/NICE/);
    expect(section('Sources')).toHaveTextContent(/Mayo Clinic/);
  });

  it('sets the urgent signs apart, under their own heading, inside “When to see a doctor”', async () => {
    await openLearn();
    const urgent = within(section('When to see a doctor')).getByRole('note', {
      name: 'Get medical advice the same day',
    });
    expect(urgent).toHaveTextContent(/swollen, red or warm/);
    expect(
      within(urgent).getByRole('heading', { level: 3, name: 'Get medical advice the same day' }),
    ).toBeVisible();
  });

  it('filters as you type, says how many sections match, and says so when nothing does', async () => {
    const { user } = await openLearn();
    const search = screen.getByRole('searchbox', { name: 'Search Learn' });
    expect(count()).toBe('');
    await user.type(search, 'restless');
    expect(h2s()).toEqual(['Cramps or restless legs?']);
    expect(count()).toBe('1 section matches.');
    await user.clear(search);
    await user.type(search, 'warm');
    expect(h2s()).toEqual([
      'What makes cramps more likely, and what you can change',
      'What to do during a cramp',
      'When to see a doctor',
    ]);
    expect(count()).toBe('3 sections match.');
    // Within a section, only the paragraphs that match stay.
    expect(section('What makes cramps more likely, and what you can change')).not.toHaveTextContent(
      /covers loose/,
    );
    // The steps during a cramp stay whole, in their order.
    expect(within(section('What to do during a cramp')).getAllByRole('listitem')).toHaveLength(4);
    // Several words: each must be there, in any order; case and curly apostrophes do not matter.
    await user.clear(search);
    await user.type(search, "PARKINSON'S disease");
    expect(h2s()).toEqual(['Conditions and medicines linked to cramps']);
    await user.clear(search);
    await user.type(search, 'zebra');
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
    expect(screen.queryByRole('navigation', { name: 'On this page' })).not.toBeInTheDocument();
    expect(count()).toMatch(/^Nothing matched “zebra”/);
    expect(screen.getAllByRole('status').some((s) => s.textContent === count())).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(search).toHaveValue('');
    expect(h2s()).toEqual(SECTIONS);
  });

  it('starts Cramp now in one click from “What to do during a cramp”', async () => {
    const { user, fake } = await openLearn();
    await user.click(
      within(section('What to do during a cramp')).getByRole('button', { name: 'Start Cramp now' }),
    );
    expect(fake.spies.startSession).toHaveBeenCalledWith(
      expect.objectContaining({ routineId: CRAMP_NOW_ROUTINE_ID }),
    );
  });

  it('opens the Journal from “What a doctor may ask”', async () => {
    const { user } = await openLearn();
    await user.click(screen.getByRole('button', { name: 'Open the Journal' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Journal' })).toHaveAttribute('aria-selected', 'true');
    // Focus on the screen's heading, where a screen reader starts; no frame round the screen.
    expect(screen.getByRole('heading', { level: 1, name: 'Journal' })).toHaveFocus();
  });

  it('with a pregnancy noted, says whom to ask before pain relief, and why a swollen calf matters more', async () => {
    const withPregnancy = (conditions: 'pregnancy'[]) =>
      createFakeBridge({
        getSettings: () =>
          ipcOk({ ...DEFAULT_SETTINGS, healthNotes: { conditions, medicines: [], other: '' } }),
      });
    await openLearn(withPregnancy(['pregnancy']));
    const after = section('Soreness afterwards');
    const note = await within(after).findByRole('note');
    expect(note).toHaveTextContent(
      /ask your midwife, a pharmacist or your doctor what is safe: anti-inflammatory medicines such as ibuprofen and naproxen are generally not advised in pregnancy/,
    );
    expect(note).toHaveTextContent(/higher in pregnancy and for about six weeks after birth/);
    // The pain-relief paragraph comes after it, still naming the medicines as information.
    expect(
      note.compareDocumentPosition(within(after).getByText(/ibuprofen or naproxen, can ease/)),
    ).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('says the clot risk of pregnancy and after birth with the urgent signs, for everyone', async () => {
    await openLearn();
    expect(section('When to see a doctor')).toHaveTextContent(
      /do not rub it or put warmth on it.*higher in pregnancy and for about six weeks after giving birth/,
    );
    expect(within(section('Soreness afterwards')).queryByRole('note')).toBeNull();
    expect(section('Soreness afterwards')).toHaveTextContent(
      /If you are pregnant, ask your midwife, a pharmacist or your doctor before taking any/,
    );
  });

  it('points out the conditions and medicines ticked in My health notes, with “talk to your doctor”', async () => {
    const { user } = await openLearn(
      createFakeBridge({
        getSettings: () =>
          ipcOk({
            ...DEFAULT_SETTINGS,
            healthNotes: {
              conditions: ['diabetes'],
              medicines: [{ medicine: 'statin', changedOn: null }],
              other: '',
            },
          }),
      }),
    );
    const linked = section('Conditions and medicines linked to cramps');
    const notes = within(linked).getByRole('heading', { level: 3, name: 'From your health notes' });
    const box = notes.parentElement!;
    expect(
      within(box)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Diabetes', 'A statin, for cholesterol']);
    expect(box).toHaveTextContent(
      'Talk to your doctor about them. Never stop or change a medicine on your own.',
    );
    // Diabetes can numb the feet: the burn warning comes with it.
    expect(box).toHaveTextContent(/warmth can burn the skin before you feel it/);
    // The notes come first in the section, before the general lists.
    expect(within(linked).getAllByRole('heading', { level: 3 })[0]).toBe(notes);
    // And the top of the page points to them.
    await user.click(screen.getByRole('link', { name: 'See them under Conditions and medicines' }));
    expect(notes).toHaveFocus();
  });

  it('says where ticked notes would appear when none are ticked', async () => {
    await openLearn();
    expect(section('Conditions and medicines linked to cramps')).toHaveTextContent(
      /If you tick conditions or medicines in My health notes/,
    );
    expect(screen.queryByRole('link', { name: /^See them under/ })).not.toBeInTheDocument();
  });
});

describe('Learn’s words', () => {
  const texts = Object.entries(learnMessagesEn);

  it('never name quinine', () => {
    for (const [key, text] of texts) expect(text, key).not.toMatch(/quinine/i);
  });

  it('never tell anyone to stop or change a medicine, only never to do it on their own', () => {
    for (const [key, text] of texts) {
      for (const sentence of text.split(/(?<=[.:;])\s+/)) {
        if (!/\b(stop|change|start)\w*\b/i.test(sentence) || !/medicine|tablet/i.test(sentence))
          continue;
        const isSafe =
          /never stop or change a medicine on your own/i.test(sentence) ||
          /if your cramps began or grew worse after you started or changed a medicine, tell your doctor/i.test(
            sentence,
          ) ||
          /started after you began a new medicine/i.test(sentence);
        expect(isSafe, `${key}: ${sentence}`).toBe(true);
      }
    }
  });

  it('carry the burn warning wherever warmth is suggested', () => {
    for (const [key, text] of texts) {
      if (!/\bwarm(th)?\b/i.test(text) || key.startsWith('learn.urgent')) continue;
      if (key === 'learn.search.hint' || key === 'learn.notes.heat') continue;
      expect(text, key).toMatch(/never hot/);
      expect(text, key).toMatch(/check your skin/);
      expect(text, key).toMatch(/reduced feeling/);
    }
  });

  it('present pain relief only as information, with the label and a pharmacist', () => {
    const text = learnMessagesEn['learn.after.p2'];
    expect(text).toMatch(/information, not advice/);
    expect(text).toMatch(/follow the label/);
    expect(text).toMatch(/pharmacist/);
  });
});
