/** How a step's state looks: Cloudscape's status indicator types. */
import type { StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { StepState } from '../../runner/index.ts';

const INDICATORS: Record<StepState, StatusIndicatorProps.Type> = { done: 'success', active: 'in-progress', locked: 'stopped' };

export const stepIndicator = (state: StepState): StatusIndicatorProps.Type => INDICATORS[state];
