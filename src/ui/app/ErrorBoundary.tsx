/** Catches a render error anywhere below it so the learner gets a message, never a white page. */
import { Component, type ReactNode } from 'react';
import { FatalError } from './FatalError.tsx';
import { loadLocale } from '../hooks/useLocale.ts';

type State = { error?: unknown };

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('unknown error') };
  }

  override componentDidCatch(error: unknown): void {
    // Kept in the console for whoever fixes the bug; the learner sees FatalError.
    console.error('[ui] render error', error);
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <FatalError locale={loadLocale()} title="app.crashed" error={this.state.error} />;
  }
}
