import { createRootRoute } from '@tanstack/react-router';
import { Shell } from '../app/Shell.tsx';
import { NotFound } from '../app/NotFound.tsx';

export const Route = createRootRoute({ component: Shell, notFoundComponent: NotFound });
