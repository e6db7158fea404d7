/**
 * The service models, for layers that may not import the engine (the CLI builds its
 * arguments, help and completion from them). Loaded on demand, so they never weigh on the
 * first page load.
 */
export { loadPaginators, loadServiceModel, type Paginator } from '../engine/index.ts';
export type { ModelName, ServiceModel, Shape, ShapeRef, Operation } from '../engine/index.ts';
