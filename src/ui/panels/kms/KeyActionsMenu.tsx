/** "Key actions" for the chosen keys, with the deletion dialog it opens. */
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import { useState } from 'react';
import { useLocale } from '../../hooks/useLocale.ts';
import { keyLabel } from '../../kms/loadKeys.ts';
import type { KeyState } from '../../kms/kmsApi.ts';
import { ScheduleDeletionModal } from './ScheduleDeletionModal.tsx';
import { useKeyActions } from './useKeyActions.ts';

type Key = { KeyId: string; KeyState: KeyState; aliases: readonly string[] };

export function KeyActionsMenu({ keys, onDone }: { keys: readonly Key[]; onDone?: () => void }) {
  const { t } = useLocale();
  const actions = useKeyActions();
  const [scheduling, setScheduling] = useState(false);
  const all = (state: KeyState) => keys.length > 0 && keys.every((k) => k.KeyState === state);
  const notPending = keys.length > 0 && keys.every((k) => k.KeyState === 'Enabled' || k.KeyState === 'Disabled' || k.KeyState === 'PendingImport');

  return (
    <>
      <ButtonDropdown
        loading={actions.pending}
        disabled={keys.length === 0}
        items={[
          { id: 'enable', text: t('keys.enable'), disabled: !all('Disabled') },
          { id: 'disable', text: t('keys.disable'), disabled: !all('Enabled') },
          { id: 'schedule', text: t('deletion.title'), disabled: !notPending },
          { id: 'cancel', text: t('deletion.cancel'), disabled: !all('PendingDeletion') },
        ]}
        onItemClick={({ detail }) => {
          if (detail.id === 'schedule') return setScheduling(true);
          const done = detail.id === 'cancel' ? actions.cancelDeletion(keys) : actions.setEnabled(keys, detail.id === 'enable');
          void done.then(() => onDone?.());
        }}
      >
        {t('keys.actions')}
      </ButtonDropdown>
      {scheduling && (
        <ScheduleDeletionModal
          keys={keys.map(keyLabel)}
          pending={actions.pending}
          onCancel={() => setScheduling(false)}
          onSchedule={(days) => void actions.scheduleDeletion(keys, days).then(() => { setScheduling(false); onDone?.(); })}
        />
      )}
    </>
  );
}
