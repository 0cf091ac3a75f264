import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ipcOk } from '../../../../core/ipc/ipc-result';
import type { Routine } from '../../../../core/routines/routine-schema';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

async function openRoutines(overrides: Parameters<typeof createFakeBridge>[0] = {}) {
  const user = userEvent.setup();
  const fake = createFakeBridge(overrides);
  render(<App bridge={fake.bridge} />);
  await user.click(await screen.findByRole('tab', { name: 'Routines' }));
  await screen.findByRole('heading', { name: 'Built-in routines' });
  return { user, fake };
}

/** The last routine sent to main to be saved. */
const lastSaved = (fake: ReturnType<typeof createFakeBridge>) =>
  fake.spies.saveOwnRoutine.mock.calls.at(-1)?.[0] as Routine;

/** The editor's step titles, in order. */
const stepTitles = () =>
  screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

async function copyBeforeSleep(user: ReturnType<typeof userEvent.setup>) {
  await user.click(
    screen.getByRole('button', {
      name: 'Make a copy to change: Before sleep: calf and hamstring stretches',
    }),
  );
  await screen.findByRole('heading', { name: /^Change “My Before sleep/ });
}

describe('the routines screen and editor', () => {
  it('keeps built-ins read-only: a copy is made, saved as the user’s own, and opened to change', async () => {
    const { user, fake } = await openRoutines();
    expect(screen.getByText(/None yet/)).toBeInTheDocument();
    await copyBeforeSleep(user);
    expect(lastSaved(fake)).toMatchObject({
      id: 'my-before-sleep-calf-and-hamstring-stretches',
      name: 'My Before sleep: calf and hamstring stretches',
    });
    expect(stepTitles()).toEqual(['1. Calf stretch at the wall', '2. Hamstring stretch']);
  });

  it('renames, adds a step from the library, reorders by keyboard buttons, changes a hold, and saves', async () => {
    const { user, fake } = await openRoutines();
    await copyBeforeSleep(user);
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'My nightly stretch');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a step' }), 'Calf massage');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(stepTitles()).toEqual([
      '1. Calf stretch at the wall',
      '2. Hamstring stretch',
      '3. Calf massage',
    ]);
    await user.click(screen.getByRole('button', { name: 'Move Calf massage up' }));
    await user.click(screen.getByRole('button', { name: 'Move Calf massage up' }));
    expect(stepTitles()[0]).toBe('1. Calf massage');
    const [massage] = screen.getAllByRole('listitem');
    const hold = within(massage!).getByRole('spinbutton', { name: /^Hold, in seconds/ });
    await user.clear(hold);
    await user.type(hold, '60');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(lastSaved(fake)).toMatchObject({
      name: 'My nightly stretch',
      steps: [
        { id: 'calf-massage', holdSeconds: 60 },
        { id: 'calf-wall-stretch' },
        { id: 'hamstring-stretch' },
      ],
    });
  });

  it('explains a value out of range beside its field, and will not save until it is put right', async () => {
    const { user } = await openRoutines();
    await copyBeforeSleep(user);
    const [first] = screen.getAllByRole('listitem');
    const hold = within(first!).getByRole('spinbutton', { name: /^Hold, in seconds \(10 to 30\)/ });
    await user.clear(hold);
    await user.type(hold, '90');
    expect(within(first!).getByText('Use a hold from 10 to 30 seconds.')).toBeInTheDocument();
    expect(hold).toHaveAttribute('aria-invalid', 'true');
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    // Why it does nothing, said beside it.
    expect(save).toHaveAccessibleDescription('To save, first put right what is marked above.');
    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    expect(screen.getByText('Give the routine a name.')).toBeInTheDocument();
  });

  it('keeps warmth to 20 minutes a leg: too many repetitions are explained and not saved', async () => {
    const { user } = await openRoutines();
    await copyBeforeSleep(user);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Add a step' }),
      'Warm compress on the calf',
    );
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const warmth = screen.getAllByRole('listitem').at(-1)!;
    const repetitions = within(warmth).getByRole('spinbutton', { name: /^Repetitions/ });
    await user.clear(repetitions);
    // Up to 300 s a hold: 5 repetitions could run 25 minutes on a leg.
    await user.type(repetitions, '5');
    expect(
      within(warmth).getByText(
        'Warmth may last at most 20 minutes on each leg: use fewer repetitions or a shorter hold.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.clear(repetitions);
    await user.type(repetitions, '4');
    expect(within(warmth).queryByText(/Warmth may last at most/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    expect(screen.queryByText('To save, first put right what is marked above.')).toBeNull();
  });

  it('takes a rest or a number of repetitions beyond the step’s fitting range, widening it', async () => {
    const { user, fake } = await openRoutines();
    await copyBeforeSleep(user);
    const [first] = screen.getAllByRole('listitem');
    const rest = within(first!).getByRole('spinbutton', { name: /^Rest between repetitions/ });
    await user.clear(rest);
    await user.type(rest, '20');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(lastSaved(fake).steps[0]).toMatchObject({
      restSeconds: 20,
      minRestSeconds: 5,
      maxRestSeconds: 20,
    });
  });

  it('lets the user give one leg extra time: in Settings for every routine, and per routine', async () => {
    const { user, fake } = await openRoutines();
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    // One question: the leg that cramps more starts the diary and gets extra time in routines.
    const leg = screen.getByRole('group', { name: 'Does one leg cramp more?' });
    await user.click(within(leg).getByRole('radio', { name: 'Yes, my left leg' }));
    expect(fake.spies.updateSettings).toHaveBeenLastCalledWith({
      crampLeg: 'left',
      favourSide: 'left',
    });
    await user.click(screen.getByRole('tab', { name: 'Routines' }));
    await copyBeforeSleep(user);
    const favour = screen.getByRole('combobox', { name: 'Extra time for one leg in this routine' });
    expect(favour).toHaveValue('usual');
    await user.selectOptions(favour, 'Neither');
    expect(fake.spies.setRoutineFavour).toHaveBeenLastCalledWith({
      routineId: 'my-before-sleep-calf-and-hamstring-stretches',
      favour: 'none',
    });
  });

  it('never throws away unsaved changes on Close without asking', async () => {
    const { user, fake } = await openRoutines();
    await copyBeforeSleep(user);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), ' (short)');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('alert')).toHaveTextContent('not saved yet');
    await user.click(screen.getByRole('button', { name: 'Keep changing it' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue(
      'My Before sleep: calf and hamstring stretches (short)',
    );
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Save and close' }));
    expect(lastSaved(fake).name).toBe('My Before sleep: calf and hamstring stretches (short)');
    expect(await screen.findByRole('heading', { name: 'Built-in routines' })).toBeInTheDocument();
  });

  it('keeps the changes being made when the user goes to another screen and back', async () => {
    const { user } = await openRoutines();
    await copyBeforeSleep(user);
    // Opened, the editor has the focus (the button that opened it is gone).
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), ' (draft)');
    await user.click(screen.getByRole('tab', { name: 'Tonight' }));
    await user.click(screen.getByRole('tab', { name: 'Routines' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue(
      'My Before sleep: calf and hamstring stretches (draft)',
    );
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Close without saving' }));
    // Closed, the focus is back on that routine's Change button.
    expect(
      await screen.findByRole('button', {
        name: 'Change: My Before sleep: calf and hamstring stretches',
      }),
    ).toHaveFocus();
  });

  it('removes a step with undo', async () => {
    const { user } = await openRoutines();
    await copyBeforeSleep(user);
    await user.click(screen.getByRole('button', { name: 'Remove Calf stretch at the wall' }));
    expect(stepTitles()).toEqual(['1. Hamstring stretch']);
    expect(screen.getByText('Calf stretch at the wall was removed.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(stepTitles()).toEqual(['1. Calf stretch at the wall', '2. Hamstring stretch']);
  });

  it('shows a refusal from main beside Save and keeps the draft', async () => {
    let saves = 0;
    const { user } = await openRoutines({
      saveOwnRoutine: (routine) => {
        saves += 1;
        // The copy is saved; the next save finds the disk full.
        return saves === 1
          ? ipcOk([routine])
          : { ok: false, error: { code: 'not-saved', message: 'The disk may be full.' } };
      },
    });
    await copyBeforeSleep(user);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), ' again');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The disk may be full.');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue(
      'My Before sleep: calf and hamstring stretches again',
    );
  });

  it('deletes one of the user’s own routines with undo, and makes one tonight’s routine', async () => {
    const { user, fake } = await openRoutines();
    await copyBeforeSleep(user);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    const name = 'My Before sleep: calf and hamstring stretches';
    await user.click(
      await screen.findByRole('button', { name: `Make it tonight’s routine: ${name}` }),
    );
    expect(fake.spies.setTonightRoutine).toHaveBeenLastCalledWith({
      routineId: 'my-before-sleep-calf-and-hamstring-stretches',
    });
    await user.click(screen.getByRole('button', { name: `Delete: ${name}` }));
    expect(fake.spies.deleteOwnRoutine).toHaveBeenCalledWith({
      routineId: 'my-before-sleep-calf-and-hamstring-stretches',
    });
    expect(await screen.findByText(`${name} was deleted.`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: `Delete: ${name}` })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: `Delete: ${name}` })).toBeInTheDocument();
    // It was tonight's routine: undo makes it tonight's again.
    expect(fake.spies.setTonightRoutine).toHaveBeenLastCalledWith({
      routineId: 'my-before-sleep-calf-and-hamstring-stretches',
    });
  });

  it('says how an import went: the routines added, or what was wrong and where', async () => {
    let reply: unknown = { kind: 'imported', names: ['Evening', 'Morning'] };
    const { user } = await openRoutines({ importRoutines: () => ipcOk(reply) });
    await user.click(screen.getByRole('button', { name: 'Import routines from a file…' }));
    expect(await screen.findByText('Imported 2 routines: Evening, Morning.')).toBeInTheDocument();
    reply = { kind: 'refused', message: 'The file ends too soon.', where: 'line 4, column 3' };
    await user.click(screen.getByRole('button', { name: 'Import routines from a file…' }));
    expect(await screen.findByText(/That file was not imported/)).toHaveTextContent(
      'That file was not imported: The file ends too soon. (at line 4, column 3). Nothing changed.',
    );
  });

  it('says how the import of a file opened with the app went', async () => {
    const { fake } = await openRoutines();
    act(() => fake.emit('importOutcome', { kind: 'imported', names: ['Evening'] }));
    expect(await screen.findByText('Imported 1 routine: Evening.')).toBeInTheDocument();
  });
});
