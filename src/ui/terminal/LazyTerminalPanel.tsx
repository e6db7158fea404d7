/**
 * The terminal behind an open/close toggle. TerminalPanel (xterm.js, the CLI, the SDK
 * clients, the models) is a separate chunk that is fetched the first time it is opened,
 * never with the first page load.
 */
import Button from '@cloudscape-design/components/button';
import Spinner from '@cloudscape-design/components/spinner';
import { lazy, Suspense, useState } from 'react';
import type { TerminalPanelProps } from './TerminalPanel.tsx';

const TerminalPanel = lazy(() => import('./TerminalPanel.tsx'));

export type LazyTerminalPanelProps = Omit<TerminalPanelProps, 'client'> & {
  /** Undefined while the engine is still loading: an opened terminal waits for it. */
  readonly client: TerminalPanelProps['client'] | undefined;
  readonly openLabel: string;
  readonly closeLabel: string;
  /** Lets the layout give the panel room only while the terminal is open. */
  readonly onOpenChange?: (open: boolean) => void;
};

export function LazyTerminalPanel({ openLabel, closeLabel, onOpenChange, client, ...panel }: LazyTerminalPanelProps) {
  const [open, setOpen] = useState(false);
  const toggle = () => {
    setOpen(!open);
    onOpenChange?.(!open);
  };
  return (
    <div>
      <Button iconName={open ? 'close' : 'script'} onClick={toggle}>{open ? closeLabel : openLabel}</Button>
      {open && !client && <Spinner />}
      {open && client && (
        <Suspense fallback={<Spinner />}>
          <TerminalPanel client={client} {...panel} />
        </Suspense>
      )}
    </div>
  );
}
