import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ipcFail, ipcOk } from '../../../../core/ipc/ipc-result';
import { App } from '../../../../renderer/app/app';
import { createFakeBridge } from '../../../fakes/fake-bridge';

/** The app at the report for the doctor, its save answering "saved" unless told otherwise. */
async function openReport(fake = createFakeBridge()) {
  const user = userEvent.setup();
  render(<App bridge={fake.bridge} />);
  await user.click(screen.getByRole('tab', { name: 'Journal' }));
  await user.click(screen.getByRole('button', { name: 'Report for the doctor' }));
  const report = screen.getByRole('article', { name: 'Report for the doctor' });
  await within(report).findByText('The diary in detail');
  const ask = async () => {
    await user.click(within(report).getByRole('button', { name: 'Save as PDF…' }));
    return within(report).getByRole('form', { name: 'Your name on the report?' });
  };
  return { user, fake, report, ask };
}

/** Main's save, noting what the page showed at the moment main printed it. */
function savingBridge() {
  const printed: string[] = [];
  const fake = createFakeBridge({
    saveDoctorReport: () => {
      printed.push(screen.getByRole('article', { name: 'Report for the doctor' }).textContent!);
      return ipcOk({ kind: 'saved', file: 'report.pdf' });
    },
  });
  return { fake, printed };
}

describe('the name and date of birth on the report', () => {
  it('are asked when saving, never needed: left empty, the report is saved as it is', async () => {
    const { fake, printed } = savingBridge();
    const { user, report, ask } = await openReport(fake);
    const asked = await ask();
    // The question takes the keyboard, with both fields empty and said to be optional.
    expect(within(asked).getByRole('heading', { name: 'Your name on the report?' })).toHaveFocus();
    expect(asked).toHaveTextContent('Both are optional.');
    expect(within(asked).getByRole('textbox', { name: 'Name' })).toHaveValue('');
    expect(within(asked).getByLabelText('Date of birth')).toHaveValue('');
    await user.click(within(asked).getByRole('button', { name: 'Save as PDF…' }));
    expect(await within(report).findByText('Saved to report.pdf.')).toBeVisible();
    expect(fake.spies.updateSettings).not.toHaveBeenCalled();
    expect(printed).toHaveLength(1);
    expect(within(report).queryByText('Name')).not.toBeInTheDocument();
  });

  it('given, are kept in the settings and head the page before main prints it', async () => {
    const { fake, printed } = savingBridge();
    const { user, report, ask } = await openReport(fake);
    const asked = await ask();
    await user.type(within(asked).getByRole('textbox', { name: 'Name' }), '  Ann O’Neill ');
    await user.type(within(asked).getByLabelText('Date of birth'), '1948-03-07');
    await user.click(within(asked).getByRole('button', { name: 'Save as PDF…' }));
    expect(await within(report).findByText('Saved to report.pdf.')).toBeVisible();
    expect(fake.spies.updateSettings).toHaveBeenCalledWith({
      reportPatient: { name: 'Ann O’Neill', birthDate: '1948-03-07' },
    });
    // What main printed: the page with the name and date of birth at its head.
    expect(printed).toEqual([
      expect.stringMatching(
        /Report for the doctorNameAnn O’NeillDate of birthMarch 7, 1948Nights from the evening of/,
      ),
    ]);

    // The next time, they are offered again as given; unchanged, nothing more is kept.
    const again = await ask();
    expect(within(again).getByRole('textbox', { name: 'Name' })).toHaveValue('Ann O’Neill');
    expect(within(again).getByLabelText('Date of birth')).toHaveValue('1948-03-07');
    await user.click(within(again).getByRole('button', { name: 'Save as PDF…' }));
    await expect.poll(() => printed.length).toBe(2);
    expect(fake.spies.updateSettings).toHaveBeenCalledTimes(1);
  });

  it('Cancel or Escape saves nothing and gives the keyboard back to Save', async () => {
    const { fake } = savingBridge();
    const { user, report, ask } = await openReport(fake);
    await ask();
    await user.click(within(report).getByRole('button', { name: 'Cancel' }));
    expect(within(report).getByRole('button', { name: 'Save as PDF…' })).toHaveFocus();
    const asked = await ask();
    await user.type(within(asked).getByRole('textbox', { name: 'Name' }), 'Ann{Escape}');
    expect(within(report).queryByRole('form')).not.toBeInTheDocument();
    expect(within(report).getByRole('button', { name: 'Save as PDF…' })).toHaveFocus();
    expect(fake.spies.updateSettings).not.toHaveBeenCalled();
    expect(fake.spies.saveDoctorReport).not.toHaveBeenCalled();
  });

  it('when the name cannot be kept, says why and prints nothing', async () => {
    const { fake } = savingBridge();
    fake.spies.updateSettings.mockResolvedValueOnce(
      ipcFail('not-saved', 'Your settings could not be saved.'),
    );
    const { user, report, ask } = await openReport(fake);
    const asked = await ask();
    await user.type(within(asked).getByRole('textbox', { name: 'Name' }), 'Ann');
    await user.click(within(asked).getByRole('button', { name: 'Save as PDF…' }));
    expect(await within(report).findByText('Your settings could not be saved.')).toBeVisible();
    expect(fake.spies.saveDoctorReport).not.toHaveBeenCalled();
  });
});
