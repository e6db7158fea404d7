/** A deep link to one task of a lab (a classroom handout can point at Task 3). */
import { createFileRoute } from '@tanstack/react-router';
import { LabPage } from '../lab/LabPage.tsx';

function LabTaskRoute() {
  const { labId, taskNumber } = Route.useParams();
  const task = Number.parseInt(taskNumber, 10);
  return <LabPage labId={labId} task={Number.isInteger(task) && task > 0 ? task : undefined} />;
}

export const Route = createFileRoute('/labs/$labId/tasks/$taskNumber')({ component: LabTaskRoute });
