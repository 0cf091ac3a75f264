import { useCallback, useEffect, useRef, useState } from 'react';
import { decideHeat } from '../../core/routines/heat-rule';
import { hasClotCautionStep, type ClotCaution } from '../../core/health/clot-caution';
import { hasHeatStep } from '../../core/routines/heat-steps';
import { tonightRoutineOf } from '../../core/routines/tonight-routine';
import { refreshAppTimeZone, useAppTimeZone } from '../app-time-zone';
import { diaryLegDefault } from '../../core/settings/cramp-leg';
import type { Routine } from '../../core/routines/routine-schema';
import type { Settings } from '../../core/settings/settings-schema';
import type { BedtimeBridge } from '../../core/ipc/bridge';
import type { CuePlayer } from '../audio/cue-player';
import type { Speaker } from '../audio/speech';
import { useCueAudio } from '../audio/use-cue-audio';
import { LiveAnnouncer, useAnnounce } from '../components/live-announcer';
import { ScreenNav } from '../components/screen-nav';
import { HeatQuestion } from '../features/heat/heat-question';
import { DiaryForm } from '../features/journal/diary-form';
import { useDiary } from '../features/journal/use-diary';
import { useDiaryForm } from '../features/journal/use-diary-form';
import { PlayerScreen } from '../features/player/player-screen';
import { focusScreenHeading } from '../components/focus-screen-heading';
import type { EditorSession } from '../features/routines/editor/routine-editor';
import { useOwnRoutines } from '../features/routines/use-own-routines';
import { useRoutines, useStepLibrary } from '../features/routines/use-routines';
import { useStartRoutine } from '../features/routines/use-start-routine';
import { useNextReminder } from '../features/tonight/use-next-reminder';
import { t } from '../i18n';
import { useSession } from '../session/use-session';
import { useSettings } from '../settings/use-settings';
import { RedFlagNote } from '../features/journal/red-flag-note';
import { Welcome } from '../features/welcome/welcome';
import { useWelcome } from '../features/welcome/use-welcome';
import { CurrentScreen } from './current-screen';
import { SCREEN_LABELS, type Screen } from './screens';

/** What makes sound; absent in tests that do not listen. */
export interface AppAudio {
  readonly player: CuePlayer | null;
  readonly speaker: Speaker | null;
}

const SILENT: AppAudio = { player: null, speaker: null };

/** The app's root: the player while a routine is on, otherwise the screens. */
export function App({
  bridge,
  audio = SILENT,
}: {
  readonly bridge: BedtimeBridge | null;
  readonly audio?: AppAudio;
}) {
  return (
    <LiveAnnouncer>
      <AppShell bridge={bridge} audio={audio} />
    </LiveAnnouncer>
  );
}

