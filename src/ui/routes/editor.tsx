import { createFileRoute } from '@tanstack/react-router';
import { EditorPage } from '../editor/EditorPage.tsx';
import { useSession } from '../hooks/useSession.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';

function EditorRoute() {
  const { accountId, region } = useSession();
  return <EditorPage workspace={useWorkspace()} accountId={accountId} region={region} />;
}

export const Route = createFileRoute('/editor')({ component: EditorRoute });
