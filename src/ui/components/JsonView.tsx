/** JSON as the console shows it in its "JSON" views: monospaced, scrollable, focusable for keyboard scrolling. */
import Box from '@cloudscape-design/components/box';

export function JsonView({ json, label, testId }: { json: string; label: string; testId?: string }) {
  return (
    <Box variant="code">
      <pre aria-label={label} data-testid={testId} tabIndex={0} style={{ margin: 0, whiteSpace: 'pre-wrap', maxHeight: 480, overflow: 'auto' }}>{json}</pre>
    </Box>
  );
}