function AppShell({
  bridge,
  audio,
}: {
  readonly bridge: BedtimeBridge | null;
  readonly audio: AppAudio;
}) {
  const [screen, setScreen] = useState<Screen>('tonight');
  const [version, setVersion] = useState<string | null>(null);
  const announce = useAnnounce();
  const session = useSession(bridge);
  const settingsView = useSettings(bridge);
  const { settings, update } = settingsView;
  const routines = useRoutines(bridge);
  const nextReminder = useNextReminder(bridge);
  const ownRoutines = useOwnRoutines(bridge, settingsView.changeVia);
  const library = useStepLibrary(bridge);
  // The routine being changed lives here, so leaving Routines (or a routine starting) loses nothing.
  const [editing, setEditing] = useState<EditorSession | null>(null);
  const diary = useDiary(bridge);
  const starter = useStartRoutine(session.controls, settings, update, diary.view.clotCaution);
  const panel = useRef<HTMLDivElement>(null);
  const diaryForm = useDiaryForm(diary, panel);
  const welcome = useWelcome(settingsView);
  // Out of the welcome, the keyboard lands on the screen (the player takes it, if one started).
  const wasWelcome = useRef(false);
  useEffect(() => {
    if (wasWelcome.current && !welcome.isShown) focusScreenHeading(panel.current);
    wasWelcome.current = welcome.isShown;
  }, [welcome.isShown]);
  // Times are shown in main's zone; when the window comes back into view, main is asked again
  // (the system's zone may have changed) and everything showing a time is drawn anew.
  useAppTimeZone();
  useEffect(() => {
    if (!bridge) return;
    const refresh = () => void refreshAppTimeZone(bridge);
    refresh();
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [bridge]);
  // A routine that could not be written to the history is said where it ended.
  const [notKept, setNotKept] = useState<string | null>(null);
  useEffect(() => {
    if (!bridge) return;
    return bridge.on('sessionNotKept', ({ message }) => {
      setNotKept(message);
      announce(message);
    });
  }, [bridge, announce]);
  const { open: openForm, leave: leaveForm } = diaryForm;
  useCueAudio(audio.player, audio.speaker, session.snapshot, session.soundCues, settings);

  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    void bridge.getAppInfo().then((result) => {
      if (isCurrent && result.ok) setVersion(result.value.version);
    });
    const stop = bridge.on('navigate', ({ screen: next }) => {
      // "Log a cramp" from the tray opens the form over whatever screen is showing.
      if (next === 'log-cramp') return openForm({});
      setScreen(next);
      leaveForm();
    });
    return () => {
      isCurrent = false;
      stop();
    };
  }, [bridge, openForm, leaveForm]);

  const show = (next: Screen) => {
    if (next !== screen) announce(t('nav.screenAnnouncement', { screen: t(SCREEN_LABELS[next]) }));
    // A change that could not be saved is told where it was made, and not carried elsewhere.
    if (next !== screen) settingsView.clearProblem();
    setScreen(next);
    diaryForm.leave();
  };

  // A screen opened from another screen's button: its heading takes the focus once it is drawn.
  const [headingFocusAsked, askHeadingFocus] = useState(0);
  useEffect(() => {
    if (headingFocusAsked > 0) focusScreenHeading(panel.current);
  }, [headingFocusAsked]);

  const { snapshot } = session;
  const isActive = snapshot.status !== 'idle';
  // Back from a routine, focus returns to the screen the user started it from.
  const wasActive = useRef(isActive);
  const { clearProblem } = settingsView;
  useEffect(() => {
    if (wasActive.current && !isActive) focusScreenHeading(panel.current);
    // The player opens at its top, whatever the screen it was started from was scrolled to.
    if (!wasActive.current && isActive) window.scrollTo?.(0, 0);
    if (wasActive.current !== isActive) clearProblem();
    if (!wasActive.current && isActive) setNotKept(null);
    wasActive.current = isActive;
  }, [isActive, clearProblem]);
  const toggleMute = useCallback(
    () => void update({ isMuted: !settings.isMuted }),
    [update, settings.isMuted],
  );

  if (snapshot.status !== 'idle') {
    return (
      <div className="app app--player">
        <header className="app__header">
          <p className="app__name">{t('app.name')}</p>
        </header>
        <main className="screen">
          <PlayerScreen
            snapshot={snapshot}
            elapsed={session.elapsed}
            controls={session.controls}
            soundCues={session.soundCues}
            error={session.error ?? settingsView.problem?.message ?? null}
            notice={
              clotCautionNote(snapshot.routine, routines, diary.view.clotCaution) ??
              heatLeftOutNote(snapshot.routine, routines, settings)
            }
            isMuted={settings.isMuted}
            onToggleMute={toggleMute}
            notKept={notKept}
          />
        </main>
      </div>
    );
  }

  if (welcome.isShown) {
    const tonight = tonightRoutineOf(settings.tonightRoutineId, routines).routine ?? undefined;
    return (
      <div className="app">
        <main className="screen">
          <Welcome
            settings={settings}
            onChange={update}
            soundCheck={(prompt, volume) => {
              audio.player?.play('start');
              return {
                isSpoken: !settings.isMuted && (audio.speaker?.say(prompt, volume) ?? false),
              };
            }}
            tonightRoutineName={tonight?.name ?? ''}
            problem={settingsView.problem?.message ?? null}
            onDone={(startTonight) => {
              welcome.close();
              setScreen('tonight');
              if (startTonight && tonight) starter.start(tonight, settings.tonightMinutes);
            }}
          />
        </main>
      </div>
    );
  }

  const isAsking = starter.askingFor !== null;
  return (
    <div className="app">
      {isAsking && (
        <div className="modal-backdrop">
          <HeatQuestion
            error={starter.answerError}
            onAnswer={(answer) => void starter.answer(answer)}
            onCancel={starter.cancel}
          />
        </div>
      )}
      {/* While the question is open, nothing behind it can be reached. */}
      <header className="app__header" inert={isAsking}>
        <p className="app__name">{t('app.name')}</p>
        <ScreenNav current={screen} onSelect={show} />
      </header>
      <main className="screen" inert={isAsking}>
        <div
          ref={panel}
          className="screen__panel"
          role="tabpanel"
          id={`panel-${screen}`}
          aria-labelledby={`tab-${screen}`}
          tabIndex={-1}
        >
          {!bridge && (
            <p className="notice" role="alert">
              {t('error.bridgeMissing')}
            </p>
          )}
          {session.error && (
            <p className="notice" role="alert">
              {session.error}
            </p>
          )}
          {/* Said beside the button that opened the form on Tonight and the Journal; elsewhere
              (the tray opened it over another screen), here at the top. */}
          {diaryForm.note && screen !== 'tonight' && screen !== 'journal' && (
            <p className="notice notice--calm">{diaryForm.note}</p>
          )}
          {diaryForm.urgent && <RedFlagNote flag={diaryForm.urgent} />}
          {diaryForm.form && (
            <DiaryForm
              // A form opened anew (the tray while changing an entry) starts afresh.
              key={diaryForm.form.entry?.id ?? diaryForm.form.startMs}
              open={diaryForm.form}
              defaultLeg={diaryLegDefault(settings)}
              onSave={diaryForm.save}
              onCancel={diaryForm.close}
            />
          )}
          <div hidden={Boolean(diaryForm.form)}>
            <CurrentScreen
              reminder={nextReminder}
              onTestReminder={() => void bridge?.sendTestReminder()}
              screen={screen}
              routines={routines}
              onStart={starter.start}
              settings={settingsView}
              onSettings={update}
              ownRoutines={ownRoutines}
              library={library}
              bridge={bridge}
              editing={editing}
              setEditing={setEditing}
              diary={diary}
              diaryForm={diaryForm}
              onWelcomeAgain={welcome.open}
              onShow={(next) => {
                show(next);
                // The button pressed has gone with its screen: the new screen's heading takes
                // the keyboard once it is drawn.
                askHeadingFocus((asked) => asked + 1);
              }}
            />
          </div>
        </div>
      </main>
      <footer className="app__footer" inert={isAsking}>
        <p>{t('footer.guidance')}</p>
        {version && <p className="app__version">{t('footer.version', { version })}</p>}
      </footer>
    </div>
  );
}

/**
 * A calm note when the routine runs without its warmth, saying why; otherwise `null`. The heat
 * rule (`decideHeat`) says whether the user's answer leaves warmth out; if warmth is missing and
 * the rule would have asked first, it was "Cramp now" starting without waiting for the question.
 */
function heatLeftOutNote(
  running: Routine,
  routines: readonly Routine[],
  settings: Settings,
): string | null {
  const original = routines.find((routine) => routine.id === running.id);
  if (!original || !hasHeatStep(original) || hasHeatStep(running)) return null;
  const decision = decideHeat(original, settings.reducedFeeling, false);
  return decision.kind === 'ask-first' ? t('heat.crampNowNote') : t('heat.skippedNote');
}

/**
 * A plain note when the clot caution left massage or warmth out of the running routine, saying
 * why and to get the leg checked today; otherwise `null`.
 */
function clotCautionNote(
  running: Routine,
  routines: readonly Routine[],
  caution: ClotCaution | null,
): string | null {
  const original = routines.find((routine) => routine.id === running.id);
  if (!caution || !original || !hasClotCautionStep(original) || hasClotCautionStep(running))
    return null;
  return t('clot.playerNote');
}
