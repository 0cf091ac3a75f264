import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ImportOutcome } from '../../../core/routines/routine-transfer';
import type { BedtimeBridge } from '../../../core/ipc/bridge';
import type { IpcResult } from '../../../core/ipc/ipc-result';
import type { SettingsView } from '../../settings/use-settings';
import { t, tPlural } from '../../i18n';
import type { OwnRoutineActions } from './routines-screen';

/** A failed reply in plain words: main's own message where it wrote one for the user. */
function problemOf(result: IpcResult<unknown>): string | null {
  if (result.ok) return null;
  const { code, message } = result.error;
  return code === 'not-saved' || code === 'not-allowed-now' ? message : t('routines.notSaved');
}

/** How an import went, in plain words (`null` when it was cancelled). */
function importMessage(outcome: ImportOutcome): string | null {
  switch (outcome.kind) {
    case 'cancelled':
      return null;
    case 'imported':
      return tPlural('routines.imported', outcome.names.length, {
        names: outcome.names.join(', '),
      });
    case 'refused':
      return t('routines.importRefused', { message: outcome.message, where: outcome.where });
  }
}

/**
 * The user's own routines as the Routines screen changes them, through main: save, delete, make
 * one tonight's, import and export; `message` says how the last import or export went.
 */
export function useOwnRoutines(
  bridge: BedtimeBridge | null,
  changeVia: SettingsView['changeVia'],
): { actions: OwnRoutineActions; message: string | null } {
  const [message, setMessage] = useState<string | null>(null);
  // A routines file opened with the app is imported by main, which says how it went.
  useEffect(() => {
    if (!bridge) return;
    return bridge.on('importOutcome', (outcome) => setMessage(importMessage(outcome)));
  }, [bridge]);
  const importFile = useCallback(async () => {
    if (!bridge) return;
    const result = await bridge.importRoutines();
    setMessage(result.ok ? importMessage(result.value) : t('routines.importFailed'));
  }, [bridge]);
  const exportFile = useCallback(
    async (routineIds: readonly string[]) => {
      if (!bridge) return;
      const result = await bridge.exportRoutines({ routineIds: [...routineIds] });
      if (!result.ok) return setMessage(t('routines.exportFailed'));
      const outcome = result.value;
      if (outcome.kind === 'saved') {
        setMessage(tPlural('routines.exported', outcome.count, { file: outcome.fileName }));
      }
      if (outcome.kind === 'failed') setMessage(outcome.message);
    },
    [bridge],
  );
  const actions = useMemo<OwnRoutineActions>(
    () => ({
      save: async (routine) =>
        bridge ? problemOf(await bridge.saveOwnRoutine(routine)) : t('routines.notSaved'),
      remove: async (routineId) =>
        bridge ? problemOf(await bridge.deleteOwnRoutine({ routineId })) : t('routines.notSaved'),
      setTonight: (routineId) =>
        void changeVia(['tonightRoutineId'], (b) => b.setTonightRoutine({ routineId })),
      importFile: () => void importFile(),
      exportFile: (routineIds) => void exportFile(routineIds),
      setFavour: (routineId, favour) =>
        void changeVia(['routineFavour'], (b) => b.setRoutineFavour({ routineId, favour })),
    }),
    [bridge, changeVia, importFile, exportFile],
  );
  return { actions, message };
}
