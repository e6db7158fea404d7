/** What the lab panel needs from the runner (no React here). */
export { createLabSession } from './session/createLabSession.ts';
export type { LabSession, LabStatus, StepStatus, LabSessionOptions } from './session/createLabSession.ts';
export type { LabHost, LineOutcome, ProgressStore } from './session/labHost.ts';
export { memoryProgressStore } from './session/labHost.ts';
export type { ActionOutcome } from './session/runAction.ts';
export { answerQuestion, type AnswerFeedback } from './session/answerQuestion.ts';
export type { StepState } from './session/progress.ts';
export { formatCheckResult, lookupMessage, fillParams } from './messages.ts';
export type { RunnerLocale } from './messages.ts';
export type { CheckResult } from './checks/checkKind.ts';
export { defineLab, stepsOf } from './schema.ts';
export type { Lab, Task, Step, LabAction, QuizQuestion, QuizOption, Check } from './schema.ts';
export { validateLab } from './validate/validateLab.ts';
export { LabValidationError } from './validate/validators.ts';
