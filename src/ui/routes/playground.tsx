import { createFileRoute } from '@tanstack/react-router';
import { useSession } from '../hooks/useSession.ts';
import { PlaygroundPage } from '../playground/PlaygroundPage.tsx';

function PlaygroundRoute() {
  const { client, region } = useSession();
  return <PlaygroundPage client={client} region={region} />;
}

export const Route = createFileRoute('/playground')({ component: PlaygroundRoute });
