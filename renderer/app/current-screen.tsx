import type { Dispatch, SetStateAction } from 'react';
import type { BedtimeBridge } from '../../core/ipc/bridge';
import { CRAMP_NOW_ROUTINE_ID } from '../../core/routines/routine-ids';
import type { Step } from '../../core/routines/routine-schema';
import type { SettingsPatch } from '../../core/settings/settings-schema';
import { JournalScreen } from '../features/journal/journal-screen';
import type { Diary } from '../features/journal/use-diary';
import type { DiaryFormState } from '../features/journal/use-diary-form';
import { LearnScreen } from '../features/learn/learn-screen';
import type { EditorSession } from '../features/routines/editor/routine-editor';
import { RoutinesScreen } from '../features/routines/routines-screen';
import type { useOwnRoutines } from '../features/routines/use-own-routines';
import { SettingsScreen } from '../features/settings/settings-screen';
import { TonightScreen } from '../features/tonight/tonight-screen';
import type { useNextReminder } from '../features/tonight/use-next-reminder';
import type { SettingsView } from '../settings/use-settings';
import type { Screen } from './screens';

/** The screen chosen in the navigation, with what it shows and does. */
export function CurrentScreen(props: {
  readonly reminder: ReturnType<typeof useNextReminder>;
  readonly onTestReminder: () => void;
  readonly screen: Screen;
  readonly routines: Parameters<typeof RoutinesScreen>[0]['routines'];
  readonly onStart: Parameters<typeof RoutinesScreen>[0]['onStart'];
  readonly settings: SettingsView;
  readonly onSettings: SettingsView['update'];
  readonly ownRoutines: ReturnType<typeof useOwnRoutines>;
  readonly library: readonly Step[];
  readonly bridge: BedtimeBridge | null;
  readonly editing: EditorSession | null;
  readonly setEditing: Dispatch<SetStateAction<EditorSession | null>>;
  readonly diary: Diary;
  readonly diaryForm: DiaryFormState;
  readonly onWelcomeAgain?: () => void;
  /** Shows another screen (Learn's "Open the Journal"). */
  readonly onShow?: (screen: Screen) => void;
}) {
  const { diary, diaryForm } = props;
  const { settings, problem } = props.settings;
  /** A change that did not take, for the screen where it was made. */
  const problemWith = (...fields: (keyof SettingsPatch)[]) =>
    problem && fields.some((field) => problem.fields.includes(field)) ? problem.message : null;
  switch (props.screen) {
    case 'tonight':
      return (
        <TonightScreen
          bridge={props.bridge}
          routines={props.routines}
          settings={settings}
          onLength={(tonightMinutes) => void props.onSettings({ tonightMinutes })}
          lengthProblem={problemWith('tonightMinutes')}
          onStart={props.onStart}
          reminder={props.reminder.reminder}
          onReminderAction={(action) => void props.reminder.act(action)}
          isCheckIn={diary.view.checkIn !== null}
          onCheckIn={diaryForm.answerCheckIn}
          onLogCramp={() => diaryForm.open({})}
          diaryNote={diaryForm.form ? null : diaryForm.note}
          clotCaution={diary.view.clotCaution}
          onLegChecked={diary.confirmLegChecked}
        />
      );
    case 'routines':
      return (
        <RoutinesScreen
          routines={props.routines}
          ownIds={new Set(settings.ownRoutines.map((routine) => routine.id))}
          tonightRoutineId={settings.tonightRoutineId}
          library={props.library}
          onStart={props.onStart}
          actions={props.ownRoutines.actions}
          message={props.ownRoutines.message}
          hasReducedFeeling={settings.reducedFeeling === 'yes'}
          routineFavour={settings.routineFavour}
          editing={props.editing}
          setEditing={props.setEditing}
          settingsProblem={problemWith('tonightRoutineId', 'routineFavour')}
        />
      );
    case 'journal':
      return (
        <JournalScreen
          bridge={props.bridge}
          diary={diary}
          onLog={() => diaryForm.open({})}
          onEdit={(entry) => diaryForm.open({ entry })}
          diaryNote={diaryForm.form ? null : diaryForm.note}
        />
      );
    case 'learn': {
      const crampNow = props.routines.find((routine) => routine.id === CRAMP_NOW_ROUTINE_ID);
      return (
        <LearnScreen
          notes={settings.healthNotes}
          onCrampNow={crampNow && (() => props.onStart(crampNow))}
          onOpenJournal={() => props.onShow?.('journal')}
        />
      );
    }
    case 'settings':
      return (
        <SettingsScreen
          settings={props.settings.settings}
          bridge={props.bridge}
          storage={props.settings.storage}
          problem={props.settings.problem}
          onTestReminder={props.onTestReminder}
          onChange={(patch) => void props.onSettings(patch)}
          onWelcomeAgain={props.onWelcomeAgain}
        />
      );
  }
}
